/**
 * Student's t distribution with ν degrees of freedom (ν > 0, not necessarily whole): its
 * cumulative distribution function and its quantile, the critical value of a t interval.
 *
 * The upper tail is P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1 with 26.5.27).
 * The quantile starts from the Cornish–Fisher expansion about the normal quantile (Abramowitz &
 * Stegun 26.7.5, the starting point Hill 1970 also uses) and is finished by Newton steps on the
 * logarithm of the tail, kept inside a bracket and falling back to bisection, until the relative
 * change is below 10^-14. ν = 1 (Cauchy) and ν = 2 have closed forms and use them.
 */
import { requireFiniteNumber, requireOpenUnitInterval, requirePositive } from 'c/engineInputChecks';
import { normalQuantile } from './normalDistribution';
import { logBeta, regularizedBeta } from './specialFunctions';

/** P(T > t) for t ≥ 0. */
function upperTail(t: number, df: number): number {
    const tSquared = t * t;
    // I_x(ν/2, ½) with x = ν/(ν + t²); the complement form keeps precision for small t.
    return 0.5 * regularizedBeta(df / (df + tSquared), df / 2, 0.5);
}

/** The density of T at t. */
export function studentTDensity(t: number, degreesOfFreedom: number): number {
    requireFiniteNumber('t', t);
    requirePositive('The degrees of freedom', degreesOfFreedom);
    const df = degreesOfFreedom;
    return Math.exp(-((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}

/** P(T ≤ t) for Student's t with the given degrees of freedom. */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
    requireFiniteNumber('t', t);
    requirePositive('The degrees of freedom', degreesOfFreedom);
    const tail = upperTail(Math.abs(t), degreesOfFreedom);
    return t < 0 ? tail : 1 - tail;
}

/** The two-sided p-value of a t statistic: P(|T| ≥ |t|). */
export function studentTTwoSidedPValue(t: number, degreesOfFreedom: number): number {
    requireFiniteNumber('t', t);
    requirePositive('The degrees of freedom', degreesOfFreedom);
    return Math.min(1, 2 * upperTail(Math.abs(t), degreesOfFreedom));
}

/** Cornish–Fisher expansion of the t quantile about the normal one (A&S 26.7.5). */
function cornishFisherStart(z: number, df: number): number {
    const z2 = z * z;
    const g1 = (z * (z2 + 1)) / 4;
    const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
    const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
    const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
    return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/** Solves P(T > t) = tail for t > 0, with 0 < tail < ½. */
function upperQuantile(tail: number, df: number): number {
    if (df === 1) {
        return 1 / Math.tan(Math.PI * tail);
    }
    if (df === 2) {
        return (1 - 2 * tail) / Math.sqrt(2 * tail * (1 - tail));
    }
    const logTarget = Math.log(tail);
    let low = 0; // upperTail(low) > tail
    let high = Infinity; // upperTail(high) < tail
    let t = cornishFisherStart(normalQuantile(1 - tail), df);
    if (!(t > 0) || !Number.isFinite(t)) {
        t = 1;
    }
    for (let iteration = 0; iteration < 200; iteration += 1) {
        const current = upperTail(t, df);
        if (current > tail) {
            low = t;
        } else {
            high = t;
        }
        // Newton on g(t) = ln P(T > t) − ln tail, whose slope is −density / tail probability.
        const step = (Math.log(current) - logTarget) / (studentTDensity(t, df) / current);
        let next = t + step;
        if (!(next > low && next < high) || !Number.isFinite(next)) {
            next = Number.isFinite(high) ? (low + high) / 2 : Math.max(2 * t, low * 2);
        }
        if (Math.abs(next - t) <= 1e-14 * next) {
            return next;
        }
        t = next;
    }
    return t;
}

/**
 * The t with P(T ≤ t) = p. For a two-sided interval at confidence c use p = (1 + c) / 2:
 * t(0.975, 4) = 2.776, t(0.975, 29) = 2.045.
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
    requireOpenUnitInterval('The t quantile probability p', p);
    requirePositive('The degrees of freedom', degreesOfFreedom);
    if (p === 0.5) {
        return 0;
    }
    const tail = Math.min(p, 1 - p);
    const t = upperQuantile(tail, degreesOfFreedom);
    return p < 0.5 ? -t : t;
}
