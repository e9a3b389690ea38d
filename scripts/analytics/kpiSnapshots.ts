import type { Connection } from 'jsforce';
import { computeQualityKpis, periodOf, type PeriodUnit, type QualityKpiRow } from 'c/qualityKpis';
import { meanScoreIntervalFromSummary } from 'c/scoreStatistics';
import type { MakeProgress } from './analyticsJob';
import { upsertRecords } from '../jobs/recordWriter';
import { readPeriodQualityRecords, type AgentEntry } from './qualityRecordsQuery';
import { isoDay } from './soql';

/**
 * KPI snapshots: one Score_Snapshot__c per agent and per team for the period that holds `at`,
 * computed by c/qualityKpis as of `at`. The key (scope:subject:period type:period start) makes a
 * re-run update the same snapshots, so a mid-period run is simply refreshed by the next one.
 */

export const PERIOD_TYPES: Readonly<Record<PeriodUnit, string>> = { week: 'Week', month: 'Month', quarter: 'Quarter' };

export function snapshotKey(scope: 'Agent' | 'Team', subject: string, unit: PeriodUnit, start: Date): string {
    return `${scope}:${subject}:${PERIOD_TYPES[unit]}:${isoDay(start)}`;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const percent = (share: number | null): number | null => (share === null ? null : round2(share * 100));
const clampScore = (value: number): number => Math.min(100, Math.max(0, value));

/** The 95 % interval on the period's score, from the row's count, mean and spread; null below 2 assessments. */
function scoreInterval(row: QualityKpiRow): { low: number; high: number } | null {
    if (row.contactQualityScore === null || row.scoreStandardDeviation === null || row.assessmentCount < 2) {
        return null;
    }
    const interval = meanScoreIntervalFromSummary({
        count: row.assessmentCount,
        mean: row.contactQualityScore,
        standardDeviation: row.scoreStandardDeviation
    });
    if (interval.status !== 'estimated') {
        return null;
    }
    return { low: round2(clampScore(interval.lower)), high: round2(clampScore(interval.upper)) };
}

/** One Score_Snapshot__c's values from a KPI row (percentages as Salesforce percent fields hold them). */
export function snapshotValues(
    row: QualityKpiRow,
    unit: PeriodUnit,
    subject: { scope: 'Agent'; agentId: string; teamId: string } | { scope: 'Team'; teamId: string },
    rank: number | null
): Record<string, unknown> {
    const average = row.contactQualityScore === null ? null : round2(row.contactQualityScore);
    const interval = scoreInterval(row);
    // Rounding can push the average a hair outside its interval; the validation rule wants it inside.
    const low = interval && average !== null ? Math.min(interval.low, average) : null;
    const high = interval && average !== null ? Math.max(interval.high, average) : null;
    const lastDay = new Date(row.periodEnd.getTime() - 86400000);
    return {
        Snapshot_Key__c: snapshotKey(
            subject.scope,
            subject.scope === 'Agent' ? subject.agentId : subject.teamId,
            unit,
            row.periodStart
        ),
        Scope__c: subject.scope,
        Agent__c: subject.scope === 'Agent' ? subject.agentId : null,
        Team__c: subject.teamId,
        Period_Type__c: PERIOD_TYPES[unit],
        Period_Start__c: isoDay(row.periodStart),
        Period_End__c: isoDay(lastDay),
        Assessment_Count__c: row.assessmentCount,
        Average_Score__c: average,
        Score_Interval_Low__c: low,
        Score_Interval_High__c: high,
        Pass_Rate__c: percent(row.passRate),
        Compliance_Rate__c: percent(row.complianceRate),
        FCR_Rate__c: percent(row.firstContactResolutionRate),
        CSAT_Average__c: row.averageCsat === null ? null : round2(row.averageCsat),
        AHT_Seconds__c: row.averageHandleTimeSeconds === null ? null : Math.round(row.averageHandleTimeSeconds),
        Coaching_Completion_Rate__c: percent(row.coachingCompletionRate),
        Rank__c: rank
    };
}

/** Standard competition ranks (1224) by score, highest first, among rows with a score. */
export function rankByScore(rows: readonly QualityKpiRow[]): Map<string, number> {
    const scored = rows
        .filter((row) => row.contactQualityScore !== null)
        .map((row) => ({ id: row.groupId, score: round2(row.contactQualityScore as number) }))
        .sort((a, b) => b.score - a.score);
    const ranks = new Map<string, number>();
    scored.forEach((entry, index) => {
        const rank =
            index > 0 && scored[index - 1].score === entry.score
                ? (ranks.get(scored[index - 1].id) as number)
                : index + 1;
        ranks.set(entry.id, rank);
    });
    return ranks;
}

export interface SnapshotRunResult {
    readonly period: string;
    readonly periodType: string;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly agentSnapshots: number;
    readonly teamSnapshots: number;
    readonly created: number;
    readonly updated: number;
    readonly rows: readonly {
        scope: string;
        subject: string;
        team: string;
        assessments: number;
        averageScore: number | null;
        rank: number | null;
    }[];
}

/** `verity snapshot`: the agents' and teams' KPI snapshots for the period holding `at`. */
export async function runSnapshot(
    conn: Connection,
    options: { unit: PeriodUnit; at: Date; makeProgress?: MakeProgress }
): Promise<SnapshotRunResult> {
    const period = periodOf(options.at, options.unit);
    const { records, agents } = await readPeriodQualityRecords(conn, period);
    const kpiOptions = { period: options.unit, now: options.at } as const;
    const agentRows = computeQualityKpis(records, { ...kpiOptions, groupBy: 'agent' }).filter(
        (row) => row.period === period.key
    );
    const teamRows = computeQualityKpis(records, { ...kpiOptions, groupBy: 'team' }).filter(
        (row) => row.period === period.key
    );
    const agentRanks = rankByScore(agentRows);
    const teamRanks = rankByScore(teamRows);
    const values = [
        ...agentRows.map((row) => {
            const agent = agents.get(row.groupId) as AgentEntry;
            return snapshotValues(
                row,
                options.unit,
                { scope: 'Agent', agentId: row.groupId, teamId: agent.teamId },
                agentRanks.get(row.groupId) ?? null
            );
        }),
        ...teamRows.map((row) =>
            snapshotValues(
                row,
                options.unit,
                { scope: 'Team', teamId: row.groupId },
                teamRanks.get(row.groupId) ?? null
            )
        )
    ];
    const progress = options.makeProgress?.('Snapshots', values.length);
    const summary = await upsertRecords(conn, 'Score_Snapshot__c', 'Snapshot_Key__c', values, {
        progress
    });
    progress?.finish();
    return {
        period: period.key,
        periodType: PERIOD_TYPES[options.unit],
        periodStart: isoDay(period.start),
        periodEnd: isoDay(new Date(period.end.getTime() - 86400000)),
        agentSnapshots: agentRows.length,
        teamSnapshots: teamRows.length,
        created: summary.created,
        updated: summary.updated,
        rows: values.map((value) => ({
            scope: value.Scope__c as string,
            subject:
                value.Scope__c === 'Agent'
                    ? (agents.get(value.Agent__c as string)?.agentName ?? (value.Agent__c as string))
                    : (value.Team__c as string),
            team: value.Team__c as string,
            assessments: value.Assessment_Count__c as number,
            averageScore: value.Average_Score__c as number | null,
            rank: value.Rank__c as number | null
        }))
    };
}
