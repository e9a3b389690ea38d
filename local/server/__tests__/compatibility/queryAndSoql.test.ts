import { lastStatus, seedDesk, startRealOrg, type Desk, type RealOrg } from './realOrg';

/**
 * query, queryAll and the nextRecordsUrl pages through jsforce on the real engine, against the REST
 * API Developer Guide ("Query", "QueryAll": { totalSize, done, records, nextRecordsUrl }, records
 * with attributes { type, url }, 2,000 records a page by default) and the SOQL and SOSL Reference
 * (relationship queries, comparison operators, semi-joins, date literals and date functions,
 * ORDER BY … NULLS, LIMIT/OFFSET, aggregate functions: AggregateResult rows with expr0 or the
 * alias, and COUNT() answered in totalSize with no records).
 */
let real: RealOrg;
let desk: Desk;
const PAGE_ROWS = 4500;

/** Six interactions whose dates, channels and measures the assertions below are worked out from. */
const SMALL = [
    {
        Name: 'Q-A',
        Channel__c: 'Phone',
        Queue__c: 'Tier1',
        Started_At__c: '2025-05-15T08:00:00Z',
        Handle_Time_Seconds__c: 300,
        CSAT__c: 5
    },
    {
        Name: 'Q-B',
        Channel__c: 'Phone',
        Queue__c: 'Tier1',
        Started_At__c: '2025-05-10T12:00:00Z',
        Handle_Time_Seconds__c: 600,
        CSAT__c: 3
    },
    {
        Name: 'Q-C',
        Channel__c: 'Email',
        Queue__c: 'Tier2',
        Started_At__c: '2025-04-02T12:00:00Z',
        Handle_Time_Seconds__c: 900
    },
    {
        Name: 'Q-D',
        Channel__c: 'Chat',
        Queue__c: 'Tier2',
        Started_At__c: '2025-02-20T12:00:00Z',
        Handle_Time_Seconds__c: 120,
        CSAT__c: 4
    },
    {
        Name: 'Q-E',
        Channel__c: 'Chat',
        Queue__c: 'Tier1',
        Started_At__c: '2025-01-05T12:00:00Z',
        Handle_Time_Seconds__c: 240,
        CSAT__c: 2
    },
    { Name: 'Q-F', Channel__c: 'Messaging', Queue__c: 'Tier2', Handle_Time_Seconds__c: 60, CSAT__c: 1 }
];
const SMALL_ONLY = "Queue__c IN ('Tier1', 'Tier2')";

beforeAll(async () => {
    real = await startRealOrg();
    desk = await seedDesk(real);
    const small = SMALL.map((values, index) => ({
        ...values,
        Case__c: index >= 4 ? desk.otherCaseId : desk.caseId
    }));
    const saved = await real.admin.sobject('Interaction__c').create(small, { allOrNone: true });
    if (!saved.every((result) => result.success)) {
        throw new Error(`The SOQL seed failed: ${JSON.stringify(saved)}`);
    }
    for (let start = 0; start < PAGE_ROWS; start += 200) {
        const batch = Array.from({ length: Math.min(200, PAGE_ROWS - start) }, (_, offset) => ({
            Name: `Bulk ${String(start + offset).padStart(5, '0')}`,
            Case__c: desk.caseId,
            Channel__c: 'Email',
            Queue__c: 'bulk'
        }));
        const results = await real.admin.sobject('Interaction__c').create(batch, { allOrNone: true });
        if (results.some((result) => !result.success)) {
            throw new Error(`The paging seed failed: ${JSON.stringify(results.find((result) => !result.success))}`);
        }
    }
});

afterAll(async () => {
    await real.close();
});

const names = (result: { records: any[] }): string[] => result.records.map((record) => record.Name);
const query = async (soql: string): Promise<any> => real.admin.query(soql);

describe('pages', () => {
    it('answers 2,000 records a page with nextRecordsUrl, and queryMore walks to the end', async () => {
        const first = await query("SELECT Id, Name FROM Interaction__c WHERE Queue__c = 'bulk' ORDER BY Name");
        expect(first).toMatchObject({ totalSize: PAGE_ROWS, done: false });
        expect(first.records).toHaveLength(2000);
        // The org answers the path; jsforce hands it back resolved against the instance URL.
        expect(first.nextRecordsUrl).toMatch(/\/services\/data\/v65\.0\/query\/[0-9A-Za-z]+-2000$/);
        expect(first.records[0]).toEqual({
            attributes: {
                type: 'Interaction__c',
                url: `/services/data/v65.0/sobjects/Interaction__c/${first.records[0].Id}`
            },
            Id: first.records[0].Id,
            Name: 'Bulk 00000'
        });
        const second: any = await real.admin.queryMore(first.nextRecordsUrl);
        expect(second).toMatchObject({ totalSize: PAGE_ROWS, done: false });
        expect(second.records[0].Name).toBe('Bulk 02000');
        const third: any = await real.admin.queryMore(second.nextRecordsUrl);
        expect(third.done).toBe(true);
        expect(third.nextRecordsUrl).toBeUndefined();
        expect(third.records).toHaveLength(PAGE_ROWS - 4000);
        expect(third.records[third.records.length - 1].Name).toBe(`Bulk ${String(PAGE_ROWS - 1).padStart(5, '0')}`);
    });

    it('fetches every page with autoFetch', async () => {
        const all: any = await real.admin.query("SELECT Name FROM Interaction__c WHERE Queue__c = 'bulk'", {
            autoFetch: true,
            maxFetch: 10000
        });
        expect(all.records).toHaveLength(PAGE_ROWS);
        expect(new Set(names(all)).size).toBe(PAGE_ROWS);
    });

    it('refuses a locator it never gave with INVALID_QUERY_LOCATOR', async () => {
        await expect(real.admin.queryMore('/services/data/v65.0/query/01gNOPE-2000')).rejects.toMatchObject({
            errorCode: 'INVALID_QUERY_LOCATOR'
        });
        expect(await lastStatus(real)).toBe(400);
    });

    it('shows deleted records to queryAll only, with IsDeleted true', async () => {
        const id = (
            await real.admin
                .sobject('Interaction__c')
                .create({ Name: 'Deleted one', Case__c: desk.caseId, Channel__c: 'Social', Queue__c: 'gone' })
        ).id as string;
        await real.admin.sobject('Interaction__c').destroy(id);
        const live = await query("SELECT Id FROM Interaction__c WHERE Queue__c = 'gone'");
        expect(live).toMatchObject({ totalSize: 0, done: true, records: [] });
        const all: any = await real.admin.query("SELECT Id, IsDeleted FROM Interaction__c WHERE Queue__c = 'gone'", {
            scanAll: true
        });
        expect(real.exchanges[real.exchanges.length - 1].url).toContain('/queryAll?q=');
        expect(all.totalSize).toBe(1);
        expect(all.records[0]).toMatchObject({ Id: id, IsDeleted: true });
    });
});

describe('relationships', () => {
    it('nests parent fields under the relationship name with their own attributes', async () => {
        const result = await query(
            `SELECT Name, Case__r.Subject, Agent__r.Name, Agent__r.Username FROM Interaction__c WHERE Id = '${desk.interactionId}'`
        );
        const record = result.records[0];
        expect(record.Case__r).toEqual({
            attributes: { type: 'Case', url: `/services/data/v65.0/sobjects/Case/${desk.caseId}` },
            Subject: 'Billing dispute'
        });
        expect(record.Agent__r).toMatchObject({ attributes: { type: 'User' }, Username: 'agent@verity.local' });
        const twoLevels = await query(
            `SELECT Name, Assessment__r.Case__r.Subject FROM Assessment_Response__c WHERE Assessment__c = '${desk.assessmentId}' LIMIT 1`
        );
        expect(twoLevels.records[0].Assessment__r.Case__r.Subject).toBe('Billing dispute');
        const blank = await query("SELECT Name, Agent__r.Name FROM Interaction__c WHERE Name = 'Q-A'");
        expect(blank.records[0].Agent__r).toBeNull();
    });

    it('answers a child subquery as a nested query result, and null when there are no children', async () => {
        const result = await query(
            `SELECT Name, (SELECT Answer__c, Points_Earned__c FROM Responses__r ORDER BY Name) FROM Assessment__c WHERE Id = '${desk.assessmentId}'`
        );
        const children = result.records[0].Responses__r;
        expect(children).toMatchObject({ totalSize: 2, done: true });
        expect(children.records.map((row: any) => [row.attributes.type, row.Answer__c, row.Points_Earned__c])).toEqual([
            ['Assessment_Response__c', 'Yes', 10],
            ['Assessment_Response__c', 'Partial', 10]
        ]);
        const none = await query(
            `SELECT Subject, (SELECT Id FROM Assessments__r) FROM Case WHERE Id = '${desk.otherCaseId}'`
        );
        expect(none.records[0].Assessments__r).toBeNull();
    });

    it('filters with semi-joins and anti-joins', async () => {
        const semi = await query(
            "SELECT Subject FROM Case WHERE Id IN (SELECT Case__c FROM Interaction__c WHERE Channel__c = 'Messaging')"
        );
        expect(semi.records.map((record: any) => record.Subject)).toEqual(['Password reset']);
        const anti = await query(
            "SELECT Subject FROM Case WHERE Id NOT IN (SELECT Case__c FROM Interaction__c WHERE Channel__c = 'Messaging') AND Origin != null ORDER BY Subject"
        );
        expect(anti.records.map((record: any) => record.Subject)).toEqual(['Billing dispute']);
    });
});

describe('WHERE, ORDER BY, LIMIT and OFFSET', () => {
    it('combines AND, OR, NOT, comparisons, LIKE, IN and NOT IN', async () => {
        const mixed = await query(
            `SELECT Name FROM Interaction__c WHERE ${SMALL_ONLY} AND (Channel__c = 'Phone' OR CSAT__c < 3) AND (NOT Name LIKE 'Q-A%') ORDER BY Name`
        );
        expect(names(mixed)).toEqual(['Q-B', 'Q-E', 'Q-F']);
        const notIn = await query(
            `SELECT Name FROM Interaction__c WHERE ${SMALL_ONLY} AND Channel__c NOT IN ('Phone', 'Chat') ORDER BY Name`
        );
        expect(names(notIn)).toEqual(['Q-C', 'Q-F']);
        const range = await query(
            `SELECT Name FROM Interaction__c WHERE ${SMALL_ONLY} AND Handle_Time_Seconds__c >= 240 AND Handle_Time_Seconds__c <= 600 ORDER BY Name`
        );
        expect(names(range)).toEqual(['Q-A', 'Q-B', 'Q-E']);
        const blank = await query(`SELECT Name FROM Interaction__c WHERE ${SMALL_ONLY} AND CSAT__c = null`);
        expect(names(blank)).toEqual(['Q-C']);
    });

    it('sorts blanks first or last as NULLS FIRST / NULLS LAST say', async () => {
        const first = await query(
            `SELECT Name FROM Interaction__c WHERE ${SMALL_ONLY} ORDER BY CSAT__c ASC NULLS FIRST`
        );
        expect(names(first)).toEqual(['Q-C', 'Q-F', 'Q-E', 'Q-B', 'Q-D', 'Q-A']);
        const last = await query(
            `SELECT Name FROM Interaction__c WHERE ${SMALL_ONLY} ORDER BY CSAT__c DESC NULLS LAST`
        );
        expect(names(last)).toEqual(['Q-A', 'Q-D', 'Q-B', 'Q-E', 'Q-F', 'Q-C']);
        // Salesforce's default: ascending puts blanks first.
        const defaultOrder = await query(`SELECT Name FROM Interaction__c WHERE ${SMALL_ONLY} ORDER BY Started_At__c`);
        expect(names(defaultOrder)).toEqual(['Q-F', 'Q-E', 'Q-D', 'Q-C', 'Q-B', 'Q-A']);
    });

    it('pages with LIMIT and OFFSET, and totalSize counts the rows returned', async () => {
        const result = await query(
            `SELECT Name FROM Interaction__c WHERE ${SMALL_ONLY} ORDER BY Name LIMIT 2 OFFSET 1`
        );
        expect(result).toMatchObject({ totalSize: 2, done: true });
        expect(names(result)).toEqual(['Q-B', 'Q-C']);
    });
});

describe('dates', () => {
    // The org's clock reads 2025-05-15T10:00Z: Q2 2025, so LAST_QUARTER is January to March.
    const datesOf = async (condition: string): Promise<string[]> =>
        names(await query(`SELECT Name FROM Interaction__c WHERE ${SMALL_ONLY} AND ${condition} ORDER BY Name`));

    it('answers the date literals relative to the org clock', async () => {
        expect(await datesOf('Started_At__c = TODAY')).toEqual(['Q-A']);
        expect(await datesOf('Started_At__c = LAST_N_DAYS:7')).toEqual(['Q-A', 'Q-B']);
        expect(await datesOf('Started_At__c = THIS_MONTH')).toEqual(['Q-A', 'Q-B']);
        expect(await datesOf('Started_At__c = THIS_QUARTER')).toEqual(['Q-A', 'Q-B', 'Q-C']);
        expect(await datesOf('Started_At__c = LAST_QUARTER')).toEqual(['Q-D', 'Q-E']);
        expect(await datesOf('Started_At__c < THIS_QUARTER')).toEqual(['Q-D', 'Q-E']);
        expect(await datesOf('Started_At__c >= 2025-04-01T00:00:00Z')).toEqual(['Q-A', 'Q-B', 'Q-C']);
    });

    it('filters and groups on date functions', async () => {
        expect(await datesOf('CALENDAR_MONTH(Started_At__c) = 2')).toEqual(['Q-D']);
        expect(await datesOf('CALENDAR_QUARTER(Started_At__c) = 2')).toEqual(['Q-A', 'Q-B', 'Q-C']);
        const byMonth = await query(
            `SELECT CALENDAR_MONTH(Started_At__c) month, COUNT(Id) n FROM Interaction__c WHERE ${SMALL_ONLY} AND Started_At__c != null GROUP BY CALENDAR_MONTH(Started_At__c) ORDER BY CALENDAR_MONTH(Started_At__c)`
        );
        expect(byMonth.records.map((row: any) => [row.month, row.n])).toEqual([
            [1, 1],
            [2, 1],
            [4, 1],
            [5, 2]
        ]);
    });
});

describe('aggregates', () => {
    it('groups with COUNT, SUM, AVG, MIN, MAX as expr0… or aliases, as AggregateResult rows', async () => {
        const result = await query(
            `SELECT Channel__c, COUNT(Id), SUM(Handle_Time_Seconds__c) total, AVG(Handle_Time_Seconds__c), MIN(Handle_Time_Seconds__c) shortest, MAX(Handle_Time_Seconds__c) longest FROM Interaction__c WHERE ${SMALL_ONLY} GROUP BY Channel__c ORDER BY Channel__c`
        );
        expect(result).toMatchObject({ totalSize: 4, done: true });
        expect(result.records[0]).toEqual({
            attributes: { type: 'AggregateResult' },
            Channel__c: 'Chat',
            expr0: 2,
            total: 360,
            expr1: 180,
            shortest: 120,
            longest: 240
        });
        expect(result.records.map((row: any) => [row.Channel__c, row.expr0, row.total])).toEqual([
            ['Chat', 2, 360],
            ['Email', 1, 900],
            ['Messaging', 1, 60],
            ['Phone', 2, 900]
        ]);
    });

    it('keeps only the groups HAVING allows, and counts distinct values', async () => {
        const having = await query(
            `SELECT Channel__c, COUNT(Id) n FROM Interaction__c WHERE ${SMALL_ONLY} GROUP BY Channel__c HAVING COUNT(Id) > 1 ORDER BY Channel__c`
        );
        expect(having.records.map((row: any) => [row.Channel__c, row.n])).toEqual([
            ['Chat', 2],
            ['Phone', 2]
        ]);
        const distinct = await query(`SELECT COUNT_DISTINCT(Channel__c) FROM Interaction__c WHERE ${SMALL_ONLY}`);
        expect(distinct.records).toEqual([{ attributes: { type: 'AggregateResult' }, expr0: 4 }]);
    });

    it('answers COUNT() in totalSize with no records', async () => {
        const counted = await query(`SELECT COUNT() FROM Interaction__c WHERE ${SMALL_ONLY} AND Channel__c = 'Phone'`);
        expect(counted).toEqual({ totalSize: 2, done: true, records: [] });
        const bulk = await query("SELECT COUNT() FROM Interaction__c WHERE Queue__c = 'bulk'");
        expect(bulk.totalSize).toBe(PAGE_ROWS);
    });
});

describe('formula fields in SOQL', () => {
    it('selects, filters and sorts on formula and roll-up fields', async () => {
        const result = await query(
            `SELECT Name, Score__c, Band__c, Points_Possible__c FROM Assessment__c WHERE Score__c > 50 AND Points_Possible__c = 30 ORDER BY Score__c DESC`
        );
        expect(result.records).toHaveLength(1);
        expect(result.records[0]).toMatchObject({ Score__c: 66.67, Band__c: 'Critical', Points_Possible__c: 30 });
    });
});
