/**
 * Benchmark of the `verity` jobs (issue 7): what a new user gets from `npx verity seed` then
 * `npx verity sample` on a fresh local org, at the default sizes, in under two minutes on this
 * machine. The real command line runs as child processes with no local org running, so each job
 * starts one for itself, as it would on a fresh clone; VERITY_LOCAL_DIR points them at a temporary
 * folder, never the project's .local/. Between and after the jobs the benchmark opens the same
 * database to count what was written and how the picks were spread over the evaluators.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLocalOrg } from '../../local/org/openLocalOrg';
import type { QueryPage } from '../../local/org/orgData';
import { LOCAL_DIR_VARIABLE } from '../../scripts/commands/localOrgFiles';
import type { BenchLine } from './benchLine';

const ROOT = path.join(__dirname, '..', '..');
const SOURCE = path.join(ROOT, 'force-app', 'main', 'default');
const BIN = path.join(ROOT, 'bin', 'verity.js');
const GOAL_SECONDS = 120;
const SEEDED_OBJECTS = [
    'User',
    'PermissionSetAssignment',
    'Scorecard__c',
    'Scorecard_Item__c',
    'Case',
    'Interaction__c',
    'Assessment__c',
    'Assessment_Response__c',
    'Coaching_Task__c',
    'Calibration_Session__c',
    'Dispute__c',
    'Dispute_Item__c',
    'Sampling_Plan__c',
    'Sampling_Pool_Member__c'
];

interface PlanResult {
    planId: string;
    planName: string;
    outcome: string;
    assessmentsCreated: number;
    picks: { evaluatorId: string | null }[];
}

/** Runs `verity <args> --json` in a child process: its seconds and its result. */
function timedVerity(folder: string, ...args: string[]): Promise<{ seconds: number; result: unknown }> {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(process.execPath, [BIN, ...args, '--json'], {
            env: { ...process.env, [LOCAL_DIR_VARIABLE]: folder },
            stdio: ['ignore', 'pipe', 'inherit']
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
        });
        child.on('error', reject);
        child.on('close', (code) => {
            const seconds = (performance.now() - started) / 1000;
            try {
                const answer = JSON.parse(stdout) as { status: number; result?: unknown; message?: string };
                if (code !== 0 || answer.status !== 0) {
                    reject(new Error(`verity ${args.join(' ')} exited ${code}: ${answer.message ?? stdout}`));
                    return;
                }
                resolve({ seconds, result: answer.result });
            } catch {
                reject(new Error(`verity ${args.join(' ')} exited ${code} without JSON: ${stdout}`));
            }
        });
    });
}

/** Every record a query matches, read as the admin from the jobs' database (closed between jobs). */
function queryOrg(folder: string, soql: string): QueryPage['records'] {
    const org = openLocalOrg({ dbPath: path.join(folder, 'org.sqlite'), sourceDir: SOURCE });
    try {
        const caller = { userId: org.users()[0].id };
        let page = org.query(caller, soql);
        const rows = [...page.records];
        while (!page.done && page.nextRecordsUrl) {
            page = org.queryMore(caller, page.nextRecordsUrl.split('/').pop() as string);
            rows.push(...page.records);
        }
        return rows;
    } finally {
        org.close();
    }
}

function countRecords(folder: string): Record<string, number> {
    return Object.fromEntries(
        SEEDED_OBJECTS.map((object) => [object, queryOrg(folder, `SELECT Id FROM ${object}`).length])
    );
}

/** Open assessments (Assigned or In Progress) per evaluator: they count against capacity. */
function openAssessments(folder: string): Map<string, number> {
    const open = new Map<string, number>();
    for (const row of queryOrg(
        folder,
        "SELECT Evaluator__c FROM Assessment__c WHERE Status__c IN ('Assigned', 'In Progress')"
    )) {
        open.set(String(row.Evaluator__c), (open.get(String(row.Evaluator__c)) ?? 0) + 1);
    }
    return open;
}

interface Member {
    plan: string;
    evaluator: string;
    capacity: number;
    available: boolean;
}

/**
 * How the picks of each plan were spread over its pool, and whether that is the engine's promise:
 * within ±1 among the evaluators still under capacity after the plan's run (plans run in turn, so
 * the earlier plans' assignments count against capacity in the later ones).
 */
function spreadLines(plans: PlanResult[], members: Member[], openBefore: Map<string, number>): BenchLine[] {
    const open = new Map(openBefore);
    const overall = new Map<string, number>();
    const lines: BenchLine[] = [];
    let balanced = true;
    for (const plan of plans) {
        const pool = members.filter((m) => m.plan === plan.planId && m.available);
        const given = new Map(pool.map((m) => [m.evaluator, 0]));
        for (const pick of plan.picks) {
            if (pick.evaluatorId !== null) {
                given.set(pick.evaluatorId, (given.get(pick.evaluatorId) ?? 0) + 1);
            }
        }
        given.forEach((count, evaluator) => {
            open.set(evaluator, (open.get(evaluator) ?? 0) + count);
            overall.set(evaluator, (overall.get(evaluator) ?? 0) + count);
        });
        const counts = [...given.values()];
        const underCapacity = pool
            .filter((m) => (open.get(m.evaluator) ?? 0) < m.capacity)
            .map((m) => given.get(m.evaluator) ?? 0);
        const planBalanced = underCapacity.length === 0 || Math.max(...underCapacity) - Math.min(...underCapacity) <= 1;
        balanced &&= planBalanced;
        lines.push({
            name: `  ${plan.planName}: per evaluator (min–max)`,
            value: `${Math.min(...counts)}–${Math.max(...counts)} of ${plan.assessmentsCreated}`,
            target: '±1 under capacity',
            ok: planBalanced
        });
    }
    const totals = [...overall.values()];
    lines.push(
        {
            name: 'assessments per evaluator, all plans (min–max)',
            value: totals.length > 0 ? `${Math.min(...totals)}–${Math.max(...totals)}` : '–'
        },
        {
            name: "spread matches the engine's balance guarantee",
            value: balanced ? 'yes' : 'no',
            target: 'yes',
            ok: balanced
        }
    );
    return lines;
}

export async function runJobsBench(): Promise<BenchLine[]> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-bench-jobs-'));
    try {
        const seed = await timedVerity(folder, 'seed');
        const seeded = countRecords(folder);
        const openBefore = openAssessments(folder);
        const sample = await timedVerity(folder, 'sample');
        const plans = (sample.result as { plans: PlanResult[] }).plans;
        const members = queryOrg(
            folder,
            'SELECT Sampling_Plan__c, Evaluator__c, Capacity__c, Available__c FROM Sampling_Pool_Member__c'
        ).map((row): Member => ({
            plan: String(row.Sampling_Plan__c),
            evaluator: String(row.Evaluator__c),
            capacity: Number(row.Capacity__c),
            available: row.Available__c === true
        }));
        const total = seed.seconds + sample.seconds;
        const created = plans.reduce((sum, plan) => sum + plan.assessmentsCreated, 0);
        return [
            { name: '`verity seed` (default size, fresh local org)', value: `${seed.seconds.toFixed(1)} s` },
            { name: '`verity sample` after it', value: `${sample.seconds.toFixed(1)} s` },
            {
                name: 'seed + sample',
                value: `${total.toFixed(1)} s`,
                target: `≤ ${GOAL_SECONDS} s`,
                ok: total <= GOAL_SECONDS
            },
            ...SEEDED_OBJECTS.map((object) => ({
                name: `records after the seed: ${object}`,
                value: seeded[object].toLocaleString('en-US')
            })),
            {
                name: `assessments created by sample (${plans.length} plans)`,
                value: created.toLocaleString('en-US')
            },
            ...spreadLines(plans, members, openBefore)
        ];
    } finally {
        fs.rmSync(folder, { recursive: true, force: true });
    }
}
