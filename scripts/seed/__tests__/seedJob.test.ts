import type { Connection } from 'jsforce';
import { JobError } from '../../cli/exitCodes';
import type { CommandOutput } from '../../cli/output';
import { queryAllRecords } from '../../jobs/recordWriter';
import { startJobsOrg, type JobsOrg } from '../../jobs/__tests__/localOrgHarness';
import { generateContactCenter } from '../generateContactCenter';
import type { ContactCenter } from '../seedModel';
import { HISTORY_LOADER, requireHistoryLoader } from '../writeDisputes';
import { writeContactCenter } from '../writeContactCenter';

/**
 * The seed against the local org through jsforce: every rule of the package passes, disputes end
 * as the model decided them, a second run writes nothing, a run killed half-way through the
 * disputes ends, run again, where an uninterrupted run ends, and a user who may not load past
 * disputes is refused before anything is written.
 */
// Seed 25 at this size has disputes upheld, overturned and partially upheld, one escalated.
const OPTIONS = { seed: '25', agents: 5, teams: 2, evaluators: 3, months: 2, now: new Date(Date.UTC(2026, 0, 10)) };
const quiet: CommandOutput = { json: true, result: () => undefined, note: () => undefined };
const SEEDED_OBJECTS = [
    'Case',
    'Interaction__c',
    'Scorecard__c',
    'Scorecard_Item__c',
    'Assessment__c',
    'Assessment_Response__c',
    'Coaching_Task__c',
    'Calibration_Session__c',
    'Sampling_Plan__c',
    'Sampling_Pool_Member__c',
    'Dispute__c',
    'Dispute_Item__c',
    'PermissionSetAssignment'
];

type Request = Parameters<Connection['request']>[0];

/** Watches the API requests a connection sends; `stopAt` makes one fail as a killed job would. */
function watchRequests(conn: Connection, stopAt?: { path: string; nth: number }): string[] {
    const writes: string[] = [];
    const send = conn.request.bind(conn);
    let seen = 0;
    jest.spyOn(conn, 'request').mockImplementation(((request: Request, options?: object) => {
        const { method = 'GET', url = '' } = typeof request === 'string' ? { url: request } : request;
        if (stopAt && url.includes(stopAt.path) && ++seen === stopAt.nth) {
            throw new Error(`the job was killed before ${method} ${url}`);
        }
        if (method !== 'GET') {
            writes.push(`${method} ${url}`);
        }
        return send(request, options);
    }) as never);
    return writes;
}

async function counts(conn: Connection): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const object of SEEDED_OBJECTS) {
        result[object] = (await conn.query(`SELECT COUNT() FROM ${object}`)).totalSize;
    }
    return result;
}

interface DisputeRow {
    Dispute_Key__c: string;
    Status__c: string;
    Level__c: string;
    Resolved_At__c: string | null;
    Arbitrator__r: { Username: string } | null;
    Assessment__r: { Status__c: string };
    Items__r: {
        records: {
            Outcome__c: string;
            Decision_Note__c: string | null;
            Original_Answer__c: string;
            Proposed_Answer__c: string;
            Assessment_Response__r: { Answer__c: string; Scorecard_Item__r: { Item_Key__c: string } };
        }[];
    } | null;
}

/** The disputes as the org holds them, in the model's terms. */
async function disputesInOrg(conn: Connection): Promise<unknown[]> {
    const rows = await queryAllRecords<DisputeRow>(
        conn,
        `SELECT Dispute_Key__c, Status__c, Level__c, Resolved_At__c, Arbitrator__r.Username, Assessment__r.Status__c,
            (SELECT Outcome__c, Decision_Note__c, Original_Answer__c, Proposed_Answer__c, Assessment_Response__r.Answer__c,
                    Assessment_Response__r.Scorecard_Item__r.Item_Key__c FROM Items__r)
         FROM Dispute__c ORDER BY Dispute_Key__c`
    );
    return rows.map((row) => ({
        key: row.Dispute_Key__c,
        status: row.Status__c,
        level: row.Level__c,
        arbitrator: row.Arbitrator__r?.Username ?? null,
        resolvedAt: row.Resolved_At__c === null ? null : new Date(row.Resolved_At__c).toISOString(),
        assessment: row.Assessment__r.Status__c,
        answers: (row.Items__r?.records ?? [])
            .map((item) => ({
                itemKey: item.Assessment_Response__r.Scorecard_Item__r.Item_Key__c,
                outcome: item.Outcome__c,
                note: item.Decision_Note__c,
                original: item.Original_Answer__c,
                proposed: item.Proposed_Answer__c,
                now: item.Assessment_Response__r.Answer__c
            }))
            .sort((x, y) => x.itemKey.localeCompare(y.itemKey))
    }));
}

/** What the model decided: each dispute closed with its outcome, an overturned answer changed on the response. */
function disputesInModel(center: ContactCenter): unknown[] {
    return center.disputes
        .map((d) => ({
            key: d.key,
            status: d.outcome,
            level: d.escalatedToUsername ? 'Level 2' : 'Level 1',
            arbitrator: d.escalatedToUsername ?? d.reviewerUsername,
            resolvedAt: d.resolvedAt,
            assessment: 'Final',
            answers: d.answers
                .map((a) => ({
                    itemKey: a.itemKey,
                    outcome: a.outcome,
                    note: a.note,
                    original: a.originalAnswer,
                    proposed: a.proposedAnswer,
                    now: a.outcome === 'Overturned' ? a.proposedAnswer : a.originalAnswer
                }))
                .sort((x, y) => x.itemKey.localeCompare(y.itemKey))
        }))
        .sort((x, y) => x.key.localeCompare(y.key));
}

describe('seed job against the local org', () => {
    let real: JobsOrg;
    const center = generateContactCenter(OPTIONS);

    beforeAll(async () => {
        real = await startJobsOrg();
    });
    afterAll(async () => {
        await real.close();
    });
    afterEach(() => {
        jest.restoreAllMocks();
    });

    it('writes a center that passes the rules, with managers and decided disputes, and a second run writes nothing', async () => {
        const first = await writeContactCenter(real.admin, center, quiet, { runningUserId: real.users[0].id });
        expect(first.interactions).toBe(center.interactions.length);
        expect(first.disputes).toBe(center.disputes.length);
        const statuses = new Set(center.disputes.map((d) => d.outcome));
        expect([statuses.size, center.disputes.some((d) => d.escalatedToUsername)]).toEqual([3, true]);
        expect(await disputesInOrg(real.admin)).toEqual(disputesInModel(center));

        const managers = await queryAllRecords<{ Username: string; Manager: { Username: string } | null }>(
            real.admin,
            `SELECT Username, Manager.Username FROM User WHERE Username LIKE '%@seed-25.verity.local'`
        );
        expect(Object.fromEntries(managers.map((row) => [row.Username, row.Manager?.Username ?? null]))).toEqual(
            Object.fromEntries(center.people.map((p) => [p.username, p.managerUsername ?? null]))
        );

        const before = await counts(real.admin);
        expect(before.Dispute_Item__c).toBe(center.disputes.reduce((sum, d) => sum + d.answers.length, 0));
        expect(before.Coaching_Task__c).toBe(center.coaching.length);
        const writes = watchRequests(real.admin);
        const second = await writeContactCenter(real.admin, center, quiet, { runningUserId: real.users[0].id });
        expect(second.created).toBe(0);
        expect(writes).toEqual([]);
        expect(await counts(real.admin)).toEqual(before);
        expect(await disputesInOrg(real.admin)).toEqual(disputesInModel(center));
    }, 120_000);

    it('ends a run killed half-way through the disputes, run again, where an uninterrupted run ends', async () => {
        const stopped = await startJobsOrg();
        try {
            // The second Dispute__c write takes the open disputes under review: the job dies there.
            watchRequests(stopped.admin, { path: '/composite/sobjects/Dispute__c', nth: 2 });
            await expect(
                writeContactCenter(stopped.admin, center, quiet, { runningUserId: stopped.users[0].id })
            ).rejects.toThrow('the job was killed');
            jest.restoreAllMocks();
            const half = (await disputesInOrg(stopped.admin)) as { status: string; assessment: string }[];
            expect(half.map((d) => [d.status, d.assessment])).toEqual(center.disputes.map(() => ['Open', 'Disputed']));

            await writeContactCenter(stopped.admin, center, quiet, { runningUserId: stopped.users[0].id });
            expect(await disputesInOrg(stopped.admin)).toEqual(disputesInModel(center));
            expect(await counts(stopped.admin)).toEqual(await counts(real.admin));
        } finally {
            await stopped.close();
        }
    }, 120_000);

    it('refuses, before writing anything, a running user without the History Loader permission set', async () => {
        const qaAdmin = real.user('qaAdmin');
        const conn = real.connect(qaAdmin);
        await expect(requireHistoryLoader(conn, qaAdmin.id, 'acme-prod')).rejects.toThrow(
            `sf org assign permset --name ${HISTORY_LOADER} --target-org acme-prod`
        );
        await expect(requireHistoryLoader(conn, qaAdmin.id)).rejects.toThrow('npx verity local reset');
        const other = generateContactCenter({ ...OPTIONS, seed: 'refused' });
        const writes = watchRequests(conn);
        const refusal = writeContactCenter(conn, other, quiet, { runningUserId: qaAdmin.id, targetOrg: 'acme-prod' });
        await expect(refusal).rejects.toBeInstanceOf(JobError);
        expect(writes).toEqual([]);
    });
});
