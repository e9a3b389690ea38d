import type { ListViewDefinition, ListViewFilterLine } from '../../metadata/listViews';
import type { SalesforceError } from '../../org/salesforceError';
import { soqlString } from '../restRoutes';
import { invalidField, type CallerSchema, type DescribedField, type DescribedObject } from './callerSchema';
import { invalidInput } from './uiApiErrors';

/**
 * A list view's record filter as a SOQL condition, run as the caller so sharing and field-level
 * security apply (Metadata API, "ListView": filterScope, filters, booleanFilter). The filter
 * scopes Everything and Mine, every filter operation on text, picklist, number, checkbox, date
 * and lookup fields (a lookup compares the related record's name, as list view filters do) and
 * advanced filter logic translate; anything else (another scope, `within`, a queue or division,
 * an explicit date on a date/time field) is refused by name, never dropped.
 */

const COMPARISONS: Readonly<Record<string, string>> = {
    lessThan: '<',
    greaterThan: '>',
    lessOrEqual: '<=',
    greaterOrEqual: '>='
};
const TEXT_TYPES = new Set(['string', 'picklist', 'multipicklist', 'email', 'phone', 'url', 'combobox', 'reference']);
const NUMBER_TYPES = new Set(['double', 'int', 'long', 'currency', 'percent']);
/** A SOQL date literal: TODAY, THIS_WEEK, LAST_N_DAYS:30, … (SOQL and SOSL Reference, "Date Formats and Date Literals"). */
const DATE_LITERAL = /^[A-Z][A-Z_]*(:\d+)?$/;

function refusal(object: DescribedObject, view: ListViewDefinition, what: string): SalesforceError {
    return invalidInput(`The local org cannot translate ${what} of the list view ${object.name}.${view.name}.`);
}

/** A quoted LIKE pattern: the value's own % and _ match themselves. */
function likePattern(value: string, before: string, after: string): string {
    const escaped = value
        .replace(/\\/g, '\\\\')
        .replace(/'/g, "\\'")
        .replace(/[%_]/g, (char) => `\\${char}`);
    return `'${before}${escaped}${after}'`;
}

interface FilterContext {
    object: DescribedObject;
    view: ListViewDefinition;
    line: ListViewFilterLine;
}

/** The SOQL literal of one filter value for the field. */
function literal(context: FilterContext, field: DescribedField, value: string): string {
    const what = `the value "${value}" of the ${context.line.field} filter`;
    if (field.type === 'boolean') {
        if (['1', 'true'].includes(value.toLowerCase())) {
            return 'TRUE';
        }
        if (['0', 'false'].includes(value.toLowerCase())) {
            return 'FALSE';
        }
        throw refusal(context.object, context.view, what);
    }
    if (NUMBER_TYPES.has(field.type)) {
        if (!/^-?\d+(\.\d+)?$/.test(value)) {
            throw refusal(context.object, context.view, what);
        }
        return value;
    }
    if (field.type === 'date' || field.type === 'datetime') {
        const isoDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
        // A date on a date/time field means that whole day in the user's time zone: not one SOQL literal.
        if (DATE_LITERAL.test(value) || (isoDate && field.type === 'date')) {
            return value;
        }
        throw refusal(context.object, context.view, what);
    }
    if (TEXT_TYPES.has(field.type)) {
        return soqlString(value);
    }
    throw refusal(context.object, context.view, `the ${context.line.field} filter (a ${field.type} field)`);
}

/** The condition of one filter line. */
function lineCondition(
    schema: CallerSchema,
    object: DescribedObject,
    view: ListViewDefinition,
    line: ListViewFilterLine
): string {
    const context: FilterContext = { object, view, line };
    const field = schema.field(object, line.field);
    if (!field) {
        throw invalidField(line.field, object.name);
    }
    if (!field.filterable) {
        throw refusal(object, view, `the ${line.field} filter (the field cannot be filtered)`);
    }
    let path = field.name;
    if (field.type === 'reference') {
        const target = schema.target(field);
        const name = target ? schema.nameField(target) : undefined;
        if (!field.relationshipName || !name) {
            throw refusal(object, view, `the ${line.field} filter (its related records have no name the caller reads)`);
        }
        path = `${field.relationshipName}.${name.name}`;
    }
    const values = line.value === '' ? [] : line.value.split(',').map((value) => value.trim());
    const literals = (): string[] => values.map((value) => literal(context, field, value));
    const textual = (): void => {
        if (!TEXT_TYPES.has(field.type) || values.length === 0) {
            throw refusal(object, view, `the ${line.operation} operation of the ${line.field} filter`);
        }
    };
    switch (line.operation) {
        case 'equals':
            return values.length === 0
                ? `${path} = null`
                : values.length === 1
                  ? `${path} = ${literals()[0]}`
                  : `${path} IN (${literals().join(', ')})`;
        case 'notEqual':
            return values.length === 0
                ? `${path} != null`
                : values.length === 1
                  ? `${path} != ${literals()[0]}`
                  : `${path} NOT IN (${literals().join(', ')})`;
        case 'lessThan':
        case 'greaterThan':
        case 'lessOrEqual':
        case 'greaterOrEqual':
            if (values.length !== 1) {
                throw refusal(
                    object,
                    view,
                    `the ${line.operation} operation of the ${line.field} filter with ${values.length} values`
                );
            }
            return `${path} ${COMPARISONS[line.operation]} ${literals()[0]}`;
        case 'contains':
            textual();
            return values.map((value) => `${path} LIKE ${likePattern(value, '%', '%')}`).join(' OR ');
        case 'startsWith':
            textual();
            return values.map((value) => `${path} LIKE ${likePattern(value, '', '%')}`).join(' OR ');
        case 'notContain':
            textual();
            return values.map((value) => `(NOT ${path} LIKE ${likePattern(value, '%', '%')})`).join(' AND ');
        case 'includes':
        case 'excludes':
            if (field.type !== 'multipicklist' || values.length === 0) {
                throw refusal(object, view, `the ${line.operation} operation of the ${line.field} filter`);
            }
            return `${path} ${line.operation.toUpperCase()} (${literals().join(', ')})`;
        default:
            throw refusal(object, view, `the ${line.operation} operation of the ${line.field} filter`);
    }
}

/** `(1 AND 2) OR 3` with each number replaced by its filter line's condition. */
function withFilterLogic(object: DescribedObject, view: ListViewDefinition, conditions: string[]): string {
    const logic = view.booleanFilter as string;
    const tokens = logic.match(/\(|\)|\d+|[A-Za-z]+|\S/g) ?? [];
    return tokens
        .map((token) => {
            if (/^\d+$/.test(token)) {
                const condition = conditions[Number(token) - 1];
                if (condition === undefined) {
                    throw refusal(object, view, `the filter logic "${logic}" (it names filter ${token})`);
                }
                return `(${condition})`;
            }
            if (['and', 'or', 'not'].includes(token.toLowerCase())) {
                return token.toUpperCase();
            }
            if (token === '(' || token === ')') {
                return token;
            }
            throw refusal(object, view, `the filter logic "${logic}"`);
        })
        .join(' ')
        .replace(/\( /g, '(')
        .replace(/ \)/g, ')');
}

/** The WHERE condition of the list view for the caller, or null when it selects every record they can see. */
export function listViewCondition(
    schema: CallerSchema,
    object: DescribedObject,
    view: ListViewDefinition
): string | null {
    const restriction = view.restrictions.find((element) => element !== 'sharedTo');
    if (restriction) {
        throw refusal(object, view, `the ${restriction} restriction`);
    }
    const parts: string[] = [];
    if (view.filterScope === 'Mine') {
        if (!schema.field(object, 'OwnerId')) {
            throw refusal(object, view, 'the Mine scope (the object has no owner)');
        }
        parts.push(`OwnerId = ${soqlString(schema.caller.userId)}`);
    } else if (view.filterScope !== 'Everything') {
        throw refusal(object, view, `the ${view.filterScope} scope`);
    }
    const conditions = view.filters.map((line) => lineCondition(schema, object, view, line));
    if (conditions.length > 0) {
        parts.push(
            view.booleanFilter
                ? withFilterLogic(object, view, conditions)
                : conditions.map((condition) => `(${condition})`).join(' AND ')
        );
    }
    return parts.length === 0 ? null : parts.map((part) => `(${part})`).join(' AND ');
}
