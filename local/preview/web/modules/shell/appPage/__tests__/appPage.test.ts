import { createElement } from 'lwc';
import AppPage from 'shell/appPage';
import { flushMicrotasks, deepAll } from '../../../../testing/shellTesting';

jest.mock('preview/session', () => ({
    session: { userId: '005E', customPermissions: [], i18n: { locale: 'en-US', timeZone: 'UTC' } },
    callOrg: jest.fn()
}));
// The package components the page places, stood in for by a component without data wires.
jest.mock('shell/placeableComponents', () => {
    const band = { constructor: jest.requireActual('c/qualityBand').default, propertyTypes: { score: 'Integer' } };
    return { __esModule: true, default: { assessmentQueue: band, myCoachingTasks: band } };
});

/** The My Work page as the preview server reads it from force-app (two equal regions, column1 left). */
const MY_WORK = {
    name: 'Verity_My_Work',
    label: 'My Work',
    type: 'AppPage',
    template: 'flexipage:appHomeTemplateTwoColumns',
    templateProperties: {},
    regions: [
        {
            name: 'column1',
            type: 'Region',
            items: [{ kind: 'component', name: 'c:assessmentQueue', identifier: 'queue', properties: { score: '92' } }]
        },
        {
            name: 'column2',
            type: 'Region',
            items: [{ kind: 'component', name: 'c:myCoachingTasks', identifier: 'coaching', properties: {} }]
        }
    ]
};

async function renderTab(apiName: string, answer: { ok: boolean; body: unknown }): Promise<HTMLElement> {
    globalThis.fetch = jest.fn().mockResolvedValue({
        ok: answer.ok,
        json: () => Promise.resolve(answer.body),
        text: () => Promise.resolve(String(answer.body))
    });
    const element = createElement('shell-app-page', { is: AppPage });
    Object.assign(element, { apiName });
    document.body.appendChild(element);
    await flushMicrotasks(30);
    return element;
}

afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
});

describe('shell-app-page', () => {
    it("lays out a Lightning page tab's two regions side by side, each with its package component", async () => {
        const titles: string[] = [];
        const noteTitle = (event: Event): number => titles.push((event as CustomEvent<string>).detail);
        document.body.addEventListener('shelltitle', noteTitle);
        const element = await renderTab('Verity_My_Work', { ok: true, body: { flexipage: MY_WORK } });

        expect(globalThis.fetch).toHaveBeenCalledWith('/preview/flexipages/tab/Verity_My_Work');
        const layout = deepAll(element, '[data-template]')[0];
        expect(layout.getAttribute('data-template')).toBe('flexipage:appHomeTemplateTwoColumns');
        const columns = deepAll(element, '[data-region]');
        expect(columns.map((column) => column.getAttribute('data-region'))).toEqual(['column1', 'column2']);
        // Side by side in one row, half the page each on a large screen.
        expect(columns[0].parentElement).toBe(columns[1].parentElement);
        expect(columns.map((column) => column.classList.contains('slds-large-size_6-of-12'))).toEqual([true, true]);
        expect(
            columns.map((column) => deepAll(column, '[data-component]').map((c) => c.getAttribute('data-component')))
        ).toEqual([['c:assessmentQueue'], ['c:myCoachingTasks']]);
        // The real components render, with the properties the page gives them.
        expect(columns.map((column) => deepAll(column, '[data-band]').map((band) => band.textContent))).toEqual([
            ['Contact Quality Score:92% · Target'],
            ['Contact Quality Score:Not scored']
        ]);
        expect(titles).toEqual(['My Work']);
        document.body.removeEventListener('shelltitle', noteTitle);
    });

    it('says so when the tab shows no Lightning page, and shows the error when the page does not load', async () => {
        const none = await renderTab('Assessment__c', { ok: true, body: { flexipage: null } });
        expect(deepAll(none, 'shell-page-message')[0]).toMatchObject({
            title: 'Page not found',
            message: 'The tab Assessment__c shows no Lightning page of the package.'
        });
        document.body.replaceChildren();
        const broken = await renderTab('Orphan_Tab', {
            ok: false,
            body: 'The tab Orphan_Tab shows the Lightning page Missing_Page, which the package does not have.'
        });
        expect(deepAll(broken, 'shell-page-message')[0]).toMatchObject({
            title: 'This page did not load',
            message: 'The tab Orphan_Tab shows the Lightning page Missing_Page, which the package does not have.'
        });
        expect(deepAll(broken, '[data-region]')).toEqual([]);
    });
});
