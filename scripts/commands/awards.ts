import { Command } from 'commander';
import { parseQuarterKey } from 'c/qualityKpis';
import { UsageError } from '../cli/exitCodes';
import { numberOption } from '../cli/numberOption';
import { targetOrgOption } from '../cli/targetOrg';
import { formatTable, runOnOrg, shown } from '../analytics/analyticsJob';
import { DEFAULT_MINIMUM_ASSESSMENTS, runAwards } from '../analytics/quarterlyAwardsJob';

/** `verity awards --quarter 2026Q4`: the quarter's leaderboard awards, written to Award__c. */
export function awardsCommand(): Command {
    return new Command('awards')
        .description('decide the quarterly awards (quality champion, most improved, upsell star) and write Award__c')
        .requiredOption('--quarter <key>', 'the quarter, such as 2026Q4')
        .option(
            '--minimum-assessments <n>',
            'assessments an agent needs in the quarter to be ranked',
            numberOption('--minimum-assessments', { min: 1, integer: true }),
            DEFAULT_MINIMUM_ASSESSMENTS
        )
        .addOption(targetOrgOption())
        .action(async (options: { quarter: string; minimumAssessments: number }, command: Command) => {
            try {
                parseQuarterKey(options.quarter);
            } catch (error) {
                throw new UsageError((error as Error).message);
            }
            const { result, output } = await runOnOrg(command, (conn, makeProgress) =>
                runAwards(conn, {
                    quarter: options.quarter,
                    now: new Date(),
                    minimumAssessments: options.minimumAssessments,
                    makeProgress
                })
            );
            output.result(result, [
                `Awards for ${result.quarter} (${result.created} new, ${result.updated} updated):`,
                ...formatTable(
                    ['award', 'winners', 'value'],
                    result.awards.map((award) => [
                        award.label,
                        award.winners.map((winner) => winner.agentName).join(', ') || 'nobody',
                        shown(award.value)
                    ])
                )
            ]);
        });
}
