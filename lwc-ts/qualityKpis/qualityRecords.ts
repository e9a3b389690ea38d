/**
 * The plain records KPIs are computed from, as the command line reads them through jsforce or a
 * component receives them from the UI API, and their validation into a normalized form (dates as
 * Date objects, optional fields as null). Every problem is reported with the record's position
 * and field: "assessments[4].score must be from 0 to 100, got 104."
 */
import {
    requireArray,
    requireBoolean,
    requireNumberBetween,
    requireObject,
    requireOneOf,
    requirePositive,
    requireText
} from 'c/engineInputChecks';
import { optionalDate, optionalNumber, requireDate, type DateInput } from './inputChecks';

export const ASSESSMENT_TYPES = ['evaluation', 'calibration', 'reEvaluation', 'autoQa'] as const;
/** evaluation: the agent's own quality score; calibration and reEvaluation grade the evaluators; autoQa is the AI's. */
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

export const ASSESSMENT_STATUSES = ['assigned', 'started', 'submitted', 'disputed', 'final'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ITEM_RESULTS = ['pass', 'partial', 'fail', 'na'] as const;
export type ItemResultValue = (typeof ITEM_RESULTS)[number];

export interface ItemResult {
    readonly itemId: string;
    readonly result: ItemResultValue;
    /** A hard-fail (critical) item: failing it zeroes the assessment. */
    readonly hardFail?: boolean;
}

export interface AssessmentRecord {
    readonly id: string;
    readonly agentId: string;
    readonly teamId: string;
    readonly type: AssessmentType;
    readonly status: AssessmentStatus;
    /** Percentage 0–100; null until scored. */
    readonly score: number | null;
    readonly autoFailed: boolean;
    readonly submittedAt: DateInput | null;
    /** Weight of the assessment's scorecard in the weighted Contact Quality Score (default 1). */
    readonly scorecardWeight?: number;
    readonly itemResults?: readonly ItemResult[];
}

export interface InteractionRecord {
    readonly id: string;
    readonly agentId: string;
    readonly teamId: string;
    readonly occurredAt: DateInput;
    readonly csat?: number | null;
    readonly resolvedFirstContact?: boolean | null;
    readonly handleTimeSeconds?: number | null;
    readonly upsellAmount?: number | null;
}

export interface CoachingTaskRecord {
    readonly id: string;
    readonly agentId: string;
    readonly teamId: string;
    readonly dueAt: DateInput;
    readonly completedAt: DateInput | null;
}

export const DISPUTE_STATUSES = ['open', 'escalated', 'resolved'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export const DISPUTE_OUTCOMES = ['upheld', 'overturned', 'partiallyUpheld'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

export interface DisputeRecord {
    readonly id: string;
    readonly assessmentId: string;
    readonly raisedAt: DateInput;
    readonly status: DisputeStatus;
    /** Set once resolved: upheld (score stands), overturned or partially upheld (score changes). */
    readonly outcome: DisputeOutcome | null;
}

export interface CalibrationResultRecord {
    readonly sessionId: string;
    readonly evaluatorId: string;
    /** The evaluator's team, to report calibration per team. */
    readonly teamId?: string | null;
    readonly conductedAt: DateInput;
    readonly score: number;
    /** The calibrator's (expert's) score for the same interaction; null if the session had none. */
    readonly expertScore: number | null;
}

export interface QualityRecords {
    readonly assessments?: readonly AssessmentRecord[];
    readonly interactions?: readonly InteractionRecord[];
    readonly coachingTasks?: readonly CoachingTaskRecord[];
    readonly disputes?: readonly DisputeRecord[];
    readonly calibrationResults?: readonly CalibrationResultRecord[];
}

export interface Assessment extends Omit<AssessmentRecord, 'submittedAt' | 'scorecardWeight' | 'itemResults'> {
    readonly submittedAt: Date | null;
    readonly scorecardWeight: number;
    readonly itemResults: readonly ItemResult[] | null;
}
export interface Interaction extends Omit<InteractionRecord, 'occurredAt'> {
    readonly occurredAt: Date;
    readonly csat: number | null;
    readonly resolvedFirstContact: boolean | null;
    readonly handleTimeSeconds: number | null;
    readonly upsellAmount: number | null;
}
export interface CoachingTask extends Omit<CoachingTaskRecord, 'dueAt' | 'completedAt'> {
    readonly dueAt: Date;
    readonly completedAt: Date | null;
}
export interface Dispute extends Omit<DisputeRecord, 'raisedAt'> {
    readonly raisedAt: Date;
}
export interface CalibrationResult extends Omit<CalibrationResultRecord, 'conductedAt' | 'teamId'> {
    readonly conductedAt: Date;
    readonly teamId: string | null;
}

export interface NormalizedRecords {
    readonly assessments: readonly Assessment[];
    readonly interactions: readonly Interaction[];
    readonly coachingTasks: readonly CoachingTask[];
    readonly disputes: readonly Dispute[];
    readonly calibrationResults: readonly CalibrationResult[];
}

function list<T>(name: string, value: readonly T[] | undefined): readonly T[] {
    return value === undefined ? [] : requireArray<T>(name, value);
}

function normalizeItemResults(name: string, value: unknown): readonly ItemResult[] | null {
    if (value === undefined || value === null) {
        return null;
    }
    return requireArray<ItemResult>(name, value).map((item, index) => {
        const where = `${name}[${index}]`;
        requireObject(where, item);
        return {
            itemId: requireText(`${where}.itemId`, item.itemId),
            result: requireOneOf(`${where}.result`, item.result, ITEM_RESULTS),
            hardFail: item.hardFail === undefined ? false : requireBoolean(`${where}.hardFail`, item.hardFail)
        };
    });
}

function normalizeAssessment(record: AssessmentRecord, index: number): Assessment {
    const where = `assessments[${index}]`;
    requireObject(where, record);
    const status = requireOneOf(`${where}.status`, record.status, ASSESSMENT_STATUSES);
    const score = record.score === null ? null : requireNumberBetween(`${where}.score`, record.score, 0, 100);
    const submittedAt = optionalDate(`${where}.submittedAt`, record.submittedAt);
    const submitted = status === 'submitted' || status === 'disputed' || status === 'final';
    if (submitted && (score === null || submittedAt === null)) {
        throw new RangeError(`${where} is ${status} but has no ${score === null ? 'score' : 'submittedAt'}.`);
    }
    const weight =
        record.scorecardWeight === undefined ? 1 : requirePositive(`${where}.scorecardWeight`, record.scorecardWeight);
    return {
        id: requireText(`${where}.id`, record.id),
        agentId: requireText(`${where}.agentId`, record.agentId),
        teamId: requireText(`${where}.teamId`, record.teamId),
        type: requireOneOf(`${where}.type`, record.type, ASSESSMENT_TYPES),
        status,
        score,
        autoFailed: requireBoolean(`${where}.autoFailed`, record.autoFailed),
        submittedAt,
        scorecardWeight: weight,
        itemResults: normalizeItemResults(`${where}.itemResults`, record.itemResults)
    };
}

function normalizeInteraction(record: InteractionRecord, index: number): Interaction {
    const where = `interactions[${index}]`;
    requireObject(where, record);
    const resolved = record.resolvedFirstContact;
    return {
        id: requireText(`${where}.id`, record.id),
        agentId: requireText(`${where}.agentId`, record.agentId),
        teamId: requireText(`${where}.teamId`, record.teamId),
        occurredAt: requireDate(`${where}.occurredAt`, record.occurredAt),
        csat: optionalNumber(`${where}.csat`, record.csat),
        resolvedFirstContact:
            resolved === null || resolved === undefined
                ? null
                : requireBoolean(`${where}.resolvedFirstContact`, resolved),
        handleTimeSeconds: optionalNumber(`${where}.handleTimeSeconds`, record.handleTimeSeconds, 0),
        upsellAmount: optionalNumber(`${where}.upsellAmount`, record.upsellAmount, 0)
    };
}

function normalizeCoachingTask(record: CoachingTaskRecord, index: number): CoachingTask {
    const where = `coachingTasks[${index}]`;
    requireObject(where, record);
    return {
        id: requireText(`${where}.id`, record.id),
        agentId: requireText(`${where}.agentId`, record.agentId),
        teamId: requireText(`${where}.teamId`, record.teamId),
        dueAt: requireDate(`${where}.dueAt`, record.dueAt),
        completedAt: optionalDate(`${where}.completedAt`, record.completedAt)
    };
}

function normalizeDispute(record: DisputeRecord, index: number): Dispute {
    const where = `disputes[${index}]`;
    requireObject(where, record);
    const status = requireOneOf(`${where}.status`, record.status, DISPUTE_STATUSES);
    const outcome = record.outcome === null ? null : requireOneOf(`${where}.outcome`, record.outcome, DISPUTE_OUTCOMES);
    if (status === 'resolved' && outcome === null) {
        throw new RangeError(`${where} is resolved but has no outcome.`);
    }
    if (status !== 'resolved' && outcome !== null) {
        throw new RangeError(`${where} has outcome "${outcome}" but is still ${status}.`);
    }
    return {
        id: requireText(`${where}.id`, record.id),
        assessmentId: requireText(`${where}.assessmentId`, record.assessmentId),
        raisedAt: requireDate(`${where}.raisedAt`, record.raisedAt),
        status,
        outcome
    };
}

function normalizeCalibrationResult(record: CalibrationResultRecord, index: number): CalibrationResult {
    const where = `calibrationResults[${index}]`;
    requireObject(where, record);
    return {
        sessionId: requireText(`${where}.sessionId`, record.sessionId),
        evaluatorId: requireText(`${where}.evaluatorId`, record.evaluatorId),
        teamId:
            record.teamId === undefined || record.teamId === null
                ? null
                : requireText(`${where}.teamId`, record.teamId),
        conductedAt: requireDate(`${where}.conductedAt`, record.conductedAt),
        score: requireNumberBetween(`${where}.score`, record.score, 0, 100),
        expertScore:
            record.expertScore === null
                ? null
                : requireNumberBetween(`${where}.expertScore`, record.expertScore, 0, 100)
    };
}

function requireUniqueIds(name: string, records: readonly { id: string }[]): void {
    const seen = new Set<string>();
    records.forEach((record, index) => {
        if (seen.has(record.id)) {
            throw new RangeError(`${name}[${index}].id "${record.id}" appears twice.`);
        }
        seen.add(record.id);
    });
}

/** Checks every record and returns them normalized; throws on the first problem, naming it. */
export function normalizeRecords(records: QualityRecords): NormalizedRecords {
    requireObject('records', records);
    const assessments = list('assessments', records.assessments).map(normalizeAssessment);
    requireUniqueIds('assessments', assessments);
    const normalized: NormalizedRecords = {
        assessments,
        interactions: list('interactions', records.interactions).map(normalizeInteraction),
        coachingTasks: list('coachingTasks', records.coachingTasks).map(normalizeCoachingTask),
        disputes: list('disputes', records.disputes).map(normalizeDispute),
        calibrationResults: list('calibrationResults', records.calibrationResults).map(normalizeCalibrationResult)
    };
    const assessmentIds = new Set(assessments.map((assessment) => assessment.id));
    normalized.disputes.forEach((dispute, index) => {
        if (!assessmentIds.has(dispute.assessmentId)) {
            throw new RangeError(
                `disputes[${index}] is about assessment "${dispute.assessmentId}", which is not among the assessments given.`
            );
        }
    });
    return normalized;
}
