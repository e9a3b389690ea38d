import type { Connection } from 'jsforce';
import { JobError } from '../cli/exitCodes';
import type { CommandOutput } from '../cli/output';
import type { RetryOptions } from '../jobs/retry';
import { duePlans, namedPlan } from './planRecords';
import { runPlan, type PlanRunResult } from './runPlan';

/**
 * `verity sample`: the plans that are due at `now` (active, Next_Run_At__c ≤ now), or the one
 * named, each run in turn. A plan named while inactive is run only as a dry run: an inactive plan
 * may lack its pool or schedule, and writing assessments for it is not what an inactive plan means.
 */
export interface SampleJobOptions {
    planName?: string;
    dryRun: boolean;
    now: Date;
    output: CommandOutput;
    retry?: RetryOptions;
}

export interface SampleJobResult {
    now: string;
    dryRun: boolean;
    plans: PlanRunResult[];
}

export async function runSampleJob(conn: Connection, options: SampleJobOptions): Promise<SampleJobResult> {
    const { now, dryRun, output, retry } = options;
    let plans;
    if (options.planName !== undefined) {
        const plan = await namedPlan(conn, options.planName, retry);
        if (!plan.Active__c && !dryRun) {
            throw new JobError(`Plan "${plan.Name}" is not active: activate it, or look at its picks with --dry-run.`);
        }
        plans = [plan];
    } else {
        plans = await duePlans(conn, now, retry);
    }
    const results: PlanRunResult[] = [];
    for (const plan of plans) {
        output.note(`${dryRun ? 'Dry run of' : 'Running'} plan "${plan.Name}"…`);
        results.push(await runPlan(conn, plan, { now, dryRun, output, retry }));
    }
    return { now: now.toISOString(), dryRun, plans: results };
}
