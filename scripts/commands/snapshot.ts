import { Command, InvalidArgumentError, Option } from 'commander';
import type { PeriodUnit } from 'c/qualityKpis';
import { targetOrgOption } from '../cli/targetOrg';
import { formatTable, runOnOrg, shown } from '../analytics/analyticsJob';
import { runSnapshot } from '../analytics/kpiSnapshots';

function dateOption(text: string): Date {
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? `${text.trim()}T12:00:00Z` : text);
    if (Number.isNaN(date.getTime())) {
        throw new InvalidArgumentError(`--at must be a date such as 2026-11-30, got "${text}".`);
    }
    return date;
}

/** `verity snapshot`: KPI snapshots per agent and team for a period. */
export function snapshotCommand(): Command {
    return new Command('snapshot')
        .description('write KPI snapshots (Score_Snapshot__c) per agent and team for the period holding --at')
        .addOption(
            new Option('--period <unit>', 'week, month or quarter')
                .choices(['week', 'month', 'quarter'])
                .default('month')
        )
        .option('--at <date>', 'a day in the period; KPIs are computed as of then (default: now)', dateOption)
        .addOption(targetOrgOption())
        .action(async (options: { period: PeriodUnit; at?: Date }, command: Command) => {
            const { result, output } = await runOnOrg(command, (conn, makeProgress) =>
                runSnapshot(conn, { unit: options.period, at: options.at ?? new Date(), makeProgress })
            );
            output.result(result, [
                `${result.periodType} ${result.period} (${result.periodStart} to ${result.periodEnd}): ${result.agentSnapshots} agent and ${result.teamSnapshots} team snapshots (${result.created} new, ${result.updated} updated).`,
                ...formatTable(
                    ['scope', 'who', 'team', 'assessments', 'score', 'rank'],
                    result.rows.map((row) => [
                        row.scope,
                        row.subject,
                        row.team,
                        String(row.assessments),
                        shown(row.averageScore),
                        row.rank === null ? '–' : String(row.rank)
                    ])
                )
            ]);
        });
}
