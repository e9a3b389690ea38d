import type { Query } from '@jetstreamapp/soql-parser-js';
import type { FormulaValueType } from '../formulas';
import { toId18 } from '../ids/salesforceIds';
import type { ConditionTree } from './conditionTree';
import { dateLiteralRange } from './dateLiterals';
import { dayStartDateTime, isValidDay, storedDateTime, unquoteString } from './literals';
import type { SoqlContext } from './soqlContext';
import { invalidId, invalidOperator, malformedQuery, unsupported, wrongValueType } from './soqlErrors';
import { fragment, joinFragments, type SqlFragment } from './sqlFragment';

/** One condition as the parser gives it (WHERE or HAVING), parentheses already taken out. */
export interface RawCondition {
    field?: string;
    fn?: { functionName?: string; parameters?: unknown[]; rawValue?: string };
    operator: string;
    value?: string | string[];
    literalType?: string | string[];
    dateLiteralVariable?: number | null | (number | null)[];
    valueQuery?: Query;
}

/** The left side of a condition, resolved by the caller (a field path, a date function, an aggregate). */
export interface Operand {
    sql: SqlFragment;
    valueType: FormulaValueType;
    /** As written, for messages. */
    name: string;
}

export interface ConditionEnvironment {
    context: SoqlContext;
    operand(condition: RawCondition): Operand;
    /** `… IN (SELECT X FROM …)`: the inner query's SQL, one non-null column. */
    semiJoin?(query: Query, operand: Operand): SqlFragment;
}

interface Literal {
    type: string;
    raw: string;
    n?: number;
}

function literalsOf(condition: RawCondition): Literal[] {
    const values = Array.isArray(condition.value) ? condition.value : [condition.value ?? ''];
    const types = Array.isArray(condition.literalType)
        ? condition.literalType
        : values.map(() => condition.literalType);
    const numbers = Array.isArray(condition.dateLiteralVariable)
        ? condition.dateLiteralVariable
        : values.map(() => condition.dateLiteralVariable);
    return values.map((raw, i) => ({
        type: String(types[i] ?? 'STRING'),
        raw: String(raw),
        n: (numbers as (number | null | undefined)[])[i] ?? undefined
    }));
}

const TEXT_TYPES: ReadonlySet<FormulaValueType> = new Set(['text', 'picklist']);

/** How the platform names a field's type in its messages. */
function typeName(valueType: FormulaValueType): string {
    switch (valueType) {
        case 'number':
        case 'percent':
            return 'double';
        case 'checkbox':
            return 'boolean';
        case 'datetime':
            return 'dateTime';
        case 'id':
            return 'id';
        case 'date':
            return 'date';
        default:
            return 'string';
    }
}

/** A literal as the store encodes values of the operand's type. */
function storedValue(literal: Literal, operand: Operand): unknown {
    const { valueType, name } = operand;
    const quoted = literal.type === 'STRING';
    const mismatch = (): never => {
        throw wrongValueType(
            name,
            typeName(valueType),
            !quoted && ['text', 'picklist', 'multipicklist', 'id'].includes(valueType)
        );
    };
    switch (literal.type) {
        case 'INTEGER_WITH_CURRENCY_PREFIX':
        case 'DECIMAL_WITH_CURRENCY_PREFIX':
            throw unsupported('A currency-prefixed literal (multi-currency)');
        case 'APEX_BIND_VARIABLE':
            throw unsupported('An Apex bind variable');
        default:
            break;
    }
    switch (valueType) {
        case 'text':
        case 'picklist':
        case 'multipicklist':
            return quoted ? unquoteString(literal.raw) : mismatch();
        case 'id': {
            if (!quoted) {
                return mismatch();
            }
            const text = unquoteString(literal.raw);
            const id = toId18(text);
            if (id === null) {
                throw invalidId(text);
            }
            return id;
        }
        case 'number':
        case 'percent':
            return literal.type === 'INTEGER' || literal.type === 'DECIMAL' ? Number(literal.raw) : mismatch();
        case 'checkbox':
            return literal.type === 'BOOLEAN' ? (literal.raw.toUpperCase() === 'TRUE' ? 1 : 0) : mismatch();
        case 'date':
            if (literal.type !== 'DATE' || !isValidDay(literal.raw)) {
                return mismatch();
            }
            return literal.raw;
        case 'datetime':
            return literal.type === 'DATETIME' ? storedDateTime(literal.raw) : mismatch();
        default:
            throw unsupported(`Filtering on a ${valueType} field (${name})`);
    }
}

function isDateLiteral(literal: Literal): boolean {
    return literal.type === 'DATE_LITERAL' || literal.type === 'DATE_N_LITERAL';
}

/** A date literal's range as bounds in the operand's stored form. */
function rangeBounds(literal: Literal, operand: Operand, now: Date): [string, string] {
    if (operand.valueType !== 'date' && operand.valueType !== 'datetime') {
        throw wrongValueType(operand.name, typeName(operand.valueType), false);
    }
    const name = literal.raw.split(':')[0];
    const range = dateLiteralRange(name, literal.n, now);
    return operand.valueType === 'date'
        ? [range.start, range.end]
        : [dayStartDateTime(range.start), dayStartDateTime(range.end)];
}

/** `x` compares case-insensitively when it is text, as SOQL does. */
function collated(operand: Operand): string {
    return TEXT_TYPES.has(operand.valueType) ? ' COLLATE NOCASE' : '';
}

/** Multi-select picklist: does the stored `a;b;c` hold every value of `wanted` (`a;b`)? */
function holdsAll(operand: Operand, wanted: string): SqlFragment {
    const values = wanted
        .split(';')
        .map((value) => value.trim())
        .filter((value) => value !== '');
    if (values.length === 0) {
        return fragment('0');
    }
    const x = operand.sql;
    const parts = values.map((value) =>
        fragment(`instr(lower(';' || ${x.sql} || ';'), lower(?)) > 0`, [...x.params, `;${value};`])
    );
    return fragment(`(${joinFragments(parts, ' AND ').sql})`, joinFragments(parts, ' AND ').params);
}

/** Multi-select picklist `=`: the same set of values, in any order. */
function sameSet(operand: Operand, wanted: string): SqlFragment {
    const count = new Set(
        wanted
            .split(';')
            .map((value) => value.trim().toLowerCase())
            .filter(Boolean)
    ).size;
    const x = operand.sql;
    const all = holdsAll(operand, wanted);
    return fragment(`(${all.sql} AND length(${x.sql}) - length(replace(${x.sql}, ';', '')) = ?)`, [
        ...all.params,
        ...x.params,
        ...x.params,
        count - 1
    ]);
}

function compileComparison(condition: RawCondition, env: ConditionEnvironment): SqlFragment {
    const operand = env.operand(condition);
    const x = operand.sql;
    const operator = condition.operator.toUpperCase();
    const now = env.context.now;

    if (condition.valueQuery) {
        if (operator !== 'IN' && operator !== 'NOT IN') {
            throw malformedQuery(`A subquery can follow only IN or NOT IN, not ${operator}.`);
        }
        if (operand.valueType !== 'id' || !env.semiJoin) {
            throw malformedQuery(`${operand.name}: semi-join and anti-join subqueries need an ID or reference field.`);
        }
        const inner = env.semiJoin(condition.valueQuery, operand);
        return operator === 'IN'
            ? fragment(`${x.sql} IN (${inner.sql})`, [...x.params, ...inner.params])
            : fragment(`(${x.sql} IS NULL OR ${x.sql} NOT IN (${inner.sql}))`, [
                  ...x.params,
                  ...x.params,
                  ...inner.params
              ]);
    }

    const literals = literalsOf(condition);
    if (operator === 'IN' || operator === 'NOT IN' || operator === 'INCLUDES' || operator === 'EXCLUDES') {
        return compileList(operator, literals, operand, now);
    }
    if (literals.length !== 1) {
        throw malformedQuery(`${operator} takes one value.`);
    }
    const literal = literals[0];
    const isMulti = operand.valueType === 'multipicklist';

    if (literal.type === 'NULL') {
        if (operator === '=') {
            return fragment(`${x.sql} IS NULL`, x.params);
        }
        if (operator === '!=') {
            return fragment(`${x.sql} IS NOT NULL`, x.params);
        }
        throw malformedQuery(`null can be compared only with = or !=, not ${operator}.`);
    }

    if (isDateLiteral(literal)) {
        const [start, end] = rangeBounds(literal, operand, now);
        switch (operator) {
            case '=':
                return fragment(`(${x.sql} >= ? AND ${x.sql} < ?)`, [...x.params, start, ...x.params, end]);
            case '!=':
                return fragment(`(${x.sql} IS NULL OR ${x.sql} < ? OR ${x.sql} >= ?)`, [
                    ...x.params,
                    ...x.params,
                    start,
                    ...x.params,
                    end
                ]);
            case '<':
                return fragment(`${x.sql} < ?`, [...x.params, start]);
            case '<=':
                return fragment(`${x.sql} < ?`, [...x.params, end]);
            case '>':
                return fragment(`${x.sql} >= ?`, [...x.params, end]);
            case '>=':
                return fragment(`${x.sql} >= ?`, [...x.params, start]);
            default:
                throw invalidOperator(operator, operand.name);
        }
    }

    if (operator === 'LIKE') {
        if (!TEXT_TYPES.has(operand.valueType) && operand.valueType !== 'id') {
            throw invalidOperator(operator, operand.name);
        }
        if (literal.type !== 'STRING') {
            throw wrongValueType(operand.name, 'string', true);
        }
        // SOQL LIKE: % and _ are wildcards, \% and \_ literal ones, matching ignores case.
        return fragment(`${x.sql} LIKE ? ESCAPE '\\'`, [...x.params, unquoteString(literal.raw, true)]);
    }

    const value = storedValue(literal, operand);
    if (isMulti) {
        if (operator === '=') {
            return sameSet(operand, String(value));
        }
        if (operator === '!=') {
            const same = sameSet(operand, String(value));
            return fragment(`NOT COALESCE(${same.sql}, 0)`, same.params);
        }
        throw invalidOperator(operator, operand.name);
    }
    if (operand.valueType === 'checkbox' && operator !== '=' && operator !== '!=') {
        throw invalidOperator(operator, operand.name);
    }
    const collate = collated(operand);
    switch (operator) {
        case '=':
            return fragment(`${x.sql} = ?${collate}`, [...x.params, value]);
        case '!=':
            // SOQL's != keeps blank values: two-valued, unlike SQL's <>.
            return fragment(`${x.sql} IS NOT ?${collate}`, [...x.params, value]);
        case '<':
        case '<=':
        case '>':
        case '>=':
            return fragment(`${x.sql} ${operator} ?${collate}`, [...x.params, value]);
        default:
            throw malformedQuery(`unexpected operator ${operator}`);
    }
}

function compileList(operator: string, literals: Literal[], operand: Operand, now: Date): SqlFragment {
    const x = operand.sql;
    if (operator === 'INCLUDES' || operator === 'EXCLUDES') {
        if (operand.valueType !== 'multipicklist') {
            throw invalidOperator(operator, operand.name);
        }
        // Each value is one alternative; `'a;b'` asks for a and b together.
        const alternatives = literals.map((literal) => holdsAll(operand, String(storedValue(literal, operand))));
        const any = joinFragments(alternatives, ' OR ');
        return operator === 'INCLUDES'
            ? fragment(`(${any.sql})`, any.params)
            : fragment(`NOT COALESCE((${any.sql}), 0)`, any.params);
    }
    if (operand.valueType === 'multipicklist') {
        throw invalidOperator(operator, operand.name);
    }
    const alternatives: SqlFragment[] = [];
    const values: unknown[] = [];
    for (const literal of literals) {
        if (literal.type === 'NULL') {
            alternatives.push(fragment(`${x.sql} IS NULL`, x.params));
        } else if (isDateLiteral(literal)) {
            const [start, end] = rangeBounds(literal, operand, now);
            alternatives.push(fragment(`(${x.sql} >= ? AND ${x.sql} < ?)`, [...x.params, start, ...x.params, end]));
        } else {
            values.push(storedValue(literal, operand));
        }
    }
    if (values.length > 0) {
        const marks = values.map(() => '?').join(', ');
        alternatives.unshift(fragment(`${x.sql}${collated(operand)} IN (${marks})`, [...x.params, ...values]));
    }
    const any = joinFragments(alternatives, ' OR ');
    return operator === 'IN'
        ? fragment(`(${any.sql})`, any.params)
        : fragment(`NOT COALESCE((${any.sql}), 0)`, any.params);
}

/** WHERE or HAVING as SQL. Every branch is two-valued, so NOT never drops blank values by accident. */
export function compileConditionTree(tree: ConditionTree<RawCondition>, env: ConditionEnvironment): SqlFragment {
    switch (tree.kind) {
        case 'condition':
            return compileComparison(tree.condition, env);
        case 'not': {
            const inner = compileConditionTree(tree.item, env);
            return fragment(`NOT COALESCE((${inner.sql}), 0)`, inner.params);
        }
        default: {
            const parts = tree.items.map((item) => compileConditionTree(item, env));
            const joined = joinFragments(parts, tree.kind === 'and' ? ' AND ' : ' OR ');
            return fragment(`(${joined.sql})`, joined.params);
        }
    }
}
