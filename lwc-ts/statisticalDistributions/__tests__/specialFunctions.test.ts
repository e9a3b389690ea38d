import { logBeta, logGamma, regularizedBeta, regularizedGamma } from 'c/statisticalDistributions';

describe('logGamma', () => {
    it('matches factorials and Γ(½) = √π', () => {
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

    it('gives ln((n − 1)!) at every whole number to 20', () => {
        let factorial = 1;
        for (let n = 1; n <= 20; n += 1) {
            expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 10);
            factorial *= n;
        }
    });
});

describe('logBeta', () => {
    it('is ln Γ(a) + ln Γ(b) − ln Γ(a + b), small or large arguments alike', () => {
        // B(2, 3) = 1! 2! / 4! = 1/12.
        expect(logBeta(2, 3)).toBeCloseTo(-Math.log(12), 14);
        // B(½, ½) = π.
        expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
        for (const [a, b] of [
            [0.7, 25],
            [30, 12.5],
            [400, 900]
        ]) {
            expect(logBeta(a, b)).toBeCloseTo(logGamma(a) + logGamma(b) - logGamma(a + b), 9);
        }
    });
});

describe('regularizedBeta', () => {
    it('has its closed forms and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
        expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 15);
        expect(regularizedBeta(0.3, 4, 1)).toBeCloseTo(0.3 ** 4, 15);
        expect(regularizedBeta(0.6, 3.5, 1)).toBeCloseTo(0.6 ** 3.5, 14);
        expect(regularizedBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 14);
        expect(regularizedBeta(0.2, 2, 3) + regularizedBeta(0.8, 3, 2)).toBeCloseTo(1, 14);
        expect(regularizedBeta(0.2, 2.5, 7)).toBeCloseTo(1 - regularizedBeta(0.8, 7, 2.5), 14);
        expect(regularizedBeta(0.2, 2, 3, true)).toBeCloseTo(regularizedBeta(0.8, 3, 2), 14);
    });

    it('refuses x outside [0, 1]', () => {
        expect(() => regularizedBeta(1.5, 1, 1)).toThrow('0 ≤ x ≤ 1');
        expect(() => regularizedBeta(1.2, 1, 1)).toThrow('from 0 to 1; got 1.2');
    });
});

describe('regularizedGamma', () => {
    it('has its closed form for a = 1', () => {
        expect(regularizedGamma(1, 2.5)).toBeCloseTo(1 - Math.exp(-2.5), 15);
        expect(regularizedGamma(1, 40, true)).toBeCloseTo(Math.exp(-40), 30);
        expect(regularizedGamma(3, 0)).toBe(0);
    });
});
