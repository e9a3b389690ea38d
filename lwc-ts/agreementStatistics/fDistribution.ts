/**
 * The F distribution, for the exact (F-based) confidence intervals of the intraclass correlations.
 * F with (d1, d2) degrees of freedom relates to the beta distribution:
 * P(F ≤ f) = I_x(d1/2, d2/2) with x = d1·f / (d1·f + d2), I the regularized incomplete beta function.
 * Degrees of freedom may be fractional (Satterthwaite's approximation for ICC(2,1) gives such).
 *
 * I_x(a, b) is evaluated by its continued fraction (modified Lentz method), ln Γ by Lanczos'
 * approximation (g = 7, nine terms), about 15 significant digits. The quantile is found by bisection
 * on x, which cannot fail to converge on a monotone function.
 */

const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

/** ln Γ(z) for z > 0. */
export function logGamma(z: number): number {
    if (z < 0.5) {
        // Reflection keeps the series in its accurate range.
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - logGamma(1 - z);
    }
    const x = z - 1;
    let series = LANCZOS[0];
    for (let i = 1; i < LANCZOS.length; i += 1) {
        series += LANCZOS[i] / (x + i);
    }
    const t = x + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(series);
}

const TINY = 1e-300;
const EPSILON = 1e-16;

/** Continued fraction of I_x(a, b) (converges fast for x < (a + 1) / (a + b + 2)). */
function betaContinuedFraction(x: number, a: number, b: number): number {
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < TINY) {
        d = TINY;
    }
    d = 1 / d;
    let fraction = d;
    for (let m = 1; m <= 10000; m += 1) {
        const m2 = 2 * m;
        // Even step.
        let term = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + term * d;
        d = Math.abs(d) < TINY ? TINY : d;
        c = 1 + term / c;
        c = Math.abs(c) < TINY ? TINY : c;
        d = 1 / d;
        fraction *= d * c;
        // Odd step.
        term = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + term * d;
        d = Math.abs(d) < TINY ? TINY : d;
        c = 1 + term / c;
        c = Math.abs(c) < TINY ? TINY : c;
        d = 1 / d;
        const step = d * c;
        fraction *= step;
        if (Math.abs(step - 1) < EPSILON) {
            return fraction;
        }
    }
    return fraction;
}

/** The regularized incomplete beta function I_x(a, b), a, b > 0, 0 ≤ x ≤ 1. */
export function regularizedBeta(x: number, a: number, b: number): number {
    if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
        throw new RangeError(`The beta function needs positive, finite parameters; got a = ${a}, b = ${b}.`);
    }
    if (!(x >= 0 && x <= 1)) {
        throw new RangeError(`The incomplete beta function is defined for x from 0 to 1; got ${x}.`);
    }
    if (x === 0 || x === 1) {
        return x;
    }
    const logFront = a * Math.log(x) + b * Math.log1p(-x) - (logGamma(a) + logGamma(b) - logGamma(a + b));
    if (x < (a + 1) / (a + b + 2)) {
        return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
    }
    return 1 - (Math.exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

function checkDegreesOfFreedom(d1: number, d2: number): void {
    if (!(d1 > 0) || !(d2 > 0) || !Number.isFinite(d1) || !Number.isFinite(d2)) {
        throw new RangeError(`F degrees of freedom must be positive and finite; got (${d1}, ${d2}).`);
    }
}

/** P(F ≤ f) for F with (d1, d2) degrees of freedom. */
export function fCumulative(f: number, d1: number, d2: number): number {
    checkDegreesOfFreedom(d1, d2);
    if (Number.isNaN(f)) {
        throw new RangeError('The F distribution function needs a number, got NaN.');
    }
    if (f <= 0) {
        return 0;
    }
    if (f === Number.POSITIVE_INFINITY) {
        return 1;
    }
    return regularizedBeta((d1 * f) / (d1 * f + d2), d1 / 2, d2 / 2);
}

/** The f with P(F ≤ f) = p, for 0 < p < 1. */
export function fQuantile(p: number, d1: number, d2: number): number {
    checkDegreesOfFreedom(d1, d2);
    if (!(p > 0 && p < 1)) {
        throw new RangeError(`An F quantile needs a probability strictly between 0 and 1; got ${p}.`);
    }
    // Bisect on x = d1·f / (d1·f + d2), which lives in (0, 1) and rises with f.
    let low = 0;
    let high = 1;
    for (let i = 0; i < 200 && high - low > 1e-17; i += 1) {
        const mid = (low + high) / 2;
        if (regularizedBeta(mid, d1 / 2, d2 / 2) < p) {
            low = mid;
        } else {
            high = mid;
        }
    }
    const x = (low + high) / 2;
    return (d2 * x) / (d1 * (1 - x));
}
