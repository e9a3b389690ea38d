/**
 * `npm run bench:local-org`: the local org's performance targets, measured on this machine:
 * 100,000 records inserted through jsforce (≤ 60 s), a selective query on an indexed field over
 * them (≤ 50 ms median), and start-up of `verity local start` to its first answer (≤ 2 s).
 */
import { runBenchmarks } from './runBenchmarks';
import { runLocalOrgBench } from './localOrgBench';

runBenchmarks('bench:local-org', { localOrg: runLocalOrgBench }, process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
