/**
 * Upsell star: the agent (or agents, on a tie) with the highest upsell total credited from their
 * interactions in the period. Totals are compared to the cent; nobody wins with no upsell at all.
 */
import { normalizeStandings, type AgentStanding } from './agentStandings';
import { roundTo } from './scoreRounding';

export interface UpsellWinner {
    readonly agentId: string;
    readonly agentName: string;
    readonly upsellTotal: number;
}

export interface UpsellStarResult {
    readonly topUpsellTotal: number | null;
    readonly winners: readonly UpsellWinner[];
}

export function findUpsellStars(standings: readonly AgentStanding[]): UpsellStarResult {
    const totals = normalizeStandings('standings', standings)
        .filter((standing) => standing.upsellTotal !== null)
        .map((standing) => ({
            agentId: standing.agentId,
            agentName: standing.agentName,
            upsellTotal: roundTo(standing.upsellTotal as number, 2)
        }));
    const top = totals.reduce((best, entry) => Math.max(best, entry.upsellTotal), 0);
    if (top <= 0) {
        return { topUpsellTotal: null, winners: [] };
    }
    return {
        topUpsellTotal: top,
        winners: totals
            .filter((entry) => entry.upsellTotal === top)
            .sort((a, b) => a.agentName.localeCompare(b.agentName))
    };
}
