import type { ObjectInfo } from 'lightning/uiObjectInfoApi';
import type {
    FieldReference,
    FieldValue,
    FieldValueRepresentation,
    GetRecordConfig,
    GetRecordCreateDefaultsConfig,
    GetRecordsConfig,
    NewRecordRepresentation,
    RecordBatchResults,
    RecordDefaultsRepresentation,
    RecordInput,
    RecordRepresentation
} from 'lightning/uiRecordApi';
import { recordsChanged } from 'preview/recordCache';
import { callOrg } from 'preview/session';
import { UiApiWireAdapter } from 'preview/wireAdapter';

/**
 * lightning/uiRecordApi on the local org's User Interface API resources (LWC Developer Guide,
 * "lightning/uiRecordApi"). Every save goes through the record cache, so each wire showing the
 * saved record, in any component, fetches it again.
 */

/** `Case.Subject` from a field import or a string; an object import is refused, naming it. */
function qualifiedFieldName(field: FieldReference): string {
    if (typeof field === 'string') {
        return field;
    }
    if (!field.fieldApiName) {
        throw new Error(
            `${field.objectApiName} is an object, not a field: import a field, such as @salesforce/schema/${field.objectApiName}.Name`
        );
    }
    return `${field.objectApiName}.${field.fieldApiName}`;
}

function listOf<T>(value: T | T[] | undefined): T[] {
    if (value === undefined) {
        return [];
    }
    return Array.isArray(value) ? value : [value];
}

/** Sorted and without repeats, so components asking for the same fields share one request. */
function fieldNames(fields: FieldReference | FieldReference[] | undefined): string[] {
    return [...new Set(listOf(fields).map(qualifiedFieldName))].sort();
}

/** The UI API takes each list comma-separated (`fields=Case.Status,Case.Subject`). */
function queryOf(parameters: Record<string, string[]>): string {
    const query = new URLSearchParams();
    for (const [name, values] of Object.entries(parameters)) {
        if (values.length > 0) {
            query.set(name, values.join(','));
        }
    }
    return query.toString();
}

function isRecord(value: unknown): value is RecordRepresentation {
    return typeof value === 'object' && value !== null && 'fields' in value && 'apiName' in value;
}

/** The record and every related record nested in it (spanning fields): a change to any makes it stale. */
function recordIdsIn(value: unknown, found: string[] = []): string[] {
    if (Array.isArray(value)) {
        value.forEach((item) => recordIdsIn(item, found));
    } else if (typeof value === 'object' && value !== null) {
        if (isRecord(value) && typeof value.id === 'string') {
            found.push(value.id);
        }
        Object.values(value).forEach((nested) => recordIdsIn(nested, found));
    }
    return found;
}

/** LWC Developer Guide, "getRecord": GET /ui-api/records/{recordId}. */
export class getRecord extends UiApiWireAdapter<GetRecordConfig, RecordRepresentation> {
    protected fetchData(config: GetRecordConfig): Promise<RecordRepresentation> {
        const fields = fieldNames(config.fields);
        const optionalFields = fieldNames(config.optionalFields);
        const layoutTypes = listOf(config.layoutTypes);
        if (fields.length + optionalFields.length + layoutTypes.length === 0) {
            throw new Error(`getRecord for ${config.recordId} needs fields, optionalFields or layoutTypes`);
        }
        const query = queryOf({ fields, optionalFields, layoutTypes, modes: listOf(config.modes) });
        return this.readOrg(`ui-api/records/${encodeURIComponent(config.recordId)}?${query}`);
    }

    protected override recordsRead(config: GetRecordConfig, record: RecordRepresentation | undefined): string[] {
        return [config.recordId, ...recordIdsIn(record)];
    }
}

/**
 * LWC Developer Guide, "getRecords": GET /ui-api/records/batch/{recordIds}, one call per entry of
 * `records` (each has its own fields), the results joined in the order asked.
 */
export class getRecords extends UiApiWireAdapter<GetRecordsConfig, RecordBatchResults> {
    protected async fetchData(config: GetRecordsConfig): Promise<RecordBatchResults> {
        const batches = await Promise.all(
            config.records.map((entry) => {
                if (entry.recordIds.length === 0) {
                    throw new Error('getRecords: each entry of records needs at least one record Id');
                }
                const ids = entry.recordIds.map(encodeURIComponent).join(',');
                const query = queryOf({
                    fields: fieldNames(entry.fields),
                    optionalFields: fieldNames(entry.optionalFields)
                });
                return this.readOrg<Pick<RecordBatchResults, 'results'>>(`ui-api/records/batch/${ids}?${query}`);
            })
        );
        const results = batches.flatMap((batch) => batch.results);
        return { hasErrors: results.some((item) => item.statusCode >= 400), results };
    }

    protected override recordsRead(config: GetRecordsConfig, batch: RecordBatchResults | undefined): string[] {
        return [...config.records.flatMap((entry) => entry.recordIds), ...recordIdsIn(batch)];
    }
}

/**
 * LWC Developer Guide, "getRecordCreateDefaults": GET /ui-api/record-defaults/create/{objectApiName}.
 * The defaults are the org's (its default values, the user as owner) and read no saved record, so
 * saves do not refresh them.
 */
export class getRecordCreateDefaults extends UiApiWireAdapter<
    GetRecordCreateDefaultsConfig,
    RecordDefaultsRepresentation
> {
    protected fetchData(config: GetRecordCreateDefaultsConfig): Promise<RecordDefaultsRepresentation> {
        const object =
            typeof config.objectApiName === 'string' ? config.objectApiName : config.objectApiName.objectApiName;
        const query = queryOf({
            formFactor: listOf(config.formFactor),
            recordTypeId: listOf(config.recordTypeId),
            optionalFields: fieldNames(config.optionalFields)
        });
        const resource = `ui-api/record-defaults/create/${encodeURIComponent(object)}`;
        return this.readOrg(query === '' ? resource : `${resource}?${query}`);
    }
}

/** LWC Developer Guide, "createRecord(recordInput)": POST /ui-api/records. */
export async function createRecord(recordInput: RecordInput): Promise<RecordRepresentation> {
    const record = await callOrg<RecordRepresentation>('ui-api/records', { method: 'POST', body: recordInput });
    await recordsChanged([record.id]);
    return record;
}

/**
 * LWC Developer Guide, "updateRecord(recordInput, clientOptions)": PATCH /ui-api/records/{Id} with
 * the other fields; `ifUnmodifiedSince` becomes the If-Unmodified-Since header, so a record changed
 * since it was read is refused rather than overwritten.
 */
export async function updateRecord(
    recordInput: RecordInput,
    clientOptions: { ifUnmodifiedSince?: string } = {}
): Promise<RecordRepresentation> {
    const { Id: recordId, ...fields } = recordInput.fields;
    if (typeof recordId !== 'string' || recordId === '') {
        throw new Error(`updateRecord needs fields.Id, the record to update; got fields ${JSON.stringify(fields)}`);
    }
    const { allowSaveOnDuplicate } = recordInput;
    const record = await callOrg<RecordRepresentation>(`ui-api/records/${encodeURIComponent(recordId)}`, {
        method: 'PATCH',
        body: allowSaveOnDuplicate === undefined ? { fields } : { allowSaveOnDuplicate, fields },
        headers: clientOptions.ifUnmodifiedSince ? { 'If-Unmodified-Since': clientOptions.ifUnmodifiedSince } : {}
    });
    await recordsChanged([recordId]);
    return record;
}

/**
 * LWC Developer Guide, "deleteRecord(recordId)": DELETE /ui-api/records/{recordId}. A wire still
 * showing the record then gets its 404, as the guide says.
 */
export async function deleteRecord(recordId: string): Promise<void> {
    await callOrg<void>(`ui-api/records/${encodeURIComponent(recordId)}`, { method: 'DELETE' });
    await recordsChanged([recordId]);
}

/** LWC Developer Guide, "notifyRecordUpdateAvailable(recordIds)": resolves once every affected wire has new data. */
export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void> {
    return recordsChanged(items.map((item) => item.recordId));
}

/**
 * The field at a path such as `Case.Owner.Name` (the first name is the record's object): undefined
 * when the record lacks a field on the way, null when a lookup on the way is blank.
 */
function fieldAt(
    record: RecordRepresentation | NewRecordRepresentation | null | undefined,
    field: FieldReference
): FieldValueRepresentation | null | undefined {
    const path = qualifiedFieldName(field).split('.').slice(1);
    let holder: Pick<RecordRepresentation, 'fields'> | null | undefined = record ?? undefined;
    for (const [depth, name] of path.entries()) {
        if (!holder) {
            return holder;
        }
        const found: FieldValueRepresentation | undefined = holder.fields[name];
        if (found === undefined || depth === path.length - 1) {
            return found;
        }
        holder = found.value === null ? null : isRecord(found.value) ? found.value : undefined;
    }
    return undefined;
}

/** LWC Developer Guide, "getFieldValue(record, field)": the raw value; spanning fields supported. */
export function getFieldValue(
    record: RecordRepresentation | NewRecordRepresentation | null | undefined,
    field: FieldReference
): FieldValue | undefined {
    const found = fieldAt(record, field);
    return found ? found.value : found;
}

/** LWC Developer Guide, "getFieldDisplayValue(record, field)": the formatted value. */
export function getFieldDisplayValue(
    record: RecordRepresentation | NewRecordRepresentation | null | undefined,
    field: FieldReference
): string | null | undefined {
    const found = fieldAt(record, field);
    return found ? found.displayValue : found;
}

/** The record's values that are not nested records, kept when `keep` says so. */
function plainFields(record: RecordRepresentation, keep: (name: string) => boolean): Record<string, unknown> {
    return Object.fromEntries(
        Object.entries(record.fields)
            .filter(([name, field]) => name !== 'Id' && !isRecord(field.value) && keep(name))
            .map(([name, field]) => [name, field.value])
    );
}

/** LWC Developer Guide, "generateRecordInputForCreate(record, objectInfo)": only createable fields when objectInfo is given. */
export function generateRecordInputForCreate(record: RecordRepresentation, objectInfo?: ObjectInfo): RecordInput {
    const fields = plainFields(record, (name) => !objectInfo || objectInfo.fields[name]?.createable === true);
    return { apiName: record.apiName, fields };
}

/** LWC Developer Guide, "generateRecordInputForUpdate(record, objectInfo)": only updateable fields, and Id. */
export function generateRecordInputForUpdate(record: RecordRepresentation, objectInfo?: ObjectInfo): RecordInput {
    const fields = plainFields(record, (name) => !objectInfo || objectInfo.fields[name]?.updateable === true);
    return { fields: { ...fields, Id: record.id } };
}

/** LWC Developer Guide, "createRecordInputFilteredByEditedFields": the fields changed from the original, and Id. */
export function createRecordInputFilteredByEditedFields(
    recordInput: RecordInput,
    originalRecord: RecordRepresentation
): RecordInput {
    const fields = Object.fromEntries(
        Object.entries(recordInput.fields).filter(
            ([name, value]) => name === 'Id' || originalRecord.fields[name]?.value !== value
        )
    );
    return { ...recordInput, fields };
}
