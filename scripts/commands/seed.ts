import path from 'node:path';
import { Command } from 'commander';
import { numberOption } from '../cli/numberOption';
import { outputFor } from '../cli/output';
import { targetOrgOption } from '../cli/targetOrg';
import { connectToOrg } from '../org/orgConnection';
import { generateContactCenter } from '../seed/generateContactCenter';
import { writeContactCenter } from '../seed/writeContactCenter';

interface SeedFlags {
    seed: string;
    agents: number;
    teams: number;
    evaluators: number;
    months: number;
    targetOrg?: string;
}

/** `verity seed`: a realistic contact center, the same for the same --seed, written idempotently. */
export function seedCommand(): Command {
    return new Command('seed')
        .description('seed a realistic contact center (people, scorecards, cases, interactions, QA history, plans)')
        .option('--seed <text>', 'the seed: the same seed gives the same center', '1')
        .option('--agents <n>', 'agents', numberOption('--agents', { min: 1, max: 2000, integer: true }), 60)
        .option(
            '--teams <n>',
            'teams, each with a supervisor',
            numberOption('--teams', { min: 1, max: 200, integer: true }),
            6
        )
        .option(
            '--evaluators <n>',
            'QA evaluators',
            numberOption('--evaluators', { min: 2, max: 200, integer: true }),
            8
        )
        .option('--months <n>', 'months of history', numberOption('--months', { min: 1, max: 24, integer: true }), 3)
        .addOption(targetOrgOption())
        .action(async (flags: SeedFlags, command: Command) => {
            const output = outputFor(command);
            const center = generateContactCenter({
                ...flags,
                now: new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000)
            });
            const org = await connectToOrg({ targetOrg: flags.targetOrg, root: path.resolve(__dirname, '../..') });
            try {
                output.note(`Seeding ${org.describe} (seed ${flags.seed})…`);
                const summary = await writeContactCenter(org.conn, center, output, {
                    runningUserId: org.userId,
                    targetOrg: flags.targetOrg
                });
                output.result(
                    summary,
                    Object.entries(summary).map(([name, count]) => `${name.padEnd(20)} ${count}`)
                );
            } finally {
                await org.close();
            }
        });
}
