/**
 * The package's schema as the evaluator needs it: objects, their fields typed the way a formula
 * sees them, validation rules, custom permissions and custom metadata records.
 */

/** How a value behaves inside a formula. */
export type FormulaValueType =
    | 'text'
    | 'id'
    | 'number'
    | 'percent'
    | 'checkbox'
    | 'picklist'
    | 'multipicklist'
    | 'date'
    | 'datetime'
    | 'time'
    | 'location';

export type SummaryOperation = 'count' | 'sum' | 'min' | 'max';

export interface SummaryFilter {
    /** `Child__c.Field__c` */
    field: string;
    operation: string;
    value?: string;
    valueField?: string;
}

export interface SummaryDefinition {
    operation: SummaryOperation;
    /** `Child__c.Field__c`; absent for count. */
    summarizedField?: string;
    /** `Child__c.Master__c`: the master-detail field the roll-up follows. */
    foreignKey: string;
    filters: SummaryFilter[];
}

export interface FieldDefinition {
    objectName: string;
    name: string;
    /** The metadata type (`Number`, `Picklist`, `Summary`, …) or, for a standard field, its describe type. */
    type: string;
    valueType: FormulaValueType;
    isStandard: boolean;
    label?: string;
    length?: number;
    precision?: number;
    scale?: number;
    formula?: string;
    /** For formula fields: how blank number fields read (the platform's default is BlankAsZero). */
    treatBlanksAs?: 'BlankAsZero' | 'BlankAsBlank';
    referenceTo?: string[];
    /** The child relationship name (`Responses`); the parent path is `Field__r` / the standard name. */
    relationshipName?: string;
    /** For standard references, the name used in paths (`Owner`). */
    parentPathName?: string;
    picklistValues?: string[];
    /** The label of each picklist value, in the same order (the value's own text when the metadata gives none). */
    picklistLabels?: string[];
    /** The field-level help text (`inlineHelpText`). */
    inlineHelpText?: string;
    restrictedPicklist?: boolean;
    summary?: SummaryDefinition;
    required?: boolean;
    unique?: boolean;
    externalId?: boolean;
    caseSensitive?: boolean;
    defaultValue?: string;
    trackHistory?: boolean;
    deleteConstraint?: string;
    writeRequiresMasterRead?: boolean;
}

export interface ValidationRuleDefinition {
    objectName: string;
    name: string;
    active: boolean;
    formula: string;
    errorMessage: string;
    errorDisplayField?: string;
    description?: string;
}

export interface ObjectDefinition {
    name: string;
    label?: string;
    isCustom: boolean;
    isCustomMetadata: boolean;
    sharingModel?: string;
    enableHistory?: boolean;
    /** Fields by lower-cased API name. */
    fields: Map<string, FieldDefinition>;
    validationRules: ValidationRuleDefinition[];
}

export interface PackageSchema {
    /** Objects by lower-cased API name. */
    objects: Map<string, ObjectDefinition>;
    customPermissions: Set<string>;
    /** Custom metadata records: type (lower case) → record developer name (lower case) → field values. */
    customMetadata: Map<string, Map<string, Record<string, unknown>>>;
}

/** A record as the REST API shows it: field values by API name, parents as nested `X__r` records. */
export interface SObjectRecord {
    [field: string]: unknown;
}

/** The object by name (any case), or undefined. */
export function findObject(schema: PackageSchema, name: string): ObjectDefinition | undefined {
    return schema.objects.get(name.toLowerCase());
}

/** The field by name (any case), or undefined. */
export function findField(object: ObjectDefinition, name: string): FieldDefinition | undefined {
    return object.fields.get(name.toLowerCase());
}
