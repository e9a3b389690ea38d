/**
 * The chi-square distribution with k degrees of freedom: P(X ≤ x) = P(k/2, x/2), the regularized
 * lower incomplete gamma function (Abramowitz & Stegun 26.4.19).
 */
import { requireNonNegative, requirePositive } from 'c/engineInputChecks';
import { regularizedGamma } from './specialFunctions';

/** P(X ≤ x). */
export function chiSquareCdf(x: number, degreesOfFreedom: number): number {
    requireNonNegative('The chi-square value', x);
    requirePositive('The degrees of freedom', degreesOfFreedom);
    return regularizedGamma(degreesOfFreedom / 2, x / 2);
}

/** P(X ≥ x): the p-value of a chi-square test, computed without cancellation. */
export function chiSquareUpperTail(x: number, degreesOfFreedom: number): number {
    requireNonNegative('The chi-square value', x);
    requirePositive('The degrees of freedom', degreesOfFreedom);
    return regularizedGamma(degreesOfFreedom / 2, x / 2, true);
}
