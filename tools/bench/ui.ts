/**
 * `npm run bench:ui`: the assessment form with a 60-item scorecard is interactive within 300 ms of
 * its data arriving, measured in Chromium through the preview (median of 7 page loads).
 */
import { runBenchmarks } from './runBenchmarks';
import { runUiBench } from './uiBench';

runBenchmarks('bench:ui', { assessmentForm: runUiBench }, process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
