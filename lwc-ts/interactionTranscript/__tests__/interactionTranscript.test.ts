import { createElement } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { setup } from '@sa11y/jest';
import InteractionTranscript from 'c/interactionTranscript';

// getRecord is sfdx-lwc-jest's test wire adapter here: the test emits what the platform would.
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
const recordWire = getRecord as unknown as {
    emit(data: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): { recordId: string; fields: { fieldApiName: string }[] };
};

setup();

const INTERACTION_ID = 'a05000000000001AAA';
const TRANSCRIPT = [
    'Agent: Thank you for calling, my name is Sam, how can I help?',
    'Customer: I was charged twice for this month and nobody told me why.',
    'Agent: Before we look at the account, can I take your date of birth?',
    'Customer: It is the fourth of May. Please fix the charge.',
    'Agent: I have reversed the duplicate charge.'
].join('\n');

type TranscriptElement = HTMLElement & { recordId?: string; citingItemLabel?: string | null };

// A macrotask: the wires, renders and chained saves of the component settle before the test looks.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function interaction(transcript: string | null) {
    return {
        apiName: 'Interaction__c',
        id: INTERACTION_ID,
        fields: {
            Name: { value: 'INT-0001', displayValue: null },
            Channel__c: { value: 'Phone', displayValue: 'Phone' },
            Transcript__c: { value: transcript, displayValue: null }
        }
    };
}

async function renderTranscript(
    transcript: string | null = TRANSCRIPT,
    props: Partial<TranscriptElement> = {}
): Promise<TranscriptElement> {
    const element = createElement('c-interaction-transcript', { is: InteractionTranscript }) as TranscriptElement;
    Object.assign(element, { recordId: INTERACTION_ID, ...props });
    document.body.appendChild(element);
    recordWire.emit(interaction(transcript));
    await flush();
    return element;
}

const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const turns = (element: HTMLElement) => [...root(element).querySelectorAll<HTMLElement>('li[role="option"]')];
const summary = (element: HTMLElement) => root(element).querySelector('.match-summary')?.textContent ?? '';

async function search(element: HTMLElement, value: string): Promise<void> {
    const input = root(element).querySelector('lightning-input') as HTMLElement;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

async function press(element: HTMLElement, key: string): Promise<void> {
    const list = root(element).querySelector('[role="listbox"]') as HTMLElement;
    list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await flush();
}

describe('c-interaction-transcript', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('reads the interaction’s transcript and channel', async () => {
        const element = await renderTranscript();
        const config = recordWire.getLastConfig();
        expect(config.recordId).toBe(INTERACTION_ID);
        expect(config.fields.map((reference) => reference.fieldApiName)).toEqual(
            expect.arrayContaining(['Transcript__c', 'Channel__c'])
        );
        expect((root(element).querySelector('lightning-card') as HTMLElement & { title: string }).title).toBe(
            'Transcript · Phone'
        );
    });

    it('shows each turn with its speaker, in order', async () => {
        const element = await renderTranscript();
        const shown = turns(element).map((turn) => [
            turn.querySelector('.speaker_agent, .speaker_customer')?.textContent,
            turn.querySelector('.turn-text')?.textContent
        ]);
        expect(shown).toHaveLength(5);
        expect(shown[0]).toEqual(['Agent', 'Thank you for calling, my name is Sam, how can I help?']);
        expect(shown[1]).toEqual(['Customer', 'I was charged twice for this month and nobody told me why.']);
        expect(summary(element)).toBe('5 turns');
    });

    it('marks every match of a search and counts them', async () => {
        const element = await renderTranscript();
        await search(element, 'CHARGE');
        const marks = [...root(element).querySelectorAll('mark')].map((mark) => mark.textContent);
        expect(marks).toEqual(['charge', 'charge', 'charge']);
        expect(summary(element)).toBe('3 matches in 3 turns');
        expect(root(element).querySelector('.match-summary')?.getAttribute('aria-live')).toBe('polite');
        await search(element, 'date of birth');
        expect(summary(element)).toBe('1 match in 1 turn');
        expect(turns(element)[2].querySelector('mark')?.textContent).toBe('date of birth');
    });

    it('says when nothing matches, and clears the marks when the search is cleared', async () => {
        const element = await renderTranscript();
        await search(element, 'manager');
        expect(summary(element)).toBe('No matches for “manager”');
        await search(element, '');
        expect(root(element).querySelectorAll('mark')).toHaveLength(0);
        expect(summary(element)).toBe('5 turns');
    });

    it('moves through the turns with the arrow keys, Home and End, one tab stop at a time', async () => {
        const element = await renderTranscript();
        const tabStops = () => turns(element).map((turn) => turn.getAttribute('tabindex'));
        expect(tabStops()).toEqual(['0', '-1', '-1', '-1', '-1']);
        await press(element, 'ArrowDown');
        await press(element, 'ArrowDown');
        expect(tabStops()).toEqual(['-1', '-1', '0', '-1', '-1']);
        await press(element, 'ArrowUp');
        expect(tabStops()[1]).toBe('0');
        await press(element, 'End');
        expect(tabStops()[4]).toBe('0');
        await press(element, 'ArrowDown');
        expect(tabStops()[4]).toBe('0');
        await press(element, 'Home');
        expect(tabStops()[0]).toBe('0');
    });

    it('selects a turn with Enter or Space and tells its parent which', async () => {
        const element = await renderTranscript();
        const selected: unknown[] = [];
        element.addEventListener('turnselect', (event) => selected.push((event as CustomEvent).detail));
        await press(element, 'ArrowDown');
        await press(element, 'ArrowDown');
        await press(element, 'Enter');
        expect(selected).toEqual([
            { turnNumber: 3, speaker: 'Agent', text: 'Before we look at the account, can I take your date of birth?' }
        ]);
        expect(turns(element)[2].getAttribute('aria-selected')).toBe('true');
        await press(element, 'ArrowDown');
        await press(element, ' ');
        expect(selected).toHaveLength(2);
        expect(turns(element)[3].getAttribute('aria-selected')).toBe('true');
        expect(turns(element)[2].getAttribute('aria-selected')).toBe('false');
    });

    it('selects a turn with a click', async () => {
        const element = await renderTranscript();
        const selected: unknown[] = [];
        element.addEventListener('turnselect', (event) => selected.push((event as CustomEvent).detail));
        turns(element)[1].click();
        await flush();
        expect(selected).toEqual([
            { turnNumber: 2, speaker: 'Customer', text: 'I was charged twice for this month and nobody told me why.' }
        ]);
        expect(turns(element)[1].getAttribute('tabindex')).toBe('0');
    });

    it('names the item a selected turn is cited for, and confirms the citation', async () => {
        const element = await renderTranscript(TRANSCRIPT, { citingItemLabel: 'Verified the customer' });
        expect(root(element).querySelector('.cite-hint')?.textContent).toBe(
            'Select a turn to cite it as evidence for “Verified the customer”.'
        );
        turns(element)[2].click();
        await flush();
        expect(root(element).querySelector('.slds-assistive-text[aria-live]')?.textContent).toBe(
            'Turn 3 (Agent) cited as evidence for “Verified the customer”.'
        );
    });

    it('says so when the interaction has no transcript', async () => {
        const element = await renderTranscript(null);
        expect(root(element).querySelector('p')?.textContent).toBe('This interaction has no transcript.');
        expect(turns(element)).toHaveLength(0);
    });

    it('says so when no interaction is linked', async () => {
        const element = createElement('c-interaction-transcript', { is: InteractionTranscript });
        document.body.appendChild(element);
        await flush();
        expect(root(element).querySelector('p')?.textContent).toBe(
            'No interaction is linked, so there is no transcript to show.'
        );
    });

    it('shows the platform’s message when the interaction cannot be read', async () => {
        const element = createElement('c-interaction-transcript', { is: InteractionTranscript }) as TranscriptElement;
        element.recordId = INTERACTION_ID;
        document.body.appendChild(element);
        recordWire.error([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }], 404);
        await flush();
        const alert = root(element).querySelector('[role="alert"]');
        expect(alert?.textContent).toBe('The requested resource does not exist');
    });

    it('is accessible, searched and with a turn selected', async () => {
        const element = await renderTranscript(TRANSCRIPT, { citingItemLabel: 'Verified the customer' });
        await search(element, 'charge');
        turns(element)[1].click();
        await flush();
        await expect(element).toBeAccessible();
    });
});
