/**
 * Most improved: the change in shown quality score from one period to the next, for agents who
 * met the minimum volume in both periods (an improvement from two assessments to three is noise).
 * Ranked with ties sharing a rank, as the leaderboard is.
 */
import { competitionRanks, requireRankingOptions, type RankingOptions } from './agentRanking';
import { normalizeStandings, type AgentStanding } from './agentStandings';
import { roundTo } from './scoreRounding';

export interface ImprovementEntry {
    readonly rank: number;
    readonly agentId: string;
    readonly agentName: string;
    readonly previousScore: number;
    readonly currentScore: number;
    /** currentScore − previousScore, in points, at the shown decimals; negative for a decline. */
    readonly improvement: number;
}

export type ImprovementExclusion = 'tooFewAssessmentsBefore' | 'tooFewAssessmentsNow' | 'notInPreviousPeriod';

export interface ImprovementRanking {
    readonly ranked: readonly ImprovementEntry[];
    readonly excluded: readonly {
        readonly agentId: string;
        readonly agentName: string;
        readonly reason: ImprovementExclusion;
    }[];
}

export function rankImprovement(
    previous: readonly AgentStanding[],
    current: readonly AgentStanding[],
    options: RankingOptions
): ImprovementRanking {
    const { minimumAssessments, scoreDecimals } = requireRankingOptions(options);
    const before = new Map(normalizeStandings('previous', previous).map((standing) => [standing.agentId, standing]));
    const now = normalizeStandings('current', current);
    const excluded: { agentId: string; agentName: string; reason: ImprovementExclusion }[] = [];
    const eligible: Omit<ImprovementEntry, 'rank'>[] = [];
    for (const standing of now) {
        const earlier = before.get(standing.agentId);
        const base = { agentId: standing.agentId, agentName: standing.agentName };
        if (!earlier) {
            excluded.push({ ...base, reason: 'notInPreviousPeriod' });
        } else if (earlier.qualityScore === null || earlier.assessmentCount < minimumAssessments) {
            excluded.push({ ...base, reason: 'tooFewAssessmentsBefore' });
        } else if (standing.qualityScore === null || standing.assessmentCount < minimumAssessments) {
            excluded.push({ ...base, reason: 'tooFewAssessmentsNow' });
        } else {
            const previousScore = roundTo(earlier.qualityScore, scoreDecimals);
            const currentScore = roundTo(standing.qualityScore, scoreDecimals);
            eligible.push({
                ...base,
                previousScore,
                currentScore,
                improvement: roundTo(currentScore - previousScore, scoreDecimals)
            });
        }
    }
    eligible.sort((a, b) => b.improvement - a.improvement || a.agentName.localeCompare(b.agentName));
    const ranks = competitionRanks(eligible, (entry) => entry.improvement);
    return { ranked: eligible.map((entry, index) => ({ rank: ranks[index], ...entry })), excluded };
}
