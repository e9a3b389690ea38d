/**
 * Records of the Verity model as the REST API shows them, for evaluating the package's own
 * formulas and validation rules with the local evaluator. Each builder gives a valid record;
 * tests override what they are about. Ids are 18 characters whose first 15 hold no capital
 * letter, so CASESAFEID(first 15) gives the id back.
 *
 * Records are typed as the REST API shows them (SObjectRecord: any field, unknown value): an
 * override may blank or change any field, so a builder promises no more than that.
 */
import path from 'node:path';
import { readPackageSchema, type EvaluationOptions, type SObjectRecord } from '../../../local/formulas';

export const PACKAGE_SOURCE = path.join(__dirname, '..', '..', 'main', 'default');
export const schema = readPackageSchema(PACKAGE_SOURCE);

export const NOW = '2025-03-10T12:00:00.000Z';

/** The Default Verity Setting the package ships (custom metadata: band limits, windows, tolerance). */
export function defaultVeritySetting(): Record<string, unknown> {
    const setting = schema.customMetadata.get('verity_setting__mdt')?.get('default');
    if (!setting) {
        throw new Error('The package ships no Verity_Setting__mdt record named Default.');
    }
    return setting;
}

export function recordId(prefix: string, n: number): string {
    return `${prefix}${String(n).padStart(12, '0')}AAA`;
}

export const USERS = {
    evaluator: recordId('005', 1),
    agent: recordId('005', 2),
    manager: recordId('005', 3),
    admin: recordId('005', 4),
    secondEvaluator: recordId('005', 5),
    coach: recordId('005', 6),
    otherAgent: recordId('005', 7),
    arbitrator: recordId('005', 8)
};

/** A user of the test org, by role. */
export type TestUser = keyof typeof USERS;

/** Who saves, with which custom permissions, at NOW; add `prior` for an update. */
export function by(user: TestUser, ...permissions: string[]): EvaluationOptions {
    return { user: { Id: USERS[user] }, permissions, now: NOW };
}

export const CASE_ID = recordId('500', 1);
export const OTHER_CASE_ID = recordId('500', 2);

export function scorecard(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a01', 1),
        Name: 'Phone quality v1',
        Channel__c: 'Phone',
        Interaction_Type__c: null,
        Status__c: 'Active',
        Version__c: 1,
        Previous_Version__c: null,
        Pass_Threshold__c: 80,
        Auto_Fail_Threshold__c: 75,
        Bonus_Threshold__c: 70,
        Activated_At__c: '2025-01-01T09:00:00.000Z',
        Active_Channel_Key__c: 'Phone|',
        Item_Count__c: 6,
        Scored_Item_Count__c: 5,
        Total_Points__c: 40,
        ...overrides
    };
}

export function scorecardItem(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a02', 1),
        Name: 'Verified the caller',
        Scorecard__c: recordId('a01', 1),
        Scorecard__r: scorecard(),
        Section__c: 'Compliance',
        Order__c: 1,
        Question__c: 'Did the agent verify the caller before discussing the account?',
        Points__c: 10,
        Answer_Scale__c: 'YesNo',
        NA_Allowed__c: false,
        Hard_Fail__c: false,
        Coaching_Only__c: false,
        Behavior_Tag__c: 'Verification',
        ...overrides
    };
}

export function interaction(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a0c', 1),
        Name: 'Call 4711',
        Case__c: CASE_ID,
        Agent__c: USERS.agent,
        Channel__c: 'Phone',
        Started_At__c: '2025-03-03T09:30:00.000Z',
        Handle_Time_Seconds__c: 420,
        CSAT__c: 4,
        Resolved_First_Contact__c: true,
        Upsell_Amount__c: 0,
        Sentiment_Score__c: 0.2,
        Sentiment_Label__c: 'Neutral',
        AI_Flagged__c: false,
        AI_Flag_Reason__c: null,
        ...overrides
    };
}

/** An assessment in progress, owned by and assigned to the evaluator, about the agent. */
export function assessment(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a03', 1),
        Name: 'A-000001',
        OwnerId: USERS.evaluator,
        Case__c: CASE_ID,
        Interaction__c: null,
        Agent__c: USERS.agent,
        Evaluator__c: USERS.evaluator,
        Scorecard__c: recordId('a01', 1),
        Scorecard__r: scorecard(),
        Type__c: 'Standard',
        Status__c: 'In Progress',
        Due_Date__c: '2025-03-14',
        Submitted_At__c: null,
        Sampling_Run__c: null,
        Calibration_Session__c: null,
        Original_Assessment__c: null,
        Reassignment_Reason__c: null,
        Overall_Comment__c: null,
        Points_Earned__c: 0,
        Points_Possible__c: 0,
        Hard_Fail_Failures__c: 0,
        Answered_Item_Count__c: 0,
        Response_Count__c: 0,
        Open_Dispute_Count__c: 0,
        Coaching_Task_Count__c: 0,
        ...overrides
    };
}

/** The same assessment once submitted: every scored item answered. */
export function submittedAssessment(overrides: SObjectRecord = {}): SObjectRecord {
    return assessment({
        Status__c: 'Submitted',
        Submitted_At__c: '2025-03-07T12:00:00.000Z',
        Points_Earned__c: 36,
        Points_Possible__c: 40,
        Answered_Item_Count__c: 5,
        Response_Count__c: 6,
        ...overrides
    });
}

/** Whether a value is a record (a parent given as `X__r` in overrides). */
function isRecord(value: unknown): value is SObjectRecord {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parent record an override names as `relationship`, or the builder's default one. */
function parentOr(overrides: SObjectRecord, relationship: string, build: () => SObjectRecord): SObjectRecord {
    const given = overrides[relationship];
    return isRecord(given) ? given : build();
}

/** A response copying its item, on the assessment's scorecard, not yet answered. */
export function response(overrides: SObjectRecord = {}): SObjectRecord {
    const item = parentOr(overrides, 'Scorecard_Item__r', () => scorecardItem());
    const parent = parentOr(overrides, 'Assessment__r', () => assessment());
    const assessmentId = overrides.Assessment__c ?? parent.Id;
    return {
        Id: recordId('a04', 1),
        Assessment__c: assessmentId,
        Assessment__r: parent,
        Scorecard_Item__c: item.Id,
        Scorecard_Item__r: item,
        Response_Key__c: `${assessmentId}:${item.Id}`,
        Answer__c: null,
        Comment__c: null,
        Item_Points__c: item.Points__c,
        Answer_Scale__c: item.Answer_Scale__c,
        Hard_Fail__c: item.Hard_Fail__c,
        Coaching_Only__c: item.Coaching_Only__c,
        NA_Allowed__c: item.NA_Allowed__c,
        ...overrides
    };
}

/** An Open dispute raised by the agent on a submitted assessment. */
export function dispute(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a05', 1),
        Assessment__c: recordId('a03', 1),
        Assessment__r: submittedAssessment(),
        Level__c: 'Level 1',
        Arbitrator__c: USERS.arbitrator,
        Status__c: 'Open',
        Summary__c: 'Two answers do not match the call.',
        Resolution__c: null,
        Resolved_At__c: null,
        Item_Count__c: 2,
        Decided_Item_Count__c: 0,
        Overturned_Item_Count__c: 0,
        ...overrides
    };
}

/** A disputed answer: the response answered No, the agent proposes Yes. */
export function disputeItem(overrides: SObjectRecord = {}): SObjectRecord {
    const parent = parentOr(overrides, 'Dispute__r', () => dispute());
    const answer = parentOr(overrides, 'Assessment_Response__r', () =>
        response({ Answer__c: 'No', Assessment__r: submittedAssessment() })
    );
    return {
        Id: recordId('a06', 1),
        Dispute__c: parent.Id,
        Dispute__r: parent,
        Assessment_Response__c: answer.Id,
        Assessment_Response__r: answer,
        Item_Key__c: `${parent.Id}:${answer.Id}`,
        Original_Answer__c: answer.Answer__c,
        Proposed_Answer__c: 'Yes',
        Reason__c: 'I verified the caller at 00:45.',
        Outcome__c: null,
        Decision_Note__c: null,
        ...overrides
    };
}

export function coachingTask(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a07', 1),
        Assessment__c: recordId('a03', 1),
        Assessment__r: submittedAssessment(),
        Agent__c: USERS.agent,
        Coach__c: USERS.coach,
        Scorecard_Item__c: null,
        Behavior__c: 'Verification',
        Due_Date__c: '2025-03-20',
        Acknowledged_At__c: null,
        Completed_At__c: null,
        Status__c: 'Open',
        ...overrides
    };
}

export function calibrationSession(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a08', 1),
        Name: 'March calibration',
        Case__c: CASE_ID,
        Interaction__c: null,
        Scorecard__c: recordId('a01', 1),
        Scorecard__r: scorecard(),
        Facilitator__c: USERS.manager,
        Calibrator__c: USERS.admin,
        Scheduled_At__c: '2025-03-12T14:00:00.000Z',
        Status__c: 'Scheduled',
        Tolerance__c: 5,
        Blind__c: true,
        Agreed_Standard__c: null,
        Krippendorff_Alpha__c: null,
        Mean_Absolute_Deviation__c: null,
        Within_Tolerance_Rate__c: null,
        Participant_Count__c: null,
        Results_Computed_At__c: null,
        ...overrides
    };
}

export function samplingPlan(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a09', 1),
        Name: 'Weekly phone sample',
        Scorecard__c: recordId('a01', 1),
        Scorecard__r: scorecard(),
        Active__c: true,
        Cadence__c: 'Weekly',
        Quota_Type__c: 'Per Agent',
        Per_Agent_Quota__c: 4,
        Sample_Percentage__c: null,
        Lookback_Days__c: 7,
        Next_Run_At__c: '2025-03-17T06:00:00.000Z',
        Pool_Size__c: 3,
        ...overrides
    };
}

export function poolMember(overrides: SObjectRecord = {}): SObjectRecord {
    const plan = recordId('a09', 1);
    return {
        Id: recordId('a0a', 1),
        Sampling_Plan__c: plan,
        Evaluator__c: USERS.evaluator,
        Capacity__c: 20,
        Available__c: true,
        Member_Key__c: `${plan}:${USERS.evaluator}`,
        ...overrides
    };
}

export function samplingRun(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a0b', 1),
        Sampling_Plan__c: recordId('a09', 1),
        Run_Key__c: `${recordId('a09', 1)}:2025-03-03`,
        Period_Start__c: '2025-03-03',
        Period_End__c: '2025-03-09',
        Seed__c: 20250303,
        Status__c: 'Running',
        Started_At__c: '2025-03-10T06:00:00.000Z',
        Finished_At__c: null,
        Candidate_Count__c: null,
        Pick_Count__c: null,
        ...overrides
    };
}

export function scoreSnapshot(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a0d', 1),
        Scope__c: 'Agent',
        Agent__c: USERS.agent,
        Team__c: 'Blue',
        Period_Type__c: 'Month',
        Period_Start__c: '2025-02-01',
        Period_End__c: '2025-02-28',
        Average_Score__c: 84.5,
        Score_Interval_Low__c: 80.1,
        Score_Interval_High__c: 88.9,
        Assessment_Count__c: 12,
        Pass_Rate__c: 75,
        Compliance_Rate__c: 96,
        FCR_Rate__c: 71,
        CSAT_Average__c: 4.2,
        AHT_Seconds__c: 380,
        Coaching_Completion_Rate__c: 100,
        Rank__c: 3,
        ...overrides
    };
}

export function award(overrides: SObjectRecord = {}): SObjectRecord {
    return {
        Id: recordId('a0e', 1),
        Agent__c: USERS.agent,
        Award_Type__c: 'Quality Champion',
        Period_Start__c: '2025-01-01',
        Period_End__c: '2025-03-31',
        Rank__c: 1,
        Value__c: 250,
        ...overrides
    };
}
