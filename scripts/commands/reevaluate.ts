import { Command } from 'commander';
import { numberOption } from '../cli/numberOption';
import { targetOrgOption } from '../cli/targetOrg';
import { formatTable } from '../analytics/analyticsJob';
import { runOnOrg } from '../analytics/analyticsJob';
import { DEFAULT_REEVALUATION_RATE, DEFAULT_REEVALUATION_SEED, runReevaluation } from '../analytics/reevaluation';

/** `verity reevaluate`: a share of completed assessments re-scored by a second evaluator. */
export function reevaluateCommand(): Command {
    return new Command('reevaluate')
        .description('create Re-evaluation assessments for a share of completed assessments (grading the grader)')
        .option(
            '--rate <share>',
            'share of completed assessments to re-score, 0 to 1',
            numberOption('--rate', { min: 0, max: 1 }),
            DEFAULT_REEVALUATION_RATE
        )
        .option(
            '--seed <text>',
            'seed of the draw (the same seed picks the same assessments)',
            DEFAULT_REEVALUATION_SEED
        )
        .addOption(targetOrgOption())
        .action(async (options: { rate: number; seed: string }, command: Command) => {
            const { result, output } = await runOnOrg(command, (conn, makeProgress) =>
                runReevaluation(conn, { rate: options.rate, seed: options.seed, now: new Date(), makeProgress })
            );
            const skipped = result.picks.filter((pick) => pick.evaluatorId === null);
            output.result(result, [
                `${result.completedCount} completed assessments, rate ${result.rate}, seed "${result.seed}": ${result.created} re-evaluations created, ${result.alreadyPresent} already existed.`,
                ...formatTable(
                    ['original', 're-evaluation', 'second evaluator'],
                    result.picks
                        .filter((pick) => pick.evaluatorId !== null)
                        .map((pick) => [pick.originalId, pick.assessmentId ?? '–', pick.evaluatorId as string])
                ),
                ...skipped.map((pick) => `skipped ${pick.originalId}: ${pick.skippedReason}`)
            ]);
        });
}
