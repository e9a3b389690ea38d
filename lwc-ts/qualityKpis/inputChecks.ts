/**
 * The argument checks particular to KPI records: dates (as Salesforce and the UI API write them)
 * and optional numbers. A TypeError for a value of the wrong kind, a RangeError for a value out of
 * range, each naming the field (e.g. "interactions[3].occurredAt") and the value. The general
 * checks (text, numbers, picklist values, arrays, records) are in `c/engineInputChecks`.
 */
import { describeValue, requireFiniteNumber } from 'c/engineInputChecks';

export type DateInput = Date | string;

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
        throw new TypeError(`${name} must be a Date or ISO 8601 text, got ${describeValue(value)}.`);
    }
    if (!DATE_ONLY.test(value) && !DATE_TIME_WITH_ZONE.test(value)) {
        throw new RangeError(
            `${name} must be an ISO 8601 date ("2026-11-25") or a date-time with a zone ("2026-11-25T09:30:00Z"), got ${describeValue(value)}.`
        );
    }
    const [year, month, day] = value.slice(0, 10).split('-').map(Number);
    const calendar = new Date(Date.UTC(year, month - 1, day));
    const date = new Date(value);
    // Engines roll "2026-02-30" over to 2 March; a day the month does not have is an error here.
    if (Number.isNaN(date.getTime()) || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
        throw new RangeError(`${name} is not a real date: ${describeValue(value)}.`);
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
