/**
 * Calibration variance: how widely evaluators' overall scores spread around their own mean on the
 * same interaction. Per interaction the sample variance s² (divisor n − 1); for the session the
 * pooled within-interaction variance Σ (n_i − 1) s_i² / Σ (n_i − 1), which weights each interaction
 * by the information it holds and is the one-way ANOVA's within-group mean square. Interactions
 * scored by one evaluator have no spread and do not count towards the pooled figure.
 */
import { checkEvaluators, type EvaluatorScores } from './calibrationSession';

export interface InteractionSpread {
    readonly interactionId: string;
    /** Evaluators who scored the interaction. */
    readonly count: number;
    readonly mean: number;
    /** Sample variance (n − 1); NaN with fewer than two scores. */
    readonly variance: number;
    readonly standardDeviation: number;
    /** Highest minus lowest score. */
    readonly range: number;
}

export interface CalibrationVarianceResult {
    /** In the order interactions first appear in the evaluators' lists. */
    readonly interactions: InteractionSpread[];
    /** Pooled within-interaction variance, in squared score points. */
    readonly pooledVariance: number;
    /** Its square root, in score points. */
    readonly pooledStandardDeviation: number;
    /** Σ (n_i − 1): the degrees of freedom behind the pooled figure. */
    readonly degreesOfFreedom: number;
}

export function calibrationVariance(evaluators: readonly EvaluatorScores[]): CalibrationVarianceResult {
    const checked = checkEvaluators(evaluators);
    const scoresByInteraction = new Map<string, number[]>();
    for (const { scores } of checked) {
        for (const [interactionId, entry] of scores) {
            const list = scoresByInteraction.get(interactionId);
            if (list === undefined) {
                scoresByInteraction.set(interactionId, [entry.score]);
            } else {
                list.push(entry.score);
            }
        }
    }
    let pooledSquares = 0;
    let degreesOfFreedom = 0;
    const interactions = [...scoresByInteraction].map(([interactionId, scores]) => {
        const count = scores.length;
        const mean = scores.reduce((sum, score) => sum + score, 0) / count;
        const squares = scores.reduce((sum, score) => sum + (score - mean) ** 2, 0);
        if (count >= 2) {
            pooledSquares += squares;
            degreesOfFreedom += count - 1;
        }
        const variance = count >= 2 ? squares / (count - 1) : Number.NaN;
        return {
            interactionId,
            count,
            mean,
            variance,
            standardDeviation: Math.sqrt(variance),
            range: Math.max(...scores) - Math.min(...scores)
        };
    });
    if (degreesOfFreedom === 0) {
        throw new RangeError(
            'Calibration variance needs at least one interaction scored by two or more evaluators; every interaction here has one score.'
        );
    }
    const pooledVariance = pooledSquares / degreesOfFreedom;
    return {
        interactions,
        pooledVariance,
        pooledStandardDeviation: Math.sqrt(pooledVariance),
        degreesOfFreedom
    };
}
