/**
 * Quarterly awards by rule:
 * - quality champion: rank 1 on the quarter's leaderboard (minimum volume applies);
 * - most improved: the largest rise in quality score from the previous quarter, if anyone rose;
 * - upsell star: the highest upsell total, if anyone upsold.
 * Ties share the award: every agent at the top value wins it.
 */
import { parseQuarterKey } from 'c/qualityKpis';
import { rankAgents, type RankingOptions } from './agentRanking';
import type { AgentStanding } from './agentStandings';
import { rankImprovement } from './mostImproved';
import { findUpsellStars } from './upsellStar';

export type AwardName = 'qualityChampion' | 'mostImproved' | 'upsellStar';

export const AWARD_LABELS: Readonly<Record<AwardName, string>> = Object.freeze({
    qualityChampion: 'Quality champion',
    mostImproved: 'Most improved',
    upsellStar: 'Upsell star'
});

export interface AwardWinner {
    readonly agentId: string;
    readonly agentName: string;
}

export interface Award {
    readonly award: AwardName;
    readonly label: string;
    /** The winning value: shown score, improvement in points, or upsell total; null when nobody won. */
    readonly value: number | null;
    readonly winners: readonly AwardWinner[];
}

export interface QuarterlyAwardsInput extends RankingOptions {
    /** The quarter the awards are for, e.g. "2026Q4". */
    readonly quarter: string;
    readonly current: readonly AgentStanding[];
    /** Standings of the quarter before, for most improved. */
    readonly previous: readonly AgentStanding[];
}

export interface QuarterlyAwards {
    readonly quarter: string;
    readonly start: Date;
    readonly end: Date;
    readonly awards: readonly Award[];
}

const winner = (entry: { agentId: string; agentName: string }): AwardWinner => ({
    agentId: entry.agentId,
    agentName: entry.agentName
});

export function decideQuarterlyAwards(input: QuarterlyAwardsInput): QuarterlyAwards {
    if (typeof input !== 'object' || input === null) {
        throw new TypeError('decideQuarterlyAwards needs an input object.');
    }
    const period = parseQuarterKey(input.quarter);
    const board = rankAgents(input.current, input);
    const champions = board.ranked.filter((entry) => entry.rank === 1);
    const improvement = rankImprovement(input.previous, input.current, input);
    const improvers = improvement.ranked.filter((entry) => entry.rank === 1 && entry.improvement > 0);
    const upsell = findUpsellStars(input.current);
    return {
        quarter: period.key,
        start: period.start,
        end: period.end,
        awards: [
            {
                award: 'qualityChampion',
                label: AWARD_LABELS.qualityChampion,
                value: champions.length > 0 ? champions[0].qualityScore : null,
                winners: champions.map(winner)
            },
            {
                award: 'mostImproved',
                label: AWARD_LABELS.mostImproved,
                value: improvers.length > 0 ? improvers[0].improvement : null,
                winners: improvers.map(winner)
            },
            {
                award: 'upsellStar',
                label: AWARD_LABELS.upsellStar,
                value: upsell.topUpsellTotal,
                winners: upsell.winners.map(winner)
            }
        ]
    };
}
