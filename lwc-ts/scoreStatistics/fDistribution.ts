/**
 * Fisher's F distribution with (d1, d2) degrees of freedom: the distribution of the ANOVA F
 * ratio. P(F ≤ f) = I_{d1 f / (d1 f + d2)}(d1/2, d2/2) (Abramowitz & Stegun 26.6.2 with 26.5.27).
 */
import { requireNonNegative, requirePositive } from './inputChecks';
import { regularizedBeta } from './specialFunctions';

function checkDegrees(numerator: number, denominator: number): void {
    requirePositive('The numerator degrees of freedom', numerator);
    requirePositive('The denominator degrees of freedom', denominator);
}

/** P(F ≤ f). */
export function fCdf(f: number, numeratorDegrees: number, denominatorDegrees: number): number {
    requireNonNegative('The F ratio', f);
    checkDegrees(numeratorDegrees, denominatorDegrees);
    const scaled = numeratorDegrees * f;
    return regularizedBeta(scaled / (scaled + denominatorDegrees), numeratorDegrees / 2, denominatorDegrees / 2);
}

/** P(F ≥ f): the p-value of an ANOVA F test, computed without cancellation. */
export function fUpperTail(f: number, numeratorDegrees: number, denominatorDegrees: number): number {
    if (f === Infinity) {
        checkDegrees(numeratorDegrees, denominatorDegrees);
        return 0;
    }
    requireNonNegative('The F ratio', f);
    checkDegrees(numeratorDegrees, denominatorDegrees);
    const scaled = numeratorDegrees * f;
    // 1 − I_x(d1/2, d2/2) = I_{1−x}(d2/2, d1/2), with 1 − x = d2 / (d1 f + d2).
    return regularizedBeta(
        denominatorDegrees / (scaled + denominatorDegrees),
        denominatorDegrees / 2,
        numeratorDegrees / 2
    );
}
