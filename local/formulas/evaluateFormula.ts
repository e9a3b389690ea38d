import type { FormulonLiteral } from 'formulon';
import { formulaText, type FormulaNode } from './formulaAst';
import { FormulaError } from './formulaError';
import { settleDecidedBranches } from './decidedBranches';
import { markBlankComparisons, propagateBlanks } from './blankValues';
import { identifierValue } from './fieldPaths';
import { evaluateWithFormulon } from './formulonEvaluator';
import { formulaTree } from './formulaTrees';
import { synthetic, type EvaluationScope, type FormulaScope, type Substitutions } from './formulaScope';
import { clockLiteral, saveFunction } from './saveFunctions';

export type { EvaluationOptions, FormulaKind, FormulaScope } from './formulaScope';

/** At most this many blank comparisons are tried both ways (2^n evaluations). */
const MAX_UNCERTAIN_COMPARISONS = 8;

const SAVE_FUNCTIONS = new Set(['ischanged', 'priorvalue', 'isnew']);

function substitute(scope: EvaluationScope, node: FormulaNode, subs: Substitutions): FormulaNode {
    if (node.type === 'identifier') {
        if (!(node.name in subs.values)) {
            subs.values[node.name] = identifierValue(scope, node.name);
        }
        return node;
    }
    if (node.type !== 'callExpression') {
        return node;
    }
    if (SAVE_FUNCTIONS.has(node.id)) {
        return saveFunction(scope, node, subs);
    }
    if (node.id === 'now' || node.id === 'today') {
        if (node.arguments.length !== 0) {
            throw new FormulaError(scope.formulaName, `${node.id.toUpperCase()} takes no arguments.`);
        }
        return synthetic(subs, clockLiteral(scope, node.id), `${node.id.toUpperCase()}()`);
    }
    return { ...node, arguments: node.arguments.map((argument) => substitute(scope, argument, subs)) };
}

function sameResult(a: FormulonLiteral, b: FormulonLiteral): boolean {
    const valueOf = (literal: FormulonLiteral): unknown =>
        literal.value instanceof Date ? literal.value.getTime() : literal.value;
    return a.dataType === b.dataType && valueOf(a) === valueOf(b);
}

function run(scope: FormulaScope, text: string, values: Record<string, FormulonLiteral>): FormulonLiteral {
    const result = evaluateWithFormulon(text, values);
    if (result.type === 'error') {
        throw new FormulaError(scope.formulaName, `cannot be evaluated: ${result.message}`, text);
    }
    return result;
}

/**
 * Evaluates formula text for one record, the way the platform would: fields and parent paths from
 * the record, `$User`, `$Permission` and `$CustomMetadata` from the options and the schema,
 * ISCHANGED / PRIORVALUE / ISNEW from `options.prior`, NOW() and TODAY() from `options.now`.
 * Returns formulon's literal; throws a FormulaError for anything it cannot answer faithfully.
 */
export function evaluateFormulaText(formula: string, scope: FormulaScope): FormulonLiteral {
    const tree = formulaTree(formula, scope.formulaName);
    const subs: Substitutions = { values: {}, labels: {}, next: 0 };
    const switches: { name: string; piece: string }[] = [];
    const evaluation: EvaluationScope = { ...scope, evaluate: evaluateFormulaText };
    const prepared = markBlankComparisons(
        settleDecidedBranches(propagateBlanks(substitute(evaluation, tree, subs), subs), subs),
        subs,
        switches
    );
    const text = formulaText(prepared);
    if (switches.length === 0) {
        return run(scope, text, subs.values);
    }
    if (switches.length > MAX_UNCERTAIN_COMPARISONS) {
        throw new FormulaError(
            scope.formulaName,
            `compares ${switches.length} blank values; guard them with ISBLANK so the answer does not depend on them.`,
            switches[0].piece
        );
    }
    let first: FormulonLiteral | undefined;
    for (let combination = 0; combination < 2 ** switches.length; combination += 1) {
        switches.forEach(({ name }, index) => {
            const value = ((combination >> index) & 1) === 1;
            subs.values[name] = { type: 'literal', dataType: 'checkbox', value, options: {} };
        });
        const result = run(scope, text, subs.values);
        if (first === undefined) {
            first = result;
        } else if (!sameResult(first, result)) {
            throw new FormulaError(
                scope.formulaName,
                `its answer depends on comparing a blank value (${switches.map((s) => s.piece).join('; ')}); ` +
                    'guard the comparison with ISBLANK so Salesforce and the local evaluator agree.',
                switches[0].piece
            );
        }
    }
    return first as FormulonLiteral;
}
