import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue, type RecordRepresentation, type WireResult } from 'lightning/uiRecordApi';
import TRANSCRIPT_FIELD from '@salesforce/schema/Interaction__c.Transcript__c';
import CHANNEL_FIELD from '@salesforce/schema/Interaction__c.Channel__c';
import { errorSummary } from 'c/platformErrors';
import { matchParts } from './transcriptSearch';
import { transcriptTurns, type TranscriptTurn } from './transcriptTurns';

/** What the turnselect event carries: enough to cite the turn as evidence. */
export interface SelectedTurn {
    turnNumber: number;
    speaker: string;
    text: string;
}

interface TurnView {
    number: number;
    key: string;
    speakerLabel: string;
    speakerClass: string;
    optionClass: string;
    tabIndex: string;
    selected: string;
    parts: { key: string; text: string; match: boolean }[];
}

const turnCount = (count: number): string => `${count} ${count === 1 ? 'turn' : 'turns'}`;

/**
 * An interaction's transcript as customer and agent turns: searchable (matches marked and
 * counted), each turn selectable with the mouse or the keyboard (a listbox: arrow keys, Home, End,
 * Enter or Space). Selecting a turn fires `turnselect`; beside the assessment form, the workspace
 * cites it as the evidence of the item the evaluator is on, named by `citingItemLabel`.
 */
export default class InteractionTranscript extends LightningElement {
    /** The Interaction__c whose transcript is shown. */
    @api recordId: string | undefined;

    /** The assessment item a selected turn is cited for; none when nothing can be cited. */
    @api citingItemLabel: string | null = null;

    searchTerm = '';
    notice = '';
    private turns: TranscriptTurn[] = [];
    private interaction: RecordRepresentation | undefined;
    private loadError: unknown;
    private loaded = false;
    private selectedNumber: number | null = null;
    private focusNumber = 1;

    @wire(getRecord, { recordId: '$recordId', fields: [TRANSCRIPT_FIELD, CHANNEL_FIELD] })
    wiredInteraction({ data, error }: WireResult<RecordRepresentation>): void {
        if (data) {
            this.interaction = data;
            this.turns = transcriptTurns(getFieldValue(data, TRANSCRIPT_FIELD) as string | null);
            this.loadError = undefined;
            this.loaded = true;
            this.focusNumber = Math.min(this.focusNumber, Math.max(1, this.turns.length));
        } else if (error) {
            this.loadError = error;
            this.loaded = true;
        }
    }

    get cardTitle(): string {
        const channel = getFieldValue(this.interaction, CHANNEL_FIELD);
        return channel ? `Transcript · ${String(channel)}` : 'Transcript';
    }

    get isLoading(): boolean {
        return Boolean(this.recordId) && !this.loaded;
    }

    get errorText(): string | null {
        return this.loadError ? errorSummary(this.loadError) : null;
    }

    get emptyText(): string | null {
        if (!this.recordId) {
            return 'No interaction is linked, so there is no transcript to show.';
        }
        return this.loaded && this.turns.length === 0 ? 'This interaction has no transcript.' : null;
    }

    get hasTurns(): boolean {
        return !this.loadError && this.turns.length > 0;
    }

    get turnViews(): TurnView[] {
        return this.turns.map((turn) => {
            const selected = turn.number === this.selectedNumber;
            const speakerKey = turn.speaker === null ? 'none' : turn.speaker.toLowerCase();
            return {
                number: turn.number,
                key: `turn-${turn.number}`,
                speakerLabel: turn.speaker ?? 'Transcript',
                speakerClass: `speaker speaker_${speakerKey}`,
                optionClass: `turn turn_${speakerKey}${selected ? ' turn_selected' : ''}`,
                tabIndex: turn.number === this.focusNumber ? '0' : '-1',
                selected: String(selected),
                parts: matchParts(turn.text, this.searchTerm).map((part, index) => ({
                    key: `${turn.number}-${index}`,
                    text: part.text,
                    match: part.match
                }))
            };
        });
    }

    get matchSummary(): string {
        if (this.searchTerm.trim() === '') {
            return turnCount(this.turns.length);
        }
        let matches = 0;
        let turnsMatched = 0;
        for (const turn of this.turns) {
            const found = matchParts(turn.text, this.searchTerm).filter((part) => part.match).length;
            matches += found;
            turnsMatched += found > 0 ? 1 : 0;
        }
        return matches === 0
            ? `No matches for “${this.searchTerm.trim()}”`
            : `${matches} ${matches === 1 ? 'match' : 'matches'} in ${turnCount(turnsMatched)}`;
    }

    get citeHint(): string {
        return this.citingItemLabel
            ? `Select a turn to cite it as evidence for “${this.citingItemLabel}”.`
            : 'Select a turn to mark it.';
    }

    handleSearch(event: CustomEvent<{ value: string }>): void {
        this.searchTerm = event.detail.value ?? '';
    }

    handleTurnClick(event: MouseEvent): void {
        this.select(Number((event.currentTarget as HTMLElement).dataset.number));
    }

    handleKeydown(event: KeyboardEvent): void {
        // The turn that has focus (a click focuses a turn too); the list's own position otherwise.
        const current = Number((event.target as HTMLElement).dataset?.number) || this.focusNumber;
        const last = this.turns.length;
        const moves: Record<string, number> = {
            ArrowDown: Math.min(last, current + 1),
            ArrowUp: Math.max(1, current - 1),
            Home: 1,
            End: last
        };
        if (event.key in moves) {
            event.preventDefault();
            this.focusNumber = moves[event.key];
            this.template?.querySelector<HTMLElement>(`[data-number="${this.focusNumber}"]`)?.focus();
        } else if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            this.select(current);
        }
    }

    private select(number: number): void {
        const turn = this.turns.find((candidate) => candidate.number === number);
        if (!turn) {
            return;
        }
        this.selectedNumber = number;
        this.focusNumber = number;
        const speaker = turn.speaker ?? 'Transcript';
        this.notice = this.citingItemLabel
            ? `Turn ${number} (${speaker}) cited as evidence for “${this.citingItemLabel}”.`
            : `Turn ${number} (${speaker}) selected.`;
        const detail: SelectedTurn = { turnNumber: number, speaker, text: turn.text };
        this.dispatchEvent(new CustomEvent('turnselect', { detail }));
    }
}
