import { roundHalfAwayFromZero } from 'c/assessmentScoring';

describe('roundHalfAwayFromZero', () => {
    // Salesforce Help, "ROUND" formula function, Example section:
    // ROUND(1.5, 0) = 2, ROUND(1.2345, 0) = 1, ROUND(-1.5, 0) = -2, ROUND(225.49823, 2) = 225.50.
    it.each([
        [1.5, 0, 2],
        [1.2345, 0, 1],
        [-1.5, 0, -2],
        [225.49823, 2, 225.5]
    ])('matches the Salesforce Help example ROUND(%p, %p) = %p', (value, scale, expected) => {
        expect(roundHalfAwayFromZero(value, scale)).toBe(expected);
    });

    // Decimal halves, several of which binary doubles store just below the half: toFixed(2) gives
    // 1.00, 0.28, 1.25, 4.01 and 2.67 for them, and Math.round(x * 100) / 100 the first four.
    // Salesforce computes in decimal and rounds every one of them up (away from zero).
    it.each([
        [1.005, 2, 1.01],
        [0.285, 2, 0.29],
        [1.255, 2, 1.26],
        [4.015, 2, 4.02],
        [2.675, 2, 2.68],
        [66.665, 2, 66.67],
        [0.125, 2, 0.13],
        [-2.675, 2, -2.68],
        [1.0049, 2, 1],
        [99.994999, 2, 99.99],
        [99.995, 2, 100]
    ])('rounds the decimal %p to %p places as %p', (value, scale, expected) => {
        expect(roundHalfAwayFromZero(value, scale)).toBe(expected);
    });

    it('never returns negative zero', () => {
        expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
    });

    it('rejects values and scales it cannot round', () => {
        expect(() => roundHalfAwayFromZero(Number.NaN, 2)).toThrow(RangeError);
        expect(() => roundHalfAwayFromZero(Infinity, 2)).toThrow('finite number');
        expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow('got 1.5');
        expect(() => roundHalfAwayFromZero(1, -1)).toThrow('rounding scale');
    });
});
