import { studentTCdf, studentTQuantile, studentTTwoSidedPValue } from 'c/statisticalDistributions';

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
