import type { Connection } from 'jsforce';
import type { CommandOutput } from '../cli/output';
import { queryAllRecords } from '../jobs/recordWriter';
import { runSampleJob } from '../sampling/sampleJob';
import { generateContactCenter } from './generateContactCenter';
import { writeContactCenter } from './writeContactCenter';

/** The demo center `npm start` seeds: small enough to be ready in seconds, large enough to show every page. */
export const DEMO_SIZE = { seed: 'demo', agents: 12, teams: 3, evaluators: 4, months: 1 };

/**
 * Makes an org ready to demonstrate: seeds the demo contact center when the org holds no
 * interactions yet, then runs the sampling plans that are due, so evaluators find fresh work.
 */
export async function prepareDemo(
    conn: Connection,
    output: CommandOutput,
    runningUserId: string,
    now: Date
): Promise<{ seeded: boolean; assessmentsAssigned: number }> {
    const existing = await queryAllRecords<{ Id: string }>(conn, 'SELECT Id FROM Interaction__c LIMIT 1');
    let seeded = false;
    if (existing.length === 0) {
        output.note('Seeding the demo contact center…');
        const today = new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000);
        await writeContactCenter(conn, generateContactCenter({ ...DEMO_SIZE, now: today }), output, { runningUserId });
        seeded = true;
    }
    const sampling = await runSampleJob(conn, { now, dryRun: false, output });
    const assessmentsAssigned = sampling.plans.reduce((sum, plan) => sum + plan.assessmentsCreated, 0);
    return { seeded, assessmentsAssigned };
}
