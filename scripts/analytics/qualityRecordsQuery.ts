import type { Connection } from 'jsforce';
import type { AssessmentRecord, CoachingTaskRecord, InteractionRecord, QualityRecords } from 'c/qualityKpis';
import { queryAllRecords } from '../jobs/recordWriter';
import { isoDay, soqlDateTime } from './soql';

/**
 * Reads the records the KPI engine needs for one period from the org: the agents' counted
 * assessments, their interactions and their coaching tasks. Teams are the agents' User.Department;
 * an agent without one is reported under NO_TEAM so team totals still add up.
 */

export const NO_TEAM = 'No team';

export interface AgentEntry {
    readonly agentId: string;
    readonly agentName: string;
    readonly teamId: string;
}

export interface PeriodQualityRecords {
    readonly records: QualityRecords;
    /** Every agent that appears in the records, with name and team. */
    readonly agents: ReadonlyMap<string, AgentEntry>;
}

interface AgentRef {
    Name: string | null;
    Department: string | null;
}

const teamOf = (agent: AgentRef | null): string => agent?.Department?.trim() || NO_TEAM;

const STATUS: Record<string, AssessmentRecord['status']> = {
    Submitted: 'submitted',
    Disputed: 'disputed',
    Final: 'final'
};

/** Salesforce types to the engine's: only Standard and Document assessments grade the agent. */
const TYPE: Record<string, AssessmentRecord['type']> = {
    Standard: 'evaluation',
    Document: 'evaluation',
    Calibration: 'calibration',
    'Re-evaluation': 'reEvaluation'
};

export async function readPeriodQualityRecords(
    conn: Connection,
    period: { start: Date; end: Date }
): Promise<PeriodQualityRecords> {
    const from = soqlDateTime(period.start);
    const to = soqlDateTime(period.end);
    const agents = new Map<string, AgentEntry>();
    const remember = (agentId: string, agent: AgentRef | null): string => {
        const teamId = teamOf(agent);
        if (!agents.has(agentId)) {
            agents.set(agentId, { agentId, agentName: agent?.Name ?? agentId, teamId });
        }
        return teamId;
    };

    const assessmentRows = await queryAllRecords<{
        Id: string;
        Agent__c: string;
        Agent__r: AgentRef | null;
        Type__c: string;
        Status__c: string;
        Score__c: number | null;
        Auto_Failed__c: boolean;
        Submitted_At__c: string;
    }>(
        conn,
        `SELECT Id, Agent__c, Agent__r.Name, Agent__r.Department, Type__c, Status__c, Score__c, Auto_Failed__c, Submitted_At__c FROM Assessment__c WHERE Status__c IN ('Submitted', 'Disputed', 'Final') AND Type__c IN ('Standard', 'Document') AND Submitted_At__c >= ${from} AND Submitted_At__c < ${to}`
    );
    const assessments: AssessmentRecord[] = assessmentRows.map((row) => ({
        id: row.Id,
        agentId: row.Agent__c,
        teamId: remember(row.Agent__c, row.Agent__r),
        type: TYPE[row.Type__c],
        status: STATUS[row.Status__c],
        score: row.Score__c ?? 0,
        autoFailed: Boolean(row.Auto_Failed__c),
        submittedAt: row.Submitted_At__c
    }));

    const interactionRows = await queryAllRecords<{
        Id: string;
        Agent__c: string | null;
        Agent__r: AgentRef | null;
        Started_At__c: string;
        CSAT__c: number | null;
        Resolved_First_Contact__c: boolean | null;
        Handle_Time_Seconds__c: number | null;
        Upsell_Amount__c: number | null;
    }>(
        conn,
        `SELECT Id, Agent__c, Agent__r.Name, Agent__r.Department, Started_At__c, CSAT__c, Resolved_First_Contact__c, Handle_Time_Seconds__c, Upsell_Amount__c FROM Interaction__c WHERE Agent__c != null AND Started_At__c >= ${from} AND Started_At__c < ${to}`
    );
    const interactions: InteractionRecord[] = interactionRows.map((row) => ({
        id: row.Id,
        agentId: row.Agent__c as string,
        teamId: remember(row.Agent__c as string, row.Agent__r),
        occurredAt: row.Started_At__c,
        csat: row.CSAT__c,
        resolvedFirstContact: row.Resolved_First_Contact__c,
        handleTimeSeconds: row.Handle_Time_Seconds__c,
        upsellAmount: row.Upsell_Amount__c
    }));

    const coachingRows = await queryAllRecords<{
        Id: string;
        Agent__c: string | null;
        Agent__r: AgentRef | null;
        Due_Date__c: string;
        Completed_At__c: string | null;
    }>(
        conn,
        `SELECT Id, Agent__c, Agent__r.Name, Agent__r.Department, Due_Date__c, Completed_At__c FROM Coaching_Task__c WHERE Agent__c != null AND Status__c != 'Cancelled' AND Due_Date__c >= ${isoDay(period.start)} AND Due_Date__c < ${isoDay(period.end)}`
    );
    const coachingTasks: CoachingTaskRecord[] = coachingRows.map((row) => ({
        id: row.Id,
        agentId: row.Agent__c as string,
        teamId: remember(row.Agent__c as string, row.Agent__r),
        dueAt: row.Due_Date__c,
        completedAt: row.Completed_At__c
    }));

    return { records: { assessments, interactions, coachingTasks }, agents };
}
