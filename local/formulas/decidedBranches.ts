import type { FormulaNode } from './formulaAst';
import type { Substitutions } from './formulaScope';

/*
 * Before blank comparisons become switches (blankValues.ts), the branches of AND, OR, NOT and IF
 * whose outcome is already decided by ISBLANK on a known value are settled, as Salesforce's
 * short-circuit evaluation settles them: `AND(NOT(ISBLANK(Rate__c)), Rate__c < 0)` with a blank
 * Rate__c is FALSE whatever the comparison would say, so the comparison is no switch at all.
 */

const TRUE: FormulaNode = { type: 'literal', dataType: 'checkbox', value: true, options: {} };
const FALSE: FormulaNode = { type: 'literal', dataType: 'checkbox', value: false, options: {} };

function decided(node: FormulaNode): boolean | undefined {
    return node.type === 'literal' && node.dataType === 'checkbox' ? (node.value as boolean) : undefined;
}

/** Whether a leaf is blank, when the leaf's value is known; undefined for anything computed. */
function leafIsBlank(node: FormulaNode, subs: Substitutions): boolean | undefined {
    if (node.type === 'literal') {
        return node.dataType === 'null' || (node.dataType === 'text' && node.value === '');
    }
    if (node.type === 'identifier') {
        const literal = subs.values[node.name];
        // ISBLANK on a picklist is a compile error in Salesforce: leave it to formulon to refuse.
        if (literal === undefined || literal.dataType === 'picklist' || literal.dataType === 'multipicklist') {
            return undefined;
        }
        return literal.value === null || literal.value === undefined || literal.value === '';
    }
    return undefined;
}

export function settleDecidedBranches(node: FormulaNode, subs: Substitutions): FormulaNode {
    if (node.type !== 'callExpression') {
        return node;
    }
    const args = node.arguments.map((argument) => settleDecidedBranches(argument, subs));
    const outcomes = args.map(decided);
    switch (node.id) {
        case 'isblank': {
            const blank = args.length === 1 ? leafIsBlank(args[0], subs) : undefined;
            return blank === undefined ? { ...node, arguments: args } : blank ? TRUE : FALSE;
        }
        case 'not':
            return outcomes[0] === undefined ? { ...node, arguments: args } : outcomes[0] ? FALSE : TRUE;
        case 'and':
            if (outcomes.includes(false)) {
                return FALSE;
            }
            return outcomes.every((outcome) => outcome === true) ? TRUE : { ...node, arguments: args };
        case 'or':
            if (outcomes.includes(true)) {
                return TRUE;
            }
            return outcomes.every((outcome) => outcome === false) ? FALSE : { ...node, arguments: args };
        case 'if':
            if (outcomes[0] !== undefined && args.length === 3) {
                return outcomes[0] ? args[1] : args[2];
            }
            return { ...node, arguments: args };
        default:
            return { ...node, arguments: args };
    }
}
