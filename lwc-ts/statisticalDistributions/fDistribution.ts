/**
 * Fisher's F distribution with (d1, d2) degrees of freedom: the distribution of the ANOVA F ratio
 * (cohort comparisons, evaluator severity) and the basis of the exact confidence intervals of the
 * intraclass correlations. P(F ≤ f) = I_x(d1/2, d2/2) with x = d1 f / (d1 f + d2), I the regularized
 * incomplete beta function (Abramowitz & Stegun 1964, 26.6.2 with 26.5.27). Degrees of freedom may be
 * fractional: Satterthwaite's approximation for the ICC(2,1) interval gives such.
 */
import { requireFiniteNumber, requireNonNegative } from 'c/engineInputChecks';
import { regularizedBeta } from './specialFunctions';

/** Both degrees of freedom must be positive; the message shows the pair, the way F(d1, d2) is written. */
function checkDegrees(numerator: number, denominator: number): void {
    const degrees = [
        ['numerator', numerator],
        ['denominator', denominator]
    ] as const;
    for (const [which, value] of degrees) {
        if (requireFiniteNumber(`The ${which} degrees of freedom`, value) <= 0) {
            throw new RangeError(
                `The ${which} degrees of freedom must be greater than 0; got (${numerator}, ${denominator}).`
            );
        }
    }
}

/** P(F ≤ f). */
export function fCdf(f: number, numeratorDegrees: number, denominatorDegrees: number): number {
    checkDegrees(numeratorDegrees, denominatorDegrees);
    if (f === Infinity) {
        return 1;
    }
    requireNonNegative('The F ratio', f);
    const scaled = numeratorDegrees * f;
    return regularizedBeta(scaled / (scaled + denominatorDegrees), numeratorDegrees / 2, denominatorDegrees / 2);
}

/** P(F ≥ f): the p-value of an ANOVA F test, computed without cancellation. */
export function fUpperTail(f: number, numeratorDegrees: number, denominatorDegrees: number): number {
    checkDegrees(numeratorDegrees, denominatorDegrees);
    if (f === Infinity) {
        return 0;
    }
    requireNonNegative('The F ratio', f);
    const scaled = numeratorDegrees * f;
    // 1 − I_x(d1/2, d2/2) = I_{1−x}(d2/2, d1/2), with 1 − x = d2 / (d1 f + d2).
    return regularizedBeta(
        denominatorDegrees / (scaled + denominatorDegrees),
        denominatorDegrees / 2,
        numeratorDegrees / 2
    );
}

/**
 * The f with P(F ≤ f) = p, for 0 < p < 1. Found by bisection on x = d1 f / (d1 f + d2), which lives
 * in (0, 1) and rises with f: bisection cannot fail to converge on a monotone function, and the
 * intervals that need it are computed once per report, not in a loop.
 */
export function fQuantile(p: number, numeratorDegrees: number, denominatorDegrees: number): number {
    checkDegrees(numeratorDegrees, denominatorDegrees);
    if (requireFiniteNumber('The F quantile probability p', p) <= 0 || p >= 1) {
        throw new RangeError(`The F quantile probability p must be strictly between 0 and 1; got ${p}.`);
    }
    const a = numeratorDegrees / 2;
    const b = denominatorDegrees / 2;
    let low = 0;
    let high = 1;
    for (let i = 0; i < 200 && high - low > 1e-17; i += 1) {
        const mid = (low + high) / 2;
        if (regularizedBeta(mid, a, b) < p) {
            low = mid;
        } else {
            high = mid;
        }
    }
    const x = (low + high) / 2;
    return (denominatorDegrees * x) / (numeratorDegrees * (1 - x));
}
