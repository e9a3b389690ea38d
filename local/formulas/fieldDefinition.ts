import type { StandardField } from '../standardObjects';
import { childFlag, childNodes, childNumber, childText, type XmlNode } from '../metadata/metadataXml';
import type { FieldDefinition, FormulaValueType, SummaryDefinition, SummaryOperation } from './schemaTypes';

/** Metadata field types by how a formula reads them. Summary fields are typed later, from what they summarize. */
const METADATA_VALUE_TYPES: Readonly<Record<string, FormulaValueType>> = {
    Text: 'text',
    TextArea: 'text',
    LongTextArea: 'text',
    Html: 'text',
    Email: 'text',
    Phone: 'text',
    Url: 'text',
    EncryptedText: 'text',
    AutoNumber: 'text',
    Number: 'number',
    Currency: 'number',
    Percent: 'percent',
    Checkbox: 'checkbox',
    Picklist: 'picklist',
    MultiselectPicklist: 'multipicklist',
    Date: 'date',
    DateTime: 'datetime',
    Time: 'time',
    Lookup: 'id',
    MasterDetail: 'id',
    Hierarchy: 'id',
    MetadataRelationship: 'id',
    Location: 'location',
    Summary: 'number'
};

/** Describe types of standard fields (Object Reference) by how a formula reads them. */
const DESCRIBE_VALUE_TYPES: Readonly<Record<string, FormulaValueType>> = {
    id: 'id',
    reference: 'id',
    string: 'text',
    textarea: 'text',
    email: 'text',
    phone: 'text',
    url: 'text',
    encryptedstring: 'text',
    combobox: 'text',
    picklist: 'picklist',
    multipicklist: 'multipicklist',
    boolean: 'checkbox',
    int: 'number',
    double: 'number',
    currency: 'number',
    percent: 'percent',
    date: 'date',
    datetime: 'datetime',
    time: 'time'
};

const SUMMARY_OPERATIONS: readonly SummaryOperation[] = ['count', 'sum', 'min', 'max'];

function summaryOf(node: XmlNode, where: string): SummaryDefinition | undefined {
    const operation = childText(node, 'summaryOperation');
    if (operation === undefined) {
        return undefined;
    }
    if (!SUMMARY_OPERATIONS.includes(operation as SummaryOperation)) {
        throw new Error(`${where}: summaryOperation "${operation}" is not one of ${SUMMARY_OPERATIONS.join(', ')}.`);
    }
    return {
        operation: operation as SummaryOperation,
        summarizedField: childText(node, 'summarizedField'),
        foreignKey: childText(node, 'summaryForeignKey') ?? '',
        filters: childNodes(node, 'summaryFilterItems').map((item) => ({
            field: childText(item, 'field') ?? '',
            operation: childText(item, 'operation') ?? '',
            value: childText(item, 'value'),
            valueField: childText(item, 'valueField')
        }))
    };
}

function picklistEntriesOf(node: XmlNode): XmlNode[] | undefined {
    const definition = childNodes(childNodes(node, 'valueSet')[0], 'valueSetDefinition')[0];
    return definition ? childNodes(definition, 'value') : undefined;
}

function picklistValuesOf(node: XmlNode): string[] | undefined {
    return picklistEntriesOf(node)?.map((value) => childText(value, 'fullName') ?? '');
}

function picklistLabelsOf(node: XmlNode): string[] | undefined {
    return picklistEntriesOf(node)?.map((value) => childText(value, 'label') ?? childText(value, 'fullName') ?? '');
}

/** A custom field of `objectName`, read from its CustomField XML. */
export function customFieldDefinition(objectName: string, node: XmlNode, source: string): FieldDefinition {
    const name = childText(node, 'fullName');
    const type = childText(node, 'type');
    if (!name || !type) {
        throw new Error(`${source}: a CustomField needs <fullName> and <type>.`);
    }
    const valueType = METADATA_VALUE_TYPES[type];
    if (!valueType) {
        throw new Error(`${source}: field type ${type} is not one the evaluator knows.`);
    }
    const treatBlanksAs = childText(node, 'formulaTreatBlanksAs');
    const referenceTo = childText(node, 'referenceTo');
    return {
        objectName,
        name,
        type,
        valueType,
        isStandard: false,
        label: childText(node, 'label'),
        length: childNumber(node, 'length'),
        precision: childNumber(node, 'precision'),
        scale: childNumber(node, 'scale'),
        formula: childText(node, 'formula'),
        treatBlanksAs: treatBlanksAs === 'BlankAsBlank' || treatBlanksAs === 'BlankAsZero' ? treatBlanksAs : undefined,
        referenceTo: referenceTo ? [referenceTo] : undefined,
        relationshipName: childText(node, 'relationshipName'),
        picklistValues: picklistValuesOf(node),
        picklistLabels: picklistLabelsOf(node),
        inlineHelpText: childText(node, 'inlineHelpText'),
        restrictedPicklist: childFlag(childNodes(node, 'valueSet')[0], 'restricted'),
        summary: summaryOf(node, source),
        required: childFlag(node, 'required'),
        unique: childFlag(node, 'unique'),
        externalId: childFlag(node, 'externalId'),
        caseSensitive: childFlag(node, 'caseSensitive'),
        defaultValue: childText(node, 'defaultValue'),
        trackHistory: childFlag(node, 'trackHistory'),
        deleteConstraint: childText(node, 'deleteConstraint'),
        writeRequiresMasterRead: childFlag(node, 'writeRequiresMasterRead')
    };
}

/** A standard field (as local/standardObjects.ts describes it) in the evaluator's terms. */
export function standardFieldDefinition(objectName: string, field: StandardField): FieldDefinition {
    const valueType = DESCRIBE_VALUE_TYPES[field.type];
    if (!valueType) {
        throw new Error(
            `Standard field ${objectName}.${field.name} has the describe type ${field.type}, unknown here.`
        );
    }
    return {
        objectName,
        name: field.name,
        type: field.type,
        valueType,
        isStandard: true,
        referenceTo: field.referenceTo,
        parentPathName: field.relationshipName,
        defaultValue: field.defaultValue
    };
}
