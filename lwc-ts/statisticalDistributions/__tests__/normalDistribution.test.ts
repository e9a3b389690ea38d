import { normalCdf, normalQuantile, normalUpperTail } from 'c/statisticalDistributions';

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
