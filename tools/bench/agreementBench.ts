/**
 * Benchmark of Krippendorff's alpha on a large calibration programme: 50 evaluators × 20,000
 * interactions (1,000,000 ratings, about 10 % missing) on a 1–5 scale, generated from a recorded
 * seed. Times our `c/agreementStatistics` (median of several runs, target ≤ 200 ms) side by side
 * with the npm package `krippendorff` 0.1.0 on the same data, and checks that both give the same
 * alpha to 1e-9.
 *
 * Run with `npm run bench:engine -- agreement`.
 */
import { performance } from 'node:perf_hooks';
import { alpha as npmKrippendorffAlpha } from 'krippendorff';
import { bootstrapKrippendorffAlpha, krippendorffAlpha, type MeasurementLevel } from 'c/agreementStatistics';
import { createRandom } from 'c/seededRandom';
import type { BenchLine } from './benchLine';

const RATERS = 50;
const UNITS = 20_000;
const RUNS = 7;
const TARGET_MS = 200;
const AGREEMENT_TOLERANCE = 1e-9;
const SEED = 'agreement-bench/v1';

/** Evaluators who mostly see the interaction's true quality, sometimes not, sometimes skip it. */
export function benchRatings(seed = SEED, raters = RATERS, units = UNITS): (number | null)[][] {
    const random = createRandom(seed);
    const truth = Array.from({ length: units }, () => 1 + random.nextInt(5));
    return Array.from({ length: raters }, () =>
        truth.map((value) => {
            const roll = random.nextFloat();
            if (roll < 0.1) {
                return null;
            }
            if (roll < 0.7) {
                return value;
            }
            // Off by one step, or anywhere on the scale.
            return roll < 0.85
                ? Math.min(5, Math.max(1, value + (random.nextInt(2) === 0 ? -1 : 1)))
                : 1 + random.nextInt(5);
        })
    );
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timed<T>(run: () => T): { result: T; ms: number } {
    const start = performance.now();
    const result = run();
    return { result, ms: performance.now() - start };
}

const formatMs = (ms: number): string => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);

export async function runAgreementBench(): Promise<BenchLine[]> {
    const data = benchRatings();
    // The npm package marks a missing rating with undefined.
    const npmData = data.map((row) => row.map((value) => (value === null ? undefined : value)));
    const shape = `${RATERS} raters × ${UNITS.toLocaleString('en-US')} units`;
    const lines: BenchLine[] = [];

    const levels: [MeasurementLevel, ((a: number, b: number) => number) | undefined][] = [
        ['interval', (a, b) => (a - b) ** 2],
        ['nominal', undefined]
    ];
    for (const [level, npmMetric] of levels) {
        krippendorffAlpha(data, level); // warm-up: let the JIT compile before timing
        const times: number[] = [];
        let ours = Number.NaN;
        for (let run = 0; run < RUNS; run += 1) {
            const { result, ms } = timed(() => krippendorffAlpha(data, level));
            ours = result.alpha;
            times.push(ms);
        }
        const ourMs = median(times);
        lines.push({
            name: `Verity krippendorffAlpha, ${level}, ${shape} (median of ${RUNS})`,
            value: formatMs(ourMs),
            target: `≤ ${TARGET_MS} ms`,
            ok: ourMs <= TARGET_MS
        });

        // Yield between the long runs so a caller's event loop is not starved.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const npm = timed(() => npmKrippendorffAlpha(npmData, npmMetric));
        lines.push({ name: `npm krippendorff 0.1.0, ${level}, same data (1 run)`, value: formatMs(npm.ms) });
        lines.push({ name: `speed ratio, ${level} (npm ÷ Verity)`, value: `${(npm.ms / ourMs).toFixed(0)}×` });
        const difference = Math.abs(ours - npm.result);
        lines.push({
            name: `alpha agrees with npm, ${level}`,
            value: `${ours.toFixed(10)} vs ${npm.result.toFixed(10)} (|Δ| = ${difference.toExponential(1)})`,
            target: `|Δ| ≤ ${AGREEMENT_TOLERANCE}`,
            ok: difference <= AGREEMENT_TOLERANCE
        });
    }

    const bootstrap = timed(() => bootstrapKrippendorffAlpha(data, 'interval', { seed: SEED }));
    lines.push({
        name: `bootstrap interval of alpha, interval, ${shape}, ${bootstrap.result.resamples} resamples`,
        value: `${formatMs(bootstrap.ms)} (95 % CI ${bootstrap.result.lower.toFixed(4)} to ${bootstrap.result.upper.toFixed(4)})`
    });
    return lines;
}
