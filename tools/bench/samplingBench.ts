/**
 * Benchmark: one sampling run plus assignment at contact-center scale — 1,000,000 candidate
 * interactions of 2,000 agents over a 30-day period, 5 per agent stratified by channel with
 * AI-flagged first, assigned round-robin to 60 evaluators with capacities, absences and
 * own-supervisor exclusions. Targets: at most 1 s (median of 5 runs after a warm-up) and 1 GB.
 *
 * Memory is reported two ways, both measured, neither estimated: the process's peak resident set
 * (everything: Node, the compiler, the generated input and the runs) and, when Node runs with
 * --expose-gc, the heap and array-buffer memory one run adds on top of its input (the collector
 * may still run during it, so this is what the run leaves behind, not a guaranteed peak).
 * Times are measured twice: with start times as epoch milliseconds, and as the ISO 8601 text a
 * Salesforce query returns, which the sampler parses on every run.
 *
 * Run with `npm run bench:engine -- sampling` (Node with --expose-gc, for the per-run memory line).
 */
import { performance } from 'node:perf_hooks';
import { assignEvaluators, type Evaluator, type AssignmentPlan } from 'c/evaluatorAssignment';
import { sampleInteractions, type CandidateInteraction, type SamplingPlan } from 'c/interactionSampling';
import { createRandom } from 'c/seededRandom';
import type { BenchLine } from './benchLine';

const CANDIDATES = 1_000_000;
const AGENTS = 2_000;
const EVALUATORS = 60;
const PER_AGENT = 5;
const RUNS = 5;
const TIME_TARGET_MS = 1000;
const MEMORY_TARGET_MB = 1024;

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 1);
const END = START + 30 * DAY;
const FLAG_REASONS = ['negative sentiment', 'escalation language', 'compliance phrase missing'];

interface Workload {
    candidates: CandidateInteraction[];
    samplingPlan: SamplingPlan;
    evaluators: Evaluator[];
    assignmentPlan: AssignmentPlan;
}

/**
 * Round-trips the records through JSON, a batch at a time, as query responses deliver them. It
 * matters: ids built here by concatenation are V8 cons-strings, which re-hash on every Set lookup;
 * strings parsed from a response are flat, like the ids a real run gets.
 */
function asQueryResults(records: CandidateInteraction[]): CandidateInteraction[] {
    const parsed: CandidateInteraction[] = [];
    for (let at = 0; at < records.length; at += 2000) {
        parsed.push(...(JSON.parse(JSON.stringify(records.slice(at, at + 2000))) as CandidateInteraction[]));
    }
    return parsed;
}

/** Seeded synthetic data: the same every run, shaped like a contact center's month. */
function generateWorkload(isoTimes: boolean): Workload {
    const random = createRandom('samplingBench/v1');
    const agentIds = Array.from({ length: AGENTS }, (_, i) => `005A0000${String(i).padStart(7, '0')}`);
    const candidates: CandidateInteraction[] = new Array(CANDIDATES);
    const alreadyAssessed: string[] = [];
    for (let i = 0; i < CANDIDATES; i += 1) {
        const id = `500Q0000${(i * 7_368_787 + 1_234_567).toString(36).toUpperCase().padStart(10, '0')}`;
        const channelDraw = random.nextInt(10);
        const startedAtMs = START + random.nextInt(30 * DAY);
        const flagged = random.nextInt(50) === 0; // 2 %
        candidates[i] = {
            id,
            agentId: agentIds[random.nextInt(AGENTS)],
            channel: channelDraw < 5 ? 'phone' : channelDraw < 8 ? 'chat' : 'email',
            startedAt: isoTimes ? new Date(startedAtMs).toISOString().replace('Z', '+0000') : startedAtMs,
            aiFlagged: flagged,
            aiFlagReason: flagged ? FLAG_REASONS[random.nextInt(FLAG_REASONS.length)] : null
        };
        if (random.nextInt(100) === 0) {
            alreadyAssessed.push(id); // 1 % assessed by an earlier, overlapping run
        }
    }
    const evaluatorIds = Array.from({ length: EVALUATORS }, (_, i) => `005E0000${String(i).padStart(7, '0')}`);
    const evaluators: Evaluator[] = evaluatorIds.map((id, i) => ({
        id,
        capacity: 250,
        openAssessments: random.nextInt(20),
        available: i % 20 !== 7, // 3 away
        unavailableDates: i % 15 === 3 ? ['2026-03-31'] : []
    }));
    // The first 20 evaluators are team leads of 100 agents each.
    const supervisorOf: Record<string, string> = {};
    agentIds.forEach((agentId, i) => {
        supervisorOf[agentId] = evaluatorIds[i % 20];
    });
    return {
        candidates: asQueryResults(candidates),
        samplingPlan: {
            quota: { perAgent: PER_AGENT },
            period: { start: START, end: END },
            stratifyBy: 'channel',
            prioritizeAiFlagged: true,
            alreadyAssessed: new Set(alreadyAssessed),
            seed: 'bench-plan/2026-03'
        },
        evaluators,
        assignmentPlan: {
            strategy: 'roundRobin',
            on: '2026-03-31',
            seed: 'bench-assign/2026-03-31',
            supervisorOf,
            excludeOwnSupervisor: true
        }
    };
}

interface RunTimes {
    samplingMs: number;
    assignmentMs: number;
    picks: number;
    assigned: number;
    unassigned: number;
}

function runOnce(workload: Workload): RunTimes {
    const t0 = performance.now();
    const sampled = sampleInteractions(workload.candidates, workload.samplingPlan);
    const t1 = performance.now();
    const assigned = assignEvaluators(sampled.picks, workload.evaluators, workload.assignmentPlan);
    const t2 = performance.now();
    return {
        samplingMs: t1 - t0,
        assignmentMs: t2 - t1,
        picks: sampled.picks.length,
        assigned: assigned.assignments.length,
        unassigned: assigned.unassigned.length
    };
}

const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value: number): string => `${value.toFixed(0)} ms`;
const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(0)} MB`;

type Collect = () => void;
const collectGarbage = (globalThis as { gc?: Collect }).gc;

function timeRuns(workload: Workload): { cold: RunTimes; runs: RunTimes[] } {
    const cold = runOnce(workload);
    const runs = Array.from({ length: RUNS }, () => {
        collectGarbage?.();
        return runOnce(workload);
    });
    return { cold, runs };
}

export async function runSamplingBench(): Promise<BenchLine[]> {
    const scale = `${CANDIDATES.toLocaleString('en')} candidates, ${AGENTS.toLocaleString('en')} agents, ${EVALUATORS} evaluators`;
    const lines: BenchLine[] = [];

    const workload = generateWorkload(false);
    const { cold, runs } = timeRuns(workload);
    const totals = runs.map((run) => run.samplingMs + run.assignmentMs);
    const total = median(totals);
    lines.push({
        name: `sampling + assignment, ${scale} (median of ${RUNS}, epoch-ms times)`,
        value: ms(total),
        target: `≤ ${TIME_TARGET_MS} ms`,
        ok: total <= TIME_TARGET_MS
    });
    lines.push({ name: '  of which sampling (median)', value: ms(median(runs.map((run) => run.samplingMs))) });
    lines.push({ name: '  of which assignment (median)', value: ms(median(runs.map((run) => run.assignmentMs))) });
    lines.push({ name: '  slowest of the timed runs', value: ms(Math.max(...totals)) });
    lines.push({ name: '  first (cold, unoptimised) run', value: ms(cold.samplingMs + cold.assignmentMs) });
    lines.push({
        name: '  picks / assigned / unassigned',
        value: `${runs[0].picks} / ${runs[0].assigned} / ${runs[0].unassigned}`
    });

    if (collectGarbage) {
        // Heap plus ArrayBuffer memory (the typed arrays of a run live outside the JS heap).
        const used = (): number => {
            const usage = process.memoryUsage();
            return usage.heapUsed + usage.arrayBuffers;
        };
        collectGarbage();
        const before = used();
        runOnce(workload);
        const after = used();
        lines.push({
            name: '  memory added by one run: heap + array buffers (no collection forced during it)',
            value: mb(after - before),
            target: `≤ ${MEMORY_TARGET_MB} MB`,
            ok: after - before <= MEMORY_TARGET_MB * 1_048_576
        });
    } else {
        lines.push({ name: '  memory added by one run', value: 'not measured (run node with --expose-gc)' });
    }

    // The same month with Salesforce-style ISO text times ("2026-03-02T14:05:00.000+0000"), as a
    // query returns them, parsed on every run. The first workload is dropped before this one is made.
    workload.candidates = [];
    collectGarbage?.();
    const iso = timeRuns(generateWorkload(true));
    const isoTotal = median(iso.runs.map((run) => run.samplingMs + run.assignmentMs));
    lines.push({
        name: `sampling + assignment, ISO 8601 text times (median of ${RUNS})`,
        value: ms(isoTotal),
        target: `≤ ${TIME_TARGET_MS} ms`,
        ok: isoTotal <= TIME_TARGET_MS
    });

    const peakRss = process.resourceUsage().maxRSS * 1024; // maxRSS is in kilobytes
    lines.push({
        name: 'peak resident memory of the whole process (input data included)',
        value: mb(peakRss),
        target: `≤ ${MEMORY_TARGET_MB} MB`,
        ok: peakRss <= MEMORY_TARGET_MB * 1_048_576
    });
    return lines;
}
