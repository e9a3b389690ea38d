// formulon (Salesforce formula parser and evaluator) ships no type declarations; these follow
// its README and what it returns: results and errors are plain objects, nothing is thrown.
declare module 'formulon' {
    export interface FormulonLiteral {
        type: 'literal';
        dataType: string;
        value: unknown;
        options?: Record<string, unknown>;
    }

    export interface FormulonError {
        type: 'error';
        errorType: string;
        message: string;
        [detail: string]: unknown;
    }

    export type FormulonResult = FormulonLiteral | FormulonError;

    /** Evaluates a formula with the given variables (by name). */
    export function parse(formula: string, variables?: Record<string, FormulonLiteral>): FormulonResult;
    /** The formula's syntax tree, or an error object when it does not parse. */
    export function ast(formula: string): { type: string; [key: string]: unknown };
    /** The variable names a formula reads ([] when it does not parse). */
    export function extract(formula: string): string[];
}
