/**
 * `npm run bench:engine`: the engine's performance targets, measured on this machine.
 * Krippendorff's alpha on 50 raters × 20,000 units (≤ 200 ms), side by side with the npm
 * `krippendorff` package on the same data; sampling plus assignment of 1,000,000 candidates
 * across 2,000 agents and 60 evaluators (≤ 1 s, ≤ 1 GB). Exit code 1 when a target is missed.
 * Name benchmarks to run only those: `npm run bench:engine -- sampling`.
 */
import { runAgreementBench } from './agreementBench';
import { runBenchmarks } from './runBenchmarks';
import { runSamplingBench } from './samplingBench';

runBenchmarks('bench:engine', { agreement: runAgreementBench, sampling: runSamplingBench }, process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    }
);
