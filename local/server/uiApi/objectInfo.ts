import { SalesforceError } from '../../org/salesforceError';
import { jsonResponse, type ApiResponse } from '../apiExchange';
import { requiredOnSave, type CallerSchema, type DescribedField, type DescribedObject } from './callerSchema';
import { eTagOf } from './metadataIds';
import type { PackageUi } from './packageUi';
import { MASTER_RECORD_TYPE_ID } from './recordRepresentation';

/**
 * `GET ui-api/object-info/{objectApiName}` and `…/object-info/batch/{a,b}`: Object Info (User
 * Interface API Developer Guide, "Object Info", "Field", "Child Relationship", "Record Type Info",
 * "Reference To Info", "Theme Info"), built from the caller's describe: fields they cannot read are
 * absent, createable / updateable / deletable are theirs.
 */

/** The describe types as the UI API names them (guide, "Field": dataType). */
const DATA_TYPES: Readonly<Record<string, string>> = {
    id: 'String',
    string: 'String',
    textarea: 'TextArea',
    picklist: 'Picklist',
    multipicklist: 'MultiPicklist',
    combobox: 'ComboBox',
    reference: 'Reference',
    boolean: 'Boolean',
    double: 'Double',
    int: 'Int',
    long: 'Long',
    currency: 'Currency',
    percent: 'Percent',
    date: 'Date',
    datetime: 'DateTime',
    time: 'Time',
    email: 'Email',
    phone: 'Phone',
    url: 'Url',
    encryptedstring: 'EncryptedString',
    base64: 'Base64',
    address: 'Address',
    location: 'Location',
    anyType: 'Anytype'
};

/** The record types of an object without any: the master alone (guide, "Record Type Info"). */
const MASTER_RECORD_TYPE_INFOS = {
    [MASTER_RECORD_TYPE_ID]: {
        available: true,
        defaultRecordTypeMapping: true,
        master: true,
        name: 'Master',
        recordTypeId: MASTER_RECORD_TYPE_ID
    }
};

/** `Custom18: Form` → the tab style's icon, where Lightning Experience serves it. */
export function motifIconUrl(motif: string | undefined): string | null {
    const style = /^Custom(\d+):/.exec(motif ?? '');
    return style ? `/img/icon/t4v35/custom/custom${style[1]}_120.png` : null;
}

function fieldInfo(schema: CallerSchema, field: DescribedField): Record<string, unknown> {
    const dataType = DATA_TYPES[field.type];
    if (!dataType) {
        throw new Error(`The describe type ${field.type} of ${field.name} has no UI API data type.`);
    }
    const textArea = field.type === 'textarea';
    return {
        apiName: field.name,
        calculated: field.calculated,
        compound: false,
        compoundComponentName: null,
        compoundFieldName: null,
        controllerName: null,
        controllingFields: [],
        createable: field.createable,
        custom: field.custom,
        dataType,
        externalId: field.externalId,
        extraTypeInfo: textArea ? (field.htmlFormatted ? 'RichTextArea' : 'PlainTextArea') : null,
        filterable: field.filterable,
        filteredLookupInfo: null,
        highScaleNumber: false,
        htmlFormatted: field.htmlFormatted,
        inlineHelpText: field.inlineHelpText,
        label: field.label,
        length: field.length,
        maskType: null,
        nameField: field.nameField,
        polymorphicForeignKey: field.polymorphicForeignKey,
        precision: field.precision,
        reference: field.type === 'reference',
        referenceTargetField: null,
        referenceToInfos: field.referenceTo.map((apiName) => {
            const target = schema.find(apiName);
            return {
                apiName,
                nameFields: target
                    ? target.fields.filter((candidate) => candidate.nameField).map((name) => name.name)
                    : []
            };
        }),
        relationshipName: field.relationshipName,
        required: requiredOnSave(field),
        scale: field.scale,
        searchPrefilterable: false,
        sortable: field.sortable,
        unique: field.unique,
        updateable: field.updateable
    };
}

/** The Object Info of an object as the caller sees it. */
export function objectInfo(schema: CallerSchema, ui: PackageUi, object: DescribedObject): Record<string, unknown> {
    const tab = ui.tabs.get(object.name.toLowerCase());
    const fields = Object.fromEntries(object.fields.map((field) => [field.name, fieldInfo(schema, field)]));
    const representation = {
        apiName: object.name,
        associateEntityType: null,
        associateParentEntity: null,
        childRelationships: object.childRelationships
            .filter((relationship) => relationship.relationshipName !== null)
            .map((relationship) => ({
                childObjectApiName: relationship.childSObject,
                fieldName: relationship.field,
                junctionIdListNames: relationship.junctionIdListNames,
                junctionReferenceTo: relationship.junctionReferenceTo,
                relationshipName: relationship.relationshipName
            })),
        compactLayoutable: object.layoutable,
        createable: object.createable,
        custom: object.custom,
        defaultRecordTypeId: MASTER_RECORD_TYPE_ID,
        deletable: object.deletable,
        dependentFields: {},
        feedEnabled: object.feedEnabled,
        fields,
        keyPrefix: object.keyPrefix,
        label: object.label,
        labelPlural: object.labelPlural,
        layoutable: object.layoutable,
        mruEnabled: object.mruEnabled,
        nameFields: object.fields.filter((field) => field.nameField).map((field) => field.name),
        queryable: object.queryable,
        recordTypeInfos: MASTER_RECORD_TYPE_INFOS,
        searchLayoutable: object.searchable,
        searchable: object.searchable,
        // The tab style's colour is not in the metadata (the motif names only the icon).
        themeInfo: tab ? { color: null, iconUrl: motifIconUrl(tab.motif) } : null,
        updateable: object.updateable
    };
    return { eTag: eTagOf(representation), ...representation };
}

/** `GET ui-api/object-info/batch/{a,b}`: `{ results: [{ result, statusCode }] }`, a failure per object it concerns. */
export function objectInfoBatch(schema: CallerSchema, ui: PackageUi, names: string[]): ApiResponse {
    const results = names.map((name) => {
        try {
            return { result: objectInfo(schema, ui, schema.object(name)), statusCode: 200 };
        } catch (error) {
            if (!(error instanceof SalesforceError)) {
                throw error;
            }
            return { result: [{ errorCode: error.errorCode, message: error.message }], statusCode: error.status };
        }
    });
    return jsonResponse(200, { results });
}
