/**
 * Argument checks for leaderboard inputs: a TypeError for a value of the wrong kind, a RangeError
 * for one out of range, each naming the field and the value.
 */

function shown(value: unknown): string {
    return typeof value === 'string' ? `"${value}"` : String(value);
}

export function requireText(name: string, value: unknown): string {
    if (typeof value !== 'string') {
        throw new TypeError(`${name} must be text, got ${shown(value)}.`);
    }
    if (value.trim() === '') {
        throw new RangeError(`${name} must not be empty.`);
    }
    return value;
}

export function requireFiniteNumber(name: string, value: unknown): number {
    if (typeof value !== 'number') {
        throw new TypeError(`${name} must be a number, got ${shown(value)}.`);
    }
    if (!Number.isFinite(value)) {
        throw new RangeError(`${name} must be a finite number, got ${value}.`);
    }
    return value;
}

export function requireNumberBetween(name: string, value: unknown, minimum: number, maximum: number): number {
    const number = requireFiniteNumber(name, value);
    if (number < minimum || number > maximum) {
        throw new RangeError(`${name} must be from ${minimum} to ${maximum}, got ${number}.`);
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

export function requireArray<T>(name: string, value: unknown): readonly T[] {
    if (!Array.isArray(value)) {
        throw new TypeError(`${name} must be an array, got ${shown(value)}.`);
    }
    return value as readonly T[];
}

export function requireObject(name: string, value: unknown): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new TypeError(`${name} must be an object, got ${shown(value)}.`);
    }
    return value as Record<string, unknown>;
}
