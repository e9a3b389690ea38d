import { fCumulative, fQuantile } from 'c/agreementStatistics';
import { logGamma, regularizedBeta } from '../fDistribution';

describe('fQuantile and fCumulative', () => {
    it('matches F(1, 1), the square of a Cauchy variable: quantile tan²(πp / 2)', () => {
        [0.1, 0.5, 0.9, 0.95, 0.975].forEach((p) => {
            expect(fQuantile(p, 1, 1)).toBeCloseTo(Math.tan((Math.PI * p) / 2) ** 2, 8);
        });
    });

    it('matches F(2, 2), whose distribution function is f / (1 + f)', () => {
        [0.05, 0.5, 0.8, 0.99].forEach((p) => expect(fQuantile(p, 2, 2)).toBeCloseTo(p / (1 - p), 9));
        [0.3, 1, 7].forEach((f) => expect(fCumulative(f, 2, 2)).toBeCloseTo(f / (1 + f), 12));
    });

    it('matches F(2, d), whose distribution function is 1 − (1 + 2f / d)^(−d/2), fractional d included', () => {
        for (const d of [3, 7.5, 40]) {
            for (const f of [0.2, 1.5, 6]) {
                expect(fCumulative(f, 2, d)).toBeCloseTo(1 - (1 + (2 * f) / d) ** (-d / 2), 12);
            }
        }
    });

    it('gives printed table values (upper 5 % and 2.5 % points)', () => {
        // Standard F tables (e.g. Abramowitz & Stegun 1964, Table 26.9).
        expect(fQuantile(0.95, 5, 10)).toBeCloseTo(3.3258, 4);
        expect(fQuantile(0.975, 5, 18)).toBeCloseTo(3.382, 3);
        expect(fQuantile(0.95, 3, 20)).toBeCloseTo(3.0984, 4);
    });

    it('inverts: fCumulative(fQuantile(p)) = p', () => {
        for (const [d1, d2] of [
            [5, 15],
            [5, 4.3],
            [12.7, 30],
            [1, 200]
        ]) {
            [0.01, 0.25, 0.5, 0.975].forEach((p) =>
                expect(fCumulative(fQuantile(p, d1, d2), d1, d2)).toBeCloseTo(p, 10)
            );
        }
    });

    it('refuses impossible arguments', () => {
        expect(() => fQuantile(1, 2, 3)).toThrow('strictly between 0 and 1; got 1');
        expect(() => fQuantile(0.5, 0, 3)).toThrow('got (0, 3)');
        expect(() => fCumulative(Number.NaN, 2, 3)).toThrow('got NaN');
        expect(fCumulative(-1, 2, 3)).toBe(0);
    });
});

describe('logGamma and regularizedBeta', () => {
    it('gives ln((n − 1)!) at whole numbers and ln √π at 1/2', () => {
        let factorial = 1;
        for (let n = 1; n <= 20; n += 1) {
            expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 10);
            factorial *= n;
        }
        expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    });

    it('gives I_x(1, 1) = x, I_x(a, 1) = x^a and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
        expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
        expect(regularizedBeta(0.6, 3.5, 1)).toBeCloseTo(0.6 ** 3.5, 14);
        expect(regularizedBeta(0.2, 2.5, 7)).toBeCloseTo(1 - regularizedBeta(0.8, 7, 2.5), 14);
        expect(() => regularizedBeta(1.2, 1, 1)).toThrow('from 0 to 1; got 1.2');
    });
});
