import { toId18 } from '../ids/salesforceIds';
import { SalesforceError } from '../org/salesforceError';
import type { StoredField } from './orgSchema';

/**
 * Field values between the REST API's JSON and the storage layout (local/README.md): checked the
 * way the platform checks them on save, refused with the platform's error codes.
 */

export type StoredValue = string | number | null;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function wrongType(field: StoredField, value: unknown): SalesforceError {
    return new SalesforceError(
        400,
        'INVALID_TYPE_ON_FIELD_IN_RECORD',
        `${field.definition.label ?? field.name}: value not of required type: ${JSON.stringify(value)}`,
        [field.name]
    );
}

function pad(value: number, width = 2): string {
    return String(value).padStart(width, '0');
}

/** A date-time as stored: UTC, `YYYY-MM-DDTHH:MM:SS.sss+0000`, so text order is time order. */
export function storedDateTime(date: Date): string {
    return (
        `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
        `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}+0000`
    );
}

function dateTimeValue(field: StoredField, value: unknown): string {
    if (typeof value !== 'string') {
        throw wrongType(field, value);
    }
    const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
    if (!match) {
        throw wrongType(field, value);
    }
    const zone = match[3] === undefined ? 'Z' : match[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const date = new Date(`${match[1]}T${match[2] ?? '00:00:00'}${zone}`);
    if (Number.isNaN(date.getTime())) {
        throw wrongType(field, value);
    }
    return storedDateTime(date);
}

function dateValue(field: StoredField, value: unknown): string {
    if (typeof value !== 'string') {
        throw wrongType(field, value);
    }
    // The platform takes a date-time for a date field and keeps its date part.
    const day = value.slice(0, 10);
    const date = new Date(`${day}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
        throw wrongType(field, value);
    }
    return day;
}

function timeValue(field: StoredField, value: unknown): string {
    const match = typeof value === 'string' ? /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?$/.exec(value) : null;
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3] ?? 0) > 59) {
        throw wrongType(field, value);
    }
    return `${match[1]}:${match[2]}:${match[3] ?? '00'}.${(match[4] ?? '0').padEnd(3, '0')}Z`;
}

function numberValue(field: StoredField, value: unknown): number {
    const number =
        typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(number)) {
        throw wrongType(field, value);
    }
    const { precision, scale } = field.definition;
    if (scale === undefined) {
        return number;
    }
    // Stored rounded half up to the field's scale, as the platform keeps it.
    const factor = 10 ** scale;
    const rounded = (Math.sign(number) * Math.round(Math.abs(number) * factor + 1e-9)) / factor;
    if (precision !== undefined && Math.abs(rounded) >= 10 ** (precision - scale)) {
        throw new SalesforceError(
            400,
            'NUMBER_OUTSIDE_VALID_RANGE',
            `${field.definition.label ?? field.name}: value outside of valid range on numeric field: ${number}`,
            [field.name]
        );
    }
    return rounded;
}

function textValue(field: StoredField, value: unknown): string {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw wrongType(field, value);
    }
    const text = String(value);
    if (field.length > 0 && text.length > field.length) {
        throw new SalesforceError(
            400,
            'STRING_TOO_LONG',
            `${field.definition.label ?? field.name}: data value too large: ${text.slice(0, 40)}${text.length > 40 ? '…' : ''} (max length=${field.length})`,
            [field.name]
        );
    }
    return text;
}

function picklistValue(field: StoredField, value: unknown): string {
    const text = textValue(field, value);
    const values = field.definition.picklistValues;
    const picked = field.describeType === 'multipicklist' ? text.split(';').map((part) => part.trim()) : [text];
    if (field.definition.restrictedPicklist && values) {
        const bad = picked.find((part) => !values.includes(part));
        if (bad !== undefined) {
            throw new SalesforceError(
                400,
                'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                `${field.definition.label ?? field.name}: bad value for restricted picklist field: ${bad}`,
                [field.name]
            );
        }
    }
    return field.describeType === 'multipicklist' ? [...new Set(picked.filter((part) => part !== ''))].join(';') : text;
}

/** A reference value as an 18-character ID; MALFORMED_ID when it is not an ID at all. */
export function referenceValue(field: StoredField, value: unknown): string {
    const id = typeof value === 'string' ? toId18(value) : null;
    if (id === null) {
        throw new SalesforceError(
            400,
            'MALFORMED_ID',
            `${field.definition.label ?? field.name}: id value of incorrect type: ${String(value)}`,
            [field.name]
        );
    }
    return id;
}

/**
 * The stored form of a value a client sent. Blank text ("") is stored as null, as the platform
 * does; a checkbox is never blank.
 */
export function toStoredValue(field: StoredField, value: unknown): StoredValue {
    if (value === null || value === undefined || value === '') {
        return field.describeType === 'boolean' ? 0 : null;
    }
    switch (field.describeType) {
        case 'boolean':
            if (value === true || value === 'true') {
                return 1;
            }
            if (value === false || value === 'false') {
                return 0;
            }
            throw wrongType(field, value);
        case 'double':
        case 'currency':
        case 'percent':
        case 'int':
            return numberValue(field, value);
        case 'date':
            return dateValue(field, value);
        case 'datetime':
            return dateTimeValue(field, value);
        case 'time':
            return timeValue(field, value);
        case 'picklist':
        case 'multipicklist':
            return picklistValue(field, value);
        case 'reference':
        case 'id':
            return referenceValue(field, value);
        case 'email': {
            const text = textValue(field, value);
            if (!EMAIL.test(text)) {
                throw new SalesforceError(
                    400,
                    'INVALID_EMAIL_ADDRESS',
                    `${field.definition.label ?? field.name}: invalid email address: ${text}`,
                    [field.name]
                );
            }
            return text;
        }
        default:
            return textValue(field, value);
    }
}

/** The REST API's JSON for a stored value. */
export function toApiValue(field: StoredField, stored: unknown): unknown {
    if (stored === null || stored === undefined) {
        return field.describeType === 'boolean' ? false : null;
    }
    if (field.describeType === 'boolean') {
        return stored === 1 || stored === true;
    }
    return stored;
}
