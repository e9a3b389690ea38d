import type { FormulonLiteral } from 'formulon';
import type { FormulaNode } from './formulaAst';
import { FormulaError } from './formulaError';
import { synthetic, type FormulaScope, type Substitutions } from './formulaScope';
import { fieldLiteral, valuesDiffer } from './formulaValues';
import { findField, type FieldDefinition } from './schemaTypes';

/**
 * What the save supplies to a formula: ISNEW(), ISCHANGED(field) and PRIORVALUE(field) from the
 * prior record, NOW() and TODAY() from the moment of the save. Each becomes a variable holding its
 * answer, so formulon (which knows none of them) evaluates the rest.
 */
function ownField(scope: FormulaScope, node: FormulaNode, functionName: string): FieldDefinition {
    const piece = `${functionName}(${node.type === 'identifier' ? node.name : '…'})`;
    if (node.type !== 'identifier' || node.name.includes('.') || node.name.startsWith('$')) {
        throw new FormulaError(
            scope.formulaName,
            `${functionName} takes a field of ${scope.object.name} itself.`,
            piece
        );
    }
    const field = findField(scope.object, node.name);
    if (!field) {
        throw new FormulaError(scope.formulaName, `${node.name} is not a field of ${scope.object.name}.`, piece);
    }
    if (field.formula !== undefined || field.summary) {
        throw new FormulaError(
            scope.formulaName,
            `${functionName} of a formula or roll-up field is not supported by the local evaluator.`,
            piece
        );
    }
    return field;
}

export function clockLiteral(scope: FormulaScope, functionName: 'now' | 'today'): FormulonLiteral {
    const { now, today } = scope.options;
    if (now === undefined) {
        throw new FormulaError(
            scope.formulaName,
            `uses ${functionName.toUpperCase()}() but no "now" was given to evaluate it at.`,
            `${functionName.toUpperCase()}()`
        );
    }
    const where = `${scope.formulaName}: ${functionName.toUpperCase()}()`;
    if (functionName === 'now') {
        return fieldLiteral({ name: 'NOW()', valueType: 'datetime' }, now, 'blank', where);
    }
    const date = today ?? new Date(now).toISOString().slice(0, 10);
    return fieldLiteral({ name: 'TODAY()', valueType: 'date' }, date, 'blank', where);
}

export function saveFunction(
    scope: FormulaScope,
    node: FormulaNode & { type: 'callExpression' },
    subs: Substitutions
): FormulaNode {
    const name = node.id.toUpperCase();
    if (scope.kind !== 'validationRule') {
        throw new FormulaError(scope.formulaName, `uses ${name}, which only validation rules may use.`, `${name}()`);
    }
    const isNew = scope.options.prior === undefined;
    if (node.id === 'isnew') {
        if (node.arguments.length !== 0) {
            throw new FormulaError(scope.formulaName, 'ISNEW takes no arguments.', 'ISNEW()');
        }
        return synthetic(subs, { type: 'literal', dataType: 'checkbox', value: isNew, options: {} }, 'ISNEW()');
    }
    if (node.arguments.length !== 1) {
        throw new FormulaError(scope.formulaName, `${name} takes exactly one field.`, `${name}(…)`);
    }
    const field = ownField(scope, node.arguments[0], name);
    const current = scope.record[field.name];
    // On insert PRIORVALUE gives the current value and ISCHANGED is false (Salesforce Help, PRIORVALUE and ISCHANGED).
    const before = isNew ? current : scope.options.prior?.[field.name];
    if (node.id === 'ischanged') {
        const changed = !isNew && valuesDiffer(field.valueType, before, current);
        return synthetic(
            subs,
            { type: 'literal', dataType: 'checkbox', value: changed, options: {} },
            `ISCHANGED(${field.name})`
        );
    }
    return synthetic(
        subs,
        fieldLiteral(field, before, scope.blankNumbers, `${scope.formulaName}: PRIORVALUE(${field.name})`),
        `PRIORVALUE(${field.name})`
    );
}
