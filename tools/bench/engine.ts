/**
 * `npm run bench:engine`: the engine's performance targets, measured on this machine.
 * Krippendorff's alpha on 50 raters × 20,000 units (≤ 200 ms), side by side with the npm
 * `krippendorff` package on the same data; sampling plus assignment of 1,000,000 candidates
 * across 2,000 agents and 60 evaluators (≤ 1 s, ≤ 1 GB). Exit code 1 when a target is missed.
 * Name benchmarks to run only those: `npm run bench:engine -- sampling`.
 */
import { runAgreementBench } from './agreementBench';
import type { BenchLine } from './benchLine';
import { runSamplingBench } from './samplingBench';

const BENCHMARKS: Record<string, () => Promise<BenchLine[]>> = {
    agreement: runAgreementBench,
    sampling: runSamplingBench
};

function printLines(lines: BenchLine[]): void {
    const nameWidth = Math.max(...lines.map((line) => line.name.length));
    const valueWidth = Math.max(...lines.map((line) => line.value.length));
    for (const line of lines) {
        const verdict = line.ok === undefined ? '' : line.ok ? '  ok' : '  MISSED';
        const target = line.target ? `  (target ${line.target})` : '';
        console.log(`  ${line.name.padEnd(nameWidth)}  ${line.value.padStart(valueWidth)}${target}${verdict}`);
    }
}

async function main(names: string[]): Promise<number> {
    const unknown = names.filter((name) => !BENCHMARKS[name]);
    if (unknown.length > 0) {
        console.error(
            `bench:engine: no benchmark named ${unknown.join(', ')} (there are: ${Object.keys(BENCHMARKS).join(', ')})`
        );
        return 2;
    }
    let missed = 0;
    for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
        console.log(`\n${name}: running…`);
        const lines = await BENCHMARKS[name]();
        printLines(lines);
        missed += lines.filter((line) => line.ok === false).length;
    }
    console.log(missed === 0 ? '\nbench:engine: every target met' : `\nbench:engine: ${missed} target(s) missed`);
    return missed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
