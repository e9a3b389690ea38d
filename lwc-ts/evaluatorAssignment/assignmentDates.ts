/**
 * The dates assignment works with: the calendar day work is assigned on (YYYY-MM-DD, the form
 * Salesforce Date fields use, compared as text with an evaluator's unavailable dates) and the
 * moment of a re-assignment for the audit trail (ISO 8601 with a zone).
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Returns the date unchanged when it is a real YYYY-MM-DD day; throws a RangeError naming it otherwise. */
export function checkCalendarDate(value: unknown, what: string): string {
    const match = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
    if (match) {
        const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
        const date = new Date(Date.UTC(year, month - 1, day));
        if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
            return value as string;
        }
    }
    throw new RangeError(`${what} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}.`);
}

/** Returns the timestamp unchanged when it is an ISO 8601 datetime with a zone; throws a RangeError otherwise. */
export function checkTimestamp(value: unknown, what: string): string {
    if (typeof value === 'string' && TIMESTAMP.test(value)) {
        checkCalendarDate(value.slice(0, 10), what);
        return value;
    }
    throw new RangeError(
        `${what} must be an ISO 8601 datetime with a zone (Z or ±hh:mm), got ${JSON.stringify(value)}.`
    );
}
