import { runSoql } from '../runSoql';
import { ids, openTestOrg } from './testOrg';

const org = openTestOrg();
const query = (soql: string, includeDeleted = false) => runSoql(soql, org.context({ includeDeleted }));
const names = (soql: string, includeDeleted = false) =>
    query(soql, includeDeleted).records.map((record) => record.Name);

describe('field lists', () => {
    test('names match case-insensitively and come back canonical, with attributes and decoded values', () => {
        const result = query(
            `SELECT id, NAME, score__c, passed__c, reviewed_on__c, submitted_at__c, channels__c FROM review__c WHERE Id = '${ids.r1}'`
        );
        expect(result).toEqual({
            totalSize: 1,
            records: [
                {
                    attributes: { type: 'Review__c', url: `/services/data/v65.0/sobjects/Review__c/${ids.r1}` },
                    Id: ids.r1,
                    Name: 'R-001',
                    Score__c: 92.5,
                    Passed__c: true,
                    Reviewed_On__c: '2026-11-25',
                    Submitted_At__c: '2026-11-25T10:00:00.000+0000',
                    Channels__c: 'Voice;Chat'
                }
            ]
        });
        expect(Object.keys(result.records[0])).toEqual([
            'attributes',
            'Id',
            'Name',
            'Score__c',
            'Passed__c',
            'Reviewed_On__c',
            'Submitted_At__c',
            'Channels__c'
        ]);
    });

    test('a formula field is selected, filtered and sorted through verity_formula', () => {
        const result = query(
            `SELECT Name, Score_Band__c FROM Review__c WHERE Score_Band__c != null ORDER BY Score_Band__c`
        );
        expect(result.records.map((record) => [record.Name, record.Score_Band__c])).toEqual([
            ['R-001', 'High'],
            ['R-002', 'Low']
        ]);
    });
});

describe('parent relationship paths', () => {
    test('nest as records with attributes, null when the lookup is blank', () => {
        const records = query(
            `SELECT Name, Case__r.Subject, Case__r.Account.Name FROM Review__c ORDER BY Name`
        ).records;
        expect(records[0].Case__r).toEqual({
            attributes: { type: 'Case', url: `/services/data/v65.0/sobjects/Case/${ids.routerCase}` },
            Subject: 'Router down',
            Account: {
                attributes: { type: 'Account', url: `/services/data/v65.0/sobjects/Account/${ids.acme}` },
                Name: 'Acme Telecom'
            }
        });
        expect(records[1].Case__r).toEqual(expect.objectContaining({ Subject: 'Billing question', Account: null }));
        expect(records[2].Case__r).toBeNull();
    });

    test('standard paths: Owner (a user or a queue), CreatedBy', () => {
        const records = query(`SELECT Name, Owner.Name, CreatedBy.Name FROM Review__c ORDER BY Name`).records;
        expect(records.map((record) => record.CreatedBy)).toEqual([null, null, null]);
        expect(
            records.map((record) => (record.Owner as { attributes: { type: string }; Name: string }).attributes.type)
        ).toEqual(['User', 'User', 'Group']);
        expect(records.map((record) => (record.Owner as { Name: string }).Name)).toEqual([
            'Ana Evaluator',
            'Ben Agent',
            'Tier 2 Queue'
        ]);
    });

    test('filters and sorts through a parent path', () => {
        expect(names(`SELECT Name FROM Review__c WHERE Case__r.Account.Name = 'acme telecom'`)).toEqual(['R-001']);
        expect(names(`SELECT Name FROM Review__c WHERE Owner.Name LIKE 'tier%'`)).toEqual(['R-003']);
        expect(names(`SELECT Name FROM Review__c ORDER BY Case__r.Subject DESC`)).toEqual(['R-001', 'R-002', 'R-003']);
    });
});

describe('child subqueries', () => {
    test('nest as QueryPages, ordered and limited per parent, null when empty', () => {
        const records = query(
            `SELECT Name, (SELECT Behavior__c, Points__c FROM Lines__r WHERE Points__c > 1 ORDER BY Points__c DESC LIMIT 2) FROM Review__c ORDER BY Name`
        ).records;
        expect(records[0].Lines__r).toEqual({
            totalSize: 2,
            done: true,
            records: [
                {
                    attributes: {
                        type: 'Review_Line__c',
                        url: `/services/data/v65.0/sobjects/Review_Line__c/${ids.l1}`
                    },
                    Behavior__c: 'Greeting',
                    Points__c: 5
                },
                {
                    attributes: {
                        type: 'Review_Line__c',
                        url: `/services/data/v65.0/sobjects/Review_Line__c/${ids.l3}`
                    },
                    Behavior__c: 'Resolution',
                    Points__c: 4
                }
            ]
        });
        expect(records[1].Lines__r).toBeNull();
        expect(records[2].Lines__r).toBeNull();
    });

    test('a custom lookup to a standard object gives it a child relationship', () => {
        const records = query(
            `SELECT Subject, (SELECT Name FROM Reviews__r ORDER BY Name) FROM Case ORDER BY Subject`
        ).records;
        expect(records.map((record) => record.Subject)).toEqual(['Billing question', 'Router down']);
        expect((records[1].Reviews__r as { records: { Name: string }[] }).records.map((r) => r.Name)).toEqual([
            'R-001'
        ]);
    });
});

describe('WHERE', () => {
    test.each([
        [`Status__c = 'submitted'`, ['R-001']],
        [`Status__c != 'Submitted'`, ['R-002', 'R-003']],
        [`Score__c != 61`, ['R-001', 'R-003']],
        [`Score__c > 61`, ['R-001']],
        [`Score__c >= 61`, ['R-001', 'R-002']],
        [`Score__c < 92.5`, ['R-002']],
        [`Score__c <= 92.5`, ['R-001', 'R-002']],
        [`Score__c = null`, ['R-003']],
        [`Score__c != null`, ['R-001', 'R-002']],
        [`Passed__c = true`, ['R-001']],
        [`Passed__c = false`, ['R-002', 'R-003']],
        [`Status__c IN ('Draft', 'Disputed')`, ['R-002', 'R-003']],
        [`Status__c NOT IN ('Draft')`, ['R-001', 'R-003']],
        [`Coach_Note__c NOT IN ('x')`, ['R-001', 'R-002', 'R-003']],
        [`Coach_Note__c IN ('Ask before transferring', null)`, ['R-001', 'R-002', 'R-003']],
        [`Name LIKE 'r-00_'`, ['R-001', 'R-002', 'R-003']],
        [`Coach_Note__c LIKE '%TRANSFER%'`, ['R-002']],
        [`Channels__c INCLUDES ('Chat')`, ['R-001']],
        [`Channels__c INCLUDES ('Voice;Chat', 'Email')`, ['R-001', 'R-002']],
        [`Channels__c INCLUDES ('Voice;Email')`, []],
        [`Channels__c EXCLUDES ('Chat')`, ['R-002', 'R-003']],
        [`Channels__c = 'Chat;Voice'`, ['R-001']],
        [`Channels__c = 'Chat'`, []],
        [`NOT Status__c = 'Draft'`, ['R-001', 'R-003']],
        [`NOT (Score__c > 70 OR Status__c = 'Draft')`, ['R-003']],
        [`(Score__c > 70 OR Status__c = 'Draft') AND Passed__c = false`, ['R-002']],
        [`Score__c > 70 OR (Status__c = 'Draft' AND Passed__c = false)`, ['R-001', 'R-002']],
        [`Reviewed_On__c = 2026-11-24`, ['R-002']],
        [`Submitted_At__c > 2026-11-25T09:00:00Z`, ['R-001']],
        [`Submitted_At__c > 2026-11-25T10:30:00+01:00`, ['R-001']],
        [`Submitted_At__c < 2026-11-25T10:30:00+01:00`, ['R-003']],
        [`Case__c = '${ids.routerCase.slice(0, 15)}'`, ['R-001']],
        [`OwnerId = '${ids.queue}'`, ['R-003']]
    ])('%s', (condition, expected) => {
        expect(names(`SELECT Name FROM Review__c WHERE ${condition} ORDER BY Name`)).toEqual(expected);
    });

    test('LIKE honours escaped wildcards and the quote escape', () => {
        expect(names(`SELECT Name FROM Review__c WHERE Name LIKE '%it\\'s\\_50\\%'`, true)).toEqual(["r-004 it's_50%"]);
        expect(names(`SELECT Name FROM Review__c WHERE Name LIKE '%s\\_5%'`, true)).toEqual(["r-004 it's_50%"]);
        expect(names(`SELECT Name FROM Review__c WHERE Name LIKE '%s\\_x%'`, true)).toEqual([]);
    });

    test.each([
        ['Reviewed_On__c = TODAY', ['R-001']],
        ['Reviewed_On__c = YESTERDAY', ['R-002']],
        ['Reviewed_On__c = LAST_N_DAYS:1', ['R-001', 'R-002']],
        ['Reviewed_On__c = THIS_WEEK', ['R-001', 'R-002']],
        ['Reviewed_On__c = LAST_QUARTER', ['R-003']],
        ['Reviewed_On__c < THIS_MONTH', ['R-003']],
        ['Reviewed_On__c >= THIS_QUARTER', ['R-001', 'R-002']],
        ['Submitted_At__c = TODAY', ['R-001']],
        ['Submitted_At__c != TODAY', ['R-002', 'R-003']],
        ['CreatedDate = LAST_MONTH', ['R-002']],
        ['CreatedDate = N_DAYS_AGO:5', ['R-001']],
        ['CreatedDate IN (LAST_MONTH, THIS_MONTH)', ['R-001', 'R-002']],
        ['CreatedDate = THIS_YEAR', ['R-001', 'R-002', 'R-003']],
        ['CALENDAR_MONTH(Reviewed_On__c) = 11', ['R-001', 'R-002']],
        ['CALENDAR_QUARTER(CreatedDate) = 3', ['R-003']],
        ['DAY_IN_WEEK(Reviewed_On__c) = 4', ['R-001']],
        ['HOUR_IN_DAY(Submitted_At__c) = 23', ['R-003']],
        ['DAY_ONLY(Submitted_At__c) = 2026-08-15', ['R-003']],
        ['WEEK_IN_YEAR(Reviewed_On__c) = 47', ['R-001', 'R-002']]
    ])('date literal / function: %s', (condition, expected) => {
        expect(names(`SELECT Name FROM Review__c WHERE ${condition} ORDER BY Name`)).toEqual(expected);
    });

    test('semi-joins and anti-joins', () => {
        expect(
            names(`SELECT Name FROM Review__c WHERE Id IN (SELECT Review__c FROM Review_Line__c WHERE Points__c >= 4)`)
        ).toEqual(['R-001']);
        expect(
            names(`SELECT Name FROM Review__c WHERE Id NOT IN (SELECT Review__c FROM Review_Line__c) ORDER BY Name`)
        ).toEqual(['R-003']);
        expect(
            names(`SELECT Name FROM Review__c WHERE Case__c IN (SELECT Id FROM Case WHERE Status = 'Closed')`)
        ).toEqual(['R-002']);
    });
});

describe('ORDER BY, LIMIT, OFFSET, COUNT(), deleted rows', () => {
    test("nulls sort first ascending and last descending (Salesforce's default), or as asked", () => {
        expect(names(`SELECT Name FROM Review__c ORDER BY Score__c`)).toEqual(['R-003', 'R-002', 'R-001']);
        expect(names(`SELECT Name FROM Review__c ORDER BY Score__c DESC`)).toEqual(['R-001', 'R-002', 'R-003']);
        expect(names(`SELECT Name FROM Review__c ORDER BY Score__c ASC NULLS LAST`)).toEqual([
            'R-002',
            'R-001',
            'R-003'
        ]);
        expect(names(`SELECT Name FROM Review__c ORDER BY Score__c DESC NULLS FIRST`)).toEqual([
            'R-003',
            'R-001',
            'R-002'
        ]);
        expect(names(`SELECT Name FROM Review__c ORDER BY Status__c DESC, Name`)).toEqual(['R-001', 'R-002', 'R-003']);
    });

    test('LIMIT and OFFSET', () => {
        expect(names(`SELECT Name FROM Review__c ORDER BY Name LIMIT 2`)).toEqual(['R-001', 'R-002']);
        expect(names(`SELECT Name FROM Review__c ORDER BY Name LIMIT 1 OFFSET 1`)).toEqual(['R-002']);
        expect(names(`SELECT Name FROM Review__c ORDER BY Name OFFSET 2`)).toEqual(['R-003']);
    });

    test('COUNT() answers totalSize with no records, LIMIT applied', () => {
        expect(query(`SELECT COUNT() FROM Review__c`)).toEqual({ totalSize: 3, records: [] });
        expect(query(`SELECT COUNT() FROM Review__c WHERE Passed__c = false`)).toEqual({ totalSize: 2, records: [] });
        expect(query(`SELECT COUNT() FROM Review__c LIMIT 1`)).toEqual({ totalSize: 1, records: [] });
        expect(query(`SELECT COUNT() FROM Review__c`, true)).toEqual({ totalSize: 4, records: [] });
    });

    test('deleted rows only with includeDeleted (queryAll)', () => {
        expect(names(`SELECT Name FROM Review__c WHERE Status__c = 'Submitted' ORDER BY Name`)).toEqual(['R-001']);
        expect(names(`SELECT Name FROM Review__c WHERE Status__c = 'Submitted' ORDER BY Name`, true)).toEqual([
            'R-001',
            "r-004 it's_50%"
        ]);
    });
});
