import { runSoql } from '../runSoql';
import { ids, openTestOrg } from './testOrg';

const org = openTestOrg();
/** Ben sees only the reviews he owns, and their lines. */
const asBen = (soql: string) => runSoql(soql, org.context({ rules: { onlyOwner: ids.ben } }));

describe('record visibility applies to every object a query reads', () => {
    test('the queried object', () => {
        expect(asBen('SELECT Name FROM Review__c').records.map((record) => record.Name)).toEqual(['R-002']);
        expect(asBen('SELECT COUNT() FROM Review__c').totalSize).toBe(1);
        expect(asBen('SELECT COUNT(Id) n FROM Review__c').records[0].n).toBe(1);
    });

    test('parents: an invisible parent reads as null', () => {
        const records = asBen(`SELECT Name, Review__r.Name FROM Review_Line__c`).records;
        expect(records.map((record) => record.Name)).toEqual(['L-4']);
        expect(records[0].Review__r).toEqual(expect.objectContaining({ Name: 'R-002' }));
    });

    test('children and semi-joins', () => {
        const cases = asBen(`SELECT Subject, (SELECT Name FROM Reviews__r) FROM Case ORDER BY Subject`).records;
        expect(cases[1].Reviews__r).toBeNull();
        expect(cases[0].Reviews__r).toEqual(expect.objectContaining({ totalSize: 1 }));
        expect(
            asBen(`SELECT Subject FROM Case WHERE Id IN (SELECT Case__c FROM Review__c)`).records.map((r) => r.Subject)
        ).toEqual(['Billing question']);
    });
});
