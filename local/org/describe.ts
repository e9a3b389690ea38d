import type { CallerAccess } from '../security';
import type { Store, StoredField, StoredObject } from '../store';
import { parentPath } from './recordReader';

/**
 * Describe bodies in the shapes of the REST API Developer Guide ("Describe Global", "sObject
 * Describe"), per the caller: objects they cannot read are absent, fields they cannot read are
 * absent, createable/updateable follow their object and field permissions.
 */

const SOAP_TYPES: Readonly<Record<string, string>> = {
    id: 'tns:ID',
    reference: 'tns:ID',
    boolean: 'xsd:boolean',
    double: 'xsd:double',
    currency: 'xsd:double',
    percent: 'xsd:double',
    int: 'xsd:int',
    date: 'xsd:date',
    datetime: 'xsd:dateTime',
    time: 'xsd:time',
    anyType: 'xsd:anyType'
};

function urls(apiVersion: string, object: StoredObject): Record<string, string> {
    const base = `/services/data/v${apiVersion}/sobjects/${object.name}`;
    return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
}

function objectFlags(access: CallerAccess, object: StoredObject): Record<string, unknown> {
    const granted = access.objectAccess(object.name);
    return {
        activateable: false,
        createable: object.createable && granted.create,
        custom: object.kind === 'custom',
        customSetting: false,
        deletable: object.deletable && granted.delete,
        deprecatedAndHidden: false,
        feedEnabled: false,
        hasSubtypes: false,
        isSubtype: false,
        keyPrefix: null as string | null,
        label: object.label,
        labelPlural: object.labelPlural,
        layoutable: object.kind === 'custom' || object.kind === 'standard',
        mergeable: false,
        mruEnabled: object.kind === 'custom',
        name: object.name,
        queryable: true,
        replicateable: object.kind !== 'share',
        retrieveable: true,
        searchable: object.kind === 'custom' || object.kind === 'standard',
        triggerable: object.kind !== 'share' && object.kind !== 'history',
        undeletable: object.kind === 'custom' && granted.delete,
        updateable: object.updateable && granted.edit
    };
}

export function describeGlobal(store: Store, access: CallerAccess, apiVersion: string): unknown {
    const sobjects = [...store.schema.objects.values()]
        .filter((object) => access.canReadObject(object.name))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((object) => ({
            ...objectFlags(access, object),
            keyPrefix: store.keyPrefixes.get(object.name.toLowerCase()) ?? null,
            urls: urls(apiVersion, object)
        }));
    return { encoding: 'UTF-8', maxBatchSize: 200, sobjects };
}

/** Standard objects whose name field is not `Name` (Object Reference: Case's is CaseNumber). */
const STANDARD_NAME_FIELDS: Readonly<Record<string, string>> = { Case: 'CaseNumber' };

/** A standard field's label from its API name, as the platform words them: `CreatedById` → `Created By ID`. */
function standardFieldLabel(name: string): string {
    if (name === 'Id') {
        return 'Record ID';
    }
    if (name === 'IsDeleted') {
        return 'Deleted';
    }
    return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/ Id$|^Id$/, (id) => id.replace('Id', 'ID'));
}

function describeField(object: StoredObject, field: StoredField, access: CallerAccess): Record<string, unknown> {
    const definition = field.definition;
    const isText = [
        'string',
        'textarea',
        'email',
        'phone',
        'url',
        'picklist',
        'multipicklist',
        'id',
        'reference',
        'encryptedstring'
    ].includes(field.describeType);
    const numeric = ['double', 'currency', 'percent', 'int'].includes(field.describeType);
    const fieldAccess = access.fieldAccess(object, field);
    const granted = access.objectAccess(object.name);
    const isName = field.name === (STANDARD_NAME_FIELDS[object.name] ?? 'Name');
    const path = parentPath(field);
    return {
        aggregatable: field.describeType !== 'textarea',
        autoNumber: field.isAutoNumber,
        byteLength: isText ? field.length * 3 : 0,
        calculated: field.isFormula || field.isSummary,
        calculatedFormula: definition.formula ?? null,
        cascadeDelete: field.isMasterDetail,
        caseSensitive: definition.caseSensitive === true,
        createable: field.createable && fieldAccess.editable && granted.create,
        custom: !definition.isStandard,
        defaultValue: null,
        defaultValueFormula: definition.defaultValue ?? null,
        defaultedOnCreate:
            definition.defaultValue !== undefined ||
            field.isSystem ||
            field.name === 'OwnerId' ||
            field.describeType === 'boolean',
        dependentPicklist: false,
        externalId: definition.externalId === true,
        filterable: field.describeType !== 'textarea',
        groupable: !['textarea', 'double', 'currency', 'percent', 'datetime'].includes(field.describeType),
        htmlFormatted: definition.type === 'Html',
        idLookup: field.name === 'Id' || definition.externalId === true || (definition.unique === true && isText),
        inlineHelpText: definition.inlineHelpText ?? null,
        label: definition.label ?? (definition.isStandard ? standardFieldLabel(field.name) : field.name),
        length: isText ? field.length : 0,
        name: field.name,
        nameField: isName,
        namePointing: (definition.referenceTo?.length ?? 0) > 1,
        nillable: field.nillable,
        permissionable: !definition.isStandard && !field.required && !field.isMasterDetail,
        picklistValues: (definition.picklistValues ?? []).map((value, index) => ({
            active: true,
            defaultValue: value === field.picklistDefault,
            label: definition.picklistLabels?.[index] ?? value,
            validFor: null,
            value
        })),
        polymorphicForeignKey: (definition.referenceTo?.length ?? 0) > 1,
        precision: numeric ? (definition.precision ?? 18) : 0,
        referenceTargetField: null,
        referenceTo: definition.referenceTo ?? [],
        relationshipName: path ?? null,
        relationshipOrder: field.isMasterDetail ? 0 : null,
        restrictedPicklist: definition.restrictedPicklist === true,
        scale: numeric ? (definition.scale ?? 0) : 0,
        soapType: SOAP_TYPES[field.describeType] ?? 'xsd:string',
        sortable: field.describeType !== 'textarea' && field.describeType !== 'multipicklist',
        type: field.describeType,
        unique: definition.unique === true,
        updateable: field.updateable && fieldAccess.editable && granted.edit,
        writeRequiresMasterRead: definition.writeRequiresMasterRead === true
    };
}

export function describeSObject(store: Store, access: CallerAccess, object: StoredObject, apiVersion: string): unknown {
    const fields = object.fields
        .filter((field) => access.fieldAccess(object, field).readable)
        .map((field) => describeField(object, field, access));
    const childRelationships: unknown[] = [];
    for (const child of store.schema.objects.values()) {
        if (!access.canReadObject(child.name)) {
            continue;
        }
        for (const field of child.fields) {
            const targets = field.definition.referenceTo ?? [];
            if (
                field.describeType !== 'reference' ||
                !targets.some((target) => target.toLowerCase() === object.name.toLowerCase())
            ) {
                continue;
            }
            const relationshipName = field.definition.isStandard
                ? child.kind === 'history'
                    ? 'Histories'
                    : child.kind === 'share'
                      ? 'Shares'
                      : null
                : field.definition.relationshipName
                  ? `${field.definition.relationshipName}__r`
                  : null;
            childRelationships.push({
                cascadeDelete: field.isMasterDetail,
                childSObject: child.name,
                deprecatedAndHidden: false,
                field: field.name,
                junctionIdListNames: [],
                junctionReferenceTo: [],
                relationshipName,
                restrictedDelete: field.definition.deleteConstraint === 'Restrict'
            });
        }
    }
    const base = `/services/data/v${apiVersion}/sobjects/${object.name}`;
    return {
        ...objectFlags(access, object),
        keyPrefix: store.keyPrefixes.get(object.name.toLowerCase()) ?? null,
        childRelationships,
        fields,
        recordTypeInfos: [],
        supportedScopes: [{ label: 'All', name: 'everything' }],
        urls: {
            ...urls(apiVersion, object),
            compactLayouts: `${base}/describe/compactLayouts`,
            layouts: `${base}/describe/layouts`,
            quickActions: `${base}/quickActions`
        }
    };
}
