import { createElement } from 'lwc';
import PersonaSwitcher from 'shell/personaSwitcher';
import { reloadPage } from 'preview/router';
import { flushMicrotasks } from '../../../../testing/shellTesting';

jest.mock('preview/router', () => ({ reloadPage: jest.fn() }));
jest.mock('preview/session', () => ({
    session: {
        name: 'Eli Evaluator',
        username: 'evaluator@verity.local',
        persona: 'Evaluator',
        personas: [
            { username: 'agent@verity.local', name: 'Ana Agent', persona: 'Agent' },
            { username: 'noah@seed.local', name: 'Noah Khan', persona: 'Evaluator' },
            { username: 'admin@verity.local', name: 'Avery Admin', persona: 'System administrator' },
            { username: 'evaluator@verity.local', name: 'Eli Evaluator', persona: 'Evaluator' },
            { username: 'manager@verity.local', name: 'Quinn Manager', persona: 'QA manager' },
            { username: 'aisha@seed.local', name: 'Aisha Nguyen', persona: 'Agent' },
            { username: 'qa.admin@verity.local', name: 'Quentin Admin', persona: 'QA admin' },
            { username: 'plain@verity.local', name: 'Pat Plain', persona: 'User' }
        ]
    }
}));

async function openSwitcher(): Promise<HTMLElement> {
    const element = createElement('shell-persona-switcher', { is: PersonaSwitcher });
    document.body.appendChild(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.persona-trigger')!.click();
    await flushMicrotasks();
    return element;
}

function groupsOf(element: HTMLElement): { heading: string; people: string[] }[] {
    return [...element.shadowRoot!.querySelectorAll('ul[role="group"]')].map((group) => ({
        heading: group.querySelector('h3')!.textContent!.trim(),
        people: [...group.querySelectorAll('[role="option"] .persona-option-name')].map((name) =>
            name.textContent!.trim()
        )
    }));
}

function filter(element: HTMLElement, text: string): Promise<unknown> {
    const input = element.shadowRoot!.querySelector('input')!;
    input.value = text;
    input.dispatchEvent(new CustomEvent('input'));
    return flushMicrotasks();
}

function key(element: HTMLElement, name: string): Promise<unknown> {
    element.shadowRoot!.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: name }));
    return flushMicrotasks();
}

describe('shell-persona-switcher', () => {
    const fetchMock = jest.fn();

    beforeEach(() => {
        globalThis.fetch = fetchMock;
        fetchMock.mockReset();
        jest.mocked(reloadPage).mockReset();
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows who you are acting as, and is labelled for screen readers', () => {
        const element = createElement('shell-persona-switcher', { is: PersonaSwitcher });
        document.body.appendChild(element);
        const trigger = element.shadowRoot!.querySelector('button.persona-trigger')!;
        expect(trigger.textContent).toContain('Eli Evaluator');
        expect(trigger.textContent).toContain('Evaluator');
        expect(trigger.getAttribute('aria-label')).toBe('Acting as Eli Evaluator, Evaluator. Switch persona');
        expect(trigger.getAttribute('aria-expanded')).toBe('false');
    });

    it('groups everyone by role, strongest role first, then by name', async () => {
        const element = await openSwitcher();
        expect(groupsOf(element)).toEqual([
            { heading: 'System administrator (1)', people: ['Avery Admin'] },
            { heading: 'QA admin (1)', people: ['Quentin Admin'] },
            { heading: 'QA manager (1)', people: ['Quinn Manager'] },
            { heading: 'Evaluator (2)', people: ['Eli Evaluator', 'Noah Khan'] },
            { heading: 'Agent (2)', people: ['Aisha Nguyen', 'Ana Agent'] },
            { heading: 'User (1)', people: ['Pat Plain'] }
        ]);
        expect(element.shadowRoot!.querySelector('button.persona-trigger')!.getAttribute('aria-expanded')).toBe('true');
        expect(element.shadowRoot!.activeElement).toBe(element.shadowRoot!.querySelector('input'));
    });

    it('filters by name, username or role, every word counting', async () => {
        const element = await openSwitcher();
        await filter(element, 'agent');
        expect(groupsOf(element)).toEqual([{ heading: 'Agent (2)', people: ['Aisha Nguyen', 'Ana Agent'] }]);
        await filter(element, 'seed.local evaluator');
        expect(groupsOf(element)).toEqual([{ heading: 'Evaluator (1)', people: ['Noah Khan'] }]);
        expect(element.shadowRoot!.textContent).toContain('1 person');
        await filter(element, 'nobody at all');
        expect(groupsOf(element)).toEqual([]);
        expect(element.shadowRoot!.textContent).toContain('0 people');
    });

    it('posts the chosen username to the preview and reloads the page', async () => {
        fetchMock.mockResolvedValue({ ok: true, status: 204, text: () => Promise.resolve('') });
        const element = await openSwitcher();
        const option = element.shadowRoot!.querySelector<HTMLElement>('[data-username="manager@verity.local"]')!;
        option.click();
        await flushMicrotasks();
        expect(fetchMock).toHaveBeenCalledWith('/preview/persona', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: 'manager@verity.local' })
        });
        expect(reloadPage).toHaveBeenCalledTimes(1);
    });

    it('moves with the arrow keys and chooses with Enter', async () => {
        fetchMock.mockResolvedValue({ ok: true, status: 204, text: () => Promise.resolve('') });
        const element = await openSwitcher();
        await filter(element, 'agent');
        const input = element.shadowRoot!.querySelector('input')!;
        expect(input.getAttribute('aria-activedescendant')).toContain('persona-option-0');
        await key(element, 'ArrowDown');
        expect(input.getAttribute('aria-activedescendant')).toContain('persona-option-1');
        expect(element.shadowRoot!.querySelector('[aria-selected="true"]')!.textContent).toContain('Ana Agent');
        await key(element, 'ArrowDown');
        expect(input.getAttribute('aria-activedescendant')).toContain('persona-option-0');
        await key(element, 'ArrowUp');
        await key(element, 'Enter');
        expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ username: 'agent@verity.local' });
    });

    it('closes on Escape without switching', async () => {
        const element = await openSwitcher();
        await key(element, 'Escape');
        expect(element.shadowRoot!.querySelector('[role="listbox"]')).toBeNull();
        expect(fetchMock).not.toHaveBeenCalled();
    });

    it('says why a switch failed and stays on the page', async () => {
        fetchMock.mockResolvedValue({
            ok: false,
            status: 400,
            text: () => Promise.resolve('No active user with username "agent@verity.local" in the local org.')
        });
        const element = await openSwitcher();
        element.shadowRoot!.querySelector<HTMLElement>('[data-username="agent@verity.local"]')!.click();
        await flushMicrotasks();
        await flushMicrotasks();
        const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).toContain('Could not switch to agent@verity.local');
        expect(alert.textContent).toContain('No active user');
        expect(reloadPage).not.toHaveBeenCalled();
    });
});
