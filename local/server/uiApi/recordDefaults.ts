import type { SObjectRecord } from '../../formulas';
import { SalesforceError } from '../../org/salesforceError';
import { jsonResponse, notFound, type ApiRequest, type ApiResponse } from '../apiExchange';
import { soqlString } from '../restRoutes';
import type { CallerSchema, DescribedObject } from './callerSchema';
import { userFormat } from './displayValues';
import {
    addFieldPath,
    addWithParent,
    emptySelection,
    fieldSpecs,
    soqlFields,
    type FieldSelection
} from './fieldSelection';
import { fieldsShown, recordLayout } from './layouts';
import { eTagOf } from './metadataIds';
import { objectInfo } from './objectInfo';
import type { PackageUi } from './packageUi';
import { checkMasterRecordType, MASTER_RECORD_TYPE_ID, recordFields, type FieldValue } from './recordRepresentation';
import { illegalParameter } from './uiApiErrors';

/**
 * The values a new record starts with, for a form that creates one (User Interface API Developer
 * Guide, "Get Default Values to Create a Record", "Record Defaults", "Get Default Values to Create a
 * Record—Lightweight", "Record Defaults Template Create", "Record Template Create"):
 * - `GET record-defaults/create/{objectApiName}?formFactor=&optionalFields=&recordTypeId=`:
 *   `{ layout, objectInfos, record }`, the object's layout in Create mode, the Object Info of the
 *   object and of the objects its lookups point to, and the new record with the fields of that
 *   layout and the optional fields;
 * - `GET record-defaults/template/create/{objectApiName}?optionalFields=&recordTypeId=`:
 *   `{ objectInfos, record: { apiName, fields, recordTypeId } }`, the optional fields only.
 * The values are the org's own (OrgData's createDefaults: default value formulas evaluated as the
 * caller, picklist defaults, the caller as owner), so a form suggests exactly what a create without
 * those fields would store. An optional field the caller cannot read is left out.
 */

/** The layout sizes the guide names; the local org has one layout for all of them. */
const FORM_FACTORS = ['Large', 'Medium', 'Small'];

interface NewRecord {
    apiName: string;
    fields: Record<string, FieldValue>;
    recordTypeId: string;
}

function checkFormFactor(query: URLSearchParams): void {
    const formFactor = query.get('formFactor');
    if (formFactor !== null && !FORM_FACTORS.includes(formFactor)) {
        throw illegalParameter(`formFactor ${formFactor} is not one of ${FORM_FACTORS.join(', ')}.`);
    }
}

/** The caller may create the object, or there are no defaults to give them. */
function checkCreateable(object: DescribedObject): void {
    if (!object.createable) {
        throw new SalesforceError(
            403,
            'INSUFFICIENT_ACCESS_OR_READONLY',
            `You cannot create ${object.labelPlural} (${object.name}), so there are no values to create one with.`
        );
    }
}

/** The optional fields of this object the caller can read; the rest are left out, as the guide says. */
function addOptionalFields(schema: CallerSchema, selection: FieldSelection, query: URLSearchParams): void {
    const objectName = selection.object.name.toLowerCase();
    for (const spec of fieldSpecs(query, 'optionalFields')) {
        if (spec.objectName.toLowerCase() === objectName) {
            addFieldPath(schema, selection, spec.path);
        }
    }
}

/**
 * The new record's values for the selection: each field's default, and for a lookup with a default
 * (the owner) its record, read as the caller with the fields asked of it.
 */
function newRecord(schema: CallerSchema, selection: FieldSelection, defaults: Record<string, unknown>): NewRecord {
    const values: SObjectRecord = {};
    for (const name of selection.fields.keys()) {
        values[name] = defaults[name] ?? null;
    }
    for (const [relationshipName, parent] of selection.parents) {
        const id = defaults[parent.reference.name];
        values[relationshipName] = null;
        if (typeof id === 'string') {
            const soql = `SELECT ${soqlFields(schema, parent.selection).join(', ')} FROM ${parent.selection.object.name} WHERE Id = ${soqlString(id)}`;
            values[relationshipName] = schema.org.query(schema.caller, soql).records[0] ?? null;
        }
    }
    const format = userFormat(schema.org, schema.caller);
    return {
        apiName: selection.object.name,
        fields: recordFields(schema, values, selection, format),
        recordTypeId: MASTER_RECORD_TYPE_ID
    };
}

/** The Object Info of the object, then of each object its selected lookups point to that the caller reads. */
function objectInfos(schema: CallerSchema, ui: PackageUi, selection: FieldSelection): Record<string, unknown> {
    const objects = new Map<string, DescribedObject>([[selection.object.name, selection.object]]);
    for (const field of selection.fields.values()) {
        for (const target of field.referenceTo) {
            const described = schema.find(target);
            if (described && !objects.has(described.name)) {
                objects.set(described.name, described);
            }
        }
    }
    return Object.fromEntries([...objects.values()].map((object) => [object.name, objectInfo(schema, ui, object)]));
}

/** `record-defaults/create/{objectApiName}`: the Create layout, the Object Infos and the new record. */
function createDefaults(request: ApiRequest, schema: CallerSchema, ui: PackageUi, objectApiName: string): ApiResponse {
    checkFormFactor(request.query);
    const object = schema.object(objectApiName);
    checkMasterRecordType(object.name, request.query.get('recordTypeId') ?? MASTER_RECORD_TYPE_ID);
    checkCreateable(object);
    const defaults = schema.org.createDefaults(schema.caller, object.name);
    const layout = recordLayout(ui, schema, object, 'Create');
    const selection = emptySelection(object);
    for (const name of fieldsShown(layout)) {
        const field = schema.field(object, name);
        if (field) {
            addWithParent(schema, selection, field);
        }
    }
    addOptionalFields(schema, selection, request.query);
    const { apiName, fields, recordTypeId } = newRecord(schema, selection, defaults);
    const record = {
        apiName,
        childRelationships: {},
        eTag: eTagOf({ apiName, fields }),
        fields,
        // Not saved yet: no ID, no one has modified it.
        id: null,
        lastModifiedById: null,
        lastModifiedDate: null,
        recordTypeId,
        recordTypeInfo: null,
        systemModstamp: null,
        weakEtag: 0
    };
    return jsonResponse(200, { layout, objectInfos: objectInfos(schema, ui, selection), record });
}

/** `record-defaults/template/create/{objectApiName}`: the optional fields' defaults, without a layout. */
function templateDefaults(
    request: ApiRequest,
    schema: CallerSchema,
    ui: PackageUi,
    objectApiName: string
): ApiResponse {
    const object = schema.object(objectApiName);
    checkMasterRecordType(object.name, request.query.get('recordTypeId') ?? MASTER_RECORD_TYPE_ID);
    checkCreateable(object);
    const defaults = schema.org.createDefaults(schema.caller, object.name);
    const selection = emptySelection(object);
    addOptionalFields(schema, selection, request.query);
    return jsonResponse(200, {
        objectInfos: objectInfos(schema, ui, selection),
        record: newRecord(schema, selection, defaults)
    });
}

/** Everything under `ui-api/record-defaults` (GET only, checked by the caller). */
export function recordDefaultsRoute(
    request: ApiRequest,
    schema: CallerSchema,
    ui: PackageUi,
    rest: string[]
): ApiResponse {
    if (rest.length === 2 && rest[0] === 'create') {
        return createDefaults(request, schema, ui, rest[1]);
    }
    if (rest.length === 3 && rest[0] === 'template' && rest[1] === 'create') {
        return templateDefaults(request, schema, ui, rest[2]);
    }
    throw notFound();
}
