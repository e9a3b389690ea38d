/**
 * The shape of a scorecard as the scoring engine reads it, and the checks that keep a broken
 * scorecard from producing a score: every item's scale, weight and flags, and the thresholds.
 */
import { validateBandLimits, type BandLimits } from 'c/scoreBands';

export type AnswerScale = 'YesNo' | 'YesPartialNo' | 'OneToFive';

/** An evaluator's answer to one item; N/A only where the item allows it. */
export type Answer = 'Yes' | 'No' | 'Partial' | '1' | '2' | '3' | '4' | '5' | 'NA';

export interface ScorecardItem {
    readonly id: string;
    readonly section: string;
    /** Position on the form; items are scored and listed in this order (then by id). */
    readonly order: number;
    /** The item's weight: what a full answer earns. At most 2 decimal places. */
    readonly points: number;
    readonly answerScale: AnswerScale;
    readonly naAllowed: boolean;
    /** Critical item: answered No (on 1–5: 1), it zeroes the whole assessment. */
    readonly hardFail: boolean;
    /** Observed and discussed in coaching, never scored. */
    readonly coachingOnly: boolean;
}

export interface Scorecard {
    readonly items: readonly ScorecardItem[];
    /** Percent an assessment needs to pass (inclusive). */
    readonly passThreshold: number;
    /** Percent below which an assessment fails automatically (e.g. phone below 75); none when absent. */
    readonly autoFailThreshold?: number | null;
    /** The program's band limits; the industry defaults of c/scoreBands when absent. */
    readonly bandLimits?: BandLimits;
}

export const ANSWER_SCALES: readonly AnswerScale[] = Object.freeze(['YesNo', 'YesPartialNo', 'OneToFive']);

/** The answers each scale takes, N/A aside. */
export const SCALE_ANSWERS: Readonly<Record<AnswerScale, readonly Answer[]>> = Object.freeze({
    YesNo: Object.freeze(['Yes', 'No'] as Answer[]),
    YesPartialNo: Object.freeze(['Yes', 'Partial', 'No'] as Answer[]),
    OneToFive: Object.freeze(['1', '2', '3', '4', '5'] as Answer[])
});

const isWholeHundredths = (value: number): boolean => {
    const hundredths = value * 100;
    return Math.abs(hundredths - Math.round(hundredths)) <= 1e-9 * Math.max(1, Math.abs(hundredths));
};

function shown(value: unknown): string {
    return typeof value === 'string' ? `"${value}"` : String(value);
}

/** Throws a TypeError or RangeError naming the item and the field that is wrong. */
export function validateScorecardItem(item: ScorecardItem, where = 'Scorecard item'): ScorecardItem {
    if (item === null || typeof item !== 'object') {
        throw new TypeError(`${where} must be an object, got ${shown(item)}.`);
    }
    if (typeof item.id !== 'string' || item.id.trim() === '') {
        throw new TypeError(`${where} needs a non-empty text id, got ${shown(item.id)}.`);
    }
    const named = `Scorecard item "${item.id}"`;
    if (typeof item.section !== 'string' || item.section.trim() === '') {
        throw new TypeError(`${named} needs a section name, got ${shown(item.section)}.`);
    }
    if (typeof item.order !== 'number' || !Number.isFinite(item.order)) {
        throw new RangeError(`${named} needs a finite order number, got ${shown(item.order)}.`);
    }
    if (!ANSWER_SCALES.includes(item.answerScale)) {
        throw new RangeError(
            `${named} has the answer scale ${shown(item.answerScale)}; it must be one of ${ANSWER_SCALES.join(', ')}.`
        );
    }
    for (const flag of ['naAllowed', 'hardFail', 'coachingOnly'] as const) {
        if (typeof item[flag] !== 'boolean') {
            throw new TypeError(`${named}: ${flag} must be true or false, got ${shown(item[flag])}.`);
        }
    }
    const points = item.points;
    const tooSmall = item.coachingOnly ? points < 0 : points <= 0;
    if (typeof points !== 'number' || !Number.isFinite(points) || tooSmall) {
        throw new RangeError(
            `${named} needs points ${item.coachingOnly ? 'of at least 0' : 'above 0'}, got ${shown(points)}.`
        );
    }
    if (!isWholeHundredths(points)) {
        throw new RangeError(`${named} has points ${points}; points carry at most 2 decimal places.`);
    }
    if (item.hardFail && item.coachingOnly) {
        throw new RangeError(
            `${named} cannot be both hard-fail and coaching-only: a coaching-only item is never scored.`
        );
    }
    return item;
}

function validateThreshold(name: string, value: unknown): void {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
        throw new RangeError(`The scorecard's ${name} must be a percentage from 0 to 100, got ${shown(value)}.`);
    }
}

/** Throws a TypeError or RangeError naming what is wrong; returns the items in form order. */
export function validateScorecard(scorecard: Scorecard): ScorecardItem[] {
    if (scorecard === null || typeof scorecard !== 'object') {
        throw new TypeError(`A scorecard must be an object, got ${shown(scorecard)}.`);
    }
    if (!Array.isArray(scorecard.items) || scorecard.items.length === 0) {
        throw new RangeError('A scorecard needs at least one item.');
    }
    validateThreshold('pass threshold', scorecard.passThreshold);
    if (scorecard.autoFailThreshold !== undefined && scorecard.autoFailThreshold !== null) {
        validateThreshold('auto-fail threshold', scorecard.autoFailThreshold);
    }
    if (scorecard.bandLimits !== undefined) {
        validateBandLimits(scorecard.bandLimits);
    }
    const seen = new Set<string>();
    scorecard.items.forEach((item, index) => {
        validateScorecardItem(item, `Scorecard item ${index}`);
        if (seen.has(item.id)) {
            throw new RangeError(`The scorecard lists item "${item.id}" twice.`);
        }
        seen.add(item.id);
    });
    return [...scorecard.items].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
