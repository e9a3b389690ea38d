import { ast } from 'formulon';

interface FormulaNode {
    type: string;
    name?: string;
    arguments?: FormulaNode[];
    message?: string;
}

/** Removes `/* … *\/` comments outside string literals: Salesforce formulas allow them, formulon does not. */
export function stripComments(formula: string): string {
    let result = '';
    let quote: string | null = null;
    for (let i = 0; i < formula.length; i += 1) {
        const char = formula[i];
        if (quote) {
            result += char;
            if (char === '\\') {
                result += formula[i + 1] ?? '';
                i += 1;
            } else if (char === quote) {
                quote = null;
            }
        } else if (char === '"' || char === "'") {
            quote = char;
            result += char;
        } else if (char === '/' && formula[i + 1] === '*') {
            const end = formula.indexOf('*/', i + 2);
            i = end === -1 ? formula.length : end + 1;
            result += ' ';
        } else {
            result += char;
        }
    }
    return result;
}

/**
 * The names a formula reads (fields, relationship paths, `$` globals), parsed with formulon.
 * Returns an error message instead when the formula does not parse.
 */
export function formulaReferences(formula: string): { names: string[] } | { error: string } {
    const tree = ast(stripComments(formula)) as FormulaNode;
    if (tree.type === 'error') {
        return { error: `does not parse as a formula: ${tree.message ?? 'syntax error'}` };
    }
    const names = new Set<string>();
    const visit = (node: FormulaNode): void => {
        if (node.type === 'identifier' && node.name) {
            names.add(node.name);
        }
        node.arguments?.forEach(visit);
    };
    visit(tree);
    return { names: [...names] };
}
