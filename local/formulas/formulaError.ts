/**
 * What the local evaluator throws when it cannot give the answer Salesforce would: a formula that
 * does not parse, a function or merge field it does not support, a record that lacks a value the
 * formula reads. It names the formula (`Assessment__c.Score__c`, `Dispute__c.Raise_Inside_Window`)
 * and the piece at fault, so a wrong answer is never returned in silence.
 */
export class FormulaError extends Error {
    /** `Object__c.Field__c` for a formula field, `Object__c.Rule_Name` for a validation rule. */
    readonly formulaName: string;
    /** The part of the formula at fault (`ISCHANGED(Score__c)`, `$Setup.Thing__c.Value__c`), when one is. */
    readonly piece: string | undefined;

    constructor(formulaName: string, message: string, piece?: string) {
        super(`${formulaName}: ${message}`);
        this.name = 'FormulaError';
        this.formulaName = formulaName;
        this.piece = piece;
    }
}
