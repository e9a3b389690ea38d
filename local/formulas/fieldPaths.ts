import type { FormulonLiteral } from 'formulon';
import { FormulaError } from './formulaError';
import type { EvaluationScope } from './formulaScope';
import { fieldLiteral, numberLiteral } from './formulaValues';
import { findField, findObject, type FieldDefinition, type ObjectDefinition, type SObjectRecord } from './schemaTypes';

/**
 * The value a formula reads through a name: a field of the record, a path through its parents
 * (`Scorecard__r.Status__c`), a formula field computed on the spot, or a global (`$User`,
 * `$Permission`, `$CustomMetadata`). Anything the record or the options do not give is refused.
 */
function recordKey(record: SObjectRecord, name: string): string | undefined {
    if (name in record) {
        return name;
    }
    const lower = name.toLowerCase();
    return Object.keys(record).find((key) => key.toLowerCase() === lower);
}

function parentReference(
    scope: EvaluationScope,
    object: ObjectDefinition,
    segment: string,
    path: string
): FieldDefinition {
    const lower = segment.toLowerCase();
    const field = lower.endsWith('__r')
        ? findField(object, `${segment.slice(0, -3)}__c`)
        : [...object.fields.values()].find((candidate) => candidate.parentPathName?.toLowerCase() === lower);
    if (!field || field.valueType !== 'id' || !field.referenceTo?.length) {
        throw new FormulaError(scope.formulaName, `${segment} is not a relationship of ${object.name}.`, path);
    }
    if (field.referenceTo.length > 1) {
        throw new FormulaError(
            scope.formulaName,
            `${segment} can point to ${field.referenceTo.join(' or ')}; polymorphic paths are not supported locally.`,
            path
        );
    }
    return field;
}

function globalValue(scope: EvaluationScope, name: string): FormulonLiteral {
    const [global, ...rest] = name.split('.');
    const where = `${scope.formulaName}: ${name}`;
    switch (global.toLowerCase()) {
        case '$user': {
            const user = scope.options.user;
            const userObject = findObject(scope.schema, 'User');
            const field = userObject && rest.length === 1 ? findField(userObject, rest[0]) : undefined;
            if (!field) {
                throw new FormulaError(scope.formulaName, `${name} is not a field of the running user.`, name);
            }
            const key = user ? recordKey(user, field.name) : undefined;
            if (!user || key === undefined) {
                throw new FormulaError(scope.formulaName, `reads ${name}, but no such user value was given.`, name);
            }
            return fieldLiteral(field, user[key], scope.blankNumbers, where);
        }
        case '$permission': {
            const permission = rest.join('.');
            const known = [...scope.schema.customPermissions].find((p) => p.toLowerCase() === permission.toLowerCase());
            if (rest.length !== 1 || !known) {
                throw new FormulaError(scope.formulaName, `the package has no custom permission ${permission}.`, name);
            }
            const held = (scope.options.permissions ?? []).some((p) => p.toLowerCase() === known.toLowerCase());
            return { type: 'literal', dataType: 'checkbox', value: held, options: {} };
        }
        case '$custommetadata': {
            const [typeName, recordName, fieldName] = rest;
            const type = typeName ? findObject(scope.schema, typeName) : undefined;
            const field = type && fieldName && rest.length === 3 ? findField(type, fieldName) : undefined;
            const values = scope.schema.customMetadata
                .get((typeName ?? '').toLowerCase())
                ?.get((recordName ?? '').toLowerCase());
            if (!type?.isCustomMetadata || !field || !values) {
                throw new FormulaError(scope.formulaName, `the package has no custom metadata value ${name}.`, name);
            }
            return fieldLiteral(field, values[field.name], scope.blankNumbers, where);
        }
        default:
            throw new FormulaError(
                scope.formulaName,
                `the global ${global} is not supported by the local evaluator.`,
                name
            );
    }
}

function formulaFieldLiteral(
    scope: EvaluationScope,
    object: ObjectDefinition,
    field: FieldDefinition,
    record: SObjectRecord
): FormulonLiteral {
    const key = `${object.name}.${field.name}`;
    if (scope.chain.includes(key)) {
        throw new FormulaError(
            scope.formulaName,
            `formula fields refer to each other in a cycle: ${[...scope.chain, key].join(' → ')}.`,
            key
        );
    }
    const result = scope.evaluate(field.formula ?? '', {
        schema: scope.schema,
        object,
        record,
        options: { ...scope.options, prior: undefined },
        formulaName: key,
        kind: 'formulaField',
        blankNumbers: field.treatBlanksAs === 'BlankAsBlank' ? 'blank' : 'zero',
        chain: [...scope.chain, key]
    });
    const numeric = field.valueType === 'number' || field.valueType === 'percent';
    if (numeric && result.dataType === 'null') {
        return numberLiteral(scope.blankNumbers === 'zero' ? 0 : null);
    }
    return result;
}

/** The value a field path (`Score__c`, `Scorecard__r.Status__c`, `$User.Id`) has for this formula. */
export function identifierValue(scope: EvaluationScope, name: string): FormulonLiteral {
    if (name.startsWith('$')) {
        return globalValue(scope, name);
    }
    const segments = name.split('.');
    let object = scope.object;
    let record: SObjectRecord | null = scope.record;
    for (const segment of segments.slice(0, -1)) {
        const reference = parentReference(scope, object, segment, name);
        const parentObject = findObject(scope.schema, reference.referenceTo?.[0] ?? '');
        if (!parentObject) {
            throw new FormulaError(
                scope.formulaName,
                `${reference.referenceTo?.[0]} is not an object the package knows.`,
                name
            );
        }
        if (record !== null) {
            const id = record[recordKey(record, reference.name) ?? reference.name];
            if (id === null || id === undefined || id === '') {
                record = null;
            } else {
                const key = recordKey(record, segment);
                const parent = key === undefined ? undefined : record[key];
                if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) {
                    throw new FormulaError(
                        scope.formulaName,
                        `reads ${name}, but the record gives no ${segment} (the ${parentObject.name} it points to).`,
                        name
                    );
                }
                record = parent as SObjectRecord;
            }
        }
        object = parentObject;
    }
    const fieldName = segments[segments.length - 1];
    const field = findField(object, fieldName);
    if (!field) {
        throw new FormulaError(scope.formulaName, `${fieldName} is not a field of ${object.name}.`, name);
    }
    const where = `${scope.formulaName}: ${name}`;
    if (field.formula !== undefined) {
        return record === null
            ? fieldLiteral(field, null, scope.blankNumbers, where)
            : formulaFieldLiteral(scope, object, field, record);
    }
    const key = record === null ? undefined : recordKey(record, field.name);
    if (record !== null && key === undefined && field.summary) {
        throw new FormulaError(
            scope.formulaName,
            `reads the roll-up summary ${name}, but the record does not carry it: compute it first (computeRollupSummary).`,
            name
        );
    }
    return fieldLiteral(field, record === null || key === undefined ? null : record[key], scope.blankNumbers, where);
}
