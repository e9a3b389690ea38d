import type { Connection } from 'jsforce';
import { JobError } from '../cli/exitCodes';
import type { CommandOutput } from '../cli/output';
import { queryAllRecords, soqlString, upsertRecords, upsertShowingProgress } from '../jobs/recordWriter';
import { withRetries, type RetryOptions } from '../jobs/retry';
import { readPlanFilters } from './planFilters';
import { readPlanSettings, type PlanRecord } from './planRecords';
import { decideSample, picksJson, type DecidedPick } from './samplingDecision';
import { alreadyAssessed, readCandidates, readPool, readSupervisors } from './samplingInputs';
import {
    assessmentKey,
    dueDate,
    nextRunAfter,
    runAnchor,
    runKey,
    samplingWindow,
    seedFromRunKey
} from './samplingPeriod';

/**
 * One plan's run, safe to repeat. The run record is keyed plan:periodStart and its seed comes from
 * that key, so every attempt at the same schedule — a re-run, a concurrent run, a run resumed after
 * a kill — makes the same decision; assessments are keyed plan:periodStart:interaction and only the
 * missing ones are written. A run left Running by a failure is resumed by the next attempt.
 */
export type RunOutcome = 'completed' | 'alreadyCompleted' | 'dryRun';

export interface PlanRunResult {
    planId: string;
    planName: string;
    outcome: RunOutcome;
    runKey: string;
    runId: string | null;
    periodStart: string;
    periodEnd: string;
    seed: number;
    candidates: number;
    picked: number;
    assessmentsCreated: number;
    unassigned: number;
    nextRunAt: string | null;
    picks: DecidedPick[];
}

export interface RunPlanOptions {
    now: Date;
    dryRun: boolean;
    output: CommandOutput;
    retry?: RetryOptions;
}

interface RunRow {
    Id: string;
    Status__c: 'Running' | 'Completed' | 'Failed';
    Started_At__c: string;
    Seed__c: number | null;
    Candidate_Count__c: number | null;
    Pick_Count__c: number | null;
    Picks__c: string | null;
}

async function findRun(conn: Connection, key: string, retry?: RetryOptions): Promise<RunRow | null> {
    const rows = await queryAllRecords<RunRow>(
        conn,
        `SELECT Id, Status__c, Started_At__c, Seed__c, Candidate_Count__c, Pick_Count__c, Picks__c FROM Sampling_Run__c WHERE Run_Key__c = ${soqlString(key)}`,
        retry
    );
    return rows[0] ?? null;
}

/** The picks a finished run recorded, for its report. */
function recordedPicks(run: RunRow): DecidedPick[] {
    try {
        const parsed = JSON.parse(run.Picks__c ?? '{}') as {
            picks?: { interaction: string; agent: string; evaluator: string | null; reason: string }[];
        };
        return (parsed.picks ?? []).map((pick) => ({
            interactionId: pick.interaction,
            interactionName: pick.interaction,
            caseId: '',
            agentId: pick.agent,
            agentName: pick.agent,
            evaluatorId: pick.evaluator,
            evaluatorName: pick.evaluator,
            reason: pick.reason
        }));
    } catch {
        return [];
    }
}

async function updateRecord(
    conn: Connection,
    objectName: string,
    values: Record<string, unknown>,
    retry?: RetryOptions
) {
    const result = (await withRetries(() => conn.sobject(objectName).update(values as { Id: string }), retry)) as {
        success: boolean;
        errors?: { message?: string; fields?: string[] }[];
    };
    if (!result.success) {
        const error = result.errors?.[0];
        throw new JobError(
            `${objectName} ${String(values.Id)} was refused${error?.fields?.length ? ` (field ${error.fields.join(', ')})` : ''}: ${error?.message ?? 'no message'}`
        );
    }
}

/** Moves the plan's schedule on; an earlier attempt may have done it already, which changes nothing. */
async function scheduleNext(conn: Connection, plan: PlanRecord, nextRunAt: Date, now: Date, retry?: RetryOptions) {
    await updateRecord(
        conn,
        'Sampling_Plan__c',
        { Id: plan.Id, Next_Run_At__c: nextRunAt.toISOString(), Last_Run_At__c: now.toISOString() },
        retry
    );
}

export async function runPlan(conn: Connection, plan: PlanRecord, options: RunPlanOptions): Promise<PlanRunResult> {
    const { now, dryRun, output, retry } = options;
    // Everything about the plan is checked before anything is written.
    const settings = readPlanSettings(plan);
    const filters = readPlanFilters(plan.Name, plan.Filter_Definition__c, plan.Exclusions__c);
    const scheduled = plan.Next_Run_At__c ? new Date(plan.Next_Run_At__c) : null;
    const anchor = runAnchor(scheduled, now);
    const window = samplingWindow(anchor, settings.lookbackDays);
    const key = runKey(plan.Id, window.periodStart);
    const seed = seedFromRunKey(key);
    const next = nextRunAfter(anchor, settings.cadence, now);
    const base = {
        planId: plan.Id,
        planName: plan.Name,
        runKey: key,
        periodStart: window.periodStart,
        periodEnd: window.periodEnd,
        seed
    };

    let run = await findRun(conn, key, retry);
    if (run !== null && run.Status__c !== 'Running' && !dryRun) {
        // Finished earlier (perhaps by an attempt killed before it moved the schedule on).
        if (run.Status__c === 'Failed') {
            throw new JobError(
                `Plan "${plan.Name}": run ${key} is marked Failed; it stays as the audit of that period.`
            );
        }
        await scheduleNext(conn, plan, next.nextRunAt, now, retry);
        return {
            ...base,
            outcome: 'alreadyCompleted',
            runId: run.Id,
            seed: run.Seed__c ?? seed,
            candidates: run.Candidate_Count__c ?? 0,
            picked: run.Pick_Count__c ?? 0,
            assessmentsCreated: 0,
            unassigned: 0,
            nextRunAt: next.nextRunAt.toISOString(),
            picks: recordedPicks(run)
        };
    }
    if (run === null && !dryRun) {
        const started = await upsertRecords(
            conn,
            'Sampling_Run__c',
            'Run_Key__c',
            [
                {
                    Run_Key__c: key,
                    Sampling_Plan__c: plan.Id,
                    Status__c: 'Running',
                    Period_Start__c: window.periodStart,
                    Period_End__c: window.periodEnd,
                    Seed__c: seed,
                    Started_At__c: now.toISOString()
                }
            ],
            { retry }
        );
        run = {
            Id: started.idsByKey.get(key) as string,
            Status__c: 'Running',
            Started_At__c: now.toISOString(),
            Seed__c: seed,
            Candidate_Count__c: null,
            Pick_Count__c: null,
            Picks__c: null
        };
    }
    const runId = run?.Id ?? null;

    const candidates = await readCandidates(conn, filters, window, retry);
    const assessed = await alreadyAssessed(conn, plan.Id, runId, retry);
    const pool = await readPool(conn, plan.Id, runId, retry);
    const supervisors = plan.Exclude_Own_Supervisor__c
        ? await readSupervisors(conn, [...new Set(candidates.map((candidate) => candidate.agentId))], retry)
        : new Map<string, string>();
    const decision = decideSample({
        planName: plan.Name,
        settings,
        filters,
        prioritizeAiFlagged: plan.Prioritize_AI_Flags__c === true,
        excludeOwnSupervisor: plan.Exclude_Own_Supervisor__c === true,
        window,
        seed,
        candidates,
        alreadyAssessed: assessed,
        pool,
        supervisors
    });
    const counts = decision.sampling.counts;
    const result: PlanRunResult = {
        ...base,
        outcome: dryRun ? 'dryRun' : 'completed',
        runId,
        candidates: counts.eligible,
        picked: counts.picked,
        assessmentsCreated: 0,
        unassigned: decision.assignment.unassigned.length,
        nextRunAt: dryRun ? null : next.nextRunAt.toISOString(),
        picks: [...decision.picks]
    };
    if (dryRun || runId === null) {
        return result;
    }

    // The decision goes on the run before any assessment, so a half-finished run shows what it meant to do.
    const log = [...decision.log];
    if (next.skipped > 0) {
        log.push(`${next.skipped} scheduled run(s) were missed while nothing ran; the plan resumes its cadence.`);
    }
    await updateRecord(
        conn,
        'Sampling_Run__c',
        {
            Id: runId,
            Candidate_Count__c: counts.eligible,
            Pick_Count__c: counts.picked,
            Picks__c: picksJson(decision),
            Log__c: log.join('\n')
        },
        retry
    );

    const existing = new Set(
        (
            await queryAllRecords<{ Assessment_Key__c: string }>(
                conn,
                `SELECT Assessment_Key__c FROM Assessment__c WHERE Sampling_Run__c = ${soqlString(runId)}`,
                retry
            )
        ).map((row) => row.Assessment_Key__c)
    );
    const due = dueDate(anchor, settings.cadence);
    const missing = decision.picks
        .filter((pick) => pick.evaluatorId !== null)
        .map((pick) => ({
            Assessment_Key__c: assessmentKey(plan.Id, window.periodStart, pick.interactionId),
            Case__c: pick.caseId,
            Scorecard__c: plan.Scorecard__c,
            Interaction__c: pick.interactionId,
            Agent__c: pick.agentId,
            Evaluator__c: pick.evaluatorId,
            OwnerId: pick.evaluatorId,
            Status__c: 'Assigned',
            Type__c: 'Standard',
            Due_Date__c: due,
            Sampling_Run__c: runId
        }))
        .filter((record) => !existing.has(record.Assessment_Key__c));
    // Case__c only on create: a concurrent attempt may have created the record in between.
    const written = await upsertShowingProgress(
        conn,
        'Assessment__c',
        'Assessment_Key__c',
        missing,
        `Assessments for ${plan.Name}`,
        output,
        { retry, insertOnlyFields: ['Case__c'] }
    );
    result.assessmentsCreated = written.created;

    // Another attempt may have finished the run meanwhile: a finished run is never touched again.
    const latest = await findRun(conn, key, retry);
    if (latest?.Status__c === 'Running') {
        const startedAt = new Date(latest.Started_At__c);
        try {
            await updateRecord(
                conn,
                'Sampling_Run__c',
                {
                    Id: runId,
                    Status__c: 'Completed',
                    Finished_At__c: new Date(Math.max(now.getTime(), startedAt.getTime())).toISOString()
                },
                retry
            );
        } catch (error) {
            // A concurrent attempt completing it first is the same end; anything else is a failure.
            if ((await findRun(conn, key, retry))?.Status__c !== 'Completed') {
                throw error;
            }
        }
    }
    await scheduleNext(conn, plan, next.nextRunAt, now, retry);
    return result;
}
