import {
    chiSquareCdf,
    chiSquareUpperTail,
    fCdf,
    fUpperTail,
    logGamma,
    normalCdf,
    normalQuantile,
    normalUpperTail,
    regularizedBeta,
    regularizedGamma,
    studentTCdf,
    studentTQuantile,
    studentTTwoSidedPValue
} from 'c/scoreStatistics';

describe('normal quantile (Wichura AS 241)', () => {
    it('matches published percentage points', () => {
        // NIST/SEMATECH e-Handbook §1.3.6.7.1 and Abramowitz & Stegun (1964) Table 26.5.
        expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
        expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 6);
        expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
        expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 6);
        expect(normalQuantile(0.5)).toBe(0);
        expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 6);
    });

    it('stays accurate far in the tails, where the CDF gives the probability back', () => {
        for (const p of [1e-3, 1e-8, 1e-20, 1e-100, 1e-300]) {
            const z = normalQuantile(p);
            expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(1e-12);
        }
    });

    it('refuses probabilities outside (0, 1)', () => {
        expect(() => normalQuantile(0)).toThrow(RangeError);
        expect(() => normalQuantile(1)).toThrow('strictly between 0 and 1');
        expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
        expect(() => normalQuantile('0.5' as any)).toThrow(TypeError);
    });
});

describe('normal CDF', () => {
    it('matches Abramowitz & Stegun (1964) Table 26.1', () => {
        expect(normalCdf(1)).toBeCloseTo(0.8413447461, 10);
        expect(normalCdf(2)).toBeCloseTo(0.9772498681, 10);
        expect(normalCdf(3)).toBeCloseTo(0.998650102, 9);
        expect(normalCdf(0)).toBeCloseTo(0.5, 15);
        expect(normalCdf(-1)).toBeCloseTo(1 - 0.8413447461, 10);
    });

    it('gives small upper tails without cancellation', () => {
        // Asymptotic series of Abramowitz & Stegun 26.2.12: 1 − Φ(z) ≈ φ(z)/z · (1 − 1/z² + 3/z⁴ − 15/z⁶ + 105/z⁸).
        const z = 20;
        const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
        const series = (density / z) * (1 - 1 / z ** 2 + 3 / z ** 4 - 15 / z ** 6 + 105 / z ** 8);
        expect(normalUpperTail(z) / series).toBeCloseTo(1, 9);
        expect(normalUpperTail(-z)).toBeCloseTo(1, 15);
    });
});

describe("Student's t", () => {
    it('gives the critical values of the published t table', () => {
        // NIST/SEMATECH e-Handbook §1.3.6.7.2, "Critical values of the Student's t distribution".
        const table: [number, number, number][] = [
            [0.975, 1, 12.706],
            [0.975, 2, 4.303],
            [0.975, 4, 2.776],
            [0.975, 10, 2.228],
            [0.975, 29, 2.045],
            [0.975, 100, 1.984],
            [0.95, 10, 1.812],
            [0.995, 10, 3.169],
            [0.999, 5, 5.893],
            [0.99, 20, 2.528]
        ];
        for (const [p, df, expected] of table) {
            expect(studentTQuantile(p, df)).toBeCloseTo(expected, 3);
        }
    });

    it('is symmetric and inverts its own CDF to 1e-12', () => {
        for (const df of [1, 2, 3, 4.5, 7, 30, 250, 5000]) {
            for (const p of [1e-9, 0.001, 0.05, 0.3, 0.7, 0.975, 0.999999]) {
                const t = studentTQuantile(p, df);
                expect(studentTCdf(t, df)).toBeCloseTo(p, 12);
                // 1 − p is itself rounded, so compare relatively.
                expect(studentTQuantile(1 - p, df) / -t).toBeCloseTo(1, 6);
            }
        }
    });

    it('agrees with the closed forms for 1 and 2 degrees of freedom when reached the general way', () => {
        // ν = 1 is the Cauchy distribution: t = tan(π(p − ½)); ν = 2: t = (2p − 1)/√(2p(1 − p)).
        expect(studentTQuantile(0.9, 1 + 1e-9)).toBeCloseTo(Math.tan(Math.PI * 0.4), 6);
        expect(studentTQuantile(0.9, 2 + 1e-9)).toBeCloseTo(0.8 / Math.sqrt(2 * 0.9 * 0.1), 6);
        expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 14);
    });

    it('tends to the normal distribution as the degrees of freedom grow', () => {
        expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959964, 5);
    });

    it('gives two-sided p-values', () => {
        expect(studentTTwoSidedPValue(2.776445, 4)).toBeCloseTo(0.05, 6);
        expect(studentTTwoSidedPValue(-2.776445, 4)).toBeCloseTo(0.05, 6);
        expect(studentTTwoSidedPValue(0, 4)).toBe(1);
    });

    it('refuses degrees of freedom that are not positive', () => {
        expect(() => studentTQuantile(0.975, 0)).toThrow('degrees of freedom must be greater than 0');
        expect(() => studentTCdf(1, -3)).toThrow(RangeError);
        expect(() => studentTQuantile(1.2, 3)).toThrow(RangeError);
    });
});

describe('F distribution', () => {
    it('puts 95 % below the published upper 5 % critical values', () => {
        // NIST/SEMATECH e-Handbook §1.3.6.7.3, "Upper critical values of the F distribution", α = 0.05.
        const table: [number, number, number][] = [
            [1, 10, 4.965],
            [2, 12, 3.885],
            [3, 20, 3.098],
            [4, 30, 2.69],
            [10, 10, 2.978]
        ];
        for (const [d1, d2, critical] of table) {
            expect(fCdf(critical, d1, d2)).toBeCloseTo(0.95, 4);
            expect(fUpperTail(critical, d1, d2)).toBeCloseTo(0.05, 4);
        }
    });

    it('relates to t: F(1, ν) is t² for ν degrees of freedom', () => {
        const t = studentTQuantile(0.975, 7);
        expect(fUpperTail(t * t, 1, 7)).toBeCloseTo(0.05, 12);
    });

    it('handles the edges', () => {
        expect(fCdf(0, 3, 5)).toBe(0);
        expect(fUpperTail(Infinity, 3, 5)).toBe(0);
        expect(() => fCdf(-1, 3, 5)).toThrow('must not be negative');
        expect(() => fUpperTail(1, 0, 5)).toThrow('numerator degrees of freedom');
    });
});

describe('chi-square distribution', () => {
    it('puts the published upper critical values at their tail probabilities', () => {
        // NIST/SEMATECH e-Handbook §1.3.6.7.4, "Critical values of the chi-square distribution".
        const table: [number, number, number][] = [
            [1, 3.841, 0.05],
            [2, 5.991, 0.05],
            [5, 11.07, 0.05],
            [10, 18.307, 0.05],
            [5, 15.086, 0.01],
            [10, 23.209, 0.01]
        ];
        for (const [df, critical, tail] of table) {
            expect(chiSquareUpperTail(critical, df)).toBeCloseTo(tail, 4);
            expect(chiSquareCdf(critical, df)).toBeCloseTo(1 - tail, 4);
        }
    });

    it('with 2 degrees of freedom is the exponential distribution', () => {
        expect(chiSquareUpperTail(6, 2)).toBeCloseTo(Math.exp(-3), 14);
    });
});

describe('special functions', () => {
    it('log-gamma matches factorials and Γ(½) = √π', () => {
        expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
        expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
        expect(logGamma(1)).toBeCloseTo(0, 14);
        let logFactorial99 = 0;
        for (let k = 2; k <= 99; k += 1) {
            logFactorial99 += Math.log(k);
        }
        expect(logGamma(100)).toBeCloseTo(logFactorial99, 10);
        expect(() => logGamma(0)).toThrow(RangeError);
    });

    it('the incomplete beta function has its closed forms', () => {
        expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 15);
        expect(regularizedBeta(0.3, 4, 1)).toBeCloseTo(0.3 ** 4, 15);
        expect(regularizedBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 14);
        expect(regularizedBeta(0.2, 2, 3) + regularizedBeta(0.8, 3, 2)).toBeCloseTo(1, 14);
        expect(regularizedBeta(0.2, 2, 3, true)).toBeCloseTo(regularizedBeta(0.8, 3, 2), 14);
        expect(() => regularizedBeta(1.5, 1, 1)).toThrow('0 ≤ x ≤ 1');
    });

    it('the incomplete gamma function has its closed form for a = 1', () => {
        expect(regularizedGamma(1, 2.5)).toBeCloseTo(1 - Math.exp(-2.5), 15);
        expect(regularizedGamma(1, 40, true)).toBeCloseTo(Math.exp(-40), 30);
        expect(regularizedGamma(3, 0)).toBe(0);
    });
});
