import type { SObjectRecord } from '../../formulas';
import { toId18 } from '../../ids/salesforceIds';
import { SalesforceError } from '../../org/salesforceError';
import {
    jsonObjectBody,
    jsonResponse,
    methodNotAllowed,
    NO_CONTENT,
    notFound,
    type ApiRequest,
    type ApiResponse
} from '../apiExchange';
import { soqlString } from '../restRoutes';
import { invalidField, type CallerSchema, type DescribedObject } from './callerSchema';
import { userFormat, type UserFormat } from './displayValues';
import {
    addFieldPath,
    addWithParent,
    emptySelection,
    fieldSpecs,
    soqlFields,
    type FieldSelection,
    type FieldSpec
} from './fieldSelection';
import { layoutFields } from './layouts';
import type { PackageUi } from './packageUi';
import { recordRepresentation, type RecordRepresentation } from './recordRepresentation';
import { illegalParameter, invalidInput, recordSaveError } from './uiApiErrors';

/**
 * The record resources (User Interface API Developer Guide, "Get a Record", "Get a Batch of
 * Records", "Create or Clone a Record", "Update a Record", "Delete a Record"):
 * - `GET records/{id}?fields=&optionalFields=&layoutTypes=`: a field in `fields` the caller cannot
 *   read, or that does not exist, is an INVALID_FIELD error; in `optionalFields` it is left out;
 * - `GET records/batch/{id,id}`: `{ results: [{ statusCode, result }] }`, each record on its own;
 * - `POST records` `{ apiName, fields }` → 201, `PATCH records/{id}` `{ fields }` → 200, both with the
 *   saved record (the fields of its layout); a refused save is an Error with Output (uiApiErrors);
 * - `DELETE records/{id}` → 204.
 * Reads are SOQL queries as the caller and saves go through OrgData, so sharing, field-level
 * security, validation rules, formulas and roll-ups are the org's own.
 */

interface RecordRequest {
    fields: FieldSpec[];
    optionalFields: FieldSpec[];
    layoutTypes: string[];
}

type Outcome = { statusCode: number; result: RecordRepresentation } | { statusCode: number; error: SalesforceError };

function recordRequest(query: URLSearchParams): RecordRequest {
    for (const parameter of ['childRelationships', 'forms']) {
        if (query.has(parameter)) {
            throw illegalParameter(`The local org does not serve the ${parameter} parameter of the record resources.`);
        }
    }
    const layoutTypes = query
        .getAll('layoutTypes')
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => value !== '');
    for (const layoutType of layoutTypes) {
        if (!['full', 'compact'].includes(layoutType.toLowerCase())) {
            throw illegalParameter(`layoutTypes ${layoutType} is not Full or Compact.`);
        }
    }
    const request = {
        fields: fieldSpecs(query, 'fields'),
        optionalFields: fieldSpecs(query, 'optionalFields'),
        layoutTypes
    };
    if (request.fields.length + request.optionalFields.length + layoutTypes.length === 0) {
        throw illegalParameter('Either fields, optionalFields or layoutTypes is required.');
    }
    return request;
}

/**
 * The selection a request makes on one object. `strict` (one record): a `fields` entry of another
 * object is refused; in a batch it applies to that object's records only.
 */
function selectionFor(
    schema: CallerSchema,
    ui: PackageUi,
    object: DescribedObject,
    request: RecordRequest,
    strict: boolean
): FieldSelection {
    const selection = emptySelection(object);
    const ofObject = (spec: FieldSpec): boolean => spec.objectName.toLowerCase() === object.name.toLowerCase();
    for (const spec of request.fields) {
        if (!ofObject(spec)) {
            if (strict) {
                throw invalidField(spec.text, object.name);
            }
            continue;
        }
        const refusal = addFieldPath(schema, selection, spec.path);
        if (refusal) {
            throw refusal;
        }
    }
    for (const spec of request.optionalFields.filter(ofObject)) {
        addFieldPath(schema, selection, spec.path);
    }
    for (const layoutType of request.layoutTypes) {
        const fields =
            layoutType.toLowerCase() === 'full'
                ? layoutFields(ui, schema, object)
                : object.fields.filter((field) => field.nameField);
        fields.forEach((field) => addWithParent(schema, selection, field));
    }
    return selection;
}

/** The records with these IDs the caller can see, by 18-character ID. */
function readRecords(
    schema: CallerSchema,
    object: DescribedObject,
    ids: string[],
    selection: FieldSelection
): Map<string, SObjectRecord> {
    const soql = `SELECT ${soqlFields(schema, selection).join(', ')} FROM ${object.name} WHERE Id IN (${ids.map(soqlString).join(', ')})`;
    const records = schema.org.query(schema.caller, soql).records;
    return new Map(records.map((record) => [String(record.Id), record]));
}

/** One outcome per requested ID, in order; the records of one object are read in one query. */
function readOutcomes(
    schema: CallerSchema,
    ui: PackageUi,
    ids: string[],
    request: RecordRequest,
    strict: boolean
): Outcome[] {
    const outcomes: Outcome[] = [];
    const byObject = new Map<DescribedObject, { index: number; id: string }[]>();
    ids.forEach((id, index) => {
        try {
            const object = schema.objectOfRecord(id);
            const id18 = toId18(id) as string;
            byObject.set(object, [...(byObject.get(object) ?? []), { index, id: id18 }]);
        } catch (error) {
            if (!(error instanceof SalesforceError)) {
                throw error;
            }
            outcomes[index] = { statusCode: error.status, error };
        }
    });
    let format: UserFormat | undefined;
    for (const [object, wanted] of byObject) {
        try {
            const selection = selectionFor(schema, ui, object, request, strict);
            const records = readRecords(
                schema,
                object,
                wanted.map((entry) => entry.id),
                selection
            );
            format ??= userFormat(schema.org, schema.caller);
            for (const { index, id } of wanted) {
                const record = records.get(id);
                outcomes[index] = record
                    ? { statusCode: 200, result: recordRepresentation(schema, record, selection, format) }
                    : { statusCode: 404, error: notFound() };
            }
        } catch (error) {
            if (!(error instanceof SalesforceError)) {
                throw error;
            }
            wanted.forEach(({ index }) => (outcomes[index] = { statusCode: error.status, error }));
        }
    }
    return outcomes;
}

/** The record as it is after a save: the fields of its layout the caller reads, lookups with their records. */
function savedRecord(schema: CallerSchema, ui: PackageUi, object: DescribedObject, id: string): RecordRepresentation {
    const selection = emptySelection(object);
    layoutFields(ui, schema, object).forEach((field) => addWithParent(schema, selection, field));
    const format = userFormat(schema.org, schema.caller);
    const record = readRecords(schema, object, [id], selection).get(id);
    // A record saved where the caller cannot then read it (an owner change) answers with its ID alone.
    return record
        ? recordRepresentation(schema, record, selection, format)
        : recordRepresentation(schema, { attributes: { type: object.name }, Id: id }, emptySelection(object), format);
}

function isFieldValues(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Runs a save in one transaction; a refusal becomes the Error with Output of a record save. */
function save(schema: CallerSchema, object: DescribedObject, work: () => string): string | ApiResponse {
    try {
        return schema.org.transaction(work);
    } catch (error) {
        if (!(error instanceof SalesforceError)) {
            throw error;
        }
        return recordSaveError(error, (name) => schema.field(object, name)?.label ?? null);
    }
}

function createRecord(request: ApiRequest, schema: CallerSchema, ui: PackageUi): ApiResponse {
    const body = jsonObjectBody(request);
    if (typeof body.apiName !== 'string' || body.apiName === '') {
        throw invalidInput('A record to create needs apiName: the API name of its object.');
    }
    if (!isFieldValues(body.fields)) {
        throw invalidInput('fields must be an object of field values.');
    }
    const object = schema.object(body.apiName);
    const fields = body.fields;
    const saved = save(schema, object, () => schema.org.create(schema.caller, object.name, fields));
    return typeof saved === 'string' ? jsonResponse(201, savedRecord(schema, ui, object, saved)) : saved;
}

function updateRecord(request: ApiRequest, schema: CallerSchema, ui: PackageUi, id: string): ApiResponse {
    const object = schema.objectOfRecord(id);
    const id18 = toId18(id) as string;
    const body = jsonObjectBody(request);
    if (typeof body.apiName === 'string' && body.apiName.toLowerCase() !== object.name.toLowerCase()) {
        throw invalidInput(`apiName ${body.apiName} is not the object of record ${id} (${object.name}).`);
    }
    if (!isFieldValues(body.fields)) {
        throw invalidInput('fields must be an object of field values.');
    }
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(body.fields)) {
        if (name.toLowerCase() !== 'id') {
            values[name] = value;
        } else if (typeof value !== 'string' || toId18(value) !== id18) {
            throw invalidInput(`fields.Id ${String(value)} is not the record being updated (${id}).`);
        }
    }
    const saved = save(schema, object, () => {
        schema.org.update(schema.caller, object.name, id18, values);
        return id18;
    });
    return typeof saved === 'string' ? jsonResponse(200, savedRecord(schema, ui, object, id18)) : saved;
}

/** Everything under `ui-api/records`. */
export function recordsRoute(request: ApiRequest, schema: CallerSchema, ui: PackageUi, rest: string[]): ApiResponse {
    if (rest.length === 0 && request.method === 'POST') {
        return createRecord(request, schema, ui);
    }
    if (rest.length === 2 && rest[0] === 'batch' && request.method === 'GET') {
        const ids = rest[1].split(',').filter((id) => id !== '');
        const results = readOutcomes(schema, ui, ids, recordRequest(request.query), false).map((outcome) =>
            'result' in outcome
                ? { statusCode: outcome.statusCode, result: outcome.result }
                : {
                      statusCode: outcome.statusCode,
                      result: [{ errorCode: outcome.error.errorCode, message: outcome.error.message }]
                  }
        );
        return jsonResponse(200, { results });
    }
    if (rest.length === 1 && rest[0] !== 'batch') {
        const id = rest[0];
        if (request.method === 'GET') {
            const [outcome] = readOutcomes(schema, ui, [id], recordRequest(request.query), true);
            if ('error' in outcome) {
                throw outcome.error;
            }
            return jsonResponse(200, outcome.result);
        }
        if (request.method === 'PATCH') {
            return updateRecord(request, schema, ui, id);
        }
        if (request.method === 'DELETE') {
            const object = schema.objectOfRecord(id);
            schema.org.transaction(() => schema.org.remove(schema.caller, object.name, id));
            return NO_CONTENT;
        }
    }
    return methodOrPath(request, rest);
}

/** A known path asked with another method is 405, naming the allowed ones; anything else is 404. */
function methodOrPath(request: ApiRequest, rest: string[]): ApiResponse {
    const allowed =
        rest.length === 0
            ? ['POST']
            : rest.length === 2 && rest[0] === 'batch'
              ? ['GET']
              : rest.length === 1 && rest[0] !== 'batch'
                ? ['GET', 'PATCH', 'DELETE']
                : [];
    throw allowed.length === 0 ? notFound() : methodNotAllowed(request.method, allowed);
}
