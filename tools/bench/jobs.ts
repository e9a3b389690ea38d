/**
 * `npm run bench:jobs`: `verity seed` then `verity sample` at the default sizes on a fresh local
 * org, as a new user runs them (together ≤ 120 s on this machine), with the records written and
 * the spread of the new assessments over the evaluators. Exit code 1 when a target is missed.
 */
import { runJobsBench } from './jobsBench';
import { runBenchmarks } from './runBenchmarks';

runBenchmarks('bench:jobs', { jobs: runJobsBench }, process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
