/**
 * Ranks agents by quality score.
 *
 * Ties use standard competition ranking ("1224"): agents with equal shown scores share a rank
 * and the next rank skips the shared places, so a rank always tells how many agents scored
 * higher (rank − 1). Dense ranking ("1223") would let a tie push others up, and ordinal ranking
 * ("1234") would split equal scores by something arbitrary.
 *
 * Agents with fewer than the minimum number of assessments are listed as unranked, with how many
 * more they need: a score from two assessments is too noisy to rank (see scoreStatistics'
 * sample-size advisor).
 */
import { requireWholeNumber } from 'c/engineInputChecks';
import { normalizeStandings, type AgentStanding } from './agentStandings';
import { requireDecimals, roundTo } from './scoreRounding';

export interface RankingOptions {
    /** Agents with fewer counted assessments than this are unranked (at least 1). */
    readonly minimumAssessments: number;
    /** Decimals scores are shown, compared and tied at (default 1). */
    readonly scoreDecimals?: number;
}

export interface RankedAgent {
    readonly rank: number;
    readonly agentId: string;
    readonly agentName: string;
    /** The score as shown, rounded to `scoreDecimals`. */
    readonly qualityScore: number;
    readonly assessmentCount: number;
    /** True when another agent shares this rank. */
    readonly tied: boolean;
}

export type UnrankedReason = 'tooFewAssessments' | 'noScore';

export interface UnrankedAgent {
    readonly agentId: string;
    readonly agentName: string;
    readonly qualityScore: number | null;
    readonly assessmentCount: number;
    readonly reason: UnrankedReason;
    readonly assessmentsNeeded: number;
}

export interface Leaderboard {
    readonly ranked: readonly RankedAgent[];
    readonly unranked: readonly UnrankedAgent[];
    readonly minimumAssessments: number;
    readonly scoreDecimals: number;
}

export function requireRankingOptions(options: RankingOptions): { minimumAssessments: number; scoreDecimals: number } {
    if (typeof options !== 'object' || options === null) {
        throw new TypeError('Ranking needs options with minimumAssessments.');
    }
    return {
        minimumAssessments: requireWholeNumber('minimumAssessments', options.minimumAssessments, 1),
        scoreDecimals: requireDecimals(options.scoreDecimals)
    };
}

const byName = (a: { agentName: string; agentId: string }, b: { agentName: string; agentId: string }): number =>
    a.agentName.localeCompare(b.agentName) || (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0);

/**
 * Gives competition ranks to entries already sorted best first; `value` is what ties are judged on.
 */
export function competitionRanks<T>(sorted: readonly T[], value: (entry: T) => number): number[] {
    const ranks: number[] = [];
    sorted.forEach((entry, index) => {
        ranks.push(index > 0 && value(entry) === value(sorted[index - 1]) ? ranks[index - 1] : index + 1);
    });
    return ranks;
}

export function rankAgents(standings: readonly AgentStanding[], options: RankingOptions): Leaderboard {
    const { minimumAssessments, scoreDecimals } = requireRankingOptions(options);
    const agents = normalizeStandings('standings', standings);
    const eligible = agents
        .filter((agent) => agent.qualityScore !== null && agent.assessmentCount >= minimumAssessments)
        .map((agent) => ({ ...agent, shown: roundTo(agent.qualityScore as number, scoreDecimals) }))
        .sort((a, b) => b.shown - a.shown || byName(a, b));
    const ranks = competitionRanks(eligible, (agent) => agent.shown);
    const sharing = new Map<number, number>();
    ranks.forEach((rank) => sharing.set(rank, (sharing.get(rank) ?? 0) + 1));
    const ranked = eligible.map((agent, index): RankedAgent => ({
        rank: ranks[index],
        agentId: agent.agentId,
        agentName: agent.agentName,
        qualityScore: agent.shown,
        assessmentCount: agent.assessmentCount,
        tied: (sharing.get(ranks[index]) as number) > 1
    }));
    const unranked = agents
        .filter((agent) => agent.qualityScore === null || agent.assessmentCount < minimumAssessments)
        .sort(byName)
        .map((agent): UnrankedAgent => ({
            agentId: agent.agentId,
            agentName: agent.agentName,
            qualityScore: agent.qualityScore === null ? null : roundTo(agent.qualityScore, scoreDecimals),
            assessmentCount: agent.assessmentCount,
            reason: agent.qualityScore === null ? 'noScore' : 'tooFewAssessments',
            assessmentsNeeded: Math.max(0, minimumAssessments - agent.assessmentCount)
        }));
    return { ranked, unranked, minimumAssessments, scoreDecimals };
}
