import { FormulaError } from './formulaError';

/**
 * Prepares formula text for formulon: removes `/* … *\/` comments (Salesforce allows them,
 * formulon does not) and refuses what formulon would read differently from Salesforce — a
 * backslash escape inside a text literal, which Salesforce interprets and formulon does not.
 */
export function formulaWithoutComments(formula: string, formulaName: string): string {
    let result = '';
    let index = 0;
    while (index < formula.length) {
        const char = formula[index];
        if (char === '"' || char === "'") {
            const end = formula.indexOf(char, index + 1);
            if (end === -1) {
                throw new FormulaError(formulaName, 'has a text literal that is never closed.', formula.slice(index));
            }
            const literal = formula.slice(index, end + 1);
            if (literal.includes('\\')) {
                throw new FormulaError(
                    formulaName,
                    'uses a backslash escape in a text literal, which the local evaluator does not support.',
                    literal
                );
            }
            result += literal;
            index = end + 1;
        } else if (char === '/' && formula[index + 1] === '*') {
            const end = formula.indexOf('*/', index + 2);
            if (end === -1) {
                throw new FormulaError(formulaName, 'has a comment that is never closed.', formula.slice(index));
            }
            result += ' ';
            index = end + 2;
        } else {
            result += char;
            index += 1;
        }
    }
    return result.trim();
}
