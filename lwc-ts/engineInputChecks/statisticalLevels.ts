/**
 * The confidence level of an interval and the significance level of a test. Every interval Verity
 * shows (a score's t interval, a pass rate's Wilson interval, an agreement statistic's F-based or
 * bootstrap interval) is at 95 % and every test at α = 0.05 unless the caller asks otherwise, so
 * that figures side by side on one page are comparable.
 */
import { requireOpenUnitInterval } from './numberChecks';

export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_SIGNIFICANCE_LEVEL = 0.05;

/** The level asked for, checked to be strictly between 0 and 1; DEFAULT_CONFIDENCE when none (null or undefined) is given. */
export function confidenceLevelOrDefault(value: unknown, name = 'confidence'): number {
    return value === undefined || value === null ? DEFAULT_CONFIDENCE : requireOpenUnitInterval(name, value);
}

/** The α asked for, checked to be strictly between 0 and 1; DEFAULT_SIGNIFICANCE_LEVEL when none is given. */
export function significanceLevelOrDefault(value: unknown, name = 'significanceLevel'): number {
    return value === undefined || value === null ? DEFAULT_SIGNIFICANCE_LEVEL : requireOpenUnitInterval(name, value);
}
