/**
 * An agent's standing for a period: the aggregates a leaderboard is built from, and nothing
 * else. Standings are copied field by field, so whatever else a caller's objects carry (an
 * assessment list, evaluator notes) never reaches a leaderboard.
 */
import type { QualityKpiRow } from 'c/qualityKpis';
import {
    requireArray,
    requireNumberBetween,
    requireObject,
    requireText,
    requireWholeNumber
} from 'c/engineInputChecks';

export interface AgentStanding {
    readonly agentId: string;
    readonly agentName: string;
    /** Contact Quality Score for the period (0–100), or null with no counted assessments. */
    readonly qualityScore: number | null;
    readonly assessmentCount: number;
    /** Upsell credited from the agent's interactions in the period. */
    readonly upsellTotal?: number | null;
    /** The agent's role, for bonus rules that apply to some roles only (e.g. "complaintHandler"). */
    readonly role?: string | null;
}

export interface NormalizedStanding {
    readonly agentId: string;
    readonly agentName: string;
    readonly qualityScore: number | null;
    readonly assessmentCount: number;
    readonly upsellTotal: number | null;
    readonly role: string | null;
}

export interface AgentDirectoryEntry {
    readonly agentId: string;
    readonly agentName: string;
    readonly role?: string | null;
}

/** Validates standings (one per agent) and copies only their aggregate fields. */
export function normalizeStandings(name: string, standings: readonly AgentStanding[]): NormalizedStanding[] {
    requireArray(name, standings);
    const seen = new Set<string>();
    return standings.map((standing, index) => {
        const where = `${name}[${index}]`;
        requireObject(where, standing);
        const agentId = requireText(`${where}.agentId`, standing.agentId);
        if (seen.has(agentId)) {
            throw new RangeError(`${where}: agent "${agentId}" appears twice; give one standing per agent.`);
        }
        seen.add(agentId);
        const assessmentCount = requireWholeNumber(`${where}.assessmentCount`, standing.assessmentCount);
        const qualityScore =
            standing.qualityScore === null
                ? null
                : requireNumberBetween(`${where}.qualityScore`, standing.qualityScore, 0, 100);
        if (qualityScore !== null && assessmentCount === 0) {
            throw new RangeError(`${where} has a quality score but no assessments.`);
        }
        const upsell = standing.upsellTotal;
        const role = standing.role;
        return {
            agentId,
            agentName: requireText(`${where}.agentName`, standing.agentName),
            qualityScore,
            assessmentCount,
            upsellTotal:
                upsell === undefined || upsell === null
                    ? null
                    : requireNumberBetween(`${where}.upsellTotal`, upsell, 0, Infinity),
            role: role === undefined || role === null ? null : requireText(`${where}.role`, role)
        };
    });
}

/**
 * Standings for one period from the KPI table's agent rows, named from the agent directory.
 * Agents in the directory without a row get a standing with no score, so they appear unranked.
 */
export function standingsFromKpiRows(
    rows: readonly QualityKpiRow[],
    directory: readonly AgentDirectoryEntry[]
): AgentStanding[] {
    requireArray('rows', rows);
    requireArray('directory', directory);
    const periods = new Set(rows.map((row) => row.period));
    if (periods.size > 1) {
        throw new RangeError(
            `The rows span ${periods.size} periods (${[...periods].join(', ')}); pass one period's rows.`
        );
    }
    const byAgent = new Map<string, QualityKpiRow>();
    rows.forEach((row, index) => {
        if (row.groupBy !== 'agent') {
            throw new RangeError(
                `rows[${index}] is grouped by ${row.groupBy}; a leaderboard needs rows grouped by agent.`
            );
        }
        byAgent.set(row.groupId, row);
    });
    const named = new Set<string>();
    const standings = directory.map((entry, index) => {
        requireObject(`directory[${index}]`, entry);
        const agentId = requireText(`directory[${index}].agentId`, entry.agentId);
        named.add(agentId);
        const row = byAgent.get(agentId);
        return {
            agentId,
            agentName: requireText(`directory[${index}].agentName`, entry.agentName),
            qualityScore: row?.contactQualityScore ?? null,
            assessmentCount: row?.assessmentCount ?? 0,
            upsellTotal: row?.upsellTotal ?? null,
            role: entry.role ?? null
        };
    });
    for (const agentId of byAgent.keys()) {
        if (!named.has(agentId)) {
            throw new RangeError(`Agent "${agentId}" has KPIs but is not in the directory, so has no name to show.`);
        }
    }
    return standings;
}
