import { runSoql } from '../runSoql';
import { openTestOrg } from './testOrg';

const org = openTestOrg();
const records = (soql: string) => runSoql(soql, org.context()).records;

describe('aggregate queries', () => {
    test('GROUP BY with COUNT, SUM, AVG, MIN, MAX: aliases, exprN for the rest, grouped fields by name', () => {
        const result = runSoql(
            `SELECT Status__c, COUNT(Id), SUM(Score__c) total, AVG(Score__c), MIN(Reviewed_On__c), MAX(Submitted_At__c) FROM Review__c GROUP BY Status__c ORDER BY Status__c`,
            org.context()
        );
        expect(result.totalSize).toBe(3);
        expect(result.records).toEqual([
            {
                attributes: { type: 'AggregateResult' },
                Status__c: 'Disputed',
                expr0: 1,
                total: null,
                expr1: null,
                expr2: '2026-08-15',
                expr3: '2026-08-15T23:30:00.000+0000'
            },
            {
                attributes: { type: 'AggregateResult' },
                Status__c: 'Draft',
                expr0: 1,
                total: 61,
                expr1: 61,
                expr2: '2026-11-24',
                expr3: null
            },
            {
                attributes: { type: 'AggregateResult' },
                Status__c: 'Submitted',
                expr0: 1,
                total: 92.5,
                expr1: 92.5,
                expr2: '2026-11-25',
                expr3: '2026-11-25T10:00:00.000+0000'
            }
        ]);
    });

    test('without GROUP BY: one row, even over no rows', () => {
        expect(records(`SELECT COUNT(Id), AVG(Score__c) average, COUNT_DISTINCT(Passed__c) FROM Review__c`)).toEqual([
            { attributes: { type: 'AggregateResult' }, expr0: 3, average: (92.5 + 61) / 2, expr1: 2 }
        ]);
        expect(records(`SELECT COUNT(Id), SUM(Score__c) FROM Review__c WHERE Score__c > 1000`)).toEqual([
            { attributes: { type: 'AggregateResult' }, expr0: 0, expr1: null }
        ]);
    });

    test('child rows grouped by a parent path and a date function, with HAVING and ORDER BY an aggregate', () => {
        expect(
            records(
                `SELECT Review__r.Name, SUM(Points__c) points FROM Review_Line__c GROUP BY Review__r.Name HAVING SUM(Points__c) > 2 ORDER BY SUM(Points__c) DESC`
            )
        ).toEqual([{ attributes: { type: 'AggregateResult' }, Name: 'R-001', points: 12 }]);
        expect(
            records(
                `SELECT CALENDAR_MONTH(CreatedDate) month, COUNT(Id) FROM Review__c GROUP BY CALENDAR_MONTH(CreatedDate) HAVING COUNT(Id) >= 1 ORDER BY CALENDAR_MONTH(CreatedDate) DESC LIMIT 2`
            )
        ).toEqual([
            { attributes: { type: 'AggregateResult' }, month: 11, expr0: 1 },
            { attributes: { type: 'AggregateResult' }, month: 10, expr0: 1 }
        ]);
    });

    test('HAVING on a grouped field and COUNT_DISTINCT through a parent', () => {
        expect(
            records(`SELECT Passed__c, COUNT(Id) n FROM Review__c GROUP BY Passed__c HAVING Passed__c = false`)
        ).toEqual([{ attributes: { type: 'AggregateResult' }, Passed__c: false, n: 2 }]);
        expect(records(`SELECT COUNT_DISTINCT(Case__r.AccountId) accounts FROM Review__c`)).toEqual([
            { attributes: { type: 'AggregateResult' }, accounts: 1 }
        ]);
    });
});
