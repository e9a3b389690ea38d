/**
 * How the metadata tests describe saves: a validation rule case is a save (record + options) the
 * rule must refuse or allow; a formula case is a record and the value the field must show.
 */
import type { EvaluationOptions, SObjectRecord } from '../../../local/formulas';

/** One save: the record as written and who writes it when (with `prior` for an update). */
export interface Save {
    record: SObjectRecord;
    options: EvaluationOptions;
}

/** A save a rule must refuse (`violates`) or allow. */
export interface JudgedSave extends Save {
    title: string;
    violates: boolean;
}

/** A row of the validation rule table: a judged save of one rule of one object. */
export interface RuleCase extends JudgedSave {
    object: string;
    rule: string;
}

/** A row of the formula field table: the value `field` must show for `record`. */
export interface FieldCase {
    object: string;
    field: string;
    title: string;
    record: SObjectRecord;
    expected: unknown;
    options: EvaluationOptions;
}

/** How a formula case is written in the tables: [title, record, expected value, options?]. */
export type FieldCaseRow = readonly [
    title: string,
    record: SObjectRecord,
    expected: unknown,
    options?: EvaluationOptions
];

/** A status change a transition rule permits: [from, to]. */
export type StatusMove = readonly [from: string, to: string];

/** Creating `record` as the user in `options` (see `by`). */
export function insert(record: SObjectRecord, options: EvaluationOptions): Save {
    return { record, options };
}

/** Changing `prior` by `changes`, as the user in `options`. */
export function update(prior: SObjectRecord, changes: SObjectRecord, options: EvaluationOptions): Save {
    return { record: { ...prior, ...changes }, options: { ...options, prior } };
}

export function refused(title: string, save: Save): JudgedSave {
    return { title, violates: true, ...save };
}

export function allowed(title: string, save: Save): JudgedSave {
    return { title, violates: false, ...save };
}

export function ruleCases(object: string, rule: string, list: readonly JudgedSave[]): RuleCase[] {
    return list.map((entry) => ({ object, rule, ...entry }));
}

/**
 * Every move between two different statuses: the allowed ones pass the transition rule, every
 * other one is refused. `build(status)` gives the record before the move.
 */
export function transitionCases(
    object: string,
    rule: string,
    field: string,
    statuses: readonly string[],
    allowedMoves: readonly StatusMove[],
    build: (status: string) => SObjectRecord,
    options: EvaluationOptions
): RuleCase[] {
    const permitted = new Set(allowedMoves.map(([from, to]) => `${from}>${to}`));
    const list: JudgedSave[] = [];
    for (const from of statuses) {
        for (const to of statuses) {
            if (from === to) {
                continue;
            }
            const move = `${from}>${to}`;
            const save = update(build(from), { [field]: to }, options);
            list.push(permitted.has(move) ? allowed(`${move} is allowed`, save) : refused(`${move} is refused`, save));
        }
    }
    return ruleCases(object, rule, list);
}

/** Formula cases: [title, record, expected value, options?]. */
export function fieldCases(object: string, field: string, list: readonly FieldCaseRow[]): FieldCase[] {
    return list.map(([title, record, expected, options]) => ({
        object,
        field,
        title,
        record,
        expected,
        options: options ?? {}
    }));
}
