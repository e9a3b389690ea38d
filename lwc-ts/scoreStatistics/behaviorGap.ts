/**
 * Is a team's gap on a behavior one agent, or systemic? For a behavior (scorecard item) that a
 * team fails more often than the other teams:
 * 1. does the team fail it more than the other teams at all (one-sided Fisher exact test)?
 * 2. which agent contributes most of the team's failures, and what share;
 * 3. with that agent taken out, does the rest of the team still fail it more than the other
 *    teams? If so the gap is systemic (coaching the team, the process or the guidance); if not,
 *    it is one agent (coaching that agent).
 */
import { requireArray, requireObject, requireText, significanceLevelOrDefault } from 'c/engineInputChecks';
import { fisherExactGreater } from './fisherExact';

export interface BehaviorResult {
    readonly agentId: string;
    readonly teamId: string;
    readonly passed: boolean;
}

export type BehaviorGapVerdict = 'noGap' | 'oneAgent' | 'systemic';

export interface FailureCount {
    readonly failed: number;
    readonly total: number;
    /** failed / total, or null with no results. */
    readonly failureRate: number | null;
}

export interface BehaviorGap {
    readonly teamId: string;
    readonly team: FailureCount;
    readonly otherTeams: FailureCount;
    /** One-sided p-value that the team fails more than the other teams. */
    readonly teamPValue: number;
    readonly worstAgent: (FailureCount & { readonly agentId: string; readonly shareOfTeamFailures: number }) | null;
    /** The team without its worst agent; null when the team has a single agent. */
    readonly restOfTeam: (FailureCount & { readonly pValue: number }) | null;
    readonly significanceLevel: number;
    readonly verdict: BehaviorGapVerdict;
    readonly explanation: string;
}

function count(results: readonly BehaviorResult[]): FailureCount {
    const failed = results.filter((result) => !result.passed).length;
    return { failed, total: results.length, failureRate: results.length === 0 ? null : failed / results.length };
}

function greater(first: FailureCount, second: FailureCount): number {
    return fisherExactGreater({
        firstFailed: first.failed,
        firstPassed: first.total - first.failed,
        secondFailed: second.failed,
        secondPassed: second.total - second.failed
    });
}

const percent = (rate: number | null): string => `${((rate ?? 0) * 100).toFixed(0)} %`;

export function locateBehaviorGap(
    results: readonly BehaviorResult[],
    teamId: string,
    options: { readonly significanceLevel?: number } = {}
): BehaviorGap {
    requireArray('results', results);
    requireText('teamId', teamId);
    const significanceLevel = significanceLevelOrDefault(options.significanceLevel);
    results.forEach((result, index) => {
        requireObject(`results[${index}]`, result);
        requireText(`results[${index}].agentId`, result.agentId);
        requireText(`results[${index}].teamId`, result.teamId);
        if (typeof result.passed !== 'boolean') {
            throw new TypeError(`results[${index}].passed must be true or false, got ${String(result.passed)}.`);
        }
    });
    const inTeam = results.filter((result) => result.teamId === teamId);
    const others = results.filter((result) => result.teamId !== teamId);
    if (inTeam.length === 0) {
        throw new RangeError(`Team "${teamId}" has no results for this behavior.`);
    }
    if (others.length === 0) {
        throw new RangeError(
            `Team "${teamId}" can only be compared with other teams, and there are no results from any.`
        );
    }
    const team = count(inTeam);
    const otherTeams = count(others);
    const teamPValue = greater(team, otherTeams);

    const byAgent = new Map<string, BehaviorResult[]>();
    for (const result of inTeam) {
        byAgent.set(result.agentId, [...(byAgent.get(result.agentId) ?? []), result]);
    }
    // Most failures first; then the higher failure rate; then the id, so the pick is stable.
    const agents = [...byAgent.entries()]
        .map(([agentId, agentResults]) => ({ agentId, ...count(agentResults) }))
        .sort(
            (a, b) =>
                b.failed - a.failed ||
                (b.failureRate as number) - (a.failureRate as number) ||
                a.agentId.localeCompare(b.agentId)
        );
    const worst = team.failed > 0 ? agents[0] : null;
    const worstAgent = worst ? { ...worst, shareOfTeamFailures: worst.failed / team.failed } : null;
    const rest = worst ? inTeam.filter((result) => result.agentId !== worst.agentId) : [];
    const restCount = count(rest);
    const restOfTeam = worst && rest.length > 0 ? { ...restCount, pValue: greater(restCount, otherTeams) } : null;

    let verdict: BehaviorGapVerdict;
    let explanation: string;
    if (teamPValue >= significanceLevel || worstAgent === null) {
        verdict = 'noGap';
        explanation =
            `Team fails this behavior ${percent(team.failureRate)} of the time against ${percent(otherTeams.failureRate)} ` +
            `elsewhere; that is within noise (p = ${teamPValue.toPrecision(2)}).`;
    } else if (restOfTeam !== null && restOfTeam.pValue < significanceLevel) {
        verdict = 'systemic';
        explanation =
            `Even without ${worstAgent.agentId} (${percent(worstAgent.shareOfTeamFailures)} of the team's failures), the rest of the team ` +
            `fails ${percent(restOfTeam.failureRate)} against ${percent(otherTeams.failureRate)} elsewhere (p = ${restOfTeam.pValue.toPrecision(2)}): the gap is systemic.`;
    } else {
        verdict = 'oneAgent';
        explanation =
            `${worstAgent.agentId} accounts for ${percent(worstAgent.shareOfTeamFailures)} of the team's failures; without them the team ` +
            (restOfTeam === null
                ? 'has no one else to compare.'
                : `fails ${percent(restOfTeam.failureRate)} against ${percent(otherTeams.failureRate)} elsewhere, within noise (p = ${restOfTeam.pValue.toPrecision(2)}).`);
    }
    return { teamId, team, otherTeams, teamPValue, worstAgent, restOfTeam, significanceLevel, verdict, explanation };
}
