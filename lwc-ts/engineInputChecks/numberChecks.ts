/**
 * Checks for numeric arguments. Each returns the value so a caller can check and assign at once,
 * and throws a TypeError for something that is not a number, a RangeError for a number out of
 * range, naming the argument (e.g. "assessments[3].score") and the value.
 */
import { describeValue } from './describeValue';

export function requireFiniteNumber(name: string, value: unknown): number {
    if (typeof value !== 'number') {
        throw new TypeError(`${name} must be a number, got ${describeValue(value)}.`);
    }
    if (!Number.isFinite(value)) {
        throw new RangeError(`${name} must be a finite number, got ${value}.`);
    }
    return value;
}

export function requirePositive(name: string, value: unknown): number {
    const number = requireFiniteNumber(name, value);
    if (number <= 0) {
        throw new RangeError(`${name} must be greater than 0, got ${number}.`);
    }
    return number;
}

export function requireNonNegative(name: string, value: unknown): number {
    const number = requireFiniteNumber(name, value);
    if (number < 0) {
        throw new RangeError(`${name} must not be negative, got ${number}.`);
    }
    return number;
}

/** A count or an index: a whole number of at least `minimum` (0 unless told). */
export function requireWholeNumber(name: string, value: unknown, minimum = 0): number {
    const number = requireFiniteNumber(name, value);
    if (!Number.isInteger(number) || number < minimum) {
        throw new RangeError(`${name} must be a whole number of at least ${minimum}, got ${number}.`);
    }
    return number;
}

/** A number from `minimum` to `maximum`, both included (a score from 0 to 100, a threshold, …). */
export function requireNumberBetween(name: string, value: unknown, minimum: number, maximum: number): number {
    const number = requireFiniteNumber(name, value);
    if (number < minimum || number > maximum) {
        throw new RangeError(`${name} must be from ${minimum} to ${maximum}, got ${number}.`);
    }
    return number;
}

/** A probability strictly between 0 and 1, such as a confidence level, a significance level or a quantile's p. */
export function requireOpenUnitInterval(name: string, value: unknown): number {
    const number = requireFiniteNumber(name, value);
    if (number <= 0 || number >= 1) {
        throw new RangeError(`${name} must be strictly between 0 and 1, got ${number}.`);
    }
    return number;
}
