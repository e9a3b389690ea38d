import { LightningElement } from 'lwc';
import { session, type PreviewPersona } from 'preview/session';
import { reloadPage } from 'preview/router';

/** The roles in the order the switcher lists them, strongest first (local/preview/previewSession.ts names them). */
const ROLE_ORDER = ['System administrator', 'QA admin', 'QA manager', 'Evaluator', 'Agent', 'User'];

interface PersonaOption extends PreviewPersona {
    optionId: string;
    optionClass: string;
    /** The option the arrow keys are on: selected in the listbox sense (ARIA combobox pattern). */
    selected: string;
    active: string;
    current: boolean;
}

interface PersonaGroup {
    role: string;
    headingId: string;
    heading: string;
    people: PersonaOption[];
}

function initialsOf(name: string): string {
    return name
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 2)
        .map((part) => part.charAt(0).toUpperCase())
        .join('');
}

/**
 * Who you are acting as, and the switch to anyone else in the local org: people grouped by role,
 * a filter box (after seeding there are about eighty), arrow keys to move, Enter to choose, Escape
 * to close. Choosing tells the preview server (which keeps the persona in a cookie) and reloads
 * the page, so every call from then on carries that person's token.
 */
export default class PersonaSwitcher extends LightningElement {
    open = false;
    filter = '';
    activeIndex = 0;
    switching = false;
    failure: string | null = null;

    private focusFilterOnRender = false;

    private readonly closeOnOutsideClick = (event: MouseEvent): void => {
        const host = this.template?.host;
        if (this.open && host && !event.composedPath().includes(host)) {
            this.open = false;
        }
    };

    override connectedCallback(): void {
        document.addEventListener('click', this.closeOnOutsideClick);
    }

    override disconnectedCallback(): void {
        document.removeEventListener('click', this.closeOnOutsideClick);
    }

    override renderedCallback(): void {
        if (this.focusFilterOnRender) {
            this.focusFilterOnRender = false;
            this.template?.querySelector<HTMLInputElement>('input')?.focus();
        }
        this.template?.querySelector('[data-active="true"]')?.scrollIntoView?.({ block: 'nearest' });
    }

    get name(): string {
        return session.name;
    }

    get role(): string {
        return session.persona;
    }

    get initials(): string {
        return initialsOf(session.name);
    }

    get buttonLabel(): string {
        return `Acting as ${session.name}, ${session.persona}. Switch persona`;
    }

    get expanded(): string {
        return String(this.open);
    }

    get triggerClass(): string {
        return `slds-dropdown-trigger slds-dropdown-trigger_click${this.open ? ' slds-is-open' : ''}`;
    }

    /** The people the filter matches, in role order then by name. */
    private get matches(): PreviewPersona[] {
        const words = this.filter.toLowerCase().split(/\s+/).filter(Boolean);
        const rank = (role: string): number => {
            const index = ROLE_ORDER.indexOf(role);
            return index === -1 ? ROLE_ORDER.length : index;
        };
        return session.personas
            .filter((person) => {
                const text = `${person.name} ${person.username} ${person.persona}`.toLowerCase();
                return words.every((word) => text.includes(word));
            })
            .sort((a, b) => rank(a.persona) - rank(b.persona) || a.name.localeCompare(b.name));
    }

    get groups(): PersonaGroup[] {
        const groups: PersonaGroup[] = [];
        this.matches.forEach((person, index) => {
            let group = groups.find((candidate) => candidate.role === person.persona);
            if (!group) {
                group = {
                    role: person.persona,
                    headingId: `persona-group-${groups.length}`,
                    heading: '',
                    people: []
                };
                groups.push(group);
            }
            const active = index === this.activeIndex;
            const current = person.username === session.username;
            group.people.push({
                ...person,
                optionId: `persona-option-${index}`,
                optionClass: `slds-media slds-listbox__option slds-listbox__option_plain slds-media_small persona-option${
                    active ? ' slds-has-focus' : ''
                }`,
                selected: String(active),
                active: String(active),
                current
            });
        });
        for (const group of groups) {
            group.heading = `${group.role} (${group.people.length})`;
        }
        return groups;
    }

    get hasMatches(): boolean {
        return this.matches.length > 0;
    }

    get activeOptionId(): string | undefined {
        return this.hasMatches ? `persona-option-${this.activeIndex}` : undefined;
    }

    get resultSummary(): string {
        const count = this.matches.length;
        return `${count} ${count === 1 ? 'person' : 'people'}`;
    }

    handleToggle(): void {
        this.open = !this.open;
        if (this.open) {
            this.filter = '';
            this.activeIndex = 0;
            this.failure = null;
            this.focusFilterOnRender = true;
        }
    }

    handleTriggerKeydown(event: KeyboardEvent): void {
        if (event.key === 'ArrowDown' && !this.open) {
            event.preventDefault();
            this.handleToggle();
        }
    }

    handleFilter(event: Event): void {
        this.filter = (event.target as HTMLInputElement).value;
        this.activeIndex = 0;
    }

    handleFilterKeydown(event: KeyboardEvent): void {
        const count = this.matches.length;
        switch (event.key) {
            case 'ArrowDown':
                event.preventDefault();
                this.activeIndex = count === 0 ? 0 : (this.activeIndex + 1) % count;
                break;
            case 'ArrowUp':
                event.preventDefault();
                this.activeIndex = count === 0 ? 0 : (this.activeIndex - 1 + count) % count;
                break;
            case 'Home':
                event.preventDefault();
                this.activeIndex = 0;
                break;
            case 'End':
                event.preventDefault();
                this.activeIndex = Math.max(0, count - 1);
                break;
            case 'Enter':
                event.preventDefault();
                if (count > 0) {
                    this.choose(this.matches[this.activeIndex].username);
                }
                break;
            case 'Escape':
                event.preventDefault();
                this.close();
                break;
            default:
                break;
        }
    }

    handlePanelKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            event.preventDefault();
            this.close();
        }
    }

    handleOptionClick(event: MouseEvent): void {
        const username = (event.currentTarget as HTMLElement).dataset.username;
        if (username) {
            this.choose(username);
        }
    }

    private close(): void {
        this.open = false;
        this.template?.querySelector<HTMLButtonElement>('button.persona-trigger')?.focus();
    }

    private async choose(username: string): Promise<void> {
        if (username === session.username) {
            this.close();
            return;
        }
        this.switching = true;
        this.failure = null;
        try {
            const response = await fetch('/preview/persona', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ username })
            });
            if (!response.ok) {
                throw new Error((await response.text()) || `The preview answered ${response.status}.`);
            }
            reloadPage();
        } catch (error) {
            this.failure = `Could not switch to ${username}: ${(error as Error).message}`;
            this.switching = false;
        }
    }
}
