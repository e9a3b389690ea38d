import type * as Declared from 'lightning/uiObjectInfoApi';
import type { UiApiWireValue } from 'preview/wireAdapter';
import { emissions, FakeLocalOrg, openPreviewPage, settle } from '../../../preview/recordCache/__tests__/fakeLocalOrg';

type ObjectInfoApi = typeof import('../uiObjectInfoApi');
type RecordApi = typeof import('../../uiRecordApi/uiRecordApi');
// The implementation must be what the package's components compile against (checked by npm run build).
const conformsToDeclarations = (api: ObjectInfoApi): typeof Declared => api;

const MASTER_RECORD_TYPE = '012000000000000AAA';
const STATUS_VALUES = {
    controllerValues: {},
    defaultValue: null,
    url: `/services/data/v65.0/ui-api/object-info/Assessment__c/picklist-values/${MASTER_RECORD_TYPE}/Status__c`,
    values: [
        { attributes: null, label: 'Assigned', validFor: [], value: 'Assigned' },
        { attributes: null, label: 'Submitted', validFor: [], value: 'Submitted' }
    ]
};

let org: FakeLocalOrg;
let api: ObjectInfoApi;
let records: RecordApi;

beforeEach(async () => {
    openPreviewPage();
    org = new FakeLocalOrg();
    org.install();
    await jest.isolateModulesAsync(async () => {
        api = conformsToDeclarations(await import('../uiObjectInfoApi')) as ObjectInfoApi;
        records = await import('../../uiRecordApi/uiRecordApi');
    });
});

function wire<Data>(
    Adapter: new (callback: (value: UiApiWireValue<Data>) => void) => {
        connect(): void;
        update(config: never): void;
    },
    config: Record<string, unknown>
) {
    const seen = emissions<UiApiWireValue<Data>>();
    const adapter = new Adapter(seen.callback);
    adapter.connect();
    adapter.update(config as never);
    return seen;
}

describe('getObjectInfo and getObjectInfos', () => {
    it('asks GET ui-api/object-info/{object} for a schema import or a name', async () => {
        org.on('GET', 'ui-api/object-info/Assessment__c', {
            body: { apiName: 'Assessment__c', label: 'Assessment', defaultRecordTypeId: MASTER_RECORD_TYPE, fields: {} }
        });
        const bySchema = wire<Declared.ObjectInfo>(api.getObjectInfo, {
            objectApiName: { objectApiName: 'Assessment__c' }
        });
        const byName = wire<Declared.ObjectInfo>(api.getObjectInfo, { objectApiName: 'Assessment__c' });
        await settle();

        expect(org.calls).toHaveLength(1);
        expect(bySchema.last().data?.label).toBe('Assessment');
        expect(byName.last().data?.defaultRecordTypeId).toBe(MASTER_RECORD_TYPE);
    });

    it('asks the batch resource for several objects', async () => {
        org.on('GET', 'ui-api/object-info/batch/Assessment__c,Case', {
            body: {
                results: [
                    { statusCode: 200, result: { apiName: 'Assessment__c' } },
                    { statusCode: 200, result: { apiName: 'Case' } }
                ]
            }
        });
        const seen = wire<Declared.ObjectInfoBatchResults>(api.getObjectInfos, {
            objectApiNames: [{ objectApiName: 'Assessment__c' }, 'Case']
        });
        await settle();

        expect(seen.last().data?.results).toHaveLength(2);
    });

    it('is metadata: a saved record does not fetch it again', async () => {
        org.on('GET', 'ui-api/object-info/Assessment__c', { body: { apiName: 'Assessment__c', fields: {} } });
        wire<Declared.ObjectInfo>(api.getObjectInfo, { objectApiName: 'Assessment__c' });
        await settle();

        await records.notifyRecordUpdateAvailable([{ recordId: 'a01000000000001AAA' }]);

        expect(org.calls).toHaveLength(1);
    });
});

describe('getPicklistValues', () => {
    it('takes the object from the field and asks picklist-values/{recordTypeId}/{field}', async () => {
        org.on('GET', `ui-api/object-info/Assessment__c/picklist-values/${MASTER_RECORD_TYPE}/Status__c`, {
            body: STATUS_VALUES
        });
        const seen = wire<Declared.PicklistValues>(api.getPicklistValues, {
            recordTypeId: MASTER_RECORD_TYPE,
            fieldApiName: { objectApiName: 'Assessment__c', fieldApiName: 'Status__c' }
        });
        await settle();

        expect(seen.last().data?.values.map((value) => value.value)).toEqual(['Assigned', 'Submitted']);
    });

    it('refuses a field given without its object, naming it', async () => {
        const seen = wire<Declared.PicklistValues>(api.getPicklistValues, {
            recordTypeId: MASTER_RECORD_TYPE,
            fieldApiName: 'Status__c'
        });
        await settle();

        expect(org.calls).toHaveLength(0);
        expect(seen.last().error?.body).toEqual({
            message: 'getPicklistValues needs a field of the object itself, as Object.Field; got Status__c'
        });
    });

    it('gets every picklist of a record type from picklist-values/{recordTypeId}', async () => {
        org.on('GET', `ui-api/object-info/Assessment__c/picklist-values/${MASTER_RECORD_TYPE}`, {
            body: { picklistFieldValues: { Status__c: STATUS_VALUES } }
        });
        const seen = wire<Declared.PicklistValuesCollection>(api.getPicklistValuesByRecordType, {
            objectApiName: 'Assessment__c',
            recordTypeId: MASTER_RECORD_TYPE
        });
        await settle();

        expect(Object.keys(seen.last().data?.picklistFieldValues ?? {})).toEqual(['Status__c']);
    });
});
