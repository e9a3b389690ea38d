import type { BenchLine } from './benchLine';

function printLines(lines: BenchLine[]): void {
    const nameWidth = Math.max(...lines.map((line) => line.name.length));
    const valueWidth = Math.max(...lines.map((line) => line.value.length));
    for (const line of lines) {
        const verdict = line.ok === undefined ? '' : line.ok ? '  ok' : '  MISSED';
        const target = line.target ? `  (target ${line.target})` : '';
        console.log(`  ${line.name.padEnd(nameWidth)}  ${line.value.padStart(valueWidth)}${target}${verdict}`);
    }
}

/**
 * Runs the named benchmarks of a suite (all of them when none is named), prints each line with its
 * target, and returns the exit code: 0 when every target is met, 1 when one is missed, 2 for an
 * unknown name.
 */
export async function runBenchmarks(
    suite: string,
    benchmarks: Record<string, () => Promise<BenchLine[]>>,
    names: string[]
): Promise<number> {
    const unknown = names.filter((name) => !benchmarks[name]);
    if (unknown.length > 0) {
        console.error(
            `${suite}: no benchmark named ${unknown.join(', ')} (there are: ${Object.keys(benchmarks).join(', ')})`
        );
        return 2;
    }
    let missed = 0;
    for (const name of names.length > 0 ? names : Object.keys(benchmarks)) {
        console.log(`\n${name}: running…`);
        const lines = await benchmarks[name]();
        printLines(lines);
        missed += lines.filter((line) => line.ok === false).length;
    }
    console.log(missed === 0 ? `\n${suite}: every target met` : `\n${suite}: ${missed} target(s) missed`);
    return missed === 0 ? 0 : 1;
}
