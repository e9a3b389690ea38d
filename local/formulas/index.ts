/**
 * The local formula evaluator: reads the package's own metadata (formula fields, validation rules,
 * roll-up summaries, default values) and evaluates it on records the way the platform would, on
 * top of formulon. What it cannot answer faithfully it refuses with a FormulaError naming the
 * formula and the piece at fault. Used by the metadata tests and by the local org.
 */
export { FormulaError } from './formulaError';
export { readPackageSchema } from './packageSchema';
export { evaluateFormulaText, type EvaluationOptions, type FormulaKind, type FormulaScope } from './evaluateFormula';
export { evaluateFormulaField, evaluateDefaultValue } from './formulaFields';
export { violatesRule, ruleViolations, type RuleViolation } from './validationRules';
export { computeRollupSummary } from './rollupSummary';
export { roundHalfUp } from './formulaValues';
export type {
    FieldDefinition,
    FormulaValueType,
    ObjectDefinition,
    PackageSchema,
    SObjectRecord,
    SummaryDefinition,
    SummaryFilter,
    ValidationRuleDefinition
} from './schemaTypes';
