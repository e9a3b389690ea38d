/**
 * The standard normal distribution: its cumulative distribution function and its quantile.
 *
 * The quantile is Wichura's algorithm AS 241, PPND16 (Applied Statistics 37(3), 1988, 477–484):
 * three rational approximations, accurate to about 1 part in 10^16, one for the centre
 * (|p − ½| ≤ 0.425) and two for the tails in r = √(−ln min(p, 1 − p)). The coefficients are the
 * ones published with the algorithm, written with the digits a double holds.
 */
import { requireFiniteNumber, requireOpenUnitInterval } from 'c/engineInputChecks';
import { regularizedGamma } from './specialFunctions';

/** Evaluates c[0] + c[1]·x + … + c[n]·x^n by Horner's rule. */
function polynomial(coefficients: readonly number[], x: number): number {
    let value = 0;
    for (let i = coefficients.length - 1; i >= 0; i -= 1) {
        value = value * x + coefficients[i];
    }
    return value;
}

// AS 241, region |q| ≤ 0.425, in r = 0.180625 − q².
const CENTRAL_NUMERATOR = [
    3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087,
    33430.57558358813, 2509.0809287301227
];
const CENTRAL_DENOMINATOR = [
    1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
    28729.085735721943, 5226.495278852854
];
// AS 241, tail region r ≤ 5, in r − 1.6.
const NEAR_TAIL_NUMERATOR = [
    1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
    0.2417807251774506, 0.022723844989269184, 0.0007745450142783414
];
const NEAR_TAIL_DENOMINATOR = [
    1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
    0.0005475938084995345, 1.0507500716444169e-9
];
// AS 241, far tail r > 5, in r − 5.
const FAR_TAIL_NUMERATOR = [
    6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
    0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7
];
const FAR_TAIL_DENOMINATOR = [
    1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548,
    1.421511758316446e-7, 2.0442631033899397e-15
];

/**
 * The z with Φ(z) = p, for 0 < p < 1 (Wichura 1988, AS 241). For example z(0.975) = 1.959964.
 */
export function normalQuantile(p: number): number {
    requireOpenUnitInterval('The normal quantile probability p', p);
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return (q * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r);
    }
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    let value: number;
    if (r <= 5) {
        r -= 1.6;
        value = polynomial(NEAR_TAIL_NUMERATOR, r) / polynomial(NEAR_TAIL_DENOMINATOR, r);
    } else {
        r -= 5;
        value = polynomial(FAR_TAIL_NUMERATOR, r) / polynomial(FAR_TAIL_DENOMINATOR, r);
    }
    return q < 0 ? -value : value;
}

/**
 * Φ(z), the probability that a standard normal value is at most z. Computed from the upper
 * incomplete gamma function, erfc(x) = Q(½, x²), so both tails keep full relative precision.
 */
export function normalCdf(z: number): number {
    requireFiniteNumber('The normal deviate z', z);
    const tail = 0.5 * regularizedGamma(0.5, (z * z) / 2, true);
    return z < 0 ? tail : 1 - tail;
}

/** 1 − Φ(z) without cancellation: the one-sided p-value of a z statistic. */
export function normalUpperTail(z: number): number {
    requireFiniteNumber('The normal deviate z', z);
    const tail = 0.5 * regularizedGamma(0.5, (z * z) / 2, true);
    return z > 0 ? tail : 1 - tail;
}
