import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../cli/exitCodes';
import { outputFor } from '../cli/output';
import { targetOrgOption } from '../cli/targetOrg';
import { connectToOrg } from '../org/orgConnection';
import { runSampleJob } from '../sampling/sampleJob';
import { sampleReportLines } from '../sampling/sampleReport';

interface SampleFlags {
    plan?: string;
    dryRun?: boolean;
    at?: string;
    targetOrg?: string;
}

/** A moment with its zone, so "now" means one instant wherever the job runs. */
export function readInstant(text: string): Date {
    const date = new Date(text);
    if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim()) || Number.isNaN(date.getTime())) {
        throw new UsageError(`--at takes a date and time with a zone, like 2026-03-02T06:00:00Z, got "${text}".`);
    }
    return date;
}

/** `verity sample`: runs the sampling plans that are due (or the one named) and assigns the picks. */
export function sampleCommand(): Command {
    return new Command('sample')
        .description('run the sampling plans that are due (or --plan NAME): pick interactions and assign assessments')
        .option('--plan <name>', 'run this plan now, due or not (an inactive plan only with --dry-run)')
        .option('--dry-run', 'show the picks and assignments; write nothing')
        .option('--at <datetime>', 'run as of this moment (ISO 8601 with a zone) instead of now')
        .addOption(targetOrgOption())
        .action(async (flags: SampleFlags, command: Command) => {
            const output = outputFor(command);
            const now = flags.at === undefined ? new Date() : readInstant(flags.at);
            const org = await connectToOrg({ targetOrg: flags.targetOrg, root: path.resolve(__dirname, '../..') });
            try {
                output.note(`Sampling on ${org.describe}…`);
                const result = await runSampleJob(org.conn, {
                    planName: flags.plan,
                    dryRun: flags.dryRun === true,
                    now,
                    output
                });
                output.result(result, sampleReportLines(result));
            } finally {
                await org.close();
            }
        });
}
