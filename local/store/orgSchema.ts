import path from 'node:path';
import { readPackageSchema, type FieldDefinition, type ObjectDefinition, type PackageSchema } from '../formulas';
import { STANDARD_OBJECTS } from '../standardObjects';
import { childNodes, childText, readMetadataXml, type XmlNode } from '../metadata/metadataXml';

/**
 * The package schema as the store lays it out: which objects get a table, each field's describe
 * type and column, what the platform lets a client write, and the history and share objects the
 * platform adds. Built once when the org opens, so a save never reads metadata.
 */

export type ColumnType = 'TEXT' | 'REAL' | 'INTEGER';
export type ObjectKind = 'custom' | 'standard' | 'history' | 'share';
export type SharingModel = 'Private' | 'Read' | 'ReadWrite' | 'ControlledByParent';

export interface StoredField {
    name: string;
    definition: FieldDefinition;
    /** The REST describe type: string, double, reference, picklist, … */
    describeType: string;
    /** The column that holds it; null for formula fields, which are computed on read. */
    column: ColumnType | null;
    isFormula: boolean;
    isSummary: boolean;
    isAutoNumber: boolean;
    /** Set by the platform only (Id, CreatedDate, …). */
    isSystem: boolean;
    /** What metadata allows a client to write, before field-level security. */
    createable: boolean;
    updateable: boolean;
    nillable: boolean;
    /** Required on save (metadata `required`, master-detail, text Name, required standard fields). */
    required: boolean;
    length: number;
    /** A master-detail reference. */
    isMasterDetail: boolean;
    /** The picklist value a new record takes when none is given. */
    picklistDefault?: string;
}

export interface StoredObject {
    name: string;
    kind: ObjectKind;
    definition: ObjectDefinition;
    label: string;
    labelPlural: string;
    fields: StoredField[];
    /** Fields by lower-cased name. */
    fieldMap: Map<string, StoredField>;
    hasOwner: boolean;
    /** `A-{000000}` when Name is an auto-number. */
    autoNumberFormat?: string;
    sharingModel: SharingModel;
    /** The first master-detail field (the one that controls sharing). */
    masterField?: StoredField;
    historyObject?: string;
    shareObject?: string;
    /** For history and share objects: the object they belong to. */
    parentObject?: string;
    trackedFields: StoredField[];
    createable: boolean;
    updateable: boolean;
    deletable: boolean;
}

export interface OrgSchema {
    /** The package schema plus the history and share objects, for formulas and SOQL. */
    packageSchema: PackageSchema;
    objects: Map<string, StoredObject>;
    sourceDir: string;
}

const SYSTEM_FIELD_NAMES = new Set([
    'id',
    'isdeleted',
    'createddate',
    'createdbyid',
    'lastmodifieddate',
    'lastmodifiedbyid',
    'systemmodstamp',
    'lastvieweddate',
    'lastreferenceddate'
]);

/** Metadata field types as describe names them (REST API Developer Guide, DescribeSObjectResult field types). */
const DESCRIBE_TYPES: Readonly<Record<string, string>> = {
    Text: 'string',
    TextArea: 'textarea',
    LongTextArea: 'textarea',
    Html: 'textarea',
    Email: 'email',
    Phone: 'phone',
    Url: 'url',
    EncryptedText: 'encryptedstring',
    AutoNumber: 'string',
    Number: 'double',
    Currency: 'currency',
    Percent: 'percent',
    Checkbox: 'boolean',
    Picklist: 'picklist',
    MultiselectPicklist: 'multipicklist',
    Date: 'date',
    DateTime: 'datetime',
    Time: 'time',
    Lookup: 'reference',
    MasterDetail: 'reference',
    Hierarchy: 'reference',
    MetadataRelationship: 'reference'
};

/** Standard fields a client must give, and those the platform derives (Object Reference). */
const STANDARD_REQUIRED: Readonly<Record<string, string[]>> = {
    Account: ['Name'],
    Contact: ['LastName'],
    User: [
        'Username',
        'LastName',
        'Alias',
        'Email',
        'ProfileId',
        'TimeZoneSidKey',
        'LocaleSidKey',
        'LanguageLocaleKey',
        'EmailEncodingKey'
    ],
    Group: ['Name'],
    PermissionSet: ['Name', 'Label'],
    PermissionSetAssignment: ['AssigneeId', 'PermissionSetId']
};
const STANDARD_DERIVED: Readonly<Record<string, string[]>> = {
    User: ['Name'],
    Contact: ['Name'],
    Case: ['CaseNumber', 'IsClosed']
};
const STANDARD_LENGTHS: Readonly<Record<string, number>> = { Alias: 8, Username: 80, Email: 80, Title: 80 };

/** Organization-wide defaults of the standard objects in a new org. */
const STANDARD_SHARING: Readonly<Record<string, SharingModel>> = {
    Account: 'ReadWrite',
    Contact: 'ReadWrite',
    Case: 'ReadWrite',
    User: 'Read'
};

export function columnTypeOf(describeType: string): ColumnType {
    switch (describeType) {
        case 'double':
        case 'currency':
        case 'percent':
        case 'int':
            return 'REAL';
        case 'boolean':
            return 'INTEGER';
        default:
            return 'TEXT';
    }
}

function summaryDescribeType(schema: PackageSchema, definition: FieldDefinition): string {
    const summary = definition.summary;
    if (!summary || summary.operation === 'count') {
        return 'double';
    }
    const [childName, childField] = (summary.summarizedField ?? '').split('.');
    const summarized = schema.objects
        .get((childName ?? '').toLowerCase())
        ?.fields.get((childField ?? '').toLowerCase());
    if (!summarized) {
        return 'double';
    }
    return summarized.isStandard ? summarized.type : (DESCRIBE_TYPES[summarized.type] ?? 'double');
}

function storedField(
    schema: PackageSchema,
    object: ObjectDefinition,
    definition: FieldDefinition,
    nameIsAutoNumber: boolean,
    reparentable: ReadonlySet<string>
): StoredField {
    const lower = definition.name.toLowerCase();
    let describeType: string;
    if (definition.isStandard) {
        describeType = definition.type;
    } else if (definition.type === 'Summary') {
        describeType = summaryDescribeType(schema, definition);
    } else {
        describeType = DESCRIBE_TYPES[definition.type] ?? '';
        if (!describeType) {
            throw new Error(`${object.name}.${definition.name}: field type ${definition.type} is not served locally.`);
        }
    }
    const isFormula = definition.formula !== undefined;
    const isSummary = definition.summary !== undefined;
    const isAutoNumber = definition.type === 'AutoNumber' || (lower === 'name' && nameIsAutoNumber && object.isCustom);
    const derived = (STANDARD_DERIVED[object.name] ?? []).some((name) => name.toLowerCase() === lower);
    const isSystem = SYSTEM_FIELD_NAMES.has(lower) || derived;
    const isMasterDetail = definition.type === 'MasterDetail';
    const standardRequired = (STANDARD_REQUIRED[object.name] ?? []).some((name) => name.toLowerCase() === lower);
    const textName = object.isCustom && lower === 'name' && !nameIsAutoNumber;
    const writable = !isFormula && !isSummary && !isAutoNumber && !isSystem;
    const required = writable && (definition.required === true || isMasterDetail || standardRequired || textName);
    const isText = ['string', 'textarea', 'email', 'phone', 'url', 'encryptedstring', 'picklist', 'multipicklist'];
    let length = 0;
    if (describeType === 'id' || describeType === 'reference') {
        length = 18;
    } else if (isText.includes(describeType)) {
        length =
            definition.length ??
            (lower === 'name' && object.isCustom
                ? 80
                : describeType === 'textarea'
                  ? 32000
                  : (STANDARD_LENGTHS[definition.name] ?? 255));
    }
    return {
        name: definition.name,
        definition,
        describeType,
        column: isFormula ? null : columnTypeOf(describeType),
        isFormula,
        isSummary,
        isAutoNumber,
        isSystem,
        createable: writable,
        // A master-detail can be reparented only when the metadata says so.
        updateable:
            writable && !(isMasterDetail && !reparentable.has(`${object.name}.${definition.name}`.toLowerCase())),
        nillable: !required && describeType !== 'boolean' && !isSystem,
        required,
        length,
        isMasterDetail
    };
}

/**
 * What the package schema does not carry: `reparentableMasterDetail` (master-details are
 * reparentable only when it is true) and the default value of a picklist.
 */
function readFieldExtras(
    sourceDir: string,
    object: ObjectDefinition,
    reparentableFields: Set<string>,
    picklistDefaults: Map<string, string>
): void {
    for (const field of object.fields.values()) {
        if (field.type !== 'MasterDetail' && field.type !== 'Picklist') {
            continue;
        }
        const file = path.join(sourceDir, 'objects', object.name, 'fields', `${field.name}.field-meta.xml`);
        const root = readMetadataXml(file, 'CustomField');
        const key = `${object.name}.${field.name}`.toLowerCase();
        if (childText(root, 'reparentableMasterDetail') === 'true') {
            reparentableFields.add(key);
        }
        const values = childNodes(childNodes(childNodes(root, 'valueSet')[0], 'valueSetDefinition')[0], 'value');
        const preset = values.find((value) => childText(value, 'default') === 'true');
        if (preset) {
            picklistDefaults.set(key, childText(preset, 'fullName') ?? '');
        }
    }
}

function objectXml(sourceDir: string, name: string): XmlNode | undefined {
    const file = path.join(sourceDir, 'objects', name, `${name}.object-meta.xml`);
    try {
        return readMetadataXml(file, 'CustomObject');
    } catch {
        return undefined;
    }
}

function syntheticObject(
    schema: PackageSchema,
    name: string,
    fields: { name: string; type: string; referenceTo?: string[]; relationshipName?: string }[]
): ObjectDefinition {
    const definition: ObjectDefinition = {
        name,
        isCustom: false,
        isCustomMetadata: false,
        fields: new Map(),
        validationRules: []
    };
    for (const field of fields) {
        definition.fields.set(field.name.toLowerCase(), {
            objectName: name,
            name: field.name,
            type: field.type,
            valueType:
                field.type === 'reference' || field.type === 'id'
                    ? 'id'
                    : field.type === 'boolean'
                      ? 'checkbox'
                      : field.type === 'datetime'
                        ? 'datetime'
                        : field.type === 'picklist'
                          ? 'picklist'
                          : 'text',
            isStandard: true,
            referenceTo: field.referenceTo,
            parentPathName: field.relationshipName,
            picklistValues: undefined
        });
    }
    schema.objects.set(name.toLowerCase(), definition);
    return definition;
}

function historyDefinition(schema: PackageSchema, name: string, parent: string): ObjectDefinition {
    return syntheticObject(schema, name, [
        { name: 'Id', type: 'id' },
        { name: 'IsDeleted', type: 'boolean' },
        { name: 'ParentId', type: 'reference', referenceTo: [parent], relationshipName: 'Parent' },
        { name: 'Field', type: 'picklist' },
        { name: 'OldValue', type: 'string' },
        { name: 'NewValue', type: 'string' },
        { name: 'CreatedById', type: 'reference', referenceTo: ['User'], relationshipName: 'CreatedBy' },
        { name: 'CreatedDate', type: 'datetime' }
    ]);
}

function shareDefinition(schema: PackageSchema, name: string, parent: string): ObjectDefinition {
    return syntheticObject(schema, name, [
        { name: 'Id', type: 'id' },
        { name: 'IsDeleted', type: 'boolean' },
        { name: 'ParentId', type: 'reference', referenceTo: [parent], relationshipName: 'Parent' },
        { name: 'UserOrGroupId', type: 'reference', referenceTo: ['User', 'Group'], relationshipName: 'UserOrGroup' },
        { name: 'AccessLevel', type: 'picklist' },
        { name: 'RowCause', type: 'picklist' },
        { name: 'LastModifiedDate', type: 'datetime' },
        { name: 'LastModifiedById', type: 'reference', referenceTo: ['User'], relationshipName: 'LastModifiedBy' }
    ]);
}

function buildObject(
    schema: PackageSchema,
    definition: ObjectDefinition,
    kind: ObjectKind,
    xml: XmlNode | undefined,
    reparentable: ReadonlySet<string> = new Set()
): StoredObject {
    const nameField = childNodes(xml, 'nameField')[0];
    const autoNumberFormat =
        childText(nameField, 'type') === 'AutoNumber' ? childText(nameField, 'displayFormat') : undefined;
    const nameDefinition = definition.fields.get('name');
    if (nameDefinition && nameDefinition.label === undefined) {
        // A custom object's Name field is labelled by the object's <nameField> ("Assessment Number").
        nameDefinition.label = childText(nameField, 'label');
    }
    // Standard fields first, as describe lists them; the sort keeps each group's order.
    const fields = [...definition.fields.values()]
        .map((field) => storedField(schema, definition, field, autoNumberFormat !== undefined, reparentable))
        .sort((a, b) => Number(!a.definition.isStandard) - Number(!b.definition.isStandard));
    if (kind === 'share') {
        for (const field of fields) {
            const writable = ['parentid', 'userorgroupid', 'accesslevel', 'rowcause'].includes(
                field.name.toLowerCase()
            );
            field.createable = writable;
            field.updateable = field.name === 'AccessLevel';
            field.required = writable && field.name !== 'RowCause';
            field.nillable = !field.required && !field.isSystem;
            if (field.name === 'AccessLevel') {
                field.definition.picklistValues = ['Read', 'Edit', 'All'];
                field.definition.restrictedPicklist = true;
            }
        }
    }
    if (kind === 'history') {
        fields.forEach((field) => {
            field.createable = false;
            field.updateable = false;
            if (field.name === 'OldValue' || field.name === 'NewValue') {
                field.describeType = 'anyType';
            }
        });
    }
    const fieldMap = new Map(fields.map((field) => [field.name.toLowerCase(), field]));
    const masterField = fields.find((field) => field.isMasterDetail);
    const declared = definition.sharingModel as SharingModel | undefined;
    const sharingModel: SharingModel =
        kind === 'custom'
            ? masterField
                ? 'ControlledByParent'
                : (declared ?? 'ReadWrite')
            : kind === 'standard'
              ? (STANDARD_SHARING[definition.name] ?? 'Read')
              : 'ControlledByParent';
    const writable = kind === 'custom' || kind === 'share' || !['Group'].includes(definition.name);
    return {
        name: definition.name,
        kind,
        definition,
        label: definition.label ?? childText(xml, 'label') ?? definition.name,
        labelPlural: childText(xml, 'pluralLabel') ?? `${definition.label ?? definition.name}s`,
        fields,
        fieldMap,
        hasOwner: fieldMap.has('ownerid'),
        autoNumberFormat,
        sharingModel,
        masterField,
        trackedFields: [],
        createable: writable && kind !== 'history',
        updateable: writable && kind !== 'history',
        deletable: writable && kind !== 'history'
    };
}

/**
 * Reads the package in `sourceDir` and lays it out: every custom object (custom metadata types
 * are not stored), the standard objects, `<Object>__History` for objects that track history
 * (and CaseHistory), `<Object>__Share` for custom objects whose default is Private or Read.
 */
export function readOrgSchema(sourceDir: string): OrgSchema {
    const schema = readPackageSchema(sourceDir);
    const objects = new Map<string, StoredObject>();
    const reparentable = new Set<string>();
    const picklistDefaults = new Map<string, string>();
    const standardNames = new Set(STANDARD_OBJECTS.map((object) => object.name.toLowerCase()));
    for (const definition of [...schema.objects.values()]) {
        if (definition.isCustomMetadata) {
            continue;
        }
        const kind: ObjectKind = standardNames.has(definition.name.toLowerCase()) ? 'standard' : 'custom';
        if (kind === 'custom') {
            readFieldExtras(sourceDir, definition, reparentable, picklistDefaults);
        }
        const stored = buildObject(
            schema,
            definition,
            kind,
            kind === 'custom' ? objectXml(sourceDir, definition.name) : undefined,
            reparentable
        );
        objects.set(definition.name.toLowerCase(), stored);
    }
    for (const stored of [...objects.values()]) {
        for (const field of stored.fields) {
            field.picklistDefault = picklistDefaults.get(`${stored.name}.${field.name}`.toLowerCase());
        }
        const tracked = stored.fields.filter((field) => field.definition.trackHistory && field.column !== null);
        const history =
            stored.kind === 'custom' && stored.definition.enableHistory
                ? `${stored.name.slice(0, -3)}__History`
                : stored.name === 'Case'
                  ? 'CaseHistory'
                  : undefined;
        if (history) {
            stored.historyObject = history;
            stored.trackedFields = tracked;
            const historyObject = buildObject(
                schema,
                historyDefinition(schema, history, stored.name),
                'history',
                undefined
            );
            historyObject.parentObject = stored.name;
            historyObject.label = `${stored.label} History`;
            historyObject.labelPlural = `${stored.label} History`;
            objects.set(history.toLowerCase(), historyObject);
        }
        if (stored.kind === 'custom' && (stored.sharingModel === 'Private' || stored.sharingModel === 'Read')) {
            const share = `${stored.name.slice(0, -3)}__Share`;
            stored.shareObject = share;
            const shareObject = buildObject(schema, shareDefinition(schema, share, stored.name), 'share', undefined);
            shareObject.parentObject = stored.name;
            shareObject.label = `${stored.label} Share`;
            shareObject.labelPlural = `${stored.label} Share`;
            objects.set(share.toLowerCase(), shareObject);
        }
    }
    return { packageSchema: schema, objects, sourceDir };
}

/** The stored object by name (any case), or undefined. */
export function storedObject(orgSchema: OrgSchema, name: string): StoredObject | undefined {
    return orgSchema.objects.get(name.toLowerCase());
}
