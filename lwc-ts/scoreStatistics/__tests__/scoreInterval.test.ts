import { meanScoreInterval, meanScoreIntervalFromSummary, passRateInterval } from 'c/scoreStatistics';

describe('meanScoreInterval', () => {
    it('reproduces the NIST worked example of a t interval on a mean', () => {
        // NIST/SEMATECH e-Handbook §7.2.2.1: n = 195, mean 9.261460, s = 0.022789,
        // 95 % limits 9.258242 and 9.264679.
        const interval = meanScoreIntervalFromSummary({ count: 195, mean: 9.26146, standardDeviation: 0.022789 });
        expect(interval.status).toBe('estimated');
        if (interval.status !== 'estimated') {
            throw new Error('unreachable');
        }
        // The handbook's inputs are rounded to 6 digits, so agree to 5.
        expect(interval.lower).toBeCloseTo(9.258242, 5);
        expect(interval.upper).toBeCloseTo(9.264679, 5);
        expect(interval.degreesOfFreedom).toBe(194);
    });

    it('computes an agent interval from raw scores with the t critical value', () => {
        const scores = [72, 80, 85, 90, 78];
        const interval = meanScoreInterval(scores, 0.95);
        if (interval.status !== 'estimated') {
            throw new Error('expected an estimate');
        }
        const mean = 81;
        const sd = Math.sqrt(scores.reduce((sum, s) => sum + (s - mean) ** 2, 0) / 4);
        expect(interval.mean).toBeCloseTo(mean, 12);
        expect(interval.standardDeviation).toBeCloseTo(sd, 12);
        expect(interval.criticalValue).toBeCloseTo(2.776, 3); // t(0.975, 4), NIST table
        expect(interval.marginOfError).toBeCloseTo((2.776445105 * sd) / Math.sqrt(5), 6);
        expect(interval.lower).toBeCloseTo(mean - interval.marginOfError, 12);
    });

    it('is narrower at lower confidence', () => {
        const scores = [60, 70, 80, 90];
        const wide = meanScoreInterval(scores, 0.99);
        const narrow = meanScoreInterval(scores, 0.8);
        if (wide.status !== 'estimated' || narrow.status !== 'estimated') {
            throw new Error('expected estimates');
        }
        expect(narrow.marginOfError).toBeLessThan(wide.marginOfError);
    });

    it('says "not enough assessments" for one score instead of inventing a width', () => {
        const interval = meanScoreInterval([88]);
        expect(interval).toMatchObject({ status: 'notEnoughAssessments', count: 1, mean: 88 });
        expect(interval.status === 'notEnoughAssessments' && interval.message).toMatch(/Not enough assessments/);
        expect(meanScoreInterval([])).toMatchObject({ status: 'notEnoughAssessments', count: 0, mean: null });
        expect(meanScoreIntervalFromSummary({ count: 1, mean: 70, standardDeviation: 0 }).status).toBe(
            'notEnoughAssessments'
        );
    });

    it('clips the bounds to the 0–100 score scale', () => {
        const interval = meanScoreInterval([100, 100, 96]);
        if (interval.status !== 'estimated') {
            throw new Error('expected an estimate');
        }
        expect(interval.upper).toBe(100);
        expect(interval.mean + interval.marginOfError).toBeGreaterThan(100);
    });

    it('validates its input', () => {
        expect(() => meanScoreInterval([80, 120])).toThrow('scores[1] must be a score from 0 to 100, got 120');
        expect(() => meanScoreInterval([80, 90], 1)).toThrow('confidence must be strictly between 0 and 1');
        expect(() => meanScoreInterval('80' as any)).toThrow(TypeError);
        expect(() => meanScoreIntervalFromSummary({ count: 3, mean: 80, standardDeviation: -1 })).toThrow(
            'summary.standardDeviation must not be negative'
        );
        expect(() => meanScoreIntervalFromSummary({ count: 2.5, mean: 80, standardDeviation: 1 })).toThrow(RangeError);
    });
});

describe('passRateInterval (Wilson)', () => {
    it('reproduces Newcombe (1998), Table II, method 3 (Wilson score without continuity correction)', () => {
        const cases: [number, number, number, number][] = [
            [81, 263, 0.2553, 0.3662],
            [15, 148, 0.0624, 0.1605],
            [0, 20, 0, 0.1611],
            [1, 29, 0.0061, 0.1718]
        ];
        for (const [passed, total, lower, upper] of cases) {
            const interval = passRateInterval(passed, total);
            if (interval.status !== 'estimated') {
                throw new Error('expected an estimate');
            }
            expect(interval.lower).toBeCloseTo(lower, 4);
            expect(interval.upper).toBeCloseTo(upper, 4);
        }
    });

    it('keeps a non-zero width at 100 % and says so when there is nothing to rate', () => {
        const all = passRateInterval(12, 12);
        expect(all).toMatchObject({ status: 'estimated', rate: 1, upper: 1 });
        expect(all.status === 'estimated' && all.lower).toBeLessThan(1);
        expect(passRateInterval(0, 0)).toMatchObject({ status: 'notEnoughAssessments', rate: null });
    });

    it('validates counts', () => {
        expect(() => passRateInterval(5, 4)).toThrow('passed (5) cannot exceed total (4)');
        expect(() => passRateInterval(-1, 4)).toThrow(RangeError);
        expect(() => passRateInterval(1.5, 4)).toThrow('whole number');
    });
});
