import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import { setup } from '@sa11y/jest';
import AssessmentQueue from 'c/assessmentQueue';

jest.mock('@salesforce/customPermission/Evaluate_Assessments', () => ({ __esModule: true, default: false }), {
    virtual: true
});

const graphqlWire = graphql as unknown as { getLastConfig(): { variables?: unknown } | undefined };

describe('c-assessment-queue for someone who does not evaluate', () => {
    beforeAll(() => setup());

    afterEach(() => document.body.replaceChildren());

    it('says the queue is for evaluators and never runs the query', async () => {
        const element = createElement('c-assessment-queue', { is: AssessmentQueue });
        document.body.appendChild(element);
        await Promise.resolve();
        await Promise.resolve();

        expect(element.shadowRoot?.querySelector('[data-id="not-evaluator"]')?.textContent).toBe(
            'The assessment queue is for evaluators.'
        );
        expect(element.shadowRoot?.querySelector('lightning-spinner')).toBeNull();
        expect(graphqlWire.getLastConfig()?.variables).toBeUndefined();
        await expect(element).toBeAccessible();
    });
});
