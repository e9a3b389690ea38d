/**
 * Motivation from aggregates only: the agent leaderboard with ties and a minimum volume, the
 * view an agent gets of it, most improved, upsell star, quarterly awards and bonus eligibility.
 * Every input is an agent's standing (score, count, upsell total), never an assessment, and the
 * agent's view carries only peers' rank, name and shown score.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */
export { parseQuarterKey } from 'c/qualityKpis';
export {
    normalizeStandings,
    standingsFromKpiRows,
    type AgentDirectoryEntry,
    type AgentStanding
} from './agentStandings';
export { DEFAULT_SCORE_DECIMALS, roundTo } from './scoreRounding';
export {
    competitionRanks,
    rankAgents,
    type Leaderboard,
    type RankedAgent,
    type RankingOptions,
    type UnrankedAgent,
    type UnrankedReason
} from './agentRanking';
export { leaderboardViewFor, type AgentLeaderboardView, type LeaderboardPeer, type ViewerStanding } from './agentView';
export {
    rankImprovement,
    type ImprovementEntry,
    type ImprovementExclusion,
    type ImprovementRanking
} from './mostImproved';
export { findUpsellStars, type UpsellStarResult, type UpsellWinner } from './upsellStar';
export {
    AWARD_LABELS,
    decideQuarterlyAwards,
    type Award,
    type AwardName,
    type AwardWinner,
    type QuarterlyAwards,
    type QuarterlyAwardsInput
} from './quarterlyAwards';
export {
    decideBonusEligibility,
    simulateBonusThresholds,
    type BonusDecision,
    type BonusEligibility,
    type BonusReason,
    type BonusRule,
    type ThresholdSimulation
} from './bonusEligibility';
