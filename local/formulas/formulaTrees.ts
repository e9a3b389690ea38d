import { formulaText, misgroupedComparison, parseFormula, type FormulaNode } from './formulaAst';
import { FormulaError } from './formulaError';
import { formulaWithoutComments } from './formulaSource';
import { TextCache } from './textCache';

/*
 * Everything that depends only on a formula's text — its comments removed, formulon's tree, the
 * check that formulon groups it the way Salesforce does — is worked out once per text and kept.
 * A refusal is kept too and thrown afresh each time, so a bad formula fails the same way every
 * time it is evaluated.
 */

type Reading = { tree: FormulaNode } | { refusal: { message: string; piece: string | undefined } };

/** Texts are many per formula name only in tests; a few thousand cover any real package. */
const readings = new TextCache<Reading>(4096);

function deepFreeze(node: FormulaNode): FormulaNode {
    if (node.type === 'callExpression') {
        node.arguments.forEach(deepFreeze);
        Object.freeze(node.arguments);
    } else if (node.type === 'literal' && node.options) {
        Object.freeze(node.options);
    }
    return Object.freeze(node);
}

function read(formula: string, formulaName: string): Reading {
    try {
        const tree = parseFormula(formulaWithoutComments(formula, formulaName), formulaName);
        const misgrouped = misgroupedComparison(tree);
        if (misgrouped) {
            throw new FormulaError(
                formulaName,
                'chains & or a comparison into a comparison (such as A & B = C), which formulon groups differently ' +
                    'from Salesforce; add parentheses: (A & B) = C.',
                formulaText(misgrouped)
            );
        }
        // Frozen: every evaluation shares this tree, and none may change it.
        return { tree: deepFreeze(tree) };
    } catch (error) {
        if (!(error instanceof FormulaError)) {
            throw error;
        }
        return { refusal: { message: error.message.slice(formulaName.length + 2), piece: error.piece } };
    }
}

/**
 * formulon's tree of a formula, without its comments; throws a FormulaError when the formula does
 * not parse or would be grouped differently by formulon than by Salesforce.
 */
export function formulaTree(formula: string, formulaName: string): FormulaNode {
    // The name is part of the key: a refusal names the formula it belongs to.
    const reading = readings.get(`${formulaName}\u0000${formula}`, () => read(formula, formulaName));
    if ('refusal' in reading) {
        throw new FormulaError(formulaName, reading.refusal.message, reading.refusal.piece);
    }
    return reading.tree;
}
