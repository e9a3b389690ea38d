import { evaluateFormulaText, type EvaluationOptions } from './evaluateFormula';
import { FormulaError } from './formulaError';
import { findObject, type PackageSchema, type SObjectRecord, type ValidationRuleDefinition } from './schemaTypes';

/** A validation rule whose error condition holds: the save is refused with its message. */
export interface RuleViolation {
    rule: string;
    message: string;
    /** The field the message is shown on; absent when it shows at the top of the page. */
    field?: string;
}

function ruleOf(schema: PackageSchema, objectName: string, ruleName: string): ValidationRuleDefinition {
    const rule = findObject(schema, objectName)?.validationRules.find(
        (candidate) => candidate.name.toLowerCase() === ruleName.toLowerCase()
    );
    if (!rule) {
        throw new FormulaError(`${objectName}.${ruleName}`, 'is not a validation rule of the package.');
    }
    return rule;
}

/**
 * Whether the rule's error condition holds for this save (true: the record is refused). Pass
 * `options.prior` for an update; leave it out for an insert.
 */
export function violatesRule(
    schema: PackageSchema,
    objectName: string,
    ruleName: string,
    record: SObjectRecord,
    options: EvaluationOptions = {}
): boolean {
    const rule = ruleOf(schema, objectName, ruleName);
    const formulaName = `${rule.objectName}.${rule.name}`;
    const object = findObject(schema, objectName);
    const result = evaluateFormulaText(rule.formula, {
        schema,
        object: object!,
        record,
        options,
        formulaName,
        kind: 'validationRule',
        blankNumbers: 'blank',
        chain: []
    });
    if (result.dataType !== 'checkbox' || typeof result.value !== 'boolean') {
        throw new FormulaError(formulaName, `must give true or false, but gave a ${result.dataType}.`);
    }
    return result.value;
}

/** Every active rule of the object the save breaks, in rule-name order. */
export function ruleViolations(
    schema: PackageSchema,
    objectName: string,
    record: SObjectRecord,
    options: EvaluationOptions = {}
): RuleViolation[] {
    const object = findObject(schema, objectName);
    if (!object) {
        throw new FormulaError(objectName, 'is not an object of the package.');
    }
    return object.validationRules
        .filter((rule) => rule.active)
        .sort((a, b) => a.name.localeCompare(b.name))
        .filter((rule) => violatesRule(schema, object.name, rule.name, record, options))
        .map((rule) => ({ rule: rule.name, message: rule.errorMessage, field: rule.errorDisplayField }));
}
