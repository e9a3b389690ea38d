import { jsonResponse, type ApiResponse } from '../apiExchange';
import { invalidField, type CallerSchema, type DescribedField, type DescribedObject } from './callerSchema';
import { eTagOf } from './metadataIds';
import { checkMasterRecordType, MASTER_RECORD_TYPE_ID } from './recordRepresentation';

/**
 * `GET ui-api/object-info/{objectApiName}/picklist-values/{recordTypeId}[/{fieldApiName}]`: the
 * values of the object's picklists for a record type (User Interface API Developer Guide,
 * "Picklist Values Collection", "Picklist Values", "Picklist Value"). The package has no record
 * types and no dependent picklists, so every value of the master record type applies, with no
 * controller values.
 */

interface PicklistValue {
    attributes: null;
    label: string;
    validFor: number[];
    value: string;
}

function isPicklist(field: DescribedField): boolean {
    return field.type === 'picklist' || field.type === 'multipicklist';
}

function picklistValues(apiVersion: string, object: DescribedObject, field: DescribedField): Record<string, unknown> {
    const values: PicklistValue[] = field.picklistValues
        .filter((entry) => entry.active)
        .map((entry) => ({ attributes: null, label: entry.label, validFor: [], value: entry.value }));
    const preset = field.picklistValues.find((entry) => entry.active && entry.defaultValue);
    const representation = {
        controllerValues: {},
        defaultValue: preset ? (values.find((value) => value.value === preset.value) ?? null) : null,
        url: `/services/data/v${apiVersion}/ui-api/object-info/${object.name}/picklist-values/${MASTER_RECORD_TYPE_ID}/${field.name}`,
        values
    };
    return { eTag: eTagOf(representation), ...representation };
}

export function picklistValuesRoute(
    version: string,
    schema: CallerSchema,
    objectApiName: string,
    recordTypeId: string,
    fieldApiName: string | undefined
): ApiResponse {
    const object = schema.object(objectApiName);
    checkMasterRecordType(object.name, recordTypeId);
    if (fieldApiName !== undefined) {
        const field = schema.field(object, fieldApiName);
        if (!field || !isPicklist(field)) {
            throw invalidField(fieldApiName, object.name);
        }
        return jsonResponse(200, picklistValues(version, object, field));
    }
    const picklistFieldValues = Object.fromEntries(
        object.fields.filter(isPicklist).map((field) => [field.name, picklistValues(version, object, field)])
    );
    return jsonResponse(200, { eTag: eTagOf(picklistFieldValues), picklistFieldValues });
}
