import type {
    ObjectInfo,
    ObjectInfoBatchResults,
    ObjectInfoConfig,
    ObjectInfosConfig,
    ObjectReference,
    PicklistValues,
    PicklistValuesByRecordTypeConfig,
    PicklistValuesCollection,
    PicklistValuesConfig
} from 'lightning/uiObjectInfoApi';
import { UiApiWireAdapter } from 'preview/wireAdapter';

/**
 * lightning/uiObjectInfoApi on the local org's User Interface API resources (LWC Developer Guide,
 * "lightning/uiObjectInfoApi"). Metadata, not records: these wires read no record, so saves do not
 * refresh them.
 */

function objectName(object: ObjectReference): string {
    return encodeURIComponent(typeof object === 'string' ? object : object.objectApiName);
}

/** `Case.Status` or a field import → the object and the field; a spanning path is refused, naming it. */
function objectAndField(field: PicklistValuesConfig['fieldApiName']): [string, string] {
    const [object, ...path] =
        typeof field === 'string' ? field.split('.') : [field.objectApiName, field.fieldApiName ?? ''];
    if (path.length !== 1 || path[0] === '') {
        const named = typeof field === 'string' ? field : JSON.stringify(field);
        throw new Error(`getPicklistValues needs a field of the object itself, as Object.Field; got ${named}`);
    }
    return [encodeURIComponent(object), encodeURIComponent(path[0])];
}

/** LWC Developer Guide, "getObjectInfo": GET /ui-api/object-info/{objectApiName}. */
export class getObjectInfo extends UiApiWireAdapter<ObjectInfoConfig, ObjectInfo> {
    protected fetchData(config: ObjectInfoConfig): Promise<ObjectInfo> {
        return this.readOrg(`ui-api/object-info/${objectName(config.objectApiName)}`);
    }
}

/** LWC Developer Guide, "getObjectInfos": GET /ui-api/object-info/batch/{objectApiNames}. */
export class getObjectInfos extends UiApiWireAdapter<ObjectInfosConfig, ObjectInfoBatchResults> {
    protected fetchData(config: ObjectInfosConfig): Promise<ObjectInfoBatchResults> {
        return this.readOrg(`ui-api/object-info/batch/${config.objectApiNames.map(objectName).join(',')}`);
    }
}

/**
 * LWC Developer Guide, "getPicklistValues": GET
 * /ui-api/object-info/{objectApiName}/picklist-values/{recordTypeId}/{fieldApiName}, the object
 * taken from the field ("Using objectApiName with this wire adapter isn't supported").
 */
export class getPicklistValues extends UiApiWireAdapter<PicklistValuesConfig, PicklistValues> {
    protected fetchData(config: PicklistValuesConfig): Promise<PicklistValues> {
        const [object, field] = objectAndField(config.fieldApiName);
        const recordType = encodeURIComponent(config.recordTypeId);
        return this.readOrg(`ui-api/object-info/${object}/picklist-values/${recordType}/${field}`);
    }
}

/**
 * LWC Developer Guide, "getPicklistValuesByRecordType": GET
 * /ui-api/object-info/{objectApiName}/picklist-values/{recordTypeId}.
 */
export class getPicklistValuesByRecordType extends UiApiWireAdapter<
    PicklistValuesByRecordTypeConfig,
    PicklistValuesCollection
> {
    protected fetchData(config: PicklistValuesByRecordTypeConfig): Promise<PicklistValuesCollection> {
        const recordType = encodeURIComponent(config.recordTypeId);
        return this.readOrg(`ui-api/object-info/${objectName(config.objectApiName)}/picklist-values/${recordType}`);
    }
}
