/**
 * Interaction sampling: which interactions a sampling plan assesses this period, each with the
 * reason it was chosen. Seeded and reproducible, stratified by largest remainder, spread evenly
 * over the period, AI-flagged first on request, never re-picking what the plan already assessed.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */
export { sampleInteractions } from './sampleInteractions';
export type {
    AgentSamplingCount,
    PickBasis,
    SamplingCounts,
    SamplingPick,
    SamplingResult,
    StratumSamplingCount
} from './sampleInteractions';
export { BLANK_STRATUM } from './candidatePool';
export type { CandidateInteraction } from './candidatePool';
export { agentQuota, readSamplingPlan } from './samplingPlan';
export type { SamplingPeriod, SamplingPlan, SamplingQuota } from './samplingPlan';
export { largestRemainderAllocation } from './largestRemainder';
export { drawByIdRank, selectIdRank } from './idOrder';
export { toEpochMillis } from './interactionTime';
