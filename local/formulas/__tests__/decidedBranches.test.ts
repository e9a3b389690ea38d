import path from 'node:path';
import { readPackageSchema } from '../packageSchema';
import { violatesRule } from '../validationRules';

/** The package's own rule: many optional measures, each compared only when it is not blank. */
const schema = readPackageSchema(path.join(__dirname, '..', '..', '..', 'force-app', 'main', 'default'));
const check = (record: Record<string, unknown>) =>
    violatesRule(schema, 'Score_Snapshot__c', 'Snapshot_Rates_In_Range', record);

describe('branches decided by ISBLANK', () => {
    it('lets a snapshot with every optional measure blank pass, as Salesforce does', () => {
        expect(check({})).toBe(false);
    });

    it('still compares the measures that are there (a percent as the API shows it: 80 is 80 %)', () => {
        expect(check({ Pass_Rate__c: 80, CSAT_Average__c: 4.2 })).toBe(false);
        expect(check({ Pass_Rate__c: 140 })).toBe(true);
        expect(check({ CSAT_Average__c: 0.5, Rank__c: 3 })).toBe(true);
        expect(check({ Rank__c: 0 })).toBe(true);
    });
});
