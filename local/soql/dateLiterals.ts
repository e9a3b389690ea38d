import { malformedQuery } from './soqlErrors';

/**
 * SOQL date literals as half-open day ranges [start, end) in UTC, measured from `now`
 * (SOQL and SOSL Reference, "Date Formats and Date Literals"). Weeks start on Sunday (the en_US
 * locale) and the fiscal year is the calendar year (the org default), so FISCAL literals equal
 * their calendar twins.
 */
export interface DayRange {
    /** First day inside, `YYYY-MM-DD`. */
    start: string;
    /** First day after, `YYYY-MM-DD`. */
    end: string;
}

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
    return new Date(ms).toISOString().slice(0, 10);
}

function startOfToday(now: Date): number {
    return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** The first day of the month `offset` months from `now`'s month. */
function monthStart(now: Date, offset: number): number {
    return Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1);
}

function days(start: number, count: number): DayRange {
    return { start: isoDay(start), end: isoDay(start + count * DAY_MS) };
}

function months(now: Date, fromOffset: number, count: number): DayRange {
    return { start: isoDay(monthStart(now, fromOffset)), end: isoDay(monthStart(now, fromOffset + count)) };
}

function quarterOffset(now: Date): number {
    // Months from the current month back to its quarter's first month.
    return -(now.getUTCMonth() % 3);
}

function yearOffset(now: Date): number {
    return -now.getUTCMonth();
}

/** The range of a date literal; `n` is the number of an `_N_` literal. */
export function dateLiteralRange(literal: string, n: number | undefined, now: Date): DayRange {
    const today = startOfToday(now);
    const weekStart = today - now.getUTCDay() * DAY_MS;
    const name = literal.toUpperCase().replace('_FISCAL', '');
    const count = n ?? 0;
    const needsN = name.includes('_N_') || name.endsWith('_AGO');
    if (needsN && (!Number.isInteger(count) || count < 0)) {
        throw malformedQuery(`Date literal ${literal} needs a whole number of periods, not ${String(n)}.`);
    }
    const q = quarterOffset(now);
    const y = yearOffset(now);
    switch (name) {
        case 'YESTERDAY':
            return days(today - DAY_MS, 1);
        case 'TODAY':
            return days(today, 1);
        case 'TOMORROW':
            return days(today + DAY_MS, 1);
        case 'LAST_WEEK':
            return days(weekStart - 7 * DAY_MS, 7);
        case 'THIS_WEEK':
            return days(weekStart, 7);
        case 'NEXT_WEEK':
            return days(weekStart + 7 * DAY_MS, 7);
        case 'LAST_MONTH':
            return months(now, -1, 1);
        case 'THIS_MONTH':
            return months(now, 0, 1);
        case 'NEXT_MONTH':
            return months(now, 1, 1);
        // "Starts with the current day and continues for the past n days": today and the n before it.
        case 'LAST_90_DAYS':
            return days(today - 90 * DAY_MS, 91);
        case 'LAST_N_DAYS':
            return days(today - count * DAY_MS, count + 1);
        // "Starts 00:00:00 of the next day and continues for the next n days": today is not in it.
        case 'NEXT_90_DAYS':
            return days(today + DAY_MS, 90);
        case 'NEXT_N_DAYS':
            return days(today + DAY_MS, count);
        case 'N_DAYS_AGO':
            return days(today - count * DAY_MS, 1);
        case 'LAST_N_WEEKS':
            return days(weekStart - 7 * count * DAY_MS, 7 * count);
        case 'NEXT_N_WEEKS':
            return days(weekStart + 7 * DAY_MS, 7 * count);
        case 'N_WEEKS_AGO':
            return days(weekStart - 7 * count * DAY_MS, 7);
        case 'LAST_N_MONTHS':
            return months(now, -count, count);
        case 'NEXT_N_MONTHS':
            return months(now, 1, count);
        case 'N_MONTHS_AGO':
            return months(now, -count, 1);
        case 'THIS_QUARTER':
            return months(now, q, 3);
        case 'LAST_QUARTER':
            return months(now, q - 3, 3);
        case 'NEXT_QUARTER':
            return months(now, q + 3, 3);
        case 'LAST_N_QUARTERS':
            return months(now, q - 3 * count, 3 * count);
        case 'NEXT_N_QUARTERS':
            return months(now, q + 3, 3 * count);
        case 'N_QUARTERS_AGO':
            return months(now, q - 3 * count, 3);
        case 'THIS_YEAR':
            return months(now, y, 12);
        case 'LAST_YEAR':
            return months(now, y - 12, 12);
        case 'NEXT_YEAR':
            return months(now, y + 12, 12);
        case 'LAST_N_YEARS':
            return months(now, y - 12 * count, 12 * count);
        case 'NEXT_N_YEARS':
            return months(now, y + 12, 12 * count);
        case 'N_YEARS_AGO':
            return months(now, y - 12 * count, 12);
        default:
            throw malformedQuery(`The date literal ${literal} is not supported by the local org's SOQL.`);
    }
}
