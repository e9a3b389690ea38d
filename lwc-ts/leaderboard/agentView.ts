/**
 * The leaderboard as an agent sees it: peers' rank, name and shown score, and the agent's own
 * standing. The output types hold only those aggregates — no agent ids of peers, no assessment
 * ids, no evaluator, no individual score — so a component given this view cannot leak a peer's
 * assessments even by mistake. Every object is built afresh and frozen.
 */
import { requireObject, requireText } from 'c/engineInputChecks';
import type { Leaderboard } from './agentRanking';

export interface LeaderboardPeer {
    readonly rank: number;
    readonly agentName: string;
    readonly qualityScore: number;
    /** True on the viewer's own line. */
    readonly isViewer: boolean;
}

export interface ViewerStanding {
    readonly agentName: string;
    /** The viewer's rank, or null while unranked. */
    readonly rank: number | null;
    readonly qualityScore: number | null;
    readonly assessmentCount: number;
    /** Assessments still needed to be ranked (0 once ranked). */
    readonly assessmentsNeeded: number;
}

export interface AgentLeaderboardView {
    readonly viewer: ViewerStanding;
    readonly peers: readonly LeaderboardPeer[];
    readonly rankedCount: number;
}

export function leaderboardViewFor(board: Leaderboard, viewerAgentId: string): AgentLeaderboardView {
    requireObject('board', board);
    requireText('viewerAgentId', viewerAgentId);
    const ranked = board.ranked.find((entry) => entry.agentId === viewerAgentId);
    const unranked = board.unranked.find((entry) => entry.agentId === viewerAgentId);
    if (!ranked && !unranked) {
        throw new RangeError(`Agent "${viewerAgentId}" is not on this leaderboard.`);
    }
    const viewer: ViewerStanding = ranked
        ? {
              agentName: ranked.agentName,
              rank: ranked.rank,
              qualityScore: ranked.qualityScore,
              assessmentCount: ranked.assessmentCount,
              assessmentsNeeded: 0
          }
        : {
              agentName: (unranked as NonNullable<typeof unranked>).agentName,
              rank: null,
              qualityScore: (unranked as NonNullable<typeof unranked>).qualityScore,
              assessmentCount: (unranked as NonNullable<typeof unranked>).assessmentCount,
              assessmentsNeeded: (unranked as NonNullable<typeof unranked>).assessmentsNeeded
          };
    const peers = board.ranked.map((entry): LeaderboardPeer =>
        Object.freeze({
            rank: entry.rank,
            agentName: entry.agentName,
            qualityScore: entry.qualityScore,
            isViewer: entry.agentId === viewerAgentId
        })
    );
    return Object.freeze({ viewer: Object.freeze(viewer), peers: Object.freeze(peers), rankedCount: peers.length });
}
