/** Confidence levels, shared by the F-based ICC intervals and the bootstrap intervals. */

export const DEFAULT_CONFIDENCE = 0.95;

/** Throws a RangeError unless the level is a number strictly between 0 and 1. */
export function checkConfidence(confidence: unknown): number {
    if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
        throw new RangeError(`A confidence level is a number strictly between 0 and 1, got ${String(confidence)}.`);
    }
    return confidence;
}
