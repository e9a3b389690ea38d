import { fCdf, fQuantile, fUpperTail, studentTQuantile } from 'c/statisticalDistributions';

describe('F distribution function and upper tail', () => {
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

    it('matches F(2, 2), whose distribution function is f / (1 + f)', () => {
        [0.3, 1, 7].forEach((f) => expect(fCdf(f, 2, 2)).toBeCloseTo(f / (1 + f), 12));
    });

    it('matches F(2, d), whose distribution function is 1 − (1 + 2f / d)^(−d/2), fractional d included', () => {
        for (const d of [3, 7.5, 40]) {
            for (const f of [0.2, 1.5, 6]) {
                expect(fCdf(f, 2, d)).toBeCloseTo(1 - (1 + (2 * f) / d) ** (-d / 2), 12);
            }
        }
    });

    it('handles the edges', () => {
        expect(fCdf(0, 3, 5)).toBe(0);
        expect(fCdf(Infinity, 3, 5)).toBe(1);
        expect(fUpperTail(Infinity, 3, 5)).toBe(0);
        expect(() => fCdf(-1, 3, 5)).toThrow('must not be negative');
        expect(() => fCdf(-1, 2, 3)).toThrow('The F ratio must not be negative, got -1');
        expect(() => fCdf(Number.NaN, 2, 3)).toThrow('got NaN');
        expect(() => fUpperTail(1, 0, 5)).toThrow('numerator degrees of freedom');
    });
});

describe('F quantile', () => {
    it('matches F(1, 1), the square of a Cauchy variable: quantile tan²(πp / 2)', () => {
        [0.1, 0.5, 0.9, 0.95, 0.975].forEach((p) => {
            expect(fQuantile(p, 1, 1)).toBeCloseTo(Math.tan((Math.PI * p) / 2) ** 2, 8);
        });
    });

    it('matches F(2, 2), whose quantile is p / (1 − p)', () => {
        [0.05, 0.5, 0.8, 0.99].forEach((p) => expect(fQuantile(p, 2, 2)).toBeCloseTo(p / (1 - p), 9));
    });

    it('gives printed table values (upper 5 % and 2.5 % points)', () => {
        // Standard F tables (e.g. Abramowitz & Stegun 1964, Table 26.9).
        expect(fQuantile(0.95, 5, 10)).toBeCloseTo(3.3258, 4);
        expect(fQuantile(0.975, 5, 18)).toBeCloseTo(3.382, 3);
        expect(fQuantile(0.95, 3, 20)).toBeCloseTo(3.0984, 4);
    });

    it('inverts: fCdf(fQuantile(p)) = p', () => {
        for (const [d1, d2] of [
            [5, 15],
            [5, 4.3],
            [12.7, 30],
            [1, 200]
        ]) {
            [0.01, 0.25, 0.5, 0.975].forEach((p) => expect(fCdf(fQuantile(p, d1, d2), d1, d2)).toBeCloseTo(p, 10));
        }
    });

    it('refuses impossible arguments', () => {
        expect(() => fQuantile(1, 2, 3)).toThrow('strictly between 0 and 1; got 1');
        expect(() => fQuantile(0.5, 0, 3)).toThrow('got (0, 3)');
        expect(() => fQuantile(0.5, 4, -2)).toThrow(
            'The denominator degrees of freedom must be greater than 0; got (4, -2)'
        );
    });
});
