import type { Connection } from 'jsforce';
import type { CommandOutput } from '../../cli/output';
import { NO_WAIT, startJobsOrg, type JobsOrg } from '../../jobs/__tests__/localOrgHarness';
import { runSampleJob } from '../sampleJob';
import { sampleReportLines } from '../sampleReport';
import { assessmentKey, runKey, seedFromRunKey } from '../samplingPeriod';
import { NOW, PLAN_NAME, seedSamplingDesk, type SamplingDesk } from './samplingDesk';

/**
 * `verity sample` against a real local org through jsforce: the picks and their assignment, the
 * run record, the plan's next run, a second run that creates nothing, a run that survives an
 * injected 503 with the same end state, a run resumed after it stopped half-way, and a dry run.
 */
const QUIET: CommandOutput = { json: true, result: () => undefined, note: () => undefined };

interface AssessmentRow {
    Assessment_Key__c: string;
    Interaction__c: string;
    Agent__c: string;
    Evaluator__c: string;
    OwnerId: string;
    Status__c: string;
    Due_Date__c: string;
    Sampling_Run__c: string;
}

interface RunRow {
    Id: string;
    Run_Key__c: string;
    Status__c: string;
    Seed__c: number;
    Candidate_Count__c: number;
    Pick_Count__c: number;
    Period_Start__c: string;
    Period_End__c: string;
    Picks__c: string;
    Log__c: string;
    Finished_At__c: string | null;
}

async function endState(conn: Connection) {
    const assessments = (
        await conn.query<AssessmentRow>(
            'SELECT Assessment_Key__c, Interaction__c, Agent__c, Evaluator__c, OwnerId, Status__c, Due_Date__c, Sampling_Run__c FROM Assessment__c ORDER BY Assessment_Key__c'
        )
    ).records;
    const runs = (
        await conn.query<RunRow>(
            'SELECT Id, Run_Key__c, Status__c, Seed__c, Candidate_Count__c, Pick_Count__c, Period_Start__c, Period_End__c, Picks__c, Log__c, Finished_At__c FROM Sampling_Run__c'
        )
    ).records;
    const [plan] = (
        await conn.query<{ Next_Run_At__c: string; Last_Run_At__c: string | null }>(
            'SELECT Next_Run_At__c, Last_Run_At__c FROM Sampling_Plan__c'
        )
    ).records;
    return { assessments, runs, plan };
}

/** What must be the same between two orgs: keys, interactions, agents and evaluators (ids are the org's own). */
const comparable = (state: Awaited<ReturnType<typeof endState>>) => ({
    assessments: state.assessments.map((row) => [row.Interaction__c, row.Agent__c, row.Evaluator__c, row.Status__c]),
    runs: state.runs.map((run) => [run.Status__c, run.Seed__c, run.Candidate_Count__c, run.Pick_Count__c]),
    nextRunAt: state.plan.Next_Run_At__c
});

const run = (real: JobsOrg, extra: { dryRun?: boolean; planName?: string; now?: Date } = {}) =>
    runSampleJob(real.admin, { dryRun: false, now: NOW, output: QUIET, retry: NO_WAIT, ...extra });

describe('verity sample on a local org', () => {
    let real: JobsOrg;
    let desk: SamplingDesk;
    let firstRun: Awaited<ReturnType<typeof endState>>;

    beforeAll(async () => {
        real = await startJobsOrg(NOW);
        desk = await seedSamplingDesk(real);
    });

    afterAll(async () => {
        await real.close();
    });

    it('a dry run shows the picks and writes nothing', async () => {
        const result = await run(real, { dryRun: true });
        expect(result.plans).toHaveLength(1);
        expect(result.plans[0]).toMatchObject({ outcome: 'dryRun', picked: 8, candidates: 16, runId: null });
        const lines = sampleReportLines(result);
        expect(lines.join('\n')).toMatch(/dry run: nothing written/);
        expect(lines.join('\n')).toMatch(/Agent\s+Interaction\s+Evaluator\s+Reason/);
        const state = await endState(real.admin);
        expect(state.assessments).toHaveLength(0);
        expect(state.runs).toHaveLength(0);
        expect(state.plan.Next_Run_At__c).toBe('2026-03-02T06:00:00.000+0000');
    });

    it('picks the quota per agent, assigns it balanced within ±1, and records the run', async () => {
        const dry = (await run(real, { dryRun: true })).plans[0];
        const result = await run(real);
        const plan = result.plans[0];
        expect(plan).toMatchObject({ outcome: 'completed', picked: 8, assessmentsCreated: 8, unassigned: 0 });
        // A dry run shows exactly what the real run then does.
        expect(plan.picks.map((pick) => [pick.interactionId, pick.evaluatorId])).toEqual(
            dry.picks.map((pick) => [pick.interactionId, pick.evaluatorId])
        );

        firstRun = await endState(real.admin);
        const { assessments, runs } = firstRun;
        expect(assessments).toHaveLength(8);
        const perAgent = desk.agentIds.map((id) => assessments.filter((row) => row.Agent__c === id).length);
        expect(perAgent).toEqual([2, 2, 2, 2]);
        const perEvaluator = desk.evaluatorIds.map((id) => assessments.filter((row) => row.Evaluator__c === id).length);
        expect(perEvaluator.reduce((sum, n) => sum + n, 0)).toBe(8);
        expect(Math.max(...perEvaluator) - Math.min(...perEvaluator)).toBeLessThanOrEqual(1);
        for (const row of assessments) {
            expect(row.OwnerId).toBe(row.Evaluator__c);
            expect(row.Evaluator__c).not.toBe(row.Agent__c);
            expect(row.Status__c).toBe('Assigned');
            expect(row.Due_Date__c).toBe('2026-03-09');
            expect(row.Assessment_Key__c).toBe(assessmentKey(desk.planId, '2026-02-23', row.Interaction__c));
            expect(desk.neverPicked).not.toContain(row.Interaction__c);
        }
        // The supervised agent's manager is in the pool, and never gets that agent's work.
        expect(
            assessments.filter((row) => row.Agent__c === desk.supervisedAgentId).map((row) => row.Evaluator__c)
        ).not.toContain(desk.evaluatorIds[2]);
        // Agent 4's AI-flagged call goes first.
        const flagged = plan.picks.find((pick) => pick.agentId === desk.agentIds[3] && /AI-flagged/.test(pick.reason));
        expect(flagged?.reason).toBe('AI-flagged: negative sentiment');

        expect(runs).toHaveLength(1);
        const [record] = runs;
        const key = runKey(desk.planId, '2026-02-23');
        expect(record).toMatchObject({
            Run_Key__c: key,
            Status__c: 'Completed',
            Seed__c: seedFromRunKey(key),
            Candidate_Count__c: 16,
            Pick_Count__c: 8,
            Period_Start__c: '2026-02-23',
            Period_End__c: '2026-03-01'
        });
        expect(record.Finished_At__c).not.toBeNull();
        const recorded = JSON.parse(record.Picks__c) as {
            seed: number;
            picks: { interaction: string; reason: string }[];
        };
        expect(recorded.seed).toBe(seedFromRunKey(key));
        expect(recorded.picks.map((pick) => pick.interaction).sort()).toEqual(
            assessments.map((row) => row.Interaction__c).sort()
        );
        expect(recorded.picks.every((pick) => pick.reason.length > 0)).toBe(true);
        expect(record.Log__c).toMatch(/16 eligible, 8 picked/);
        expect(assessments.every((row) => row.Sampling_Run__c === record.Id)).toBe(true);
        expect(firstRun.plan.Next_Run_At__c).toBe('2026-03-09T06:00:00.000+0000');
    });

    it('a second run at the same moment finds nothing due and creates nothing', async () => {
        const again = await run(real);
        expect(again.plans).toHaveLength(0);
        expect(sampleReportLines(again)).toEqual([`No sampling plan is due at ${NOW.toISOString()}.`]);
        expect(await endState(real.admin)).toEqual(firstRun);
    });

    it('the plan named again for the same period reports the completed run and writes nothing new', async () => {
        const again = await run(real, { planName: PLAN_NAME });
        expect(again.plans[0]).toMatchObject({ outcome: 'alreadyCompleted', assessmentsCreated: 0, picked: 8 });
        const state = await endState(real.admin);
        expect(state.assessments).toEqual(firstRun.assessments);
        expect(state.runs).toEqual(firstRun.runs);
    });

    it('the next week never re-picks an interaction the plan already assessed', async () => {
        const later = new Date('2026-03-09T06:00:00.000Z');
        const result = await run(real, { now: later });
        // The next period (2 to 8 March) has no interactions: nothing is picked, and the plan moves on.
        expect(result.plans[0]).toMatchObject({ periodStart: '2026-03-02', picked: 0, assessmentsCreated: 0 });
        const state = await endState(real.admin);
        expect(state.assessments).toHaveLength(8);
        expect(state.plan.Next_Run_At__c).toBe('2026-03-16T06:00:00.000+0000');
    });

    it('with --plan, an unknown name is bad input', async () => {
        await expect(run(real, { planName: 'No such plan' })).rejects.toThrow(
            /No sampling plan is named "No such plan"/
        );
    });

    it('ends the same as an uninterrupted run after a 503 mid-run, and after a run stopped half-way', async () => {
        // A second org, same desk: a 503 on the assessments' write (the second collection call; the
        // first starts the run) is retried.
        const faulty = await startJobsOrg(NOW);
        try {
            await seedSamplingDesk(faulty);
            faulty.server.faults.add({
                kind: 'unavailable',
                onRequest: 2,
                times: 2,
                pathIncludes: '/composite/sobjects'
            });
            const retries: unknown[] = [];
            await runSampleJob(faulty.admin, {
                dryRun: false,
                now: NOW,
                output: QUIET,
                retry: { ...NO_WAIT, onRetry: (_attempt, error) => retries.push(error) }
            });
            expect(retries.length).toBeGreaterThanOrEqual(1);
            const state = await endState(faulty.admin);
            expect(state.assessments).toHaveLength(8);
            expect(new Set(state.assessments.map((row) => row.Assessment_Key__c)).size).toBe(8);
            expect(comparable(state)).toEqual(comparable(firstRun));
        } finally {
            faulty.server.faults.clear();
            await faulty.close();
        }

        // A third org: the first attempt fails for good while writing assessments (the run stays
        // Running), the next attempt resumes it and ends exactly where one clean run ends.
        const stopped = await startJobsOrg(NOW);
        try {
            await seedSamplingDesk(stopped);
            stopped.server.faults.add({
                kind: 'unavailable',
                onRequest: 2,
                times: 20,
                pathIncludes: '/composite/sobjects'
            });
            await expect(
                runSampleJob(stopped.admin, {
                    dryRun: false,
                    now: NOW,
                    output: QUIET,
                    retry: { ...NO_WAIT, attempts: 2 }
                })
            ).rejects.toThrow();
            stopped.server.faults.clear();
            const half = await endState(stopped.admin);
            expect(half.runs.map((row) => row.Status__c)).toEqual(['Running']);
            expect(half.plan.Next_Run_At__c).toBe('2026-03-02T06:00:00.000+0000');
            const resumed = await runSampleJob(stopped.admin, {
                dryRun: false,
                now: new Date('2026-03-02T07:30:00.000Z'),
                output: QUIET,
                retry: NO_WAIT
            });
            expect(resumed.plans[0].outcome).toBe('completed');
            const state = await endState(stopped.admin);
            expect(comparable(state)).toEqual(comparable(firstRun));
        } finally {
            stopped.server.faults.clear();
            await stopped.close();
        }
    }, 30_000);
});
