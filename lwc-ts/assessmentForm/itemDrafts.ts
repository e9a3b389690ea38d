/**
 * What the evaluator has entered for an item, beside what the platform holds. An item whose draft
 * differs from its saved response (or that has no response yet and is not blank) has unsaved
 * changes; a refused save leaves those drafts as they were, so nothing typed is lost.
 */
import type { Answer } from 'c/assessmentScoring';
import type { SavedResponse } from './formItems';

export interface ItemDraft {
    readonly answer: Answer | null;
    readonly comment: string;
    readonly evidence: string;
}

export const BLANK_DRAFT: ItemDraft = Object.freeze({ answer: null, comment: '', evidence: '' });

export function draftOf(saved: SavedResponse | undefined): ItemDraft {
    return saved ? { answer: saved.answer, comment: saved.comment, evidence: saved.evidence } : BLANK_DRAFT;
}

export function sameDraft(a: ItemDraft, b: ItemDraft): boolean {
    return a.answer === b.answer && a.comment === b.comment && a.evidence === b.evidence;
}

export function hasUnsavedChanges(draft: ItemDraft | undefined, saved: SavedResponse | undefined): boolean {
    return draft !== undefined && !sameDraft(draft, draftOf(saved));
}

/**
 * The drafts after the platform's answers arrive (first load, or a refresh after a save): an item
 * without unsaved changes shows what was saved; one with unsaved changes keeps the evaluator's.
 */
export function mergeSaved(
    drafts: Readonly<Record<string, ItemDraft>>,
    previous: Readonly<Record<string, SavedResponse>>,
    arrived: Readonly<Record<string, SavedResponse>>
): Record<string, ItemDraft> {
    const merged: Record<string, ItemDraft> = {};
    for (const [itemId, draft] of Object.entries(drafts)) {
        if (hasUnsavedChanges(draft, previous[itemId])) {
            merged[itemId] = draft;
        }
    }
    for (const [itemId, saved] of Object.entries(arrived)) {
        merged[itemId] ??= draftOf(saved);
    }
    return merged;
}

/** A citation of a transcript turn, as it reads in the Evidence field. */
export function citationText(turn: { turnNumber: number; speaker: string; text: string }): string {
    return `${turn.speaker}, turn ${turn.turnNumber}: “${turn.text}”`;
}

/** The evidence with the citation added on a line of its own; unchanged when it is already cited. */
export function withCitation(evidence: string, citation: string): string {
    if (evidence.split('\n').includes(citation)) {
        return evidence;
    }
    return evidence.trim() === '' ? citation : `${evidence.replace(/\s+$/, '')}\n${citation}`;
}
