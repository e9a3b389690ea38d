/**
 * Argument checks shared by the statistics in this bundle. Each throws a TypeError for a value of
 * the wrong kind and a RangeError for a value out of range, naming the argument and the value.
 */

export function describeValue(value: unknown): string {
    if (typeof value === 'string') {
        return `"${value}"`;
    }
    if (Array.isArray(value)) {
        return `an array of ${value.length}`;
    }
    return String(value);
}

export function requireFiniteNumber(name: string, value: unknown): number {
    if (typeof value !== 'number') {
        throw new TypeError(`${name} must be a number, got ${describeValue(value)}.`);
    }
    if (!Number.isFinite(value)) {
        throw new RangeError(`${name} must be a finite number, got ${String(value)}.`);
    }
    return value;
}

/** A probability strictly between 0 and 1, such as a confidence level or a quantile's p. */
export function requireOpenUnitInterval(name: string, value: unknown): number {
    const number = requireFiniteNumber(name, value);
    if (number <= 0 || number >= 1) {
        throw new RangeError(`${name} must be strictly between 0 and 1, got ${number}.`);
    }
    return number;
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

export function requireWholeNumber(name: string, value: unknown, minimum = 0): number {
    const number = requireFiniteNumber(name, value);
    if (!Number.isInteger(number) || number < minimum) {
        throw new RangeError(`${name} must be a whole number of at least ${minimum}, got ${number}.`);
    }
    return number;
}

/** A Contact Quality Score: a percentage from 0 to 100. */
export function requireScore(name: string, value: unknown): number {
    const number = requireFiniteNumber(name, value);
    if (number < 0 || number > 100) {
        throw new RangeError(`${name} must be a score from 0 to 100, got ${number}.`);
    }
    return number;
}

export function requireText(name: string, value: unknown): string {
    if (typeof value !== 'string') {
        throw new TypeError(`${name} must be text, got ${describeValue(value)}.`);
    }
    if (value.trim() === '') {
        throw new RangeError(`${name} must not be empty.`);
    }
    return value;
}

export function requireArray<T>(name: string, value: readonly T[] | unknown): readonly T[] {
    if (!Array.isArray(value)) {
        throw new TypeError(`${name} must be an array, got ${describeValue(value)}.`);
    }
    return value as readonly T[];
}

export function requireObject(name: string, value: unknown): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new TypeError(`${name} must be an object, got ${describeValue(value)}.`);
    }
    return value as Record<string, unknown>;
}
