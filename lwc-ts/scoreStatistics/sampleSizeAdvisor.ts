/**
 * "How many assessments does this agent need before the score means something?"
 *
 * For a margin of ±E points at confidence c with score standard deviation s:
 * - normal approximation: n₀ = (z · s / E)², rounded up (e.g. Triola, Elementary Statistics,
 *   §7-3: σ = 15, E = 3, 95 % gives 96.04, so 97);
 * - Student's t: the t interval the agent's score is shown with uses t(1 − α/2, n − 1), which is
 *   wider than z, so the answer is the smallest n with t(n − 1) · s / √n ≤ E. Because
 *   t(n − 1)/√n falls as n grows, counting up from the normal answer finds it exactly — the
 *   iteration the t correction calls for, without its risk of oscillating;
 * - finite population: when the agent had only N interactions in the period, sampling without
 *   replacement shrinks the variance of the mean by (1 − n/N) (Cochran, Sampling Techniques, 3rd
 *   ed., 1977, Theorem 2.2), which gives n = n₀ / (1 + n₀/N) for the normal form; the t form
 *   applies the same factor inside its search. The answer never exceeds N.
 *
 * At least two assessments are always advised: one score has no spread to measure.
 */
import { requireNonNegative, requireOpenUnitInterval, requirePositive, requireWholeNumber } from 'c/engineInputChecks';
import { normalQuantile, studentTQuantile } from 'c/statisticalDistributions';

export type SampleSizeMethod = 'studentT' | 'normal';

export interface SampleSizeRequest {
    /** The "±E" wanted, in score points (> 0). */
    readonly marginOfError: number;
    /** Confidence level, strictly between 0 and 1 (e.g. 0.95). */
    readonly confidence: number;
    /** Standard deviation of the agent's scores, in points (≥ 0), observed or assumed. */
    readonly standardDeviation: number;
    /** 'studentT' (default) matches the interval the score is shown with; 'normal' is the textbook z formula. */
    readonly method?: SampleSizeMethod;
    /** The agent's total interactions N in the period, when known, for the finite population correction. */
    readonly populationSize?: number;
    /** How many assessments the agent already has, to say how many more are needed. */
    readonly currentCount?: number;
}

export interface SampleSizeAdvice {
    readonly requiredCount: number;
    /** n₀ = (z · s / E)² before rounding, corrections and the minimum of two. */
    readonly normalApproximation: number;
    readonly method: SampleSizeMethod;
    readonly confidence: number;
    readonly marginOfError: number;
    /** The ± that `requiredCount` assessments actually give (at most `marginOfError`). */
    readonly achievedMarginOfError: number;
    readonly populationSize: number | null;
    /** True when every interaction has to be assessed to reach the margin. */
    readonly coversWholePopulation: boolean;
    /** requiredCount − currentCount (never below 0), or null when currentCount was not given. */
    readonly additionalNeeded: number | null;
}

const MINIMUM_COUNT = 2;
/** Rounding guard so (z·s/E)² that is a whole number up to floating error is not rounded up past it. */
const ROUNDING_SLACK = 1e-9;

function finitePopulationFactor(count: number, populationSize: number | null): number {
    return populationSize === null ? 1 : Math.sqrt(Math.max(0, 1 - count / populationSize));
}

function margin(
    count: number,
    method: SampleSizeMethod,
    z: number,
    confidence: number,
    standardDeviation: number,
    populationSize: number | null
): number {
    const critical = method === 'normal' ? z : studentTQuantile((1 + confidence) / 2, count - 1);
    return ((critical * standardDeviation) / Math.sqrt(count)) * finitePopulationFactor(count, populationSize);
}

export function adviseSampleSize(request: SampleSizeRequest): SampleSizeAdvice {
    if (typeof request !== 'object' || request === null) {
        throw new TypeError('adviseSampleSize needs a request object.');
    }
    const marginOfError = requirePositive('marginOfError', request.marginOfError);
    const confidence = requireOpenUnitInterval('confidence', request.confidence);
    const standardDeviation = requireNonNegative('standardDeviation', request.standardDeviation);
    const method: SampleSizeMethod = request.method ?? 'studentT';
    if (method !== 'studentT' && method !== 'normal') {
        throw new RangeError(`method must be "studentT" or "normal", got ${String(method)}.`);
    }
    const populationSize =
        request.populationSize === undefined ? null : requireWholeNumber('populationSize', request.populationSize, 1);
    const currentCount =
        request.currentCount === undefined ? null : requireWholeNumber('currentCount', request.currentCount);
    if (populationSize !== null && currentCount !== null && currentCount > populationSize) {
        throw new RangeError(`currentCount (${currentCount}) cannot exceed populationSize (${populationSize}).`);
    }

    const z = normalQuantile((1 + confidence) / 2);
    const normalApproximation = ((z * standardDeviation) / marginOfError) ** 2;
    if (!Number.isFinite(normalApproximation) || normalApproximation > Number.MAX_SAFE_INTEGER) {
        throw new RangeError(
            `marginOfError ${marginOfError} is too small for standardDeviation ${standardDeviation}: no count of assessments reaches it.`
        );
    }
    const corrected =
        populationSize === null
            ? normalApproximation
            : normalApproximation / (1 + normalApproximation / populationSize);
    const ceiling = populationSize ?? Infinity;
    let count = Math.min(ceiling, Math.max(MINIMUM_COUNT, Math.ceil(corrected * (1 - ROUNDING_SLACK))));
    if (method === 'studentT') {
        while (
            count < ceiling &&
            margin(count, method, z, confidence, standardDeviation, populationSize) > marginOfError
        ) {
            count += 1;
        }
    }
    const achievedMarginOfError =
        count >= MINIMUM_COUNT ? margin(count, method, z, confidence, standardDeviation, populationSize) : 0;
    return {
        requiredCount: count,
        normalApproximation,
        method,
        confidence,
        marginOfError,
        achievedMarginOfError,
        populationSize,
        coversWholePopulation: populationSize !== null && count >= populationSize,
        additionalNeeded: currentCount === null ? null : Math.max(0, count - currentCount)
    };
}
