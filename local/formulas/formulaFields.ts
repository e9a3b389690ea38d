import { evaluateFormulaText, type EvaluationOptions } from './evaluateFormula';
import { FormulaError } from './formulaError';
import { apiValue } from './formulaValues';
import {
    findField,
    findObject,
    type FieldDefinition,
    type ObjectDefinition,
    type PackageSchema,
    type SObjectRecord
} from './schemaTypes';

function fieldOf(
    schema: PackageSchema,
    objectName: string,
    fieldName: string
): { object: ObjectDefinition; field: FieldDefinition } {
    const object = findObject(schema, objectName);
    const field = object ? findField(object, fieldName) : undefined;
    if (!object || !field) {
        throw new FormulaError(`${objectName}.${fieldName}`, 'is not a field of the package.');
    }
    return { object, field };
}

/**
 * The value of a formula field for a record, as the REST API would show it: rounded half up to
 * the field's scale, a percent as 85.71 (not 0.8571), a date as YYYY-MM-DD, blank text as null.
 * Formula fields it reads are computed too; roll-up summaries must be on the record already.
 */
export function evaluateFormulaField(
    schema: PackageSchema,
    objectName: string,
    fieldName: string,
    record: SObjectRecord,
    options: EvaluationOptions = {}
): unknown {
    const { object, field } = fieldOf(schema, objectName, fieldName);
    const formulaName = `${object.name}.${field.name}`;
    if (field.formula === undefined) {
        throw new FormulaError(formulaName, 'is not a formula field.');
    }
    const result = evaluateFormulaText(field.formula, {
        schema,
        object,
        record,
        options: { ...options, prior: undefined },
        formulaName,
        kind: 'formulaField',
        blankNumbers: field.treatBlanksAs === 'BlankAsBlank' ? 'blank' : 'zero',
        chain: [formulaName]
    });
    try {
        return apiValue(result, field, formulaName);
    } catch (error) {
        throw new FormulaError(formulaName, (error as Error).message);
    }
}

/**
 * The default value a field takes on a new record: its `defaultValue` formula evaluated with no
 * record values (it may read `$User`, `$CustomMetadata`, TODAY(), …). Undefined when it has none.
 */
export function evaluateDefaultValue(
    schema: PackageSchema,
    objectName: string,
    fieldName: string,
    options: EvaluationOptions = {}
): unknown {
    const { object, field } = fieldOf(schema, objectName, fieldName);
    const formulaName = `${object.name}.${field.name} (default value)`;
    if (field.defaultValue === undefined) {
        return undefined;
    }
    const result = evaluateFormulaText(field.defaultValue, {
        schema,
        object,
        record: {},
        options: { ...options, prior: undefined },
        formulaName,
        kind: 'defaultValue',
        blankNumbers: 'blank',
        chain: [formulaName]
    });
    try {
        return apiValue(result, field, formulaName);
    } catch (error) {
        throw new FormulaError(formulaName, (error as Error).message);
    }
}
