/**
 * The seeded contact center as plain records, before any org sees it. Every record carries the
 * key it is written under, so writing it twice lands on the same record.
 */
export type Channel = 'Phone' | 'Chat' | 'Email';
export type Role = 'agent' | 'supervisor' | 'evaluator' | 'qaManager';

export interface SeedOptions {
    seed: string;
    agents: number;
    teams: number;
    evaluators: number;
    months: number;
    /** The seed's "today": interactions fall in the months before it. */
    now: Date;
}

export interface SeedPerson {
    /** Username: the key a user is found by. */
    username: string;
    firstName: string;
    lastName: string;
    alias: string;
    role: Role;
    team?: string;
    site?: string;
    tenureMonths?: number;
    managerUsername?: string;
    /** Evaluators: points added to every score they give (lenient +, severe −). */
    severity?: number;
    /** Agents: the latent quality of their work, 0 to 1. */
    skill?: number;
}

export interface SeedScorecardItem {
    key: string;
    name: string;
    section: string;
    question: string;
    points: number;
    scale: 'YesNo' | 'YesPartialNo' | 'OneToFive';
    hardFail: boolean;
    coachingOnly: boolean;
    naAllowed: boolean;
    order: number;
    behavior: string;
}

export interface SeedScorecard {
    key: string;
    name: string;
    channel: Channel;
    interactionType: string;
    passThreshold: number;
    autoFailThreshold: number;
    items: SeedScorecardItem[];
}

export interface SeedInteraction {
    key: string;
    caseKey: string;
    caseSubject: string;
    caseReason: string;
    caseStatus: 'Closed' | 'Escalated' | 'Working';
    agentUsername: string;
    channel: Channel;
    queue: string;
    startedAt: string;
    handleTimeSeconds: number;
    csat: number | null;
    resolvedFirstContact: boolean;
    upsellAmount: number;
    transcript: string;
    sentimentScore: number;
    aiFlagReason: string | null;
    /** What happened on the contact, as the transcript shows it. */
    identityChecked: boolean;
    empathyShown: boolean;
    escalationRequested: boolean;
    quality: number;
}

export interface SeedAnswer {
    itemKey: string;
    answer: string;
}

export interface SeedAssessment {
    key: string;
    interactionKey: string;
    agentUsername: string;
    evaluatorUsername: string;
    scorecardKey: string;
    type: 'Standard' | 'Calibration';
    calibrationKey?: string;
    submittedAt: string;
    answers: SeedAnswer[];
}

export interface SeedCoachingTask {
    key: string;
    assessmentKey: string;
    itemKey: string;
    agentUsername: string;
    coachUsername: string;
    dueDate: string;
    behavior: string;
    observed: string;
    expected: string;
}

export interface SeedCalibrationSession {
    key: string;
    name: string;
    interactionKey: string;
    scorecardKey: string;
    scheduledAt: string;
    calibratorUsername: string;
    facilitatorUsername: string;
}

export interface SeedSamplingPlan {
    key: string;
    name: string;
    scorecardKey: string;
    cadence: 'Daily' | 'Weekly' | 'Monthly';
    perAgentQuota: number;
    lookbackDays: number;
    nextRunAt: string;
    channel: Channel;
    pool: { evaluatorUsername: string; capacity: number }[];
}

/** One disputed answer: what the agent proposed and why, and what the arbitrator decided. */
export interface SeedDisputedAnswer {
    itemKey: string;
    originalAnswer: string;
    proposedAnswer: string;
    reason: string;
    outcome: 'Upheld' | 'Overturned';
    /** The arbitrator's note on the decision (Decision_Note__c), or none. */
    note: string | null;
}

/**
 * A dispute the agent raised inside the window, reviewed by their team lead (level 1) or, once
 * escalated, by the QA manager (level 2), and decided: its outcome follows its answers' outcomes.
 */
export interface SeedDispute {
    key: string;
    assessmentKey: string;
    agentUsername: string;
    /** The team lead who took it under review. */
    reviewerUsername: string;
    /** Escalated to level 2: the QA manager decides. */
    escalatedToUsername: string | null;
    summary: string;
    resolution: string;
    resolvedAt: string;
    outcome: 'Upheld' | 'Overturned' | 'Partially Upheld';
    answers: SeedDisputedAnswer[];
}

export interface ContactCenter {
    options: SeedOptions;
    people: SeedPerson[];
    scorecards: SeedScorecard[];
    interactions: SeedInteraction[];
    assessments: SeedAssessment[];
    coaching: SeedCoachingTask[];
    calibrations: SeedCalibrationSession[];
    samplingPlans: SeedSamplingPlan[];
    disputes: SeedDispute[];
}
