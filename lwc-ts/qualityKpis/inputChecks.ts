/**
 * Argument checks for KPI records: a TypeError for a value of the wrong kind, a RangeError for a
 * value out of range, each naming the field (e.g. "assessments[3].score") and the value.
 */

export type DateInput = Date | string;

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

export function requireBoolean(name: string, value: unknown): boolean {
    if (typeof value !== 'boolean') {
        throw new TypeError(`${name} must be true or false, got ${shown(value)}.`);
    }
    return value;
}

export function requireOneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
        throw new RangeError(`${name} must be one of ${allowed.join(', ')}, got ${shown(value)}.`);
    }
    return value as T;
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

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A Date, or ISO 8601 text: a date ("2026-11-25", read as midnight UTC) or a date-time with its
 * zone ("2026-11-25T09:30:00Z", "…+0000" as Salesforce writes it). A date-time without a zone is
 * refused: browsers would read it in the viewer's local time and periods would shift.
 */
export function requireDate(name: string, value: unknown): Date {
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
            throw new RangeError(`${name} is an invalid Date.`);
        }
        return value;
    }
    if (typeof value !== 'string') {
        throw new TypeError(`${name} must be a Date or ISO 8601 text, got ${shown(value)}.`);
    }
    if (!DATE_ONLY.test(value) && !DATE_TIME_WITH_ZONE.test(value)) {
        throw new RangeError(
            `${name} must be an ISO 8601 date ("2026-11-25") or a date-time with a zone ("2026-11-25T09:30:00Z"), got ${shown(value)}.`
        );
    }
    const [year, month, day] = value.slice(0, 10).split('-').map(Number);
    const calendar = new Date(Date.UTC(year, month - 1, day));
    const date = new Date(value);
    // Engines roll "2026-02-30" over to 2 March; a day the month does not have is an error here.
    if (Number.isNaN(date.getTime()) || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
        throw new RangeError(`${name} is not a real date: ${shown(value)}.`);
    }
    return date;
}

export function optionalDate(name: string, value: unknown): Date | null {
    return value === null || value === undefined ? null : requireDate(name, value);
}

export function optionalNumber(name: string, value: unknown, minimum = -Infinity): number | null {
    if (value === null || value === undefined) {
        return null;
    }
    const number = requireFiniteNumber(name, value);
    if (number < minimum) {
        throw new RangeError(`${name} must be at least ${minimum}, got ${number}.`);
    }
    return number;
}
