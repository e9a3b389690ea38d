import type { Connection } from 'jsforce';
import { intraclassCorrelation, krippendorffAlpha, type MeasurementLevel, type Rating } from 'c/agreementStatistics';
import { calibrationDeviation, type CalibrationDeviationResult } from 'c/calibrationDeviation';
import { JobError } from '../cli/exitCodes';
import { withRetries } from '../jobs/retry';
import { queryAllRecords, soqlString } from '../jobs/recordWriter';

/**
 * The calibration report of one session: inter-rater reliability over the scorecard items every
 * participant answered (Krippendorff's alpha at the level the items' answer scales support, and
 * ICC(2,1) when the ratings are complete), and each evaluator's deviation from the calibrator.
 * The session's result fields are written back; its status is left to the QA manager, who
 * completes it with the agreed standard.
 */

export type AnswerScale = 'YesNo' | 'YesPartialNo' | 'OneToFive';

export interface ParticipantAnswers {
    readonly evaluatorId: string;
    /** The overall score, 0–100. */
    readonly score: number;
    /** Scored items by item id: the answer as text ("Yes", "Partial", "3", "NA"). */
    readonly answers: Readonly<Record<string, string | null>>;
}

/** An answer on its scale as a number: No 0, Partial 0.5, Yes 1; 1–5 as is; N/A or none: null. */
export function answerValue(answer: string | null): number | null {
    switch (answer) {
        case 'Yes':
            return 1;
        case 'No':
            return 0;
        case 'Partial':
            return 0.5;
        case null:
        case 'NA':
        case '':
            return null;
        default: {
            const value = Number(answer);
            return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
        }
    }
}

/**
 * The level of measurement the session's items support: yes/no answers are categories (nominal);
 * yes/partial/no and 1–5 are ordered but not evenly spaced (ordinal); items on different scales
 * are compared on the share of the item's points earned, which is interval.
 */
export function measurementLevelFor(scales: readonly AnswerScale[]): MeasurementLevel {
    const distinct = new Set(scales);
    if (distinct.size === 1) {
        return distinct.has('YesNo') ? 'nominal' : 'ordinal';
    }
    return 'interval';
}

/** The share of an item's points an answer earns, as the Points_Earned__c formula defines it. */
function pointsShare(answer: string | null, scale: AnswerScale): number | null {
    const value = answerValue(answer);
    if (value === null) {
        return null;
    }
    return scale === 'OneToFive' ? (value - 1) / 4 : value;
}

export interface AgreementReport {
    readonly level: MeasurementLevel;
    readonly items: number;
    readonly raters: number;
    /** Null when alpha is undefined (fewer than two ratings on every item, or no variation at all). */
    readonly alpha: number | null;
    /** ICC(2,1) with its 95 % interval when every participant answered every item; null otherwise. */
    readonly icc: { value: number; lower: number; upper: number } | null;
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** Alpha and ICC over the items (units) × participants (raters), calibrator included. */
export function sessionAgreement(
    participants: readonly ParticipantAnswers[],
    itemScales: ReadonlyMap<string, AnswerScale>
): AgreementReport {
    const itemIds = [...itemScales.keys()].sort();
    const level = measurementLevelFor([...itemScales.values()]);
    const data: Rating[][] = participants.map((participant) =>
        itemIds.map((itemId) => {
            const answer = participant.answers[itemId] ?? null;
            const scale = itemScales.get(itemId) as AnswerScale;
            return level === 'interval' ? pointsShare(answer, scale) : answerValue(answer);
        })
    );
    let alpha: number | null = null;
    if (participants.length >= 2 && itemIds.length >= 1) {
        alpha = finiteOrNull(krippendorffAlpha(data, level).alpha);
    }
    let icc: AgreementReport['icc'] = null;
    const complete = data.every((row) => row.every((value) => value !== null));
    if (complete && participants.length >= 2 && itemIds.length >= 2) {
        const estimate = intraclassCorrelation(data).estimates['ICC(2,1)'];
        if (Number.isFinite(estimate.value)) {
            icc = { value: estimate.value, lower: estimate.lower, upper: estimate.upper };
        }
    }
    return { level, items: itemIds.length, raters: participants.length, alpha, icc };
}

export interface CalibrationReportResult {
    readonly sessionId: string;
    readonly sessionName: string;
    readonly tolerance: number;
    readonly participantCount: number;
    readonly agreement: AgreementReport;
    readonly meanAbsoluteDeviation: number | null;
    readonly withinToleranceRate: number | null;
    readonly evaluators: readonly {
        evaluatorId: string;
        evaluatorName: string;
        score: number;
        deviation: number;
        withinTolerance: boolean;
        itemAgreement: number | null;
    }[];
    readonly deviation: CalibrationDeviationResult;
}

interface SessionRow {
    Id: string;
    Name: string;
    Calibrator__c: string | null;
    Tolerance__c: number;
    Interaction__c: string | null;
    Case__c: string;
}

interface ParticipantRow {
    Id: string;
    Evaluator__c: string;
    Evaluator__r: { Name: string | null } | null;
    Score__c: number | null;
}

interface ResponseRow {
    Assessment__c: string;
    Scorecard_Item__c: string;
    Answer__c: string | null;
    Answer_Scale__c: AnswerScale;
    Coaching_Only__c: boolean;
}

const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** `verity calibration report`: computes the session's results and writes them to the session. */
export async function runCalibrationReport(
    conn: Connection,
    options: { sessionId: string; now: Date }
): Promise<CalibrationReportResult> {
    const sessions = await queryAllRecords<SessionRow>(
        conn,
        `SELECT Id, Name, Calibrator__c, Tolerance__c, Interaction__c, Case__c FROM Calibration_Session__c WHERE Id = ${soqlString(options.sessionId)}`
    );
    if (sessions.length === 0) {
        throw new JobError(`No Calibration_Session__c with Id ${options.sessionId}.`);
    }
    const session = sessions[0];
    if (!session.Calibrator__c) {
        throw new JobError(
            `Calibration session ${session.Name} (${session.Id}) names no calibrator (Calibrator__c): deviations are measured from the calibrator's score.`
        );
    }
    const participants = await queryAllRecords<ParticipantRow>(
        conn,
        `SELECT Id, Evaluator__c, Evaluator__r.Name, Score__c FROM Assessment__c WHERE Calibration_Session__c = ${soqlString(session.Id)} AND Type__c = 'Calibration' AND Status__c IN ('Submitted', 'Final') AND Evaluator__c != null ORDER BY Evaluator__c`
    );
    const calibratorRow = participants.find((row) => row.Evaluator__c === session.Calibrator__c);
    if (!calibratorRow) {
        throw new JobError(
            `Calibration session ${session.Name} (${session.Id}) has no submitted assessment by its calibrator (${session.Calibrator__c}).`
        );
    }
    const evaluatorRows = participants.filter((row) => row.Evaluator__c !== session.Calibrator__c);
    if (evaluatorRows.length === 0) {
        throw new JobError(
            `Calibration session ${session.Name} (${session.Id}) has no submitted evaluator assessments.`
        );
    }
    const responses = await queryAllRecords<ResponseRow>(
        conn,
        `SELECT Assessment__c, Scorecard_Item__c, Answer__c, Answer_Scale__c, Coaching_Only__c FROM Assessment_Response__c WHERE Assessment__r.Calibration_Session__c = ${soqlString(session.Id)} AND Coaching_Only__c = false`
    );
    const itemScales = new Map<string, AnswerScale>();
    const answersByAssessment = new Map<string, Record<string, string | null>>();
    for (const response of responses) {
        itemScales.set(response.Scorecard_Item__c, response.Answer_Scale__c);
        const answers = answersByAssessment.get(response.Assessment__c) ?? {};
        answers[response.Scorecard_Item__c] = response.Answer__c;
        answersByAssessment.set(response.Assessment__c, answers);
    }
    const toParticipant = (row: ParticipantRow): ParticipantAnswers => ({
        evaluatorId: row.Evaluator__c,
        score: row.Score__c ?? 0,
        answers: answersByAssessment.get(row.Id) ?? {}
    });
    const calibrator = toParticipant(calibratorRow);
    const evaluators = evaluatorRows.map(toParticipant);
    const agreement = sessionAgreement([calibrator, ...evaluators], itemScales);

    const unit = session.Interaction__c ?? session.Case__c;
    const itemAnswers = (participant: ParticipantAnswers): Record<string, number | null> =>
        Object.fromEntries(
            [...itemScales.keys()].map((itemId) => [itemId, answerValue(participant.answers[itemId] ?? null)])
        );
    const deviation = calibrationDeviation(
        {
            calibrator: [{ interactionId: unit, score: calibrator.score, itemAnswers: itemAnswers(calibrator) }],
            evaluators: evaluators.map((evaluator) => ({
                evaluatorId: evaluator.evaluatorId,
                scores: [{ interactionId: unit, score: evaluator.score, itemAnswers: itemAnswers(evaluator) }]
            }))
        },
        { scoreTolerance: session.Tolerance__c }
    );
    const names = new Map(evaluatorRows.map((row) => [row.Evaluator__c, row.Evaluator__r?.Name ?? row.Evaluator__c]));
    const mad = finiteOrNull(deviation.overall.meanAbsoluteDeviation);
    const within = finiteOrNull(deviation.overall.withinToleranceShare);
    const result: CalibrationReportResult = {
        sessionId: session.Id,
        sessionName: session.Name,
        tolerance: session.Tolerance__c,
        participantCount: participants.length,
        agreement,
        meanAbsoluteDeviation: mad === null ? null : round(mad, 2),
        withinToleranceRate: within === null ? null : round(within * 100, 2),
        evaluators: deviation.evaluators.map((entry) => ({
            evaluatorId: entry.evaluatorId,
            evaluatorName: names.get(entry.evaluatorId) ?? entry.evaluatorId,
            score: evaluators.find((evaluator) => evaluator.evaluatorId === entry.evaluatorId)?.score ?? 0,
            deviation: round(entry.score.bias, 2),
            withinTolerance: entry.score.withinTolerance === entry.score.count,
            itemAgreement: finiteOrNull(entry.allItems.withinToleranceShare)
        })),
        deviation
    };
    await withRetries(() =>
        conn.sobject('Calibration_Session__c').update({
            Id: session.Id,
            Krippendorff_Alpha__c: agreement.alpha === null ? null : round(agreement.alpha, 4),
            Mean_Absolute_Deviation__c: result.meanAbsoluteDeviation,
            Within_Tolerance_Rate__c: result.withinToleranceRate,
            Participant_Count__c: result.participantCount,
            Results_Computed_At__c: options.now.toISOString()
        })
    ).then((saved) => {
        if (!saved.success) {
            throw new JobError(
                `Calibration_Session__c ${session.Id}: the results were refused: ${JSON.stringify(saved.errors)}`
            );
        }
    });
    return result;
}
