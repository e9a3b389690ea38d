import { ORDERING_COMPARISONS, type FormulaNode } from './formulaAst';
import { shownText, synthetic, type Substitutions } from './formulaScope';

/*
 * Blank values, where formulon and Salesforce part: formulon refuses arithmetic on a blank (Salesforce
 * gives a blank) and answers comparisons with a blank side its own way. Arithmetic on a blank becomes
 * NULL; a comparison with a blank side becomes a switch the evaluator tries both ways.
 */

/** Functions that give an answer for a blank argument (only their fallback can still be blank). */
const BLANK_AWARE = new Set(['isblank', 'isnull', 'blankvalue', 'nullvalue']);

function holdsBlank(node: FormulaNode, subs: Substitutions): boolean {
    if (node.type === 'literal') {
        return node.dataType === 'null';
    }
    if (node.type === 'identifier') {
        const literal = subs.values[node.name];
        return literal !== undefined && (literal.value === null || literal.value === undefined);
    }
    if (BLANK_AWARE.has(node.id)) {
        return node.id === 'blankvalue' || node.id === 'nullvalue' ? holdsBlank(node.arguments[1], subs) : false;
    }
    return node.arguments.some((argument) => holdsBlank(argument, subs));
}

const ARITHMETIC = new Set(['add', 'subtract', 'multiply', 'divide', 'exponentiate']);

/**
 * Arithmetic on a blank number or date gives a blank in Salesforce; formulon refuses it. Such an
 * operation becomes NULL before formulon sees it (text is never blank here: it reads as "").
 */
export function propagateBlanks(node: FormulaNode, subs: Substitutions): FormulaNode {
    if (node.type !== 'callExpression') {
        return node;
    }
    const argumentsNow = node.arguments.map((argument) => propagateBlanks(argument, subs));
    const isBlankLeaf = (argument: FormulaNode): boolean =>
        (argument.type === 'literal' && argument.dataType === 'null') ||
        (argument.type === 'identifier' && subs.values[argument.name]?.value === null);
    if (ARITHMETIC.has(node.id) && argumentsNow.some(isBlankLeaf)) {
        return { type: 'literal', dataType: 'null', value: null, options: {} };
    }
    return { ...node, arguments: argumentsNow };
}

/**
 * Comparisons with a blank side are where formulon and Salesforce may part (formulon says a
 * date-time is later than a blank one). Each such comparison becomes a switch, tried both ways.
 */
export function markBlankComparisons(
    node: FormulaNode,
    subs: Substitutions,
    switches: { name: string; piece: string }[]
): FormulaNode {
    if (node.type !== 'callExpression') {
        return node;
    }
    if (ORDERING_COMPARISONS.has(node.id) && node.arguments.some((argument) => holdsBlank(argument, subs))) {
        const piece = shownText(node, subs);
        const replacement = synthetic(
            subs,
            { type: 'literal', dataType: 'checkbox', value: false, options: {} },
            piece
        );
        switches.push({ name: (replacement as { name: string }).name, piece });
        return replacement;
    }
    return { ...node, arguments: node.arguments.map((argument) => markBlankComparisons(argument, subs, switches)) };
}
