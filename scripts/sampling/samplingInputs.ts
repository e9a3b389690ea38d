import type { Connection } from 'jsforce';
import type { CandidateInteraction } from 'c/interactionSampling';
import type { Evaluator } from 'c/evaluatorAssignment';
import { COLLECTION_SIZE, queryAllRecords, soqlString } from '../jobs/recordWriter';
import type { RetryOptions } from '../jobs/retry';
import { filterConditions, type PlanFilters } from './planFilters';
import { soqlDateTime } from './planRecords';
import type { SamplingWindow } from './samplingPeriod';

/**
 * What a sampling run reads from the org: the candidate interactions (the plan's filters over its
 * period), the interactions the plan assessed in its other runs, its evaluator pool with capacity
 * and open work, and who supervises whom.
 */
export interface Candidate extends CandidateInteraction {
    readonly name: string;
    readonly caseId: string;
    readonly agentName: string;
}

interface InteractionRow {
    Id: string;
    Name: string;
    Case__c: string;
    Agent__c: string;
    Agent__r: { Name: string } | null;
    Channel__c: string | null;
    Queue__c: string | null;
    Started_At__c: string;
    AI_Flagged__c: boolean;
    AI_Flag_Reason__c: string | null;
    [path: string]: unknown;
}

/** A value at a dotted relationship path of a query row ("Case__r.Reason"). */
function valueAt(row: Record<string, unknown>, path: string): string | null {
    let value: unknown = row;
    for (const part of path.split('.')) {
        value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
    return typeof value === 'string' && value !== '' ? value : null;
}

/** The candidate SOQL: interactions with an agent, started in the period, passing the plan's filters. */
export function candidateQuery(filters: PlanFilters, window: SamplingWindow): string {
    const fields = [
        'Id',
        'Name',
        'Case__c',
        'Agent__c',
        'Agent__r.Name',
        'Channel__c',
        'Queue__c',
        'Started_At__c',
        'AI_Flagged__c',
        'AI_Flag_Reason__c'
    ];
    if (filters.stratifyBy !== null && !fields.includes(filters.stratifyBy.field)) {
        fields.push(filters.stratifyBy.field);
    }
    const conditions = [
        'Agent__c != null',
        'Started_At__c != null',
        `Started_At__c >= ${soqlDateTime(window.startsAt)}`,
        `Started_At__c < ${soqlDateTime(window.endsAt)}`,
        ...filterConditions(filters)
    ];
    return `SELECT ${fields.join(', ')} FROM Interaction__c WHERE ${conditions.join(' AND ')} ORDER BY Id`;
}

export async function readCandidates(
    conn: Connection,
    filters: PlanFilters,
    window: SamplingWindow,
    retry?: RetryOptions
): Promise<Candidate[]> {
    const rows = await queryAllRecords<InteractionRow>(conn, candidateQuery(filters, window), retry);
    const stratify = filters.stratifyBy;
    return rows.map((row) => ({
        id: row.Id,
        name: row.Name,
        caseId: row.Case__c,
        agentId: row.Agent__c,
        agentName: row.Agent__r?.Name ?? row.Agent__c,
        // The engine needs a channel for every candidate; a blank one is its own stratum.
        channel: row.Channel__c ?? '(blank)',
        startedAt: row.Started_At__c,
        aiFlagged: row.AI_Flagged__c === true,
        aiFlagReason: row.AI_Flag_Reason__c,
        fields: stratify === null ? undefined : { [stratify.name]: valueAt(row, stratify.field) }
    }));
}

/** Interactions this plan's other runs already put up for assessment: never sampled again. */
export async function alreadyAssessed(
    conn: Connection,
    planId: string,
    runId: string | null,
    retry?: RetryOptions
): Promise<Set<string>> {
    // This run's own assessments are not "already assessed": a resumed run must draw what it drew.
    const notThisRun = runId === null ? '' : ` AND Sampling_Run__c != ${soqlString(runId)}`;
    const rows = await queryAllRecords<{ Interaction__c: string }>(
        conn,
        `SELECT Interaction__c FROM Assessment__c WHERE Sampling_Run__r.Sampling_Plan__c = ${soqlString(planId)}${notThisRun} AND Interaction__c != null`,
        retry
    );
    return new Set(rows.map((row) => row.Interaction__c));
}

export interface PoolMember extends Evaluator {
    readonly name: string;
}

/** The plan's evaluator pool, each with the open assessments they hold outside this run. */
export async function readPool(
    conn: Connection,
    planId: string,
    runId: string | null,
    retry?: RetryOptions
): Promise<PoolMember[]> {
    const members = await queryAllRecords<{
        Evaluator__c: string;
        Evaluator__r: { Name: string } | null;
        Capacity__c: number;
        Available__c: boolean;
    }>(
        conn,
        `SELECT Evaluator__c, Evaluator__r.Name, Capacity__c, Available__c FROM Sampling_Pool_Member__c WHERE Sampling_Plan__c = ${soqlString(planId)} ORDER BY Evaluator__c`,
        retry
    );
    const open = new Map<string, number>();
    const notThisRun = runId === null ? '' : ` AND (Sampling_Run__c = null OR Sampling_Run__c != ${soqlString(runId)})`;
    for (let start = 0; start < members.length; start += COLLECTION_SIZE) {
        const ids = members.slice(start, start + COLLECTION_SIZE).map((member) => soqlString(member.Evaluator__c));
        const rows = await queryAllRecords<{ Evaluator__c: string }>(
            conn,
            `SELECT Evaluator__c FROM Assessment__c WHERE Evaluator__c IN (${ids.join(', ')}) AND Status__c IN ('Assigned', 'In Progress')${notThisRun}`,
            retry
        );
        rows.forEach((row) => open.set(row.Evaluator__c, (open.get(row.Evaluator__c) ?? 0) + 1));
    }
    return members.map((member) => ({
        id: member.Evaluator__c,
        name: member.Evaluator__r?.Name ?? member.Evaluator__c,
        capacity: member.Capacity__c,
        available: member.Available__c === true,
        openAssessments: open.get(member.Evaluator__c) ?? 0
    }));
}

/** Agent id → their manager (User.ManagerId), for the agents who have one. */
export async function readSupervisors(
    conn: Connection,
    agentIds: readonly string[],
    retry?: RetryOptions
): Promise<Map<string, string>> {
    const supervisors = new Map<string, string>();
    for (let start = 0; start < agentIds.length; start += COLLECTION_SIZE) {
        const ids = agentIds.slice(start, start + COLLECTION_SIZE).map(soqlString);
        const rows = await queryAllRecords<{ Id: string; ManagerId: string | null }>(
            conn,
            `SELECT Id, ManagerId FROM User WHERE Id IN (${ids.join(', ')}) AND ManagerId != null`,
            retry
        );
        rows.forEach((row) => {
            if (row.ManagerId) {
                supervisors.set(row.Id, row.ManagerId);
            }
        });
    }
    return supervisors;
}
