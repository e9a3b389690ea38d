import type { FormulonLiteral } from 'formulon';
import { formulaText, type FormulaNode } from './formulaAst';
import type { BlankNumbers } from './formulaValues';
import type { ObjectDefinition, PackageSchema, SObjectRecord } from './schemaTypes';

/*
 * What one evaluation works with: the formula's object, record and options, and the variables
 * (with their labels for error messages) it hands to formulon.
 */

/** What a formula may read besides the record: the save it runs in, the user, the clock. */
export interface EvaluationOptions {
    /** The record as it was before this save; leave it out when the record is being created. */
    prior?: SObjectRecord;
    /** The running user's fields, for `$User` (at least `Id`). */
    user?: SObjectRecord;
    /** Names of the custom permissions the running user holds, for `$Permission`. */
    permissions?: readonly string[];
    /** The moment of the save, ISO 8601, for NOW() and TODAY(). Never taken from the machine's clock. */
    now?: string;
    /** TODAY() in the user's time zone (YYYY-MM-DD); the UTC date of `now` when left out. */
    today?: string;
}

/** Where a formula lives decides what it may use (ISCHANGED only in validation rules, …). */
export type FormulaKind = 'formulaField' | 'validationRule' | 'defaultValue';

export interface FormulaScope {
    schema: PackageSchema;
    object: ObjectDefinition;
    record: SObjectRecord;
    options: EvaluationOptions;
    formulaName: string;
    kind: FormulaKind;
    blankNumbers: BlankNumbers;
    /** The formula fields being computed, outermost first: a cycle is refused. */
    chain: string[];
}

/** A scope during evaluation: it can evaluate the formula fields the formula reads. */
export interface EvaluationScope extends FormulaScope {
    evaluate: (formula: string, scope: FormulaScope) => FormulonLiteral;
}

/** The values formulon will be given, by variable name, and what the made-up ones stand for. */
export interface Substitutions {
    values: Record<string, FormulonLiteral>;
    /** What each made-up variable stands for, to name it in errors (`PRIORVALUE(Status__c)`). */
    labels: Record<string, string>;
    next: number;
}

export function synthetic(substitutions: Substitutions, literal: FormulonLiteral, label: string): FormulaNode {
    substitutions.next += 1;
    const name = `verity_value_${substitutions.next}`;
    substitutions.values[name] = literal;
    substitutions.labels[name] = label;
    return { type: 'identifier', name };
}

/** Formula text for an error message, with made-up variables shown as what they stand for. */
export function shownText(node: FormulaNode, subs: Substitutions): string {
    return formulaText(node).replace(/verity_value_\d+/g, (name) => subs.labels[name] ?? name);
}
