/**
 * Which assessments count toward an agent's own quality score, and what makes one pass or comply.
 *
 * Only the agent's own evaluations count, once submitted (submitted, disputed or final). Calibration
 * and re-evaluation assessments grade the evaluators, not the agent, and never count; AI (auto-QA)
 * scores are kept apart from human scores and count only when asked for.
 */
import type { Assessment, AssessmentRecord } from './qualityRecords';

export interface CountingOptions {
    /** Count auto-QA scores as well (default false: human evaluations only). */
    readonly includeAutoQa?: boolean;
}

/** The default pass mark: a phone assessment below 75 % fails (the product's auto-fail threshold example). */
export const DEFAULT_PASS_THRESHOLD = 75;

export function countsTowardQualityScore(
    assessment: Pick<AssessmentRecord, 'status' | 'type'>,
    options: CountingOptions = {}
): boolean {
    if (assessment.status !== 'submitted' && assessment.status !== 'disputed' && assessment.status !== 'final') {
        return false;
    }
    if (assessment.type === 'evaluation') {
        return true;
    }
    return assessment.type === 'autoQa' && options.includeAutoQa === true;
}

/** A failed hard-fail item, from the item results when given, otherwise from the auto-failed flag. */
export function failedHardFailItem(assessment: Assessment): boolean {
    if (assessment.itemResults !== null) {
        return assessment.itemResults.some((item) => item.hardFail === true && item.result === 'fail');
    }
    return assessment.autoFailed;
}

/** Passing: not auto-failed and at or above the threshold. */
export function passes(assessment: Assessment, threshold: number): boolean {
    return !assessment.autoFailed && (assessment.score as number) >= threshold;
}
