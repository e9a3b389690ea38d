import type { SObjectRecord } from '../formulas';
import { checkFragmentTypes, GraphqlQueryError, valueOf, type GraphqlField } from './graphqlDocument';
import { soqlString, type RouteContext } from './restRoutes';

/**
 * One UI API object connection (`Assessment__c(where, orderBy, first, after) { edges … }`) as
 * SOQL, and its answer shaped by the selection. Cursors are opaque to clients; here they carry the
 * position after the edge, so `after` needs no server-side state.
 */
export interface DescribedField {
    name: string;
    type: string;
    relationshipName?: string | null;
    referenceTo?: string[];
    picklistValues?: { value: string; label: string }[];
}

export type DescribeLookup = (type: string) => DescribedField[];

/** UI API's default page size, and the largest `first` it takes. */
const DEFAULT_FIRST = 10;
const MAX_FIRST = 2000;
const VALUE_SELECTIONS = new Set(['value', 'displayValue', 'label', 'format', '__typename']);
const DATE_TYPES = new Set(['date', 'datetime', 'time']);
const RAW_TYPES = new Set(['boolean', 'int', 'double', 'currency', 'percent', 'long']);
const OPERATORS: Record<string, string> = { eq: '=', ne: '!=', lt: '<', gt: '>', lte: '<=', gte: '>=', like: 'LIKE' };
const LIST_OPERATORS: Record<string, string> = { in: 'IN', nin: 'NOT IN', includes: 'INCLUDES', excludes: 'EXCLUDES' };

export function encodeCursor(position: number): string {
    return Buffer.from(`v1:${position}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: unknown): number {
    if (cursor === null || cursor === undefined) {
        return 0;
    }
    const match = /^v1:(\d+)$/.exec(Buffer.from(String(cursor), 'base64').toString('utf8'));
    if (!match) {
        throw new GraphqlQueryError(`The cursor "${String(cursor)}" was not given by this org.`);
    }
    return Number(match[1]);
}

function fieldNamed(fields: DescribedField[], name: string): DescribedField | undefined {
    const lower = name.toLowerCase();
    return fields.find((field) => field.name.toLowerCase() === lower);
}

function relationshipNamed(fields: DescribedField[], name: string): DescribedField | undefined {
    const lower = name.toLowerCase();
    return fields.find((field) => (field.relationshipName ?? '').toLowerCase() === lower);
}

function isValueSelection(field: GraphqlField): boolean {
    return field.selections.length > 0 && field.selections.every((inner) => VALUE_SELECTIONS.has(inner.name));
}

function parentTypes(fields: DescribedField[], name: string, type: string): string[] {
    const reference = relationshipNamed(fields, name);
    if (!reference || !reference.referenceTo || reference.referenceTo.length === 0) {
        throw new GraphqlQueryError(`${name} is not a parent relationship of ${type}.`);
    }
    return reference.referenceTo;
}

function parentType(fields: DescribedField[], name: string, type: string): string {
    return parentTypes(fields, name, type)[0];
}

/**
 * The type of a parent relationship's record, for its selection; a fragment that picks one type of
 * a polymorphic parent (`Owner { ... on User { … } }`) is refused, as the local org answers the
 * parent's fields whatever its type.
 */
function selectedParentType(selection: GraphqlField, type: string, describe: DescribeLookup): string {
    const targets = parentTypes(describe(type), selection.name, type);
    if (targets.length > 1 && selection.selections.some((inner) => inner.fragmentTypes)) {
        throw new GraphqlQueryError(
            `Fragments on the polymorphic ${selection.name} (${targets.join(' or ')}) are not served by the local org.`
        );
    }
    checkFragmentTypes(selection.selections, targets[0]);
    return targets[0];
}

/** The SOQL field paths a node selection needs. */
function nodePaths(selections: GraphqlField[], type: string, prefix: string, describe: DescribeLookup): string[] {
    const paths: string[] = [];
    for (const selection of selections) {
        if (selection.name === 'Id') {
            paths.push(`${prefix}Id`);
        } else if (selection.name === 'ApiName' || selection.name === '__typename') {
            continue;
        } else if (selection.selections.some((inner) => inner.name === 'edges')) {
            throw new GraphqlQueryError(`Child relationships (${selection.name}) are not served by the local org.`);
        } else if (isValueSelection(selection)) {
            if (selection.selections.some((inner) => inner.fragmentTypes)) {
                throw new GraphqlQueryError(
                    `Fragments on field values (${selection.key}) are not served by the local org.`
                );
            }
            paths.push(`${prefix}${selection.name}`);
        } else if (selection.selections.length > 0) {
            const parent = selectedParentType(selection, type, describe);
            paths.push(...nodePaths(selection.selections, parent, `${prefix}${selection.name}.`, describe));
        } else {
            throw new GraphqlQueryError(`Select { value } of ${selection.name}: record fields are objects in UI API.`);
        }
    }
    return paths;
}

function literal(value: unknown, field: DescribedField | undefined): string {
    if (value === null || value === undefined) {
        return 'null';
    }
    if (typeof value === 'object' && !Array.isArray(value)) {
        const wrapped = value as { value?: unknown; literal?: unknown; range?: Record<string, unknown> };
        if (wrapped.literal !== undefined) {
            return String(wrapped.literal);
        }
        if (wrapped.range !== undefined) {
            const [[name, amount]] = Object.entries(wrapped.range);
            return `${name.toUpperCase()}:${Number(amount)}`;
        }
        return literal(wrapped.value, field);
    }
    if (typeof value === 'boolean' || typeof value === 'number') {
        return String(value);
    }
    const type = field?.type ?? 'string';
    if (DATE_TYPES.has(type) || RAW_TYPES.has(type)) {
        // Dates and numbers are unquoted in SOQL; anything else in the text is refused by the SOQL parser.
        if (!/^[0-9A-Za-z:.+\-_]+$/.test(String(value))) {
            throw new GraphqlQueryError(`"${String(value)}" is not a ${type} value.`);
        }
        return String(value);
    }
    return soqlString(String(value));
}

function fieldCondition(path: string, field: DescribedField | undefined, operators: unknown): string[] {
    if (operators === null || typeof operators !== 'object' || Array.isArray(operators)) {
        throw new GraphqlQueryError(`The filter on ${path} must be an object of operators such as { eq: … }.`);
    }
    return Object.entries(operators as Record<string, unknown>).map(([operator, value]) => {
        if (OPERATORS[operator]) {
            return `${path} ${OPERATORS[operator]} ${literal(value, field)}`;
        }
        if (LIST_OPERATORS[operator]) {
            if (!Array.isArray(value)) {
                throw new GraphqlQueryError(`${operator} on ${path} takes a list.`);
            }
            return `${path} ${LIST_OPERATORS[operator]} (${value.map((item) => literal(item, field)).join(', ')})`;
        }
        throw new GraphqlQueryError(`Unknown filter operator ${operator} on ${path}.`);
    });
}

/** A `where` object as a SOQL condition; its keys are ANDed, as UI API does. */
export function whereCondition(filter: unknown, type: string, prefix: string, describe: DescribeLookup): string {
    if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
        throw new GraphqlQueryError('A where filter is an object.');
    }
    const parts: string[] = [];
    for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
        if (key === 'and' || key === 'or') {
            const list = Array.isArray(value) ? value : [value];
            const inner = list
                .map((item) => whereCondition(item, type, prefix, describe))
                .filter((text) => text !== '');
            if (inner.length > 0) {
                parts.push(`(${inner.join(key === 'and' ? ' AND ' : ' OR ')})`);
            }
        } else if (key === 'not') {
            parts.push(`(NOT ${whereCondition(value, type, prefix, describe)})`);
        } else {
            const fields = describe(type);
            const field = fieldNamed(fields, key);
            if (!field && relationshipNamed(fields, key)) {
                parts.push(whereCondition(value, parentType(fields, key, type), `${prefix}${key}.`, describe));
            } else {
                parts.push(...fieldCondition(`${prefix}${key}`, field, value));
            }
        }
    }
    return parts.length > 1 ? `(${parts.join(' AND ')})` : (parts[0] ?? '');
}

function orderByClause(orderBy: unknown, type: string, prefix: string, describe: DescribeLookup): string[] {
    if (orderBy === null || typeof orderBy !== 'object' || Array.isArray(orderBy)) {
        throw new GraphqlQueryError('orderBy is an object such as { Name: { order: ASC } }.');
    }
    const parts: string[] = [];
    for (const [key, value] of Object.entries(orderBy as Record<string, unknown>)) {
        const spec = (value ?? {}) as { order?: unknown; nulls?: unknown };
        const fields = describe(type);
        if (!fieldNamed(fields, key) && relationshipNamed(fields, key)) {
            parts.push(...orderByClause(value, parentType(fields, key, type), `${prefix}${key}.`, describe));
            continue;
        }
        const order = String(spec.order ?? 'ASC').toUpperCase();
        if (order !== 'ASC' && order !== 'DESC') {
            throw new GraphqlQueryError(`order is ASC or DESC, got ${order}.`);
        }
        let text = `${prefix}${key} ${order}`;
        if (spec.nulls !== undefined) {
            const nulls = String(spec.nulls).toUpperCase();
            if (nulls !== 'FIRST' && nulls !== 'LAST') {
                throw new GraphqlQueryError(`nulls is FIRST or LAST, got ${nulls}.`);
            }
            text += ` NULLS ${nulls}`;
        }
        parts.push(text);
    }
    return parts;
}

/** UI API answers date/times in ISO form with `Z`; the store keeps `+0000`. */
function uiValue(value: unknown, field: DescribedField | undefined): unknown {
    if (field?.type === 'datetime' && typeof value === 'string') {
        return value.replace(/\+0000$/, 'Z');
    }
    return value === undefined ? null : value;
}

function displayValue(value: unknown, field: DescribedField | undefined): string | null {
    if (value === null || value === undefined || !field) {
        return null;
    }
    if (field.type === 'picklist' || field.type === 'multipicklist') {
        return String(value)
            .split(';')
            .map((part) => field.picklistValues?.find((entry) => entry.value === part)?.label ?? part)
            .join(';');
    }
    return null;
}

function shapeNode(
    selections: GraphqlField[],
    record: SObjectRecord,
    type: string,
    describe: DescribeLookup
): Record<string, unknown> {
    const node: Record<string, unknown> = {};
    for (const selection of selections) {
        if (selection.name === 'Id') {
            node[selection.key] = record.Id ?? null;
        } else if (selection.name === 'ApiName' || selection.name === '__typename') {
            node[selection.key] = type;
        } else if (isValueSelection(selection)) {
            const field = fieldNamed(describe(type), selection.name);
            const value = uiValue(record[selection.name], field);
            const shaped: Record<string, unknown> = {};
            for (const inner of selection.selections) {
                if (inner.name === 'value') {
                    shaped[inner.key] = value;
                } else if (inner.name === 'displayValue') {
                    shaped[inner.key] = displayValue(value, field);
                } else if (inner.name === '__typename') {
                    shaped[inner.key] = 'Field';
                } else {
                    shaped[inner.key] = null;
                }
            }
            node[selection.key] = shaped;
        } else {
            const parent = record[selection.name] as SObjectRecord | null | undefined;
            node[selection.key] = parent
                ? shapeNode(selection.selections, parent, parentType(describe(type), selection.name, type), describe)
                : null;
        }
    }
    return node;
}

/** Runs one object connection and answers it in the shape its selection asks. */
export function graphqlRecordQuery(
    connection: GraphqlField,
    variables: Record<string, unknown>,
    context: RouteContext,
    describe: DescribeLookup
): Record<string, unknown> {
    const type = connection.name;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(type)) {
        throw new GraphqlQueryError(`"${type}" is not an object name.`);
    }
    const argument = (name: string): unknown => {
        const value = connection.arguments.get(name);
        return value === undefined ? undefined : valueOf(value, variables);
    };
    for (const name of connection.arguments.keys()) {
        if (!['where', 'orderBy', 'first', 'after'].includes(name)) {
            throw new GraphqlQueryError(`The argument ${name} of ${type} is not served by the local org.`);
        }
    }
    const first = argument('first') ?? DEFAULT_FIRST;
    if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
        throw new GraphqlQueryError(`first is a whole number from 1 to ${MAX_FIRST}, got ${String(first)}.`);
    }
    const offset = decodeCursor(argument('after'));
    const where = argument('where');
    const condition = where === undefined || where === null ? '' : whereCondition(where, type, '', describe);
    const whereText = condition === '' ? '' : ` WHERE ${condition}`;
    const orderBy = argument('orderBy');
    const orderParts = orderBy === undefined || orderBy === null ? [] : orderByClause(orderBy, type, '', describe);
    const orderText = orderParts.length > 0 ? ` ORDER BY ${orderParts.join(', ')}` : '';

    checkFragmentTypes(connection.selections, `${type}Connection`);
    const edgesField = connection.selections.find((selection) => selection.name === 'edges');
    const pageInfoField = connection.selections.find((selection) => selection.name === 'pageInfo');
    checkFragmentTypes(edgesField?.selections ?? [], `${type}Edge`);
    checkFragmentTypes(pageInfoField?.selections ?? [], 'PageInfo');
    const nodeField = edgesField?.selections.find((selection) => selection.name === 'node');
    checkFragmentTypes(nodeField?.selections ?? [], type);
    const paths = new Set(['Id', ...(nodeField ? nodePaths(nodeField.selections, type, '', describe) : [])]);
    // One row more than the page tells whether there is a next page.
    const soql = `SELECT ${[...paths].join(', ')} FROM ${type}${whereText}${orderText} LIMIT ${offset + first + 1}`;
    const rows: SObjectRecord[] = [];
    let page = context.org.query(context.caller, soql);
    rows.push(...page.records);
    while (!page.done && page.nextRecordsUrl && rows.length < offset + first + 1) {
        page = context.org.queryMore(context.caller, page.nextRecordsUrl.split('/').pop()!);
        rows.push(...page.records);
    }
    const records = rows.slice(offset, offset + first);
    const hasNextPage = rows.length > offset + first;

    const answer: Record<string, unknown> = {};
    for (const selection of connection.selections) {
        if (selection.name === 'edges') {
            answer[selection.key] = records.map((record, index) => {
                const edge: Record<string, unknown> = {};
                for (const inner of selection.selections) {
                    if (inner.name === 'node') {
                        edge[inner.key] = shapeNode(inner.selections, record, type, describe);
                    } else if (inner.name === 'cursor') {
                        edge[inner.key] = encodeCursor(offset + index + 1);
                    }
                }
                return edge;
            });
        } else if (selection.name === 'pageInfo') {
            const info: Record<string, unknown> = {
                hasNextPage,
                hasPreviousPage: offset > 0,
                startCursor: records.length > 0 ? encodeCursor(offset + 1) : null,
                endCursor: records.length > 0 ? encodeCursor(offset + records.length) : null
            };
            answer[selection.key] = Object.fromEntries(
                selection.selections.map((inner) => [inner.key, info[inner.name] ?? null])
            );
        } else if (selection.name === 'totalCount') {
            answer[selection.key] = context.org.query(
                context.caller,
                `SELECT COUNT() FROM ${type}${whereText}`
            ).totalSize;
        } else if (selection.name === '__typename') {
            answer[selection.key] = `${type}Connection`;
        } else {
            throw new GraphqlQueryError(`${selection.name} is not a field of a record connection.`);
        }
    }
    return answer;
}
