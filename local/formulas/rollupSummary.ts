import type { EvaluationOptions } from './evaluateFormula';
import { FormulaError } from './formulaError';
import { evaluateFormulaField } from './formulaFields';
import { roundHalfUp } from './formulaValues';
import {
    findField,
    findObject,
    type FieldDefinition,
    type ObjectDefinition,
    type PackageSchema,
    type SObjectRecord,
    type SummaryFilter
} from './schemaTypes';

const ORDERINGS: Readonly<Record<string, (difference: number) => boolean>> = {
    lessThan: (difference) => difference < 0,
    greaterThan: (difference) => difference > 0,
    lessOrEqual: (difference) => difference <= 0,
    greaterOrEqual: (difference) => difference >= 0
};

function detailValue(
    schema: PackageSchema,
    detail: ObjectDefinition,
    field: FieldDefinition,
    record: SObjectRecord,
    options: EvaluationOptions
): unknown {
    if (field.formula !== undefined) {
        return evaluateFormulaField(schema, detail.name, field.name, record, options);
    }
    return record[field.name] ?? null;
}

/** A value made comparable: numbers as numbers, dates and date-times as milliseconds, text in lower case. */
function comparable(field: FieldDefinition, value: unknown, where: string): number | string | boolean | null {
    if (value === null || value === undefined || value === '') {
        return null;
    }
    switch (field.valueType) {
        case 'number':
        case 'percent': {
            const number = typeof value === 'number' ? value : Number(value);
            if (!Number.isFinite(number)) {
                throw new FormulaError(where, `${JSON.stringify(value)} is not a number for ${field.name}.`);
            }
            return number;
        }
        case 'checkbox':
            if (typeof value === 'boolean') {
                return value;
            }
            if (/^(true|false)$/i.test(String(value))) {
                return String(value).toLowerCase() === 'true';
            }
            throw new FormulaError(where, `${JSON.stringify(value)} is not true or false for ${field.name}.`);
        case 'date':
        case 'datetime': {
            const text = String(value);
            const time = new Date(field.valueType === 'date' ? `${text}T00:00:00Z` : text).getTime();
            if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(time)) {
                throw new FormulaError(
                    where,
                    `${JSON.stringify(value)} is not a date the local evaluator reads (relative dates such as TODAY are not supported in roll-up filters).`
                );
            }
            return time;
        }
        case 'text':
        case 'id':
        case 'picklist':
            return String(value).toLowerCase();
        default:
            throw new FormulaError(where, `filters on ${field.valueType} fields are not supported locally.`);
    }
}

function passesFilter(field: FieldDefinition, filter: SummaryFilter, value: unknown, where: string): boolean {
    if (filter.valueField !== undefined) {
        throw new FormulaError(
            where,
            'roll-up filters that compare with another field are not supported locally.',
            filter.field
        );
    }
    const actual = comparable(field, value, where);
    const text = filter.value ?? '';
    const isText = field.valueType === 'text' || field.valueType === 'id' || field.valueType === 'picklist';
    // "equals a, b" matches either value (Salesforce filter criteria).
    const candidates = (isText ? text.split(',').map((part) => part.trim()) : [text]).map((part) =>
        comparable(field, part, where)
    );
    switch (filter.operation) {
        case 'equals':
            return candidates.some((candidate) => candidate === actual);
        case 'notEqual':
            return candidates.every((candidate) => candidate !== actual);
        case 'contains':
        case 'notContain':
        case 'startsWith': {
            const haystack = String(actual ?? '');
            const needles = candidates.map((candidate) => String(candidate ?? ''));
            const hit = needles.some((needle) =>
                filter.operation === 'startsWith' ? haystack.startsWith(needle) : haystack.includes(needle)
            );
            return filter.operation === 'notContain' ? !hit : hit;
        }
        default: {
            const ordering = ORDERINGS[filter.operation];
            if (!ordering) {
                throw new FormulaError(
                    where,
                    `the roll-up filter operation ${filter.operation} is not supported locally.`,
                    filter.field
                );
            }
            const limit = candidates[0];
            if (actual === null || limit === null) {
                return false;
            }
            const difference =
                typeof actual === 'string' ? actual.localeCompare(String(limit)) : Number(actual) - Number(limit);
            return ordering(difference);
        }
    }
}

/**
 * Computes a roll-up summary field from its definition (count / sum / min / max, with its filter
 * criteria ANDed) over the detail records of one master. Formula fields of the details are
 * evaluated from their own XML. A sum of nothing is 0; a min or max of nothing is blank.
 */
export function computeRollupSummary(
    schema: PackageSchema,
    objectName: string,
    fieldName: string,
    details: readonly SObjectRecord[],
    options: EvaluationOptions = {}
): number | string | null {
    const master = findObject(schema, objectName);
    const field = master ? findField(master, fieldName) : undefined;
    const where = `${objectName}.${fieldName}`;
    if (!master || !field?.summary) {
        throw new FormulaError(where, 'is not a roll-up summary field of the package.');
    }
    const summary = field.summary;
    const [detailName, keyName] = summary.foreignKey.split('.');
    const detail = findObject(schema, detailName ?? '');
    const key = detail ? findField(detail, keyName ?? '') : undefined;
    if (!detail || key?.type !== 'MasterDetail' || key.referenceTo?.[0]?.toLowerCase() !== master.name.toLowerCase()) {
        throw new FormulaError(where, `${summary.foreignKey} is not a master-detail to ${master.name}.`);
    }
    const filters = summary.filters.map((filter) => {
        const filterField = findField(detail, filter.field.split('.').pop() ?? '');
        if (!filterField) {
            throw new FormulaError(where, `filters on ${filter.field}, which is not a field of ${detail.name}.`);
        }
        return { filter, filterField };
    });
    const included = details.filter((record) =>
        filters.every(({ filter, filterField }) =>
            passesFilter(filterField, filter, detailValue(schema, detail, filterField, record, options), where)
        )
    );
    if (summary.operation === 'count') {
        return included.length;
    }
    const summarized = findField(detail, (summary.summarizedField ?? '').split('.').pop() ?? '');
    if (!summarized) {
        throw new FormulaError(
            where,
            `summarizes ${summary.summarizedField ?? '(nothing)'}, which is not a field of ${detail.name}.`
        );
    }
    const values = included
        .map((record) => detailValue(schema, detail, summarized, record, options))
        .filter((value) => value !== null && value !== undefined);
    if (summary.operation === 'sum') {
        if (summarized.valueType !== 'number' && summarized.valueType !== 'percent') {
            throw new FormulaError(where, `sums ${summarized.name}, which is not a number.`);
        }
        const total = values.reduce<number>((sum, value) => Number((sum + (value as number)).toPrecision(15)), 0);
        return summarized.scale === undefined ? total : roundHalfUp(total, summarized.scale);
    }
    if (values.length === 0) {
        return null;
    }
    const pick = summary.operation === 'min' ? -1 : 1;
    return values.reduce((best, value) => {
        const order =
            (comparable(summarized, value, where) as number) - (comparable(summarized, best, where) as number);
        return order * pick > 0 ? value : best;
    }) as number | string;
}
