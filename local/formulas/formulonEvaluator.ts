import { ast as formulonAst, parse as formulonParse, type FormulonLiteral, type FormulonResult } from 'formulon';
import { FORMULON_FUNCTIONS } from './formulonFunctions';
import { TextCache } from './textCache';

/*
 * formulon.parse(text, variables) is build(text) — a PEG parse, most of the cost — then
 * traverse(replace(tree, coerced variables)). Here the tree of each text is built once and kept,
 * and the traverse is done over it for the functions formulonFunctions knows. Whenever any part
 * of a formula is beyond them (another function, an argument formulon would refuse, a variable
 * of an unusual shape) the whole formula goes to formulon.parse as before, so the answer, or the
 * error, is formulon's own.
 */

type Tree =
    { type: 'callExpression'; id: string; arguments: Tree[] } | { type: 'identifier'; name: string } | FormulonLiteral;

/** The prepared texts of one formula differ only by which values are blank: a few per formula. */
const trees = new TextCache<Tree | undefined>(4096);

function treeOf(text: string): Tree | undefined {
    const tree = formulonAst(text) as { type: string };
    return tree.type === 'error' ? undefined : (tree as Tree);
}

/** formulon's sfRound: half away from zero at the literal's scale. */
function roundAtScale(value: number, scale: number): number {
    if (value < 0) {
        return -1 * roundAtScale(value * -1, scale);
    }
    const multiplier = 10 ** scale;
    return Math.round(value * multiplier) / multiplier;
}

/**
 * formulon's coerceLiteral, applied to every variable before evaluation: a blank becomes a NULL
 * literal, a number is rounded to its scale, text is cut to its length. Undefined for a variable
 * whose shape formulon's coercion would not handle plainly (then formulon is asked).
 */
function coerced(literal: FormulonLiteral): FormulonLiteral | undefined {
    const { value } = literal;
    if (value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value))) {
        return { type: 'literal', value: null, dataType: 'null', options: {} };
    }
    switch (literal.dataType) {
        case 'number': {
            const scale = literal.options?.scale;
            return typeof value === 'number' && typeof scale === 'number'
                ? { ...literal, value: roundAtScale(value, scale) }
                : undefined;
        }
        case 'text': {
            const length = literal.options?.length;
            return typeof value === 'string' && typeof length === 'number'
                ? { ...literal, value: value.substring(0, length) }
                : undefined;
        }
        case 'checkbox':
        case 'picklist':
        case 'date':
        case 'datetime':
            return { ...literal };
        default:
            return undefined;
    }
}

function evaluate(node: Tree, variables: ReadonlyMap<string, FormulonLiteral>): FormulonLiteral | undefined {
    switch (node.type) {
        case 'callExpression': {
            const implementation = FORMULON_FUNCTIONS.get(node.id);
            if (!implementation) {
                return undefined;
            }
            const args: FormulonLiteral[] = [];
            for (const argument of node.arguments) {
                const value = evaluate(argument, variables);
                if (value === undefined) {
                    return undefined;
                }
                args.push(value);
            }
            return implementation(args);
        }
        case 'identifier':
            return variables.get(node.name);
        case 'literal':
            // A copy: the tree is shared by every evaluation of the text.
            return node.options ? { ...node, options: { ...node.options } } : { ...node };
        default:
            return undefined;
    }
}

/** The evaluation without formulon's parse, or undefined where formulon must answer. */
function evaluateCached(
    text: string,
    variables: Readonly<Record<string, FormulonLiteral>>
): FormulonLiteral | undefined {
    const tree = trees.get(text, treeOf);
    if (tree === undefined) {
        return undefined;
    }
    const prepared = new Map<string, FormulonLiteral>();
    for (const name of Object.keys(variables)) {
        const literal = coerced(variables[name]);
        if (literal === undefined) {
            return undefined;
        }
        prepared.set(name, { ...literal, type: 'literal' });
    }
    return evaluate(tree, prepared);
}

/**
 * What `formulon.parse(text, variables)` gives — the same literal, or the same error object —
 * from a tree built once per text.
 */
export function evaluateWithFormulon(text: string, variables: Record<string, FormulonLiteral>): FormulonResult {
    return evaluateCached(text, variables) ?? formulonParse(text, variables);
}
