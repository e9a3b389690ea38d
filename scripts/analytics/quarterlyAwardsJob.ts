import type { Connection } from 'jsforce';
import { computeQualityKpis, parseQuarterKey, previousPeriod, periodScheme, type Period } from 'c/qualityKpis';
import { decideQuarterlyAwards, standingsFromKpiRows, type AwardName, type QuarterlyAwards } from 'c/leaderboard';
import type { MakeProgress } from './analyticsJob';
import { upsertRecords } from '../jobs/recordWriter';
import { readPeriodQualityRecords } from './qualityRecordsQuery';
import { isoDay } from './soql';

/**
 * Quarterly awards (c/leaderboard) from the agents' standings of the quarter and the one before,
 * written to Award__c keyed quarter:award:agent, so a re-run writes the same awards again.
 */

export const DEFAULT_MINIMUM_ASSESSMENTS = 5;

export const AWARD_TYPES: Readonly<Record<AwardName, string>> = {
    qualityChampion: 'Quality Champion',
    mostImproved: 'Most Improved',
    upsellStar: 'Upsell Star'
};

export function awardKey(quarter: string, award: AwardName, agentId: string): string {
    return `${quarter}:${award}:${agentId}`;
}

async function standingsFor(conn: Connection, period: Period, now: Date) {
    const { records, agents } = await readPeriodQualityRecords(conn, period);
    const rows = computeQualityKpis(records, { groupBy: 'agent', period: 'quarter', now }).filter(
        (row) => row.period === period.key
    );
    const directory = [...agents.values()].map((agent) => ({ agentId: agent.agentId, agentName: agent.agentName }));
    return standingsFromKpiRows(rows, directory);
}

function reasonFor(award: AwardName, value: number, quarter: string): string {
    switch (award) {
        case 'qualityChampion':
            return `Highest Contact Quality Score in ${quarter}: ${value} %`;
        case 'mostImproved':
            return `Largest rise in quality score into ${quarter}: +${value} points`;
        default:
            return `Highest upsell total in ${quarter}: ${value}`;
    }
}

/** The Award__c values for decided awards: one record per winner (ties share an award). */
export function awardRecords(decided: QuarterlyAwards): Record<string, unknown>[] {
    const lastDay = isoDay(new Date(decided.end.getTime() - 86400000));
    return decided.awards.flatMap((award) =>
        award.value === null
            ? []
            : award.winners.map((winner) => ({
                  Award_Key__c: awardKey(decided.quarter, award.award, winner.agentId),
                  Agent__c: winner.agentId,
                  Award_Type__c: AWARD_TYPES[award.award],
                  Period_Start__c: isoDay(decided.start),
                  Period_End__c: lastDay,
                  Rank__c: 1,
                  // Value is a currency: the upsell credited; the other awards carry their figure in the reason.
                  Value__c: award.award === 'upsellStar' ? Math.round((award.value as number) * 100) / 100 : null,
                  Reason__c: reasonFor(award.award, award.value as number, decided.quarter)
              }))
    );
}

export interface AwardsRunResult {
    readonly quarter: string;
    readonly awards: QuarterlyAwards['awards'];
    readonly created: number;
    readonly updated: number;
}

/** `verity awards`: decides and writes the quarter's awards, as of `now` (a quarter still running counts so far). */
export async function runAwards(
    conn: Connection,
    options: { quarter: string; now: Date; minimumAssessments?: number; makeProgress?: MakeProgress }
): Promise<AwardsRunResult> {
    const period = parseQuarterKey(options.quarter);
    const before = previousPeriod(period, periodScheme('quarter'));
    const current = await standingsFor(conn, period, options.now);
    const previous = await standingsFor(conn, before, options.now);
    const decided = decideQuarterlyAwards({
        quarter: period.key,
        current,
        previous,
        minimumAssessments: options.minimumAssessments ?? DEFAULT_MINIMUM_ASSESSMENTS
    });
    const records = awardRecords(decided);
    const progress = options.makeProgress?.('Awards', records.length);
    const summary = await upsertRecords(conn, 'Award__c', 'Award_Key__c', records, { progress });
    progress?.finish();
    return { quarter: decided.quarter, awards: decided.awards, created: summary.created, updated: summary.updated };
}
