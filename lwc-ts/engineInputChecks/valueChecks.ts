/**
 * Checks for the shape of arguments and records: text, true/false, a value from a fixed list, an
 * array, an object. A TypeError for a value of the wrong kind, a RangeError for one of the right
 * kind that is not allowed, each naming the argument and the value.
 */
import { describeValue } from './describeValue';

/** Non-blank text, such as a record id or a name. */
export function requireText(name: string, value: unknown): string {
    if (typeof value !== 'string') {
        throw new TypeError(`${name} must be text, got ${describeValue(value)}.`);
    }
    if (value.trim() === '') {
        throw new RangeError(`${name} must not be empty.`);
    }
    return value;
}

export function requireBoolean(name: string, value: unknown): boolean {
    if (typeof value !== 'boolean') {
        throw new TypeError(`${name} must be true or false, got ${describeValue(value)}.`);
    }
    return value;
}

/** One of the listed values, as a restricted picklist is. */
export function requireOneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
        throw new RangeError(`${name} must be one of ${allowed.join(', ')}, got ${describeValue(value)}.`);
    }
    return value as T;
}

/** An array; its entries are the caller's to check, with their positions in the names. */
export function requireArray<T>(name: string, value: unknown): readonly T[] {
    if (!Array.isArray(value)) {
        throw new TypeError(`${name} must be an array, got ${describeValue(value)}.`);
    }
    return value as readonly T[];
}

/** A plain record: an object that is neither null nor an array. */
export function requireObject(name: string, value: unknown): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new TypeError(`${name} must be an object, got ${describeValue(value)}.`);
    }
    return value as Record<string, unknown>;
}
