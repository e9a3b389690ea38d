import type { SObjectRecord } from '../../formulas';
import { SalesforceError } from '../../org/salesforceError';
import type { CallerSchema } from './callerSchema';
import { displayValue, isoDateTime, uiValue, type UserFormat } from './displayValues';
import type { FieldSelection } from './fieldSelection';
import { eTagOf } from './metadataIds';

/**
 * A record as the User Interface API returns it (User Interface API Developer Guide, "Record"),
 * built from the record a SOQL query returned for the caller.
 */

/** The master record type: every record of an object without record types has it (guide, "Object Info"). */
export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

/** A record type ID the object has: only the master one (15 or 18 characters); any other is NOT_FOUND. */
export function checkMasterRecordType(objectName: string, recordTypeId: string): void {
    if (recordTypeId !== MASTER_RECORD_TYPE_ID && recordTypeId !== MASTER_RECORD_TYPE_ID.slice(0, 15)) {
        throw new SalesforceError(
            404,
            'NOT_FOUND',
            `The record type ${recordTypeId} does not exist on ${objectName}: it has only the master record type ${MASTER_RECORD_TYPE_ID}.`
        );
    }
}

export interface FieldValue {
    displayValue: string | null;
    value: unknown;
}

export interface RecordRepresentation {
    apiName: string;
    childRelationships: Record<string, never>;
    eTag: string;
    fields: Record<string, FieldValue>;
    id: string;
    lastModifiedById: string | null;
    lastModifiedDate: string | null;
    recordTypeId: string;
    recordTypeInfo: null;
    systemModstamp: string | null;
    weakEtag: number;
}

function text(value: unknown): string | null {
    return typeof value === 'string' ? value : null;
}

/** The Field Values of the selected fields of a record (keys sorted), parents nested under their relationship names. */
export function recordFields(
    schema: CallerSchema,
    record: SObjectRecord,
    selection: FieldSelection,
    format: UserFormat
): Record<string, FieldValue> {
    const fields: Record<string, FieldValue> = {};
    for (const field of selection.fields.values()) {
        const value = uiValue(field, record[field.name]);
        fields[field.name] = { displayValue: displayValue(field, value, format), value };
    }
    for (const [relationshipName, parent] of selection.parents) {
        const parentRecord = record[relationshipName] as SObjectRecord | null | undefined;
        if (!parentRecord) {
            fields[relationshipName] = { displayValue: null, value: null };
            continue;
        }
        const nameField = schema.nameField(parent.selection.object);
        fields[relationshipName] = {
            // A related record's display value is its name (guide, "Field Value").
            displayValue: nameField ? text(parentRecord[nameField.name]) : null,
            value: recordRepresentation(schema, parentRecord, parent.selection, format)
        };
    }
    return Object.fromEntries(
        Object.keys(fields)
            .sort()
            .map((name) => [name, fields[name]])
    );
}

/** The UI API record of a queried record: the selected fields, parents nested under their relationship names. */
export function recordRepresentation(
    schema: CallerSchema,
    record: SObjectRecord,
    selection: FieldSelection,
    format: UserFormat
): RecordRepresentation {
    const sorted = recordFields(schema, record, selection, format);
    const systemModstamp = text(record.SystemModstamp);
    const lastModifiedDate = text(record.LastModifiedDate);
    const attributes = record.attributes as { type?: string } | undefined;
    const id = String(record.Id);
    return {
        apiName: attributes?.type ?? selection.object.name,
        childRelationships: {},
        eTag: eTagOf({ id, systemModstamp, fields: sorted }),
        fields: sorted,
        id,
        lastModifiedById: text(record.LastModifiedById),
        lastModifiedDate: lastModifiedDate && isoDateTime(lastModifiedDate),
        recordTypeId: MASTER_RECORD_TYPE_ID,
        recordTypeInfo: null,
        systemModstamp: systemModstamp && isoDateTime(systemModstamp),
        weakEtag: systemModstamp ? Date.parse(isoDateTime(systemModstamp)) : 0
    };
}
