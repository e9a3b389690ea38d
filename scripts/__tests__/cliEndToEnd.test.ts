import { execFile } from 'node:child_process';
import path from 'node:path';
import { LOCAL_DIR_VARIABLE, orgDetails, writeOrgDetails } from '../commands/localOrgFiles';
import { startJobsOrg, type JobsOrg } from '../jobs/__tests__/localOrgHarness';

/**
 * The `verity` jobs as an admin or a cron entry runs them: `node bin/verity.js …` in child
 * processes, pointed through VERITY_LOCAL_DIR at a local org on a temporary database (never the
 * project's .local/), each printing one JSON object and exiting with its documented code.
 */
const BIN = path.join(__dirname, '..', '..', 'bin', 'verity.js');
const SMALL = ['--seed', 'e2e', '--agents', '4', '--teams', '2', '--evaluators', '2', '--months', '2'];

interface Run {
    code: number;
    json: { status: number; result?: Record<string, unknown>; name?: string; message?: string };
}

let real: JobsOrg;

/** Runs the command line without blocking this process, which serves the org it talks to. */
function verity(...argv: string[]): Promise<Run> {
    return new Promise((resolve, reject) => {
        execFile(
            process.execPath,
            [BIN, ...argv],
            { env: { ...process.env, [LOCAL_DIR_VARIABLE]: real.folder }, maxBuffer: 64 * 1024 * 1024 },
            (error, stdout, stderr) => {
                const code = error ? Number(error.code) : 0;
                try {
                    resolve({ code, json: JSON.parse(stdout) as Run['json'] });
                } catch {
                    reject(new Error(`verity ${argv.join(' ')} exited ${code} without JSON: ${stdout}${stderr}`));
                }
            }
        );
    });
}

beforeAll(async () => {
    // The org's clock is now: the seed writes history up to today, and a submission may not be in the future.
    real = await startJobsOrg(new Date());
    writeOrgDetails(path.join(real.folder, 'org.json'), orgDetails(real.org, real.server.instanceUrl));
});

afterAll(async () => {
    await real.close();
});

describe('verity jobs as child processes', () => {
    it('seeds, samples and snapshots, and a second seed creates nothing', async () => {
        const requestsBefore = real.server.faults.requestCount;
        const seeded = await verity('seed', '--json', ...SMALL);
        expect(seeded.code).toBe(0);
        expect(seeded.json.status).toBe(0);
        const summary = seeded.json.result as Record<string, number>;
        expect(Object.keys(summary).sort()).toEqual(
            [
                'assessments',
                'calibrationSessions',
                'coachingTasks',
                'created',
                'disputes',
                'interactions',
                'responses',
                'samplingPlans',
                'scorecards',
                'users'
            ].sort()
        );
        expect([summary.users, summary.scorecards, summary.interactions, summary.samplingPlans]).toEqual([9, 3, 96, 3]);
        expect(summary.disputes).toBeGreaterThan(0);
        expect(summary.created).toBeGreaterThan(summary.interactions);
        // It reached the org this process serves, not one of its own.
        expect(real.server.faults.requestCount).toBeGreaterThan(requestsBefore);

        const sampled = await verity('sample', '--json');
        expect([sampled.code, sampled.json.status]).toEqual([0, 0]);
        const plans = (sampled.json.result as { plans: { outcome: string; assessmentsCreated: number }[] }).plans;
        expect(plans.map((plan) => plan.outcome)).toEqual(['completed', 'completed', 'completed']);
        const assigned = plans.reduce((sum, plan) => sum + plan.assessmentsCreated, 0);
        expect(assigned).toBeGreaterThan(0);
        const open = await real.admin.query("SELECT Id FROM Assessment__c WHERE Status__c = 'Assigned'");
        expect(open.totalSize).toBe(assigned);

        const snapshot = await verity('snapshot', '--json', '--period', 'month');
        expect([snapshot.code, snapshot.json.status]).toEqual([0, 0]);
        expect(snapshot.json.result).toMatchObject({ periodType: 'Month' });
        expect(Number(snapshot.json.result?.agentSnapshots)).toBe(4);

        const again = await verity('seed', '--json', ...SMALL);
        expect([again.code, again.json.status]).toEqual([0, 0]);
        expect((again.json.result as Record<string, number>).created).toBe(0);
        expect((again.json.result as Record<string, number>).disputes).toBe(summary.disputes);
    }, 180_000);

    it('for a person, shows progress bars and still ends by itself (no bar left running)', async () => {
        const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
            execFile(
                process.execPath,
                [BIN, 'seed', ...SMALL],
                { env: { ...process.env, [LOCAL_DIR_VARIABLE]: real.folder }, timeout: 90_000 },
                (error, _stdout, stderrText) =>
                    resolve({ code: error ? Number(error.code ?? 1) : 0, stderr: stderrText })
            );
        });
        expect(code).toBe(0);
        expect(stderr).toMatch(/Interactions \[.*\] 96\/96 100%/);
    }, 120_000);

    it('exits 2 with a JSON error naming the bad option', async () => {
        const badValue = await verity('seed', '--json', '--agents', 'lots');
        expect(badValue.code).toBe(2);
        expect(badValue.json).toMatchObject({ status: 2, name: 'UsageError' });
        expect(badValue.json.message).toContain('--agents must be a whole number from 1 up to 2000, got "lots"');
        const unknown = await verity('sample', '--json', '--shuffle');
        expect(unknown.code).toBe(2);
        expect(unknown.json).toMatchObject({ status: 2, name: 'UsageError' });
        expect(unknown.json.message).toContain("unknown option '--shuffle'");
    }, 60_000);
});
