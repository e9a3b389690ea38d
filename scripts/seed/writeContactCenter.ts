import type { Connection } from 'jsforce';
import type { CommandOutput } from '../cli/output';
import { JobError } from '../cli/exitCodes';
import { createProgress } from '../jobs/progress';
import { queryAllRecords, soqlString, upsertRecords } from '../jobs/recordWriter';
import { withRetries } from '../jobs/retry';
import { ensureKeyedRecords } from './keyedRecords';
import { assertSaved } from './saveResults';
import type { ContactCenter, SeedPerson } from './seedModel';

/**
 * Writes the seeded center in dependency order. Each step first reads what a previous (possibly
 * killed) run left, then writes only what is missing or moves records forward along their status
 * path, so running it again ends where one uninterrupted run would.
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
    created: number;
}

const PERMISSION_SETS: Record<SeedPerson['role'], string> = {
    agent: 'Verity_Agent',
    supervisor: 'Verity_QA_Manager',
    evaluator: 'Verity_Evaluator',
    qaManager: 'Verity_QA_Manager'
};
const ORIGIN = { Phone: 'Phone', Chat: 'Web', Email: 'Email' } as const;

export async function writeContactCenter(
    conn: Connection,
    center: ContactCenter,
    output: CommandOutput,
    runningUserId: string
): Promise<SeedSummary> {
    let created = 0;
    // Users: found by Username, created with a persona's profile, then their permission sets.
    const [profileRow] = await queryAllRecords<{ ProfileId: string }>(
        conn,
        "SELECT ProfileId FROM User WHERE Username = 'agent@verity.local' LIMIT 1"
    );
    if (!profileRow) {
        throw new JobError('The org has no agent persona to take the Standard User profile from.');
    }
    const userIds = await ensureKeyedRecords(
        conn,
        'User',
        'Username',
        center.people.map((p) => ({
            Username: p.username,
            FirstName: p.firstName,
            LastName: p.lastName,
            Alias: p.alias,
            Email: p.username,
            Title:
                p.role === 'agent'
                    ? 'Customer Service Agent'
                    : p.role === 'supervisor'
                      ? 'Team Leader'
                      : p.role === 'evaluator'
                        ? 'QA Analyst'
                        : 'QA Manager',
            Department: p.team ?? 'Quality',
            Division: p.site ?? 'Quality',
            ProfileId: profileRow.ProfileId,
            TimeZoneSidKey: 'Europe/London',
            LocaleSidKey: 'en_GB',
            LanguageLocaleKey: 'en_US',
            EmailEncodingKey: 'UTF-8'
        }))
    );
    const userId = (username: string): string => userIds.get(username) as string;
    const permissionSets = await queryAllRecords<{ Id: string; Name: string }>(
        conn,
        'SELECT Id, Name FROM PermissionSet'
    );
    const setId = new Map(permissionSets.map((s) => [s.Name, s.Id]));
    const assigned = new Set(
        (
            await queryAllRecords<{ AssigneeId: string; PermissionSetId: string }>(
                conn,
                'SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment'
            )
        ).map((a) => `${a.AssigneeId}:${a.PermissionSetId}`)
    );
    // The running admin builds and activates the scorecards and plans: that takes the QA Admin set's
    // custom permissions, which a System Administrator profile does not carry by itself.
    const assignments = [
        { AssigneeId: runningUserId, PermissionSetId: setId.get('Verity_QA_Admin') },
        ...center.people.map((p) => ({
            AssigneeId: userId(p.username),
            PermissionSetId: setId.get(PERMISSION_SETS[p.role])
        }))
    ].filter((a) => a.PermissionSetId && !assigned.has(`${a.AssigneeId}:${a.PermissionSetId}`));
    if (assignments.length > 0) {
        assertSaved(
            'PermissionSetAssignment',
            await withRetries(() => conn.sobject('PermissionSetAssignment').create(assignments, { allOrNone: true })),
            (index) => `record ${index + 1}`
        );
    }

    // Scorecards: Draft with items, then activated (a scorecard in use is never edited).
    const scorecardIds = await ensureKeyedRecords(
        conn,
        'Scorecard__c',
        'Name',
        center.scorecards.map((s) => ({
            Name: s.name,
            Channel__c: s.channel,
            Interaction_Type__c: s.interactionType,
            Status__c: 'Draft',
            Version__c: 1,
            Pass_Threshold__c: s.passThreshold,
            Auto_Fail_Threshold__c: s.autoFailThreshold
        }))
    );
    const itemIds = new Map<string, string>();
    const itemByKey = new Map(center.scorecards.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
    for (const scorecard of center.scorecards) {
        const ids = await ensureKeyedRecords(
            conn,
            'Scorecard_Item__c',
            'Name',
            scorecard.items.map((item) => ({
                Name: item.key,
                Scorecard__c: scorecardIds.get(scorecard.name),
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
        );
        ids.forEach((id, key) => itemIds.set(key, id));
    }
    const scorecardStates = await queryAllRecords<{ Id: string; Status__c: string }>(
        conn,
        `SELECT Id, Status__c FROM Scorecard__c WHERE Id IN (${[...scorecardIds.values()].map(soqlString).join(', ')})`
    );
    const activate = center.scorecards
        .filter((s) => scorecardStates.find((row) => row.Id === scorecardIds.get(s.name))?.Status__c === 'Draft')
        .map((s) => ({
            Id: scorecardIds.get(s.name) as string,
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

    // Cases (keyed by their subject's seed tag) and their interactions.
    const caseProgress = createProgress('Cases', center.interactions.length, output);
    const caseIds = new Map<string, string>();
    for (let i = 0; i < center.interactions.length; i += 1000) {
        const slice = center.interactions.slice(i, i + 1000);
        const ids = await ensureKeyedRecords(
            conn,
            'Case',
            'Subject',
            slice.map((c) => ({
                Subject: c.caseSubject,
                Status: c.caseStatus,
                Origin: ORIGIN[c.channel],
                Priority: c.escalationRequested ? 'High' : 'Medium'
            }))
        );
        ids.forEach((id, key) => caseIds.set(key, id));
        caseProgress.advance(slice.length);
    }
    caseProgress.finish();
    const interactionSummary = await upsertRecords(
        conn,
        'Interaction__c',
        'External_Id__c',
        center.interactions.map((c) => ({
            External_Id__c: c.key,
            Name: `${c.channel} contact ${c.key.slice(-6)}`,
            Case__c: caseIds.get(c.caseSubject),
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
        // A master-detail parent cannot be written on update, even unchanged: sent on insert only.
        { progress: createProgress('Interactions', center.interactions.length, output), insertOnlyFields: ['Case__c'] }
    );
    created += interactionSummary.created;
    const interactionId = (key: string): string => interactionSummary.idsByKey.get(key) as string;
    const contactByKey = new Map(center.interactions.map((c) => [c.key, c]));

    // Calibration sessions, Scheduled (the analytics job computes their results).
    const sessionIds = await ensureKeyedRecords(
        conn,
        'Calibration_Session__c',
        'Name',
        center.calibrations.map((s) => ({
            Name: s.name,
            Case__c: caseIds.get((contactByKey.get(s.interactionKey) ?? { caseSubject: '' }).caseSubject),
            Interaction__c: interactionId(s.interactionKey),
            Scorecard__c: scorecardIds.get(s.scorecardName),
            Scheduled_At__c: s.scheduledAt,
            Calibrator__c: userId(s.calibratorUsername),
            Facilitator__c: userId(s.facilitatorUsername),
            Blind__c: true,
            Tolerance__c: 5,
            Status__c: 'Scheduled'
        }))
    );

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
    const assessmentSummary = await upsertRecords(
        conn,
        'Assessment__c',
        'Assessment_Key__c',
        open.map((a) => ({
            Assessment_Key__c: a.key,
            Case__c: caseIds.get((contactByKey.get(a.interactionKey) ?? { caseSubject: '' }).caseSubject),
            Interaction__c: interactionId(a.interactionKey),
            Agent__c: userId(a.agentUsername),
            Evaluator__c: userId(a.evaluatorUsername),
            OwnerId: userId(a.evaluatorUsername),
            Scorecard__c: scorecardIds.get(a.scorecardName),
            Type__c: a.type,
            Calibration_Session__c: a.calibrationName ? sessionIds.get(a.calibrationName) : null,
            ...(existing.has(a.key) ? {} : { Status__c: 'Assigned' })
        })),
        { progress: createProgress('Assessments', open.length, output) }
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
    const responseSummary = await upsertRecords(conn, 'Assessment_Response__c', 'Response_Key__c', responses, {
        progress: createProgress('Answers', responses.length, output),
        insertOnlyFields: ['Assessment__c']
    });
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

    // Coaching tasks: the data model gives them no external ID (their Name is an auto-number), so
    // the seed keeps one task per assessment and finds it by its assessment.
    await ensureKeyedRecords(
        conn,
        'Coaching_Task__c',
        'Assessment__c',
        center.coaching.map((t) => ({
            Assessment__c: assessmentIds.get(t.assessmentKey),
            Agent__c: userId(t.agentUsername),
            Coach__c: userId(t.coachUsername),
            Scorecard_Item__c: itemIds.get(t.itemKey),
            Due_Date__c: t.dueDate,
            Behavior__c: t.behavior,
            Observed__c: t.observed,
            Expected_Alternative__c: t.expected,
            Status__c: 'Open'
        }))
    );

    // Sampling plans: created inactive, given their evaluator pool, then activated.
    const planIds = await ensureKeyedRecords(
        conn,
        'Sampling_Plan__c',
        'Name',
        center.samplingPlans.map((p) => ({
            Name: p.name,
            Scorecard__c: scorecardIds.get(p.scorecardName),
            Cadence__c: p.cadence,
            Quota_Type__c: 'Per Agent',
            Per_Agent_Quota__c: p.perAgentQuota,
            Lookback_Days__c: p.lookbackDays,
            Next_Run_At__c: p.nextRunAt,
            Filter_Definition__c: JSON.stringify({ channel: p.channel }),
            Exclude_Self__c: true,
            Exclude_Own_Supervisor__c: true,
            Active__c: false
        }))
    );
    const members = center.samplingPlans.flatMap((p) =>
        p.pool.map((m) => {
            const planId = planIds.get(p.name) as string;
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
    created += (
        await upsertRecords(conn, 'Sampling_Pool_Member__c', 'Member_Key__c', members, {
            insertOnlyFields: ['Sampling_Plan__c']
        })
    ).created;
    await withRetries(() =>
        conn.sobject('Sampling_Plan__c').update(
            [...planIds.values()].map((id) => ({ Id: id, Active__c: true })),
            { allOrNone: true }
        )
    );
    return {
        users: userIds.size,
        scorecards: scorecardIds.size,
        interactions: center.interactions.length,
        assessments: assessmentIds.size,
        responses: responseSummary.idsByKey.size,
        coachingTasks: center.coaching.length,
        calibrationSessions: sessionIds.size,
        samplingPlans: planIds.size,
        created
    };
}
