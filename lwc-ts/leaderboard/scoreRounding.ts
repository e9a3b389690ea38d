/**
 * Scores are compared as they are shown. Two agents shown at 86.4 % share a rank even if one
 * was 86.41 and the other 86.38: a leaderboard that ranks people apart on digits it does not
 * show would look arbitrary to them.
 */
import { requireWholeNumber } from 'c/engineInputChecks';

export const DEFAULT_SCORE_DECIMALS = 1;

export function requireDecimals(value: number | undefined): number {
    const decimals = requireWholeNumber('scoreDecimals', value ?? DEFAULT_SCORE_DECIMALS);
    if (decimals > 6) {
        throw new RangeError(`scoreDecimals must be at most 6, got ${decimals}.`);
    }
    return decimals;
}

/** Rounds half away from zero at the given decimals, robust to binary representation (86.45 → 86.5). */
export function roundTo(value: number, decimals: number): number {
    const factor = 10 ** decimals;
    const scaled = value * factor;
    const rounded = Math.round(Math.abs(scaled) * (1 + Number.EPSILON)) * Math.sign(scaled);
    return rounded / factor + 0; // + 0 turns −0 into 0
}
