import type { Caller, OrgData } from '../../org/orgData';
import { soqlString } from '../restRoutes';
import type { DescribedField } from './callerSchema';

/**
 * Field values as the User Interface API gives them (User Interface API Developer Guide, "Field
 * Value"): `value` is the raw value, dates and times in ISO 8601; `displayValue` is non-null only
 * when the value can be localized (a picklist's label), is a date or currency formatted for the
 * user, or is a related record (its name). Number, percent, text and checkbox values have none.
 * Dates use the short format of the user's locale ("7/13/2019", "6/17/2015 3:17 PM" for en_US),
 * date/times in the user's time zone.
 */

/** How one user reads dates and amounts: their LocaleSidKey and TimeZoneSidKey. */
export interface UserFormat {
    /** A BCP 47 tag: `en-US` for `en_US`. */
    locale: string;
    timeZone: string;
}

/** The org's currency: the local org has no multi-currency, and a new org's default is US dollars. */
const ORG_CURRENCY = 'USD';
/** What Salesforce gives a new user when none is set (the local org's personas carry these). */
const DEFAULT_FORMAT: UserFormat = { locale: 'en-US', timeZone: 'America/Los_Angeles' };

/** The calling user's locale and time zone, read through the org as that user. */
export function userFormat(org: OrgData, caller: Caller): UserFormat {
    const user = org.query(
        caller,
        `SELECT LocaleSidKey, TimeZoneSidKey FROM User WHERE Id = ${soqlString(caller.userId)}`
    ).records[0];
    const localeKey = typeof user?.LocaleSidKey === 'string' ? user.LocaleSidKey : '';
    const timeZone = typeof user?.TimeZoneSidKey === 'string' ? user.TimeZoneSidKey : '';
    const locale = localeKey.split('_').slice(0, 2).join('-');
    return {
        locale: locale && Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 ? locale : DEFAULT_FORMAT.locale,
        timeZone: timeZone && isTimeZone(timeZone) ? timeZone : DEFAULT_FORMAT.timeZone
    };
}

function isTimeZone(timeZone: string): boolean {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone });
        return true;
    } catch {
        return false;
    }
}

/** A REST date/time (`2025-03-10T12:00:00.000+0000`) in the ISO 8601 form the UI API answers (`…T12:00:00.000Z`). */
export function isoDateTime(value: string): string {
    const parsed = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString();
}

/** The raw value of a field as the UI API gives it. */
export function uiValue(field: DescribedField, value: unknown): unknown {
    if (value === undefined) {
        return null;
    }
    return field.type === 'datetime' && typeof value === 'string' ? isoDateTime(value) : value;
}

/** Intl's spaces (U+202F before AM/PM, U+00A0) written as the plain spaces Salesforce uses. */
function plainSpaces(text: string): string {
    return text.replace(/[\u202f\u00a0]/g, ' ');
}

function shortDate(format: UserFormat, date: Date, timeZone: string): string {
    return new Intl.DateTimeFormat(format.locale, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        timeZone
    }).format(date);
}

function picklistLabel(field: DescribedField, value: string): string {
    return field.picklistValues.find((entry) => entry.value === value)?.label ?? value;
}

/** The display value of a field's raw (UI API) value, or null where the API gives none. */
export function displayValue(field: DescribedField, value: unknown, format: UserFormat): string | null {
    if (value === null || value === undefined) {
        return null;
    }
    switch (field.type) {
        case 'picklist':
            return picklistLabel(field, String(value));
        case 'multipicklist':
            return String(value)
                .split(';')
                .map((entry) => picklistLabel(field, entry))
                .join(';');
        case 'date':
            return shortDate(format, new Date(`${String(value)}T00:00:00Z`), 'UTC');
        case 'datetime': {
            const date = new Date(String(value));
            const time = new Intl.DateTimeFormat(format.locale, {
                hour: 'numeric',
                minute: '2-digit',
                timeZone: format.timeZone
            }).format(date);
            return plainSpaces(`${shortDate(format, date, format.timeZone)} ${time}`);
        }
        case 'currency':
            return plainSpaces(
                new Intl.NumberFormat(format.locale, {
                    style: 'currency',
                    currency: ORG_CURRENCY,
                    minimumFractionDigits: field.scale,
                    maximumFractionDigits: field.scale
                }).format(Number(value))
            );
        default:
            return null;
    }
}
