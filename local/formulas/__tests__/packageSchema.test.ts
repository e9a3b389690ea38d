import path from 'node:path';
import { readPackageSchema } from '../packageSchema';
import { findField, findObject, type PackageSchema } from '../schemaTypes';

const SHOP = path.join(__dirname, 'fixtures', 'shop');

describe('readPackageSchema', () => {
    let schema: PackageSchema;
    beforeAll(() => {
        schema = readPackageSchema(SHOP);
    });

    it('types custom fields the way a formula reads them', () => {
        const order = findObject(schema, 'order__c')!;
        expect(order.sharingModel).toBe('Private');
        expect(findField(order, 'Amount__c')).toMatchObject({ valueType: 'number', precision: 16, scale: 2 });
        expect(findField(order, 'Discount__c')).toMatchObject({ valueType: 'percent' });
        expect(findField(order, 'Status__c')).toMatchObject({
            valueType: 'picklist',
            picklistValues: ['Draft', 'Open', 'Closed'],
            restrictedPicklist: true
        });
        expect(findField(order, 'Account__c')).toMatchObject({ valueType: 'id', referenceTo: ['Account'] });
        expect(findField(order, 'Total__c')).toMatchObject({ valueType: 'number', treatBlanksAs: 'BlankAsZero' });
        expect(findField(order, 'Total__c')?.formula).toContain('/* net of the discount */');
    });

    it('types roll-up summaries from the field they summarize', () => {
        const order = findObject(schema, 'Order__c')!;
        expect(findField(order, 'Line_Total__c')).toMatchObject({ valueType: 'number', scale: 2 });
        expect(findField(order, 'Counted_Lines__c')).toMatchObject({ valueType: 'number', scale: 0 });
        expect(findField(order, 'First_Shipped__c')).toMatchObject({ valueType: 'date' });
        expect(findField(order, 'Big_Doubled_Total__c')?.summary).toEqual({
            operation: 'sum',
            summarizedField: 'Order_Line__c.Doubled__c',
            foreignKey: 'Order_Line__c.Order__c',
            filters: [
                { field: 'Order_Line__c.Doubled__c', operation: 'greaterThan', value: '10', valueField: undefined },
                { field: 'Order_Line__c.Kind__c', operation: 'equals', value: 'Goods, Service', valueField: undefined }
            ]
        });
    });

    it('gives custom objects their standard fields, and an owner only when they have no master', () => {
        const order = findObject(schema, 'Order__c')!;
        const line = findObject(schema, 'Order_Line__c')!;
        expect(findField(order, 'OwnerId')).toMatchObject({ valueType: 'id', isStandard: true });
        expect(findField(order, 'Name')).toMatchObject({ valueType: 'text' });
        expect(findField(line, 'OwnerId')).toBeUndefined();
        expect(findField(line, 'CreatedDate')).toMatchObject({ valueType: 'datetime' });
    });

    it('knows the standard objects, validation rules, custom permissions and custom metadata records', () => {
        expect(findField(findObject(schema, 'Account')!, 'Name')).toMatchObject({
            valueType: 'text',
            isStandard: true
        });
        expect(findField(findObject(schema, 'User')!, 'ManagerId')).toMatchObject({ parentPathName: 'Manager' });
        const rules = findObject(schema, 'Order__c')!.validationRules.map((rule) => rule.name);
        expect(rules).toContain('Closed_Is_Final');
        expect(
            findObject(schema, 'Order__c')!.validationRules.find((rule) => rule.name === 'Closed_Is_Final')
        ).toMatchObject({
            active: true,
            errorDisplayField: 'Status__c',
            errorMessage: 'A closed order stays closed.'
        });
        expect([...schema.customPermissions]).toEqual(['Reopen_Orders']);
        expect(schema.customMetadata.get('shop_setting__mdt')?.get('default')).toMatchObject({
            DeveloperName: 'Default',
            Grace_Days__c: 3
        });
    });
});
