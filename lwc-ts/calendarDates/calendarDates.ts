/**
 * Dates as the people of a contact center read them: due dates (a Salesforce Date, `YYYY-MM-DD`,
 * a calendar day with no time zone) and moments (a DateTime, ISO 8601 in UTC) shown in the
 * user's locale and time zone, and "today" as the user's own calendar day, which is what a due
 * date is compared with.
 *
 * Pure: the caller passes the locale and time zone (from `@salesforce/i18n`); no platform modules.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day of a Date field's value, as a UTC midnight, so no time zone can shift it. */
function calendarDay(value: string): Date {
    const match = DATE_PATTERN.exec(value);
    const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!day || day.toISOString().slice(0, 10) !== value) {
        throw new RangeError(`"${value}" is not a date in the form YYYY-MM-DD`);
    }
    return day;
}

/** A due date for display, such as "Nov 16, 2026"; empty text for a blank date. */
export function formatDate(value: string | null | undefined, locale: string): string {
    if (!value) {
        return '';
    }
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(calendarDay(value));
}

/** A moment for display in the user's time zone, such as "Nov 2, 2026, 9:00 AM"; empty text for blank. */
export function formatDateTime(value: string | null | undefined, locale: string, timeZone: string): string {
    if (!value) {
        return '';
    }
    const moment = new Date(value);
    if (Number.isNaN(moment.getTime())) {
        throw new RangeError(`"${value}" is not a date and time`);
    }
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(moment);
}

/** The user's calendar day at `now`, as a Date field value (`YYYY-MM-DD`). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
        now
    );
}
