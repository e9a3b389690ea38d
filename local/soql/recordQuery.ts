import type { Query, Subquery } from '@jetstreamapp/soql-parser-js';
import type { FieldDefinition, ObjectDefinition, SObjectRecord } from '../formulas';
import { SalesforceError } from '../org/salesforceError';
import { buildConditionTree } from './conditionTree';
import { compileConditionTree, type ConditionEnvironment, type Operand, type RawCondition } from './compileCondition';
import { dateFunctionSql, isDateFunction } from './dateFunctions';
import { refuseUnansweredClauses } from './parseSoql';
import { childRelationship, QueryScope, readableObject, rowFilter, type ParentJoin } from './queryScope';
import type { SoqlContext } from './soqlContext';
import { malformedQuery, unsupported } from './soqlErrors';
import { column, fragment, joinFragments, type SqlFragment } from './sqlFragment';
import { decodeValue } from './valueDecoding';

/** Salesforce's largest OFFSET (SOQL Reference, "OFFSET"). */
const MAX_OFFSET = 2000;

/** Hands out table aliases unique across one whole query, subqueries included. */
export type AliasSource = () => string;

export function aliasSource(): AliasSource {
    let next = 0;
    return () => `t${next++}`;
}

type ShapeEntry =
    | { kind: 'field'; key: string; column: string; field: FieldDefinition }
    | { kind: 'parent'; key: string; join: ParentJoin; idColumns: string[]; shape: Shape }
    | { kind: 'children'; key: string; plan: ChildPlan };

interface Shape {
    entries: ShapeEntry[];
}

interface ChildPlan {
    level: RecordLevel;
    foreignKey: FieldDefinition;
    limit?: number;
}

export function recordUrl(context: SoqlContext, type: string, id: string): string {
    return `/services/data/v${context.apiVersion}/sobjects/${type}/${id}`;
}

/** The one value each subquery or path names, `Case__r.Account.Name`, as written. */
function pathOf(field: { field: string; relationships?: string[] }): string {
    return [...(field.relationships ?? []), field.field].join('.');
}

function listOf<T>(value: T | T[] | undefined): T[] {
    if (value === undefined) {
        return [];
    }
    return Array.isArray(value) ? value : [value];
}

export function checkedOffset(offset: number | undefined): number {
    if (offset !== undefined && offset > MAX_OFFSET) {
        throw new SalesforceError(400, 'NUMBER_OUTSIDE_VALID_RANGE', `Maximum SOQL offset allowed is ${MAX_OFFSET}`);
    }
    return offset ?? 0;
}

/** The WHERE environment of a scope: fields, date functions and semi-joins (no aggregates). */
export function whereEnvironment(
    scope: QueryScope,
    nextAlias: AliasSource,
    allowSemiJoin = true
): ConditionEnvironment {
    const context = scope.context;
    return {
        context,
        operand(condition: RawCondition): Operand {
            if (condition.field !== undefined) {
                const resolved = scope.resolvePath(condition.field);
                return { sql: resolved.sql, valueType: resolved.field.valueType, name: condition.field };
            }
            const fn = condition.fn ?? {};
            const name = fn.functionName ?? '';
            if (!isDateFunction(name)) {
                throw malformedQuery(
                    `${fn.rawValue ?? name}: aggregate functions are not allowed in WHERE (use HAVING), and other functions are not supported here.`
                );
            }
            const argument = fn.parameters?.[0];
            if (typeof argument !== 'string' || fn.parameters?.length !== 1) {
                throw unsupported(`${fn.rawValue ?? name} with a nested function`);
            }
            const resolved = scope.resolvePath(argument);
            const sql = dateFunctionSql(name, resolved.sql, resolved.field.valueType, argument);
            return { sql: sql.sql, valueType: sql.valueType, name: fn.rawValue ?? name };
        },
        semiJoin: allowSemiJoin
            ? (query: Query, operand: Operand) => compileSemiJoin(context, query, operand, nextAlias)
            : undefined
    };
}

/** `Id IN (SELECT Order__c FROM Line__c WHERE …)`: the inner SELECT, visibility-filtered, without blanks. */
function compileSemiJoin(context: SoqlContext, query: Query, operand: Operand, nextAlias: AliasSource): SqlFragment {
    refuseUnansweredClauses(query);
    if (query.orderBy || query.limit !== undefined || query.offset !== undefined || query.groupBy || query.having) {
        throw malformedQuery('A semi-join subquery cannot use ORDER BY, LIMIT, OFFSET, GROUP BY or HAVING.');
    }
    const fields = query.fields ?? [];
    const only = fields[0];
    if (fields.length !== 1 || !only || (only.type !== 'Field' && only.type !== 'FieldRelationship')) {
        throw malformedQuery('A semi-join subquery selects exactly one ID or reference field.');
    }
    const object = readableObject(context, query.sObject ?? '');
    const scope = new QueryScope(context, object, nextAlias(), nextAlias);
    const selected = scope.resolvePath(pathOf(only));
    if (selected.field.valueType !== 'id') {
        throw malformedQuery(
            `${operand.name} IN (SELECT ${pathOf(only)} …): the subquery must select an ID or reference field.`
        );
    }
    const parts: SqlFragment[] = [rowFilter(context, object, scope.alias)];
    if (query.where) {
        // The platform does not nest semi-joins inside semi-joins.
        parts.push(
            compileConditionTree(
                buildConditionTree<RawCondition>(query.where),
                whereEnvironment(scope, nextAlias, false)
            )
        );
    }
    parts.push(fragment(`${selected.sql.sql} IS NOT NULL`, selected.sql.params));
    const from = scope.fromSql();
    const where = joinFragments(parts, ' AND ');
    return fragment(`SELECT ${selected.sql.sql} FROM ${from.sql} WHERE ${where.sql}`, [
        ...selected.sql.params,
        ...from.params,
        ...where.params
    ]);
}

/** ORDER BY items of a record query: paths only, SOQL's default of nulls first ascending, last descending. */
function orderBySql(scope: QueryScope, orderBy: Query['orderBy']): SqlFragment[] {
    return listOf(orderBy).map((item) => {
        if (!('field' in item) || item.field === undefined) {
            throw malformedQuery('ORDER BY a function needs GROUP BY.');
        }
        const resolved = scope.resolvePath(item.field);
        return orderTerm(
            resolved.sql,
            resolved.field.valueType === 'text' || resolved.field.valueType === 'picklist',
            item
        );
    });
}

export function orderTerm(sql: SqlFragment, isText: boolean, item: { order?: string; nulls?: string }): SqlFragment {
    const descending = item.order?.toUpperCase() === 'DESC';
    const nulls = item.nulls ? item.nulls.toUpperCase() : descending ? 'LAST' : 'FIRST';
    return fragment(
        `${sql.sql}${isText ? ' COLLATE NOCASE' : ''} ${descending ? 'DESC' : 'ASC'} NULLS ${nulls}`,
        sql.params
    );
}

/**
 * One level of a record query (the main query or a child subquery): its columns, how each row
 * becomes a record, its filter and order.
 */
class RecordLevel {
    readonly scope: QueryScope;
    readonly shape: Shape = { entries: [] };
    private readonly columns: SqlFragment[] = [];
    private readonly where: SqlFragment[] = [];
    readonly order: SqlFragment[];

    constructor(
        readonly context: SoqlContext,
        readonly object: ObjectDefinition,
        query: Query | Subquery,
        nextAlias: AliasSource,
        isChild: boolean
    ) {
        refuseUnansweredClauses(query);
        this.scope = new QueryScope(context, object, nextAlias(), nextAlias);
        for (const item of query.fields ?? []) {
            switch (item.type) {
                case 'Field':
                case 'FieldRelationship':
                    if ('alias' in item && item.alias) {
                        throw malformedQuery(`Only aggregate queries can give a field an alias (${item.alias}).`);
                    }
                    this.addPath(pathOf(item));
                    break;
                case 'FieldSubquery':
                    if (isChild) {
                        throw unsupported('A subquery inside a child subquery');
                    }
                    this.addChildren(item.subquery, nextAlias);
                    break;
                case 'FieldTypeof':
                    throw unsupported('TYPEOF');
                default:
                    throw unsupported(`${item.rawValue ?? item.functionName}`);
            }
        }
        if (query.where) {
            const tree = buildConditionTree<RawCondition>(query.where);
            this.where.push(compileConditionTree(tree, whereEnvironment(this.scope, nextAlias)));
        }
        this.order = orderBySql(this.scope, query.orderBy);
    }

    private addColumn(sql: SqlFragment): string {
        const name = `c${this.columns.length}`;
        this.columns.push(fragment(`${sql.sql} AS ${name}`, sql.params));
        return name;
    }

    private addPath(path: string): void {
        const resolved = this.scope.resolvePath(path);
        let shape = this.shape;
        for (const join of resolved.joins) {
            let entry = shape.entries.find(
                (candidate): candidate is Extract<ShapeEntry, { kind: 'parent' }> =>
                    candidate.kind === 'parent' && candidate.join === join
            );
            if (!entry) {
                this.refuseDuplicate(shape, join.relationshipName, path);
                entry = {
                    kind: 'parent',
                    key: join.relationshipName,
                    join,
                    idColumns: join.targets.map((target) => this.addColumn(fragment(column(target.alias, 'Id')))),
                    shape: { entries: [] }
                };
                shape.entries.push(entry);
            }
            shape = entry.shape;
        }
        this.refuseDuplicate(shape, resolved.field.name, path);
        shape.entries.push({
            kind: 'field',
            key: resolved.field.name,
            column: this.addColumn(resolved.sql),
            field: resolved.field
        });
    }

    private refuseDuplicate(shape: Shape, key: string, path: string): void {
        const clash = shape.entries.find((entry) => entry.key.toLowerCase() === key.toLowerCase());
        if (clash && !(clash.kind === 'parent' && clash.key === key)) {
            throw malformedQuery(`duplicate field selected: ${path}`);
        }
    }

    private addChildren(subquery: Subquery, nextAlias: AliasSource): void {
        const relationship = childRelationship(this.context, this.object, subquery.relationshipName);
        if (subquery.groupBy || subquery.having) {
            throw malformedQuery('A child subquery cannot use GROUP BY or HAVING.');
        }
        if (subquery.offset !== undefined) {
            throw unsupported('OFFSET in a child subquery');
        }
        this.refuseDuplicate(this.shape, relationship.name, subquery.relationshipName);
        const level = new RecordLevel(this.context, relationship.child, subquery, nextAlias, true);
        this.shape.entries.push({
            kind: 'children',
            key: relationship.name,
            plan: { level, foreignKey: relationship.foreignKey, limit: subquery.limit }
        });
    }

    /** SELECT … FROM … WHERE (row filter, query filter, `extra`) — ORDER BY left to the caller. */
    selectSql(extraColumns: SqlFragment[], extraWhere: SqlFragment[]): SqlFragment {
        const id = fragment(`${column(this.scope.alias, 'Id')} AS _id`);
        const select = joinFragments([id, ...extraColumns, ...this.columns], ', ');
        const from = this.scope.fromSql();
        const where = joinFragments(
            [rowFilter(this.context, this.object, this.scope.alias), ...extraWhere, ...this.where],
            ' AND '
        );
        return fragment(`SELECT ${select.sql} FROM ${from.sql} WHERE ${where.sql}`, [
            ...select.params,
            ...from.params,
            ...where.params
        ]);
    }

    /** Rows to records; child subqueries run once per level for all parents together. */
    shapeRows(rows: Record<string, unknown>[]): SObjectRecord[] {
        const childPages = new Map<ChildPlan, Map<string, SObjectRecord[]>>();
        const ids = rows.map((row) => String(row._id));
        for (const entry of this.shape.entries) {
            if (entry.kind === 'children') {
                childPages.set(entry.plan, runChildren(entry.plan, ids));
            }
        }
        return rows.map((row) => this.build(this.shape, row, this.object.name, String(row._id), childPages));
    }

    private build(
        shape: Shape,
        row: Record<string, unknown>,
        type: string,
        id: string,
        childPages: Map<ChildPlan, Map<string, SObjectRecord[]>>
    ): SObjectRecord {
        const record: SObjectRecord = { attributes: { type, url: recordUrl(this.context, type, id) } };
        for (const entry of shape.entries) {
            if (entry.kind === 'field') {
                record[entry.key] = decodeValue(row[entry.column], entry.field.valueType);
            } else if (entry.kind === 'parent') {
                const found = entry.idColumns.findIndex((name) => row[name] !== null && row[name] !== undefined);
                record[entry.key] =
                    found < 0
                        ? null
                        : this.build(
                              entry.shape,
                              row,
                              entry.join.targets[found].object.name,
                              String(row[entry.idColumns[found]]),
                              childPages
                          );
            } else {
                const children = childPages.get(entry.plan)?.get(id) ?? [];
                record[entry.key] =
                    children.length === 0 ? null : { totalSize: children.length, done: true, records: children };
            }
        }
        return record;
    }
}

/** A child subquery for all parents at once: numbered per parent so LIMIT applies to each. */
function runChildren(plan: ChildPlan, parentIds: string[]): Map<string, SObjectRecord[]> {
    const byParent = new Map<string, SObjectRecord[]>();
    if (parentIds.length === 0) {
        return byParent;
    }
    const level = plan.level;
    const foreignKey = column(level.scope.alias, plan.foreignKey.name);
    const order = level.order.length > 0 ? joinFragments(level.order, ', ') : fragment(`${level.scope.alias}.rowid`);
    const inner = level.selectSql(
        [
            fragment(`${foreignKey} AS _parent`),
            fragment(`ROW_NUMBER() OVER (PARTITION BY ${foreignKey} ORDER BY ${order.sql}) AS _rn`, order.params)
        ],
        [fragment(`${foreignKey} IN (SELECT value FROM json_each(?))`, [JSON.stringify(parentIds)])]
    );
    const limit = plan.limit !== undefined ? ' WHERE _rn <= ?' : '';
    const params = plan.limit !== undefined ? [...inner.params, plan.limit] : inner.params;
    const rows = level.context.db.prepare(`SELECT * FROM (${inner.sql})${limit} ORDER BY _rn`).all(...params) as Record<
        string,
        unknown
    >[];
    const records = level.shapeRows(rows);
    rows.forEach((row, i) => {
        const parent = String(row._parent);
        const list = byParent.get(parent) ?? [];
        list.push(records[i]);
        byParent.set(parent, list);
    });
    return byParent;
}

/** A non-aggregate query: every matching record, shaped as the REST API returns it. */
export function runRecordQuery(context: SoqlContext, query: Query, object: ObjectDefinition): SObjectRecord[] {
    const nextAlias = aliasSource();
    const level = new RecordLevel(context, object, query, nextAlias, false);
    const offset = checkedOffset(query.offset);
    const select = level.selectSql([], []);
    const order = level.order.length > 0 ? joinFragments(level.order, ', ') : undefined;
    let sql = select.sql;
    const params = [...select.params];
    if (order) {
        sql += ` ORDER BY ${order.sql}`;
        params.push(...order.params);
    }
    if (query.limit !== undefined || offset > 0) {
        sql += ' LIMIT ? OFFSET ?';
        params.push(query.limit ?? -1, offset);
    }
    const rows = context.db.prepare(sql).all(...params) as Record<string, unknown>[];
    return level.shapeRows(rows);
}

/** `SELECT COUNT() FROM …`: how many records match, LIMIT and OFFSET applied. */
export function countRecords(context: SoqlContext, query: Query, object: ObjectDefinition): number {
    const nextAlias = aliasSource();
    const level = new RecordLevel(context, object, { ...query, fields: [] }, nextAlias, false);
    const offset = checkedOffset(query.offset);
    const select = level.selectSql([], []);
    const row = context.db
        .prepare(`SELECT COUNT(*) AS total FROM (${select.sql} LIMIT ? OFFSET ?)`)
        .get(...select.params, query.limit ?? -1, offset) as { total: number };
    return row.total;
}
