import { ast as formulonAst } from 'formulon';
import { FormulaError } from './formulaError';

/** formulon's syntax tree: operators are calls too (`a + b` is `add(a, b)`). */
export type FormulaNode =
    | { type: 'callExpression'; id: string; arguments: FormulaNode[] }
    | { type: 'identifier'; name: string }
    | { type: 'literal'; dataType: string; value: unknown; options?: Record<string, unknown> };

/** Operators formulon turns into calls that cannot be written back as calls (their ids are camel case). */
const OPERATORS: Readonly<Record<string, string>> = {
    add: '+',
    subtract: '-',
    multiply: '*',
    divide: '/',
    exponentiate: '^',
    equal: '=',
    unequal: '<>',
    greaterThan: '>',
    greaterThanOrEqual: '>=',
    lessThan: '<',
    lessThanOrEqual: '<='
};

/** The comparisons whose answer Salesforce and formulon may give differently when a side is blank. */
export const ORDERING_COMPARISONS: ReadonlySet<string> = new Set([
    'greaterThan',
    'greaterThanOrEqual',
    'lessThan',
    'lessThanOrEqual',
    'equal',
    'unequal'
]);

/** Parses formula text (without comments) into formulon's tree; throws a FormulaError when it does not parse. */
export function parseFormula(formula: string, formulaName: string): FormulaNode {
    if (formula.trim() === '') {
        throw new FormulaError(formulaName, 'is empty.');
    }
    const tree = formulonAst(formula) as { type: string; message?: string };
    if (tree.type === 'error') {
        throw new FormulaError(formulaName, `does not parse (${tree.message ?? 'syntax error'}).`, formula);
    }
    return tree as FormulaNode;
}

function numberText(value: number): string {
    if (!Number.isFinite(value)) {
        throw new RangeError(`Cannot write the number ${value} into a formula.`);
    }
    const text = String(Math.abs(value));
    // formulon reads neither exponents nor a leading minus inside an operand list without parentheses.
    const plain = text.includes('e')
        ? Math.abs(value)
              .toFixed(20)
              .replace(/\.?0+$/, '')
        : text;
    return value < 0 ? `(-${plain})` : plain;
}

function textLiteral(value: string): string {
    if (!value.includes('"')) {
        return `"${value}"`;
    }
    if (!value.includes("'")) {
        return `'${value}'`;
    }
    throw new RangeError(`Cannot write a text literal holding both kinds of quote: ${value}`);
}

/**
 * Writes a tree back as formula text formulon reads into the same tree: every operator is
 * parenthesised, so the precedence formulon first applied is kept.
 */
export function formulaText(node: FormulaNode): string {
    switch (node.type) {
        case 'identifier':
            return node.name;
        case 'literal':
            switch (node.dataType) {
                case 'number':
                    return numberText(node.value as number);
                case 'text':
                    return textLiteral(node.value as string);
                case 'checkbox':
                    return node.value ? 'TRUE' : 'FALSE';
                case 'null':
                    return 'NULL';
                default:
                    throw new RangeError(`Cannot write a ${node.dataType} literal into a formula.`);
            }
        case 'callExpression': {
            const operator = OPERATORS[node.id];
            if (operator) {
                const [left, right] = node.arguments;
                return `(${formulaText(left)} ${operator} ${formulaText(right)})`;
            }
            return `${node.id.toUpperCase()}(${node.arguments.map(formulaText).join(', ')})`;
        }
    }
}

/**
 * formulon reads `&` at the level of the comparisons and groups to the right, so `A & B = C` becomes
 * `A & (B = C)` where Salesforce (for which `&` binds like `+`) reads `(A & B) = C`. Returns the
 * first place in the tree where the two readings part, or undefined when there is none.
 */
export function misgroupedComparison(node: FormulaNode): FormulaNode | undefined {
    if (node.type !== 'callExpression') {
        return undefined;
    }
    const right = node.arguments[1];
    const chained = node.id === 'add' || ORDERING_COMPARISONS.has(node.id);
    if (chained && right?.type === 'callExpression' && ORDERING_COMPARISONS.has(right.id)) {
        return node;
    }
    for (const argument of node.arguments) {
        const found = misgroupedComparison(argument);
        if (found) {
            return found;
        }
    }
    return undefined;
}

/** Every identifier the tree reads, in order of first appearance. */
export function identifiersOf(node: FormulaNode, found: string[] = []): string[] {
    if (node.type === 'identifier' && !found.includes(node.name)) {
        found.push(node.name);
    } else if (node.type === 'callExpression') {
        node.arguments.forEach((argument) => identifiersOf(argument, found));
    }
    return found;
}
