import { chiSquareCdf, chiSquareUpperTail } from 'c/statisticalDistributions';

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
