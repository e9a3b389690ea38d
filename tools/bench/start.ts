/**
 * `npm run bench:start`: `npm start` as a person runs it, to its line `Verity is running at URL`:
 * on an empty local org (the demo is seeded) and again on the seeded one (≤ 60 s), then Ctrl-C
 * stops everything cleanly. Exit code 1 when a target is missed.
 */
import { runBenchmarks } from './runBenchmarks';
import { runStartBench } from './startBench';

runBenchmarks('bench:start', { start: runStartBench }, process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
