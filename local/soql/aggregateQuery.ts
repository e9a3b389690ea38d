import type { FieldType, Query } from '@jetstreamapp/soql-parser-js';
import type { FormulaValueType, ObjectDefinition, SObjectRecord } from '../formulas';
import { buildConditionTree } from './conditionTree';
import { compileConditionTree, type Operand, type RawCondition } from './compileCondition';
import { dateFunctionSql, isDateFunction } from './dateFunctions';
import { QueryScope, rowFilter } from './queryScope';
import { aliasSource, checkedOffset, orderTerm, whereEnvironment } from './recordQuery';
import type { SoqlContext } from './soqlContext';
import { malformedQuery, unsupported } from './soqlErrors';
import { fragment, joinFragments, type SqlFragment } from './sqlFragment';
import { decodeValue } from './valueDecoding';

const AGGREGATES = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);

interface FunctionShape {
    functionName?: string;
    parameters?: unknown[];
    rawValue?: string;
}

/** Is this an aggregate query (AggregateResult rows) rather than a record query? */
export function isAggregateQuery(query: Query): boolean {
    if (query.groupBy || query.having) {
        return true;
    }
    return (query.fields ?? []).some(
        (field) =>
            field.type === 'FieldFunctionExpression' &&
            (AGGREGATES.has(field.functionName.toUpperCase()) || isDateFunction(field.functionName))
    );
}

/** `SELECT COUNT() FROM …`: the plain count, answered as totalSize with no records. */
export function isPlainCount(query: Query): boolean {
    const fields = query.fields ?? [];
    const countOnly = fields.some(
        (field) =>
            field.type === 'FieldFunctionExpression' &&
            field.functionName.toUpperCase() === 'COUNT' &&
            field.parameters.length === 0
    );
    if (countOnly && fields.length !== 1) {
        throw malformedQuery('COUNT() must be the only element in the SELECT list.');
    }
    return countOnly;
}

interface Computed {
    sql: SqlFragment;
    valueType: FormulaValueType;
    /** COUNT and COUNT_DISTINCT are whole numbers whatever they count. */
    isCount: boolean;
}

/**
 * An aggregate query (SOQL Reference, "GROUP BY", "Aggregate Functions"): one AggregateResult per
 * group, keyed by alias, by field name for grouped fields, and `expr0`, `expr1`, … for functions
 * without an alias.
 */
export function runAggregateQuery(context: SoqlContext, query: Query, object: ObjectDefinition): SObjectRecord[] {
    const nextAlias = aliasSource();
    const scope = new QueryScope(context, object, nextAlias(), nextAlias);

    const groupKeys = new Map<string, Computed>();
    const keyOfPath = (path: string): { key: string; computed: Computed } => {
        const resolved = scope.resolvePath(path);
        const key = [...resolved.joins.map((join) => join.key), resolved.field.name.toLowerCase()].join('.');
        return { key, computed: { sql: resolved.sql, valueType: resolved.field.valueType, isCount: false } };
    };
    const keyOfDateFunction = (fn: FunctionShape): { key: string; computed: Computed } => {
        const argument = fn.parameters?.[0];
        if (typeof argument !== 'string' || fn.parameters?.length !== 1) {
            throw unsupported(`${fn.rawValue ?? fn.functionName} with a nested function`);
        }
        const inner = keyOfPath(argument);
        const sql = dateFunctionSql(fn.functionName ?? '', inner.computed.sql, inner.computed.valueType, argument);
        return {
            key: `${(fn.functionName ?? '').toLowerCase()}(${inner.key})`,
            computed: { sql: sql.sql, valueType: sql.valueType, isCount: false }
        };
    };
    const aggregate = (fn: FunctionShape): Computed => {
        const name = (fn.functionName ?? '').toUpperCase();
        const argument = fn.parameters?.[0];
        if (typeof argument !== 'string' || fn.parameters?.length !== 1) {
            throw malformedQuery(`${fn.rawValue ?? name}: an aggregate function takes one field.`);
        }
        const inner = keyOfPath(argument).computed;
        const x = inner.sql;
        switch (name) {
            case 'COUNT':
                return { sql: fragment(`COUNT(${x.sql})`, x.params), valueType: 'number', isCount: true };
            case 'COUNT_DISTINCT':
                return { sql: fragment(`COUNT(DISTINCT ${x.sql})`, x.params), valueType: 'number', isCount: true };
            case 'SUM':
            case 'AVG':
                if (inner.valueType !== 'number' && inner.valueType !== 'percent') {
                    throw malformedQuery(`field ${argument} does not support aggregate operator ${name}`);
                }
                return { sql: fragment(`${name}(${x.sql})`, x.params), valueType: 'number', isCount: false };
            default:
                if (inner.valueType === 'checkbox' || inner.valueType === 'multipicklist') {
                    throw malformedQuery(`field ${argument} does not support aggregate operator ${name}`);
                }
                return { sql: fragment(`${name}(${x.sql})`, x.params), valueType: inner.valueType, isCount: false };
        }
    };
    const grouped = (found: { key: string; computed: Computed }, written: string): Computed => {
        const computed = groupKeys.get(found.key);
        if (!computed) {
            throw malformedQuery(`Field must be grouped or aggregated: ${written}`);
        }
        return computed;
    };

    // GROUP BY first: the SELECT list may only use what it groups.
    const groupSql: SqlFragment[] = [];
    for (const item of query.groupBy ? (Array.isArray(query.groupBy) ? query.groupBy : [query.groupBy]) : []) {
        let found: { key: string; computed: Computed };
        if ('fn' in item && item.fn) {
            const name = (item.fn.functionName ?? '').toUpperCase();
            if (name === 'ROLLUP' || name === 'CUBE') {
                throw unsupported(`GROUP BY ${name}`);
            }
            if (!isDateFunction(name)) {
                throw malformedQuery(`${item.fn.rawValue ?? name} cannot be grouped by.`);
            }
            found = keyOfDateFunction(item.fn);
        } else {
            found = keyOfPath((item as { field: string }).field);
        }
        groupKeys.set(found.key, found.computed);
        groupSql.push(found.computed.sql);
    }

    const columns: { key: string; name: string; computed: Computed; sql: SqlFragment }[] = [];
    let unnamed = 0;
    const addColumn = (key: string, computed: Computed): void => {
        if (columns.some((existing) => existing.key.toLowerCase() === key.toLowerCase())) {
            throw malformedQuery(`duplicate alias: ${key}`);
        }
        const name = `c${columns.length}`;
        columns.push({ key, name, computed, sql: fragment(`${computed.sql.sql} AS ${name}`, computed.sql.params) });
    };
    for (const field of (query.fields ?? []) as FieldType[]) {
        if (field.type === 'Field' || field.type === 'FieldRelationship') {
            const path = [...('relationships' in field ? field.relationships : []), field.field].join('.');
            const found = keyOfPath(path);
            const computed = grouped(found, path);
            const canonical = scope.resolvePath(path).field.name;
            addColumn(('alias' in field && field.alias) || canonical, computed);
        } else if (field.type === 'FieldFunctionExpression') {
            const name = field.functionName.toUpperCase();
            let computed: Computed;
            if (AGGREGATES.has(name)) {
                computed = aggregate(field);
            } else if (isDateFunction(name)) {
                const found = keyOfDateFunction(field);
                computed = grouped(found, field.rawValue ?? name);
            } else {
                throw unsupported(field.rawValue ?? field.functionName);
            }
            addColumn(field.alias ?? `expr${unnamed++}`, computed);
        } else if (field.type === 'FieldSubquery') {
            throw malformedQuery('An aggregate query cannot have child subqueries.');
        } else {
            throw unsupported('TYPEOF');
        }
    }

    const havingOperand = (condition: RawCondition): Operand => {
        if (condition.field !== undefined) {
            const computed = grouped(keyOfPath(condition.field), condition.field);
            return { sql: computed.sql, valueType: computed.valueType, name: condition.field };
        }
        const fn = condition.fn ?? {};
        const name = (fn.functionName ?? '').toUpperCase();
        const computed = AGGREGATES.has(name) ? aggregate(fn) : grouped(keyOfDateFunction(fn), fn.rawValue ?? name);
        return { sql: computed.sql, valueType: computed.valueType, name: fn.rawValue ?? name };
    };

    const where: SqlFragment[] = [rowFilter(context, object, scope.alias)];
    if (query.where) {
        where.push(
            compileConditionTree(buildConditionTree<RawCondition>(query.where), whereEnvironment(scope, nextAlias))
        );
    }
    const having = query.having
        ? compileConditionTree(buildConditionTree<RawCondition>(query.having), { context, operand: havingOperand })
        : undefined;
    const order = (query.orderBy ? (Array.isArray(query.orderBy) ? query.orderBy : [query.orderBy]) : []).map(
        (item) => {
            const operand =
                'fn' in item && item.fn
                    ? havingOperand({ fn: item.fn, operator: '=' })
                    : havingOperand({ field: (item as { field: string }).field, operator: '=' });
            return orderTerm(operand.sql, operand.valueType === 'text' || operand.valueType === 'picklist', item);
        }
    );

    const select = joinFragments(
        columns.map((c) => c.sql),
        ', '
    );
    const from = scope.fromSql();
    const whereSql = joinFragments(where, ' AND ');
    let sql = `SELECT ${select.sql} FROM ${from.sql} WHERE ${whereSql.sql}`;
    const params: unknown[] = [...select.params, ...from.params, ...whereSql.params];
    if (groupSql.length > 0) {
        const group = joinFragments(groupSql, ', ');
        sql += ` GROUP BY ${group.sql}`;
        params.push(...group.params);
    }
    if (having) {
        sql += ` HAVING ${having.sql}`;
        params.push(...having.params);
    }
    if (order.length > 0) {
        const orderSql = joinFragments(order, ', ');
        sql += ` ORDER BY ${orderSql.sql}`;
        params.push(...orderSql.params);
    }
    const offset = checkedOffset(query.offset);
    if (query.limit !== undefined || offset > 0) {
        sql += ' LIMIT ? OFFSET ?';
        params.push(query.limit ?? -1, offset);
    }
    const rows = context.db.prepare(sql).all(...params) as Record<string, unknown>[];
    return rows.map((row) => {
        const record: SObjectRecord = { attributes: { type: 'AggregateResult' } };
        for (const c of columns) {
            record[c.key] = decodeValue(row[c.name], c.computed.valueType);
        }
        return record;
    });
}
