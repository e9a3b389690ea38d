import type { FormulonLiteral } from 'formulon';
import type { FieldDefinition, FormulaValueType } from './schemaTypes';

/** How a blank number reads in this formula: zero (formula fields set to BlankAsZero) or blank. */
export type BlankNumbers = 'zero' | 'blank';

/** Salesforce formulas see 15-character record ids; the REST API shows 18. */
export function formulaId(value: string): string {
    return /^[a-zA-Z0-9]{18}$/.test(value) ? value.slice(0, 15) : value;
}

function decimalsOf(value: number): number {
    const text = String(Math.abs(value));
    if (text.includes('e-')) {
        const [mantissa, exponent] = text.split('e-');
        return (mantissa.split('.')[1]?.length ?? 0) + Number(exponent);
    }
    return text.split('.')[1]?.length ?? 0;
}

/** A number literal formulon will not round: its scale is the value's own. */
export function numberLiteral(value: number | null): FormulonLiteral {
    const scale = value === null ? 0 : decimalsOf(value);
    return { type: 'literal', dataType: 'number', value, options: { length: 18 - scale, scale } };
}

function dateFrom(value: unknown, where: string): Date {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        throw new TypeError(`${where} must be a date written YYYY-MM-DD, got ${JSON.stringify(value)}.`);
    }
    const date = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        throw new TypeError(`${where} is not a calendar date: ${value}.`);
    }
    return date;
}

function dateTimeFrom(value: unknown, where: string): Date {
    if (
        typeof value !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)
    ) {
        throw new TypeError(`${where} must be an ISO 8601 date-time with a zone, got ${JSON.stringify(value)}.`);
    }
    const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (Number.isNaN(date.getTime())) {
        throw new TypeError(`${where} is not a valid date-time: ${value}.`);
    }
    return date;
}

/**
 * The literal formulon needs for a field value as the REST API shows it: text and ids blank as
 * "", ids cut to 15 characters, percents as fractions (80 → 0.8), dates from `YYYY-MM-DD`,
 * date-times from ISO 8601, blank numbers as 0 or blank according to `blankNumbers`.
 */
export function fieldLiteral(
    field: Pick<FieldDefinition, 'valueType' | 'picklistValues' | 'name'>,
    value: unknown,
    blankNumbers: BlankNumbers,
    where: string
): FormulonLiteral {
    const blank = value === null || value === undefined;
    switch (field.valueType) {
        case 'text':
        case 'id': {
            if (!blank && typeof value !== 'string') {
                throw new TypeError(`${where} must be text, got ${JSON.stringify(value)}.`);
            }
            const text = blank ? '' : field.valueType === 'id' ? formulaId(value as string) : (value as string);
            return { type: 'literal', dataType: 'text', value: text, options: { length: Math.max(text.length, 1) } };
        }
        case 'picklist': {
            if (!blank && typeof value !== 'string') {
                throw new TypeError(`${where} must be a picklist value (text), got ${JSON.stringify(value)}.`);
            }
            return {
                type: 'literal',
                dataType: 'picklist',
                value: blank ? '' : value,
                options: { values: field.picklistValues ?? [] }
            };
        }
        case 'number':
        case 'percent': {
            if (blank) {
                return numberLiteral(blankNumbers === 'zero' ? 0 : null);
            }
            if (typeof value !== 'number' || !Number.isFinite(value)) {
                throw new TypeError(`${where} must be a number, got ${JSON.stringify(value)}.`);
            }
            // A percent field holds 80 for 80 %, and a formula reads it as 0.8.
            return numberLiteral(field.valueType === 'percent' ? Number((value / 100).toPrecision(15)) : value);
        }
        case 'checkbox': {
            if (!blank && typeof value !== 'boolean') {
                throw new TypeError(`${where} must be true or false, got ${JSON.stringify(value)}.`);
            }
            return { type: 'literal', dataType: 'checkbox', value: blank ? false : value, options: {} };
        }
        case 'date':
            return { type: 'literal', dataType: 'date', value: blank ? null : dateFrom(value, where), options: {} };
        case 'datetime':
            return {
                type: 'literal',
                dataType: 'datetime',
                value: blank ? null : dateTimeFrom(value, where),
                options: {}
            };
        default:
            throw new TypeError(`${where} is a ${field.valueType} field, which the local evaluator cannot read.`);
    }
}

/** Rounds half away from zero, the way Salesforce rounds formula results. */
export function roundHalfUp(value: number, scale: number): number {
    const magnitude = Math.abs(value);
    const text = String(magnitude);
    const rounded = text.includes('e')
        ? Math.round(magnitude * 10 ** scale) / 10 ** scale
        : Number(`${Math.round(Number(`${text}e${scale}`))}e-${scale}`);
    return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Whether two field values (as the REST API shows them) differ the way ISCHANGED sees it. */
export function valuesDiffer(valueType: FormulaValueType, before: unknown, after: unknown): boolean {
    const normalise = (value: unknown): unknown => {
        if (value === undefined || value === null) {
            // Blank text and "" are the same, a checkbox is never blank; a blank number is not 0.
            if (valueType === 'checkbox') {
                return false;
            }
            return valueType === 'text' || valueType === 'id' || valueType === 'picklist' ? '' : null;
        }
        if (valueType === 'id' && typeof value === 'string') {
            return formulaId(value);
        }
        if (valueType === 'checkbox') {
            return value === true;
        }
        if (valueType === 'datetime' && typeof value === 'string') {
            return dateTimeFrom(value, 'value').getTime();
        }
        return value;
    };
    return normalise(before) !== normalise(after);
}

function pad(value: number): string {
    return String(value).padStart(2, '0');
}

/** The value formulon returned, as the REST API would show the field: rounded to its scale, percent × 100. */
export function apiValue(
    result: FormulonLiteral,
    field: Pick<FieldDefinition, 'valueType' | 'scale'>,
    where: string
): unknown {
    if (result.dataType === 'null' || result.value === null || result.value === undefined) {
        if (field.valueType === 'checkbox') {
            throw new TypeError(`${where} came out blank, but a checkbox formula must be true or false.`);
        }
        return null;
    }
    const expect = (dataTypes: string[]): void => {
        if (!dataTypes.includes(result.dataType)) {
            throw new TypeError(`${where} should give a ${field.valueType}, but gave a ${result.dataType}.`);
        }
    };
    switch (field.valueType) {
        case 'number':
        case 'percent': {
            expect(['number']);
            const value = result.value as number;
            const shown = field.valueType === 'percent' ? Number((value * 100).toPrecision(15)) : value;
            return field.scale === undefined ? shown : roundHalfUp(shown, field.scale);
        }
        case 'checkbox':
            expect(['checkbox']);
            return result.value;
        case 'text':
        case 'id':
        case 'picklist':
            expect(['text', 'picklist']);
            return result.value === '' ? null : result.value;
        case 'date': {
            expect(['date']);
            const date = new Date(result.value as string | Date);
            return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
        }
        case 'datetime':
            expect(['datetime']);
            return new Date(result.value as string | Date).toISOString();
        default:
            throw new TypeError(`${where} is a ${field.valueType} formula, which the local evaluator cannot give.`);
    }
}
