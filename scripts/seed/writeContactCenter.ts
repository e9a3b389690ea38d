import type { Connection } from 'jsforce';
import type { CommandOutput } from '../cli/output';
import { queryAllRecords, soqlString, upsertRecords, upsertShowingProgress } from '../jobs/recordWriter';
import { withRetries } from '../jobs/retry';
import { assertSaved } from './saveResults';
import type { ContactCenter } from './seedModel';
import { requireHistoryLoader, writeDisputes } from './writeDisputes';
import { writePeople } from './writePeople';

/**
 * Writes the seeded center in dependency order. Every record is upserted on its external ID, and
 * a record that is already there is left as it is (people and the other jobs move records on
 * after the seed: a plan is rescheduled, a coaching task acknowledged); records with a status path
 * are created at its start and moved forward only from where they stand. So running it again ends
 * where one uninterrupted run would, and a second run over a finished one changes nothing.
 */
export interface SeedSummary {
    users: number;
    scorecards: number;
    interactions: number;
    assessments: number;
    responses: number;
    coachingTasks: number;
    calibrationSessions: number;
    samplingPlans: number;
    disputes: number;
    created: number;
}

export interface SeedTarget {
    /** The user the seed runs as: it must hold the History Loader permission set. */
    runningUserId: string;
    /** The --target-org alias, for the messages that tell an admin what to run; none for the local org. */
    targetOrg?: string;
}

const ORIGIN = { Phone: 'Phone', Chat: 'Web', Email: 'Email' } as const;

export async function writeContactCenter(
    conn: Connection,
    center: ContactCenter,
    output: CommandOutput,
    target: SeedTarget
): Promise<SeedSummary> {
    await requireHistoryLoader(conn, target.runningUserId, target.targetOrg);
    const people = await writePeople(conn, center.people, target.runningUserId);
    let created = people.created;
    const userId = (username: string): string => people.userIds.get(username) as string;

    // Scorecards: Draft with items, then activated (a scorecard in use is never edited).
    const scorecardSummary = await upsertRecords(
        conn,
        'Scorecard__c',
        'Scorecard_Key__c',
        center.scorecards.map((s) => ({
            Scorecard_Key__c: s.key,
            Name: s.name,
            Channel__c: s.channel,
            Interaction_Type__c: s.interactionType,
            Status__c: 'Draft',
            Version__c: 1,
            Pass_Threshold__c: s.passThreshold,
            Auto_Fail_Threshold__c: s.autoFailThreshold
        })),
        { leaveExisting: true }
    );
    created += scorecardSummary.created;
    const scorecardIds = scorecardSummary.idsByKey;
    const itemSummary = await upsertRecords(
        conn,
        'Scorecard_Item__c',
        'Item_Key__c',
        center.scorecards.flatMap((scorecard) =>
            scorecard.items.map((item) => ({
                Item_Key__c: item.key,
                Name: item.name,
                Scorecard__c: scorecardIds.get(scorecard.key),
                Section__c: item.section,
                Question__c: item.question,
                Points__c: item.points,
                Answer_Scale__c: item.scale,
                Hard_Fail__c: item.hardFail,
                Coaching_Only__c: item.coachingOnly,
                NA_Allowed__c: item.naAllowed,
                Order__c: item.order,
                Behavior_Tag__c: item.behavior
            }))
        ),
        { leaveExisting: true }
    );
    created += itemSummary.created;
    const itemIds = itemSummary.idsByKey;
    const itemByKey = new Map(center.scorecards.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
    const scorecardStates = await queryAllRecords<{ Id: string; Status__c: string }>(
        conn,
        `SELECT Id, Status__c FROM Scorecard__c WHERE Id IN (${[...scorecardIds.values()].map(soqlString).join(', ')})`
    );
    const activate = center.scorecards
        .filter((s) => scorecardStates.find((row) => row.Id === scorecardIds.get(s.key))?.Status__c === 'Draft')
        .map((s) => ({
            Id: scorecardIds.get(s.key) as string,
            Status__c: 'Active',
            Activated_At__c: center.options.now.toISOString(),
            Active_Channel_Key__c: `${s.channel}|${s.interactionType}`
        }));
    if (activate.length > 0) {
        assertSaved(
            'Scorecard__c',
            await withRetries(() => conn.sobject('Scorecard__c').update(activate, { allOrNone: true })),
            (index) => `record ${index + 1}`
        );
    }

    // Cases and their interactions.
    const caseSummary = await upsertShowingProgress(
        conn,
        'Case',
        'Verity_Case_Key__c',
        center.interactions.map((c) => ({
            Verity_Case_Key__c: c.caseKey,
            Subject: c.caseSubject,
            Status: c.caseStatus,
            Origin: ORIGIN[c.channel],
            Priority: c.escalationRequested ? 'High' : 'Medium'
        })),
        'Cases',
        output,
        { leaveExisting: true }
    );
    created += caseSummary.created;
    const contactByKey = new Map(center.interactions.map((c) => [c.key, c]));
    const caseOf = (interactionKey: string): string =>
        caseSummary.idsByKey.get((contactByKey.get(interactionKey) as { caseKey: string }).caseKey) as string;
    const interactionSummary = await upsertShowingProgress(
        conn,
        'Interaction__c',
        'External_Id__c',
        center.interactions.map((c) => ({
            External_Id__c: c.key,
            Name: `${c.channel} contact ${c.key.slice(-6)}`,
            Case__c: caseOf(c.key),
            Agent__c: userId(c.agentUsername),
            Channel__c: c.channel,
            Queue__c: c.queue,
            Started_At__c: c.startedAt,
            Handle_Time_Seconds__c: c.handleTimeSeconds,
            CSAT__c: c.csat,
            Resolved_First_Contact__c: c.resolvedFirstContact,
            Upsell_Amount__c: c.upsellAmount,
            Transcript__c: c.transcript,
            Sentiment_Score__c: c.sentimentScore,
            Sentiment_Label__c: c.sentimentScore > 0.2 ? 'Positive' : c.sentimentScore < -0.2 ? 'Negative' : 'Neutral',
            AI_Flagged__c: c.aiFlagReason !== null,
            AI_Flag_Reason__c: c.aiFlagReason
        })),
        'Interactions',
        output,
        { leaveExisting: true }
    );
    created += interactionSummary.created;
    const interactionId = (key: string): string => interactionSummary.idsByKey.get(key) as string;

    // Calibration sessions, Scheduled (the analytics job computes their results).
    const sessionSummary = await upsertRecords(
        conn,
        'Calibration_Session__c',
        'Session_Key__c',
        center.calibrations.map((s) => ({
            Session_Key__c: s.key,
            Name: s.name,
            Case__c: caseOf(s.interactionKey),
            Interaction__c: interactionId(s.interactionKey),
            Scorecard__c: scorecardIds.get(s.scorecardKey),
            Scheduled_At__c: s.scheduledAt,
            Calibrator__c: userId(s.calibratorUsername),
            Facilitator__c: userId(s.facilitatorUsername),
            Blind__c: true,
            Tolerance__c: 5,
            Status__c: 'Scheduled'
        })),
        { leaveExisting: true }
    );
    created += sessionSummary.created;
    const sessionIds = sessionSummary.idsByKey;

    // Assessments: created Assigned, answered, then submitted; a submitted one is left alone.
    const existing = new Map<string, string>();
    const keys = center.assessments.map((a) => a.key);
    for (let i = 0; i < keys.length; i += 200) {
        const rows = await queryAllRecords<{ Assessment_Key__c: string; Status__c: string }>(
            conn,
            `SELECT Assessment_Key__c, Status__c FROM Assessment__c WHERE Assessment_Key__c IN (${keys
                .slice(i, i + 200)
                .map(soqlString)
                .join(', ')})`
        );
        rows.forEach((row) => existing.set(row.Assessment_Key__c, row.Status__c));
    }
    const open = center.assessments.filter(
        (a) => existing.get(a.key) === undefined || existing.get(a.key) === 'Assigned'
    );
    const assessmentSummary = await upsertShowingProgress(
        conn,
        'Assessment__c',
        'Assessment_Key__c',
        open.map((a) => ({
            Assessment_Key__c: a.key,
            Case__c: caseOf(a.interactionKey),
            Interaction__c: interactionId(a.interactionKey),
            Agent__c: userId(a.agentUsername),
            Evaluator__c: userId(a.evaluatorUsername),
            OwnerId: userId(a.evaluatorUsername),
            Scorecard__c: scorecardIds.get(a.scorecardKey),
            Type__c: a.type,
            Calibration_Session__c: a.calibrationKey ? sessionIds.get(a.calibrationKey) : null,
            ...(existing.has(a.key) ? {} : { Status__c: 'Assigned' })
        })),
        'Assessments',
        output
    );
    created += assessmentSummary.created;
    const responses = open.flatMap((a) => {
        const assessmentId = assessmentSummary.idsByKey.get(a.key) as string;
        return a.answers.map((answer) => {
            const item = itemByKey.get(answer.itemKey)!;
            const itemId = itemIds.get(answer.itemKey) as string;
            return {
                Response_Key__c: `${assessmentId}:${itemId}`,
                Assessment__c: assessmentId,
                Scorecard_Item__c: itemId,
                Answer__c: answer.answer,
                Item_Points__c: item.points,
                Answer_Scale__c: item.scale,
                Hard_Fail__c: item.hardFail,
                Coaching_Only__c: item.coachingOnly,
                NA_Allowed__c: item.naAllowed
            };
        });
    });
    const responseSummary = await upsertShowingProgress(
        conn,
        'Assessment_Response__c',
        'Response_Key__c',
        responses,
        'Answers',
        output,
        { insertOnlyFields: ['Assessment__c'] }
    );
    created += responseSummary.created;
    const submissions = open.map((a) => ({
        Id: assessmentSummary.idsByKey.get(a.key) as string,
        Status__c: 'Submitted',
        Submitted_At__c: a.submittedAt
    }));
    for (let i = 0; i < submissions.length; i += 200) {
        const batch = submissions.slice(i, i + 200);
        assertSaved(
            'Assessment__c',
            await withRetries(() => conn.sobject('Assessment__c').update(batch, { allOrNone: true })),
            (index) => `record ${index + 1}`
        );
    }
    const assessmentIds = new Map<string, string>();
    for (let i = 0; i < keys.length; i += 200) {
        const rows = await queryAllRecords<{ Id: string; Assessment_Key__c: string }>(
            conn,
            `SELECT Id, Assessment_Key__c FROM Assessment__c WHERE Assessment_Key__c IN (${keys
                .slice(i, i + 200)
                .map(soqlString)
                .join(', ')})`
        );
        rows.forEach((row) => assessmentIds.set(row.Assessment_Key__c, row.Id));
    }

    // Coaching tasks, Open: the agent acknowledges and the coach completes them later.
    const coachingSummary = await upsertRecords(
        conn,
        'Coaching_Task__c',
        'Task_Key__c',
        center.coaching.map((t) => ({
            Task_Key__c: t.key,
            Assessment__c: assessmentIds.get(t.assessmentKey),
            Agent__c: userId(t.agentUsername),
            Coach__c: userId(t.coachUsername),
            Scorecard_Item__c: itemIds.get(t.itemKey),
            Due_Date__c: t.dueDate,
            Behavior__c: t.behavior,
            Observed__c: t.observed,
            Expected_Alternative__c: t.expected,
            Status__c: 'Open'
        })),
        { leaveExisting: true }
    );
    created += coachingSummary.created;

    // Disputes with their outcomes, on the submitted assessments.
    const disputes = await writeDisputes(conn, center.disputes, {
        assessmentIds,
        itemIds,
        userIds: people.userIds
    });
    created += disputes.created;

    // Sampling plans: created inactive, given their evaluator pool, then activated.
    const planSummary = await upsertRecords(
        conn,
        'Sampling_Plan__c',
        'Plan_Key__c',
        center.samplingPlans.map((p) => ({
            Plan_Key__c: p.key,
            Name: p.name,
            Scorecard__c: scorecardIds.get(p.scorecardKey),
            Cadence__c: p.cadence,
            Quota_Type__c: 'Per Agent',
            Per_Agent_Quota__c: p.perAgentQuota,
            Lookback_Days__c: p.lookbackDays,
            Next_Run_At__c: p.nextRunAt,
            Filter_Definition__c: JSON.stringify({ channel: p.channel }),
            Exclude_Self__c: true,
            Exclude_Own_Supervisor__c: true,
            Active__c: false
        })),
        { leaveExisting: true }
    );
    created += planSummary.created;
    const planIds = planSummary.idsByKey;
    const members = center.samplingPlans.flatMap((p) =>
        p.pool.map((m) => {
            const planId = planIds.get(p.key) as string;
            const evaluatorId = userId(m.evaluatorUsername);
            return {
                Member_Key__c: `${planId}:${evaluatorId}`,
                Sampling_Plan__c: planId,
                Evaluator__c: evaluatorId,
                Capacity__c: m.capacity,
                Available__c: true
            };
        })
    );
    created += (await upsertRecords(conn, 'Sampling_Pool_Member__c', 'Member_Key__c', members, { leaveExisting: true }))
        .created;
    // A plan that has never run is activated; one a QA manager has run or paused since is theirs.
    const inactive = await queryAllRecords<{ Id: string }>(
        conn,
        `SELECT Id FROM Sampling_Plan__c WHERE Active__c = false AND Last_Run_At__c = null AND Id IN (${[
            ...planIds.values()
        ]
            .map(soqlString)
            .join(', ')})`
    );
    if (inactive.length > 0) {
        assertSaved(
            'Sampling_Plan__c',
            await withRetries(() =>
                conn.sobject('Sampling_Plan__c').update(
                    inactive.map((row) => ({ Id: row.Id, Active__c: true })),
                    { allOrNone: true }
                )
            ),
            (index) => `${inactive[index].Id} (Active__c)`
        );
    }
    return {
        users: people.userIds.size,
        scorecards: scorecardIds.size,
        interactions: interactionSummary.idsByKey.size,
        assessments: assessmentIds.size,
        responses: responseSummary.idsByKey.size,
        coachingTasks: coachingSummary.idsByKey.size,
        calibrationSessions: sessionIds.size,
        samplingPlans: planIds.size,
        disputes: disputes.disputes,
        created
    };
}
