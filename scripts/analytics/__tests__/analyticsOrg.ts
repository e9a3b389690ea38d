import type { Connection } from 'jsforce';
import type { QualityRecords } from 'c/qualityKpis';
import { startJobsOrg, type JobsOrg } from '../../jobs/__tests__/localOrgHarness';

/**
 * A small contact center on a real local org, for the analytics jobs' integration tests: six agents
 * in two teams (User.Department), four evaluators holding Verity_Evaluator, one phone scorecard
 * with four items on three answer scales, eleven submitted assessments per agent over Q4 2025 and
 * Q1 2026 with their interactions, and one calibration session (the QA manager as calibrator, the
 * four evaluators as participants). Everything is saved through jsforce and passes the package's
 * rules; the admin holds Verity_QA_Admin (building scorecards, managing assessments), as `verity
 * seed` arranges. The expected scores are worked out here by hand, not read back from the org.
 */
export const ORG_NOW = new Date('2026-04-10T12:00:00.000Z');

export const TEAMS = ['North', 'South'] as const;
export const AGENT_COUNT = 6;
export const EVALUATOR_COUNT = 4;

/** The scorecard's items: points and scale (the Points_Earned__c formula gives each answer its share). */
export const ITEMS = [
    { name: 'Greeting', scale: 'YesNo', points: 10, naAllowed: false },
    { name: 'Identity check', scale: 'YesNo', points: 20, naAllowed: false },
    { name: 'Empathy', scale: 'OneToFive', points: 10, naAllowed: false },
    { name: 'Resolved', scale: 'YesPartialNo', points: 20, naAllowed: true }
] as const;

const SHARE: Record<string, number> = { Yes: 1, No: 0, Partial: 0.5, '1': 0, '2': 0.25, '3': 0.5, '4': 0.75, '5': 1 };

/** Score = points earned / points possible over answered, non-N/A items, in percent. */
export function scoreOf(answers: readonly string[]): number {
    let earned = 0;
    let possible = 0;
    answers.forEach((answer, index) => {
        if (answer !== 'NA') {
            earned += ITEMS[index].points * SHARE[answer];
            possible += ITEMS[index].points;
        }
    });
    return (earned / possible) * 100;
}

export interface PlannedAssessment {
    key: string;
    agent: number;
    evaluator: number;
    submittedAt: string;
    answers: string[];
    interaction: { startedAt: string; csat: number; fcr: boolean; handleTime: number; upsell: number };
}

const YES_NO = ['Yes', 'No'];
const YPN = ['Yes', 'Partial', 'No', 'NA'];

/** Deterministic, varied answers: agent 0 strong, agent 5 weak, agent 3 improving into Q1. */
export function plannedAssessments(): PlannedAssessment[] {
    const planned: PlannedAssessment[] = [];
    for (let agent = 0; agent < AGENT_COUNT; agent += 1) {
        for (let n = 0; n < 11; n += 1) {
            const q1 = n >= 5;
            const month = q1 ? (n - 5) % 3 : 9 + (n % 3); // Jan–Mar 2026, or Oct–Dec 2025
            const year = q1 ? 2026 : 2025;
            const day = 3 + ((agent * 7 + n * 3) % 24);
            const weakness = agent === 3 ? (q1 ? 0 : 2) : agent === 0 ? 0 : agent === 5 ? 2 : (agent + n) % 2;
            const pick = (list: string[], offset: number): string => list[(weakness + offset + n) % list.length];
            const answers = [
                weakness === 0 ? 'Yes' : pick(YES_NO, 0),
                weakness === 2 && n % 3 === 0 ? 'No' : 'Yes',
                String(5 - ((weakness + n + agent) % (weakness + 2))),
                weakness === 0 ? (n % 4 === 0 ? 'NA' : 'Yes') : pick(YPN, agent)
            ];
            const started = new Date(Date.UTC(year, month, day, 9 + (n % 6), 15));
            planned.push({
                key: `ANALYTICS:${agent}:${n}`,
                agent,
                evaluator: (agent + n) % EVALUATOR_COUNT,
                submittedAt: new Date(started.getTime() + 26 * 3600 * 1000).toISOString(),
                answers,
                interaction: {
                    startedAt: started.toISOString(),
                    csat: 1 + ((agent + n * 2) % 5),
                    fcr: (agent + n) % 3 !== 0,
                    handleTime: 240 + agent * 30 + n * 11,
                    upsell: agent === 2 ? 50 + n * 5 : n % 4 === 0 ? 20 : 0
                }
            });
        }
    }
    return planned;
}

/** The calibration session's answers: calibrator first, then the four evaluators. */
export const CALIBRATION_ANSWERS: readonly string[][] = [
    ['Yes', 'Yes', '4', 'Partial'],
    ['Yes', 'Yes', '4', 'Partial'],
    ['Yes', 'Yes', '5', 'Yes'],
    ['No', 'Yes', '3', 'Partial'],
    ['Yes', 'No', '2', 'No']
];
export const CALIBRATION_TOLERANCE = 5;

export interface AnalyticsOrg extends JobsOrg {
    agentIds: string[];
    teamOf: Map<string, string>;
    evaluatorIds: string[];
    calibratorId: string;
    sessionId: string;
    scorecardId: string;
    itemIds: string[];
    /** Standard assessment Id by planned key. */
    assessmentIds: Map<string, string>;
    /** Calibration assessments: calibrator's first. */
    calibrationAssessmentIds: string[];
    /** The same records as the engine sees them, built from the plan (not from the org). */
    records: QualityRecords;
}

type SaveResult = { id?: string | null; success: boolean; errors?: unknown };

async function createAll(conn: Connection, type: string, rows: Record<string, unknown>[]): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < rows.length; start += 200) {
        const results = (await conn
            .sobject(type)
            .create(rows.slice(start, start + 200), { allOrNone: true })) as SaveResult[];
        results.forEach((result, index) => {
            if (!result.success || !result.id) {
                throw new Error(`${type} ${start + index} was refused: ${JSON.stringify(result.errors)}`);
            }
            ids.push(result.id);
        });
    }
    return ids;
}

async function updateAll(conn: Connection, type: string, rows: Record<string, unknown>[]): Promise<void> {
    for (let start = 0; start < rows.length; start += 200) {
        const results = (await conn
            .sobject(type)
            .update(rows.slice(start, start + 200) as never, { allOrNone: true })) as SaveResult[];
        results.forEach((result, index) => {
            if (!result.success) {
                throw new Error(`${type} update ${start + index} was refused: ${JSON.stringify(result.errors)}`);
            }
        });
    }
}

export async function startAnalyticsOrg(): Promise<AnalyticsOrg> {
    const jobs = await startJobsOrg(ORG_NOW);
    const { admin } = jobs;
    const profileId = (
        (await admin.query<{ ProfileId: string }>("SELECT ProfileId FROM User WHERE Username = 'agent@verity.local'"))
            .records[0] as { ProfileId: string }
    ).ProfileId;
    const person = (username: string, last: string, department: string) => ({
        Username: username,
        FirstName: 'Test',
        LastName: last,
        Alias: last.slice(0, 8),
        Email: username,
        Department: department,
        // Salesforce makes a new user active; the local org's default is inactive, so say it.
        IsActive: true,
        ProfileId: profileId,
        TimeZoneSidKey: 'Europe/London',
        LocaleSidKey: 'en_GB',
        LanguageLocaleKey: 'en_US',
        EmailEncodingKey: 'UTF-8'
    });
    const agentIds = await createAll(
        admin,
        'User',
        Array.from({ length: AGENT_COUNT }, (_, index) =>
            person(`agent${index}@analytics.test`, `Agent${index}`, TEAMS[index < AGENT_COUNT / 2 ? 0 : 1])
        )
    );
    const teamOf = new Map(agentIds.map((id, index) => [id, TEAMS[index < AGENT_COUNT / 2 ? 0 : 1] as string]));
    const extraEvaluators = await createAll(
        admin,
        'User',
        Array.from({ length: EVALUATOR_COUNT - 1 }, (_, index) =>
            person(`evaluator${index + 2}@analytics.test`, `Evaluator${index + 2}`, 'Quality')
        )
    );
    const evaluatorIds = [jobs.user('evaluator').id, ...extraEvaluators];
    const calibratorId = jobs.user('qaManager').id;
    const sets = (await admin.query<{ Id: string; Name: string }>('SELECT Id, Name FROM PermissionSet')).records;
    const setId = (name: string): string => (sets.find((set) => set.Name === name) as { Id: string }).Id;
    await createAll(admin, 'PermissionSetAssignment', [
        { AssigneeId: jobs.users[0].id, PermissionSetId: setId('Verity_QA_Admin') },
        ...extraEvaluators.map((id) => ({ AssigneeId: id, PermissionSetId: setId('Verity_Evaluator') }))
    ]);

    const [scorecardId] = await createAll(admin, 'Scorecard__c', [
        { Name: 'Phone quality', Channel__c: 'Phone', Status__c: 'Draft', Version__c: 1 }
    ]);
    const itemIds = await createAll(
        admin,
        'Scorecard_Item__c',
        ITEMS.map((item, index) => ({
            Name: item.name,
            Scorecard__c: scorecardId,
            Section__c: 'Conversation',
            Order__c: index + 1,
            Points__c: item.points,
            Answer_Scale__c: item.scale,
            NA_Allowed__c: item.naAllowed
        }))
    );
    await updateAll(admin, 'Scorecard__c', [
        {
            Id: scorecardId,
            Status__c: 'Active',
            Activated_At__c: '2025-09-01T08:00:00.000Z',
            Active_Channel_Key__c: 'Phone|'
        }
    ]);

    const planned = plannedAssessments();
    const calibrationStarted = '2026-03-20T10:00:00.000Z';
    const caseIds = await createAll(
        admin,
        'Case',
        [...planned.map((plan) => plan.key), 'CALIBRATION'].map((key) => ({
            Subject: `Call ${key}`,
            Status: 'Closed',
            Origin: 'Phone'
        }))
    );
    const interactionRows = [
        ...planned.map((plan, index) => ({
            Name: `Call ${plan.key}`,
            Case__c: caseIds[index],
            Channel__c: 'Phone',
            Agent__c: agentIds[plan.agent],
            External_Id__c: `INT-${plan.key}`,
            Started_At__c: plan.interaction.startedAt,
            CSAT__c: plan.interaction.csat,
            Resolved_First_Contact__c: plan.interaction.fcr,
            Handle_Time_Seconds__c: plan.interaction.handleTime,
            Upsell_Amount__c: plan.interaction.upsell
        })),
        {
            Name: 'Calibration call',
            Case__c: caseIds[planned.length],
            Channel__c: 'Phone',
            Agent__c: agentIds[0],
            External_Id__c: 'INT-CALIBRATION',
            Started_At__c: calibrationStarted,
            CSAT__c: 3,
            Resolved_First_Contact__c: false,
            Handle_Time_Seconds__c: 600,
            Upsell_Amount__c: 0
        }
    ];
    const interactionIds = await createAll(admin, 'Interaction__c', interactionRows);
    const calibrationCaseId = caseIds[planned.length];
    const calibrationInteractionId = interactionIds[planned.length];
    const [sessionId] = await createAll(admin, 'Calibration_Session__c', [
        {
            Name: 'March calibration',
            Case__c: calibrationCaseId,
            Interaction__c: calibrationInteractionId,
            Scorecard__c: scorecardId,
            Calibrator__c: calibratorId,
            Tolerance__c: CALIBRATION_TOLERANCE,
            Status__c: 'Scheduled',
            Blind__c: true
        }
    ]);
    const participants = [calibratorId, ...evaluatorIds];
    const assessmentRows = [
        ...planned.map((plan, index) => ({
            Assessment_Key__c: plan.key,
            Case__c: caseIds[index],
            Interaction__c: interactionIds[index],
            Scorecard__c: scorecardId,
            Agent__c: agentIds[plan.agent],
            Evaluator__c: evaluatorIds[plan.evaluator],
            OwnerId: evaluatorIds[plan.evaluator],
            Status__c: 'Assigned',
            Type__c: 'Standard',
            Due_Date__c: plan.submittedAt.slice(0, 10)
        })),
        ...participants.map((evaluatorId, index) => ({
            Assessment_Key__c: `ANALYTICS:CAL:${index}`,
            Case__c: calibrationCaseId,
            Interaction__c: calibrationInteractionId,
            Scorecard__c: scorecardId,
            Calibration_Session__c: sessionId,
            Agent__c: agentIds[0],
            Evaluator__c: evaluatorId,
            OwnerId: evaluatorId,
            Status__c: 'Assigned',
            Type__c: 'Calibration',
            Due_Date__c: '2026-03-25'
        }))
    ];
    const allAssessmentIds = await createAll(admin, 'Assessment__c', assessmentRows);
    const allAnswers = [...planned.map((plan) => plan.answers), ...CALIBRATION_ANSWERS];
    await createAll(
        admin,
        'Assessment_Response__c',
        allAnswers.flatMap((answers, index) =>
            answers.map((answer, item) => ({
                Assessment__c: allAssessmentIds[index],
                Scorecard_Item__c: itemIds[item],
                Response_Key__c: `${allAssessmentIds[index]}:${itemIds[item]}`,
                Answer__c: answer,
                Answer_Scale__c: ITEMS[item].scale,
                Item_Points__c: ITEMS[item].points,
                NA_Allowed__c: ITEMS[item].naAllowed
            }))
        )
    );
    const submittedAt = [
        ...planned.map((plan) => plan.submittedAt),
        ...participants.map(() => '2026-03-21T15:00:00.000Z')
    ];
    await updateAll(
        admin,
        'Assessment__c',
        allAssessmentIds.map((id, index) => ({ Id: id, Status__c: 'Submitted', Submitted_At__c: submittedAt[index] }))
    );

    const records: QualityRecords = {
        assessments: planned.map((plan, index) => ({
            id: allAssessmentIds[index],
            agentId: agentIds[plan.agent],
            teamId: teamOf.get(agentIds[plan.agent]) as string,
            type: 'evaluation',
            status: 'submitted',
            score: scoreOf(plan.answers),
            autoFailed: false,
            submittedAt: plan.submittedAt
        })),
        interactions: interactionRows.map((row, index) => ({
            id: interactionIds[index],
            agentId: row.Agent__c,
            teamId: teamOf.get(row.Agent__c) as string,
            occurredAt: row.Started_At__c,
            csat: row.CSAT__c,
            resolvedFirstContact: row.Resolved_First_Contact__c,
            handleTimeSeconds: row.Handle_Time_Seconds__c,
            upsellAmount: row.Upsell_Amount__c
        })),
        coachingTasks: []
    };
    return {
        ...jobs,
        agentIds,
        teamOf,
        evaluatorIds,
        calibratorId,
        sessionId,
        scorecardId,
        itemIds,
        assessmentIds: new Map(planned.map((plan, index) => [plan.key, allAssessmentIds[index]])),
        calibrationAssessmentIds: allAssessmentIds.slice(planned.length),
        records
    };
}

/** How many records of a type have each external key (a key counted twice is a duplicate). */
export async function keyCounts(conn: Connection, type: string, keyField: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    let page = await conn.query<Record<string, string>>(`SELECT ${keyField} FROM ${type}`);
    for (;;) {
        page.records.forEach((row) => counts.set(row[keyField], (counts.get(row[keyField]) ?? 0) + 1));
        if (page.done || !page.nextRecordsUrl) {
            return counts;
        }
        page = await conn.queryMore<Record<string, string>>(page.nextRecordsUrl);
    }
}
