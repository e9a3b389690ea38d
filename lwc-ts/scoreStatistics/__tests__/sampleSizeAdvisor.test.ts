import { adviseSampleSize, meanScoreIntervalFromSummary } from 'c/scoreStatistics';

function tMargin(count: number, standardDeviation: number, confidence: number): number {
    const interval = meanScoreIntervalFromSummary({ count, mean: 50, standardDeviation }, confidence);
    if (interval.status !== 'estimated') {
        throw new Error('expected an estimate');
    }
    return interval.marginOfError;
}

describe('adviseSampleSize', () => {
    it('reproduces the textbook normal-approximation example', () => {
        // Triola, Elementary Statistics, §7-3: σ = 15, ±3 at 95 % → (1.96 · 15 / 3)² = 96.04 → 97.
        const advice = adviseSampleSize({
            marginOfError: 3,
            confidence: 0.95,
            standardDeviation: 15,
            method: 'normal'
        });
        expect(advice.normalApproximation).toBeCloseTo(96.04, 1);
        expect(advice.requiredCount).toBe(97);
        expect(advice.achievedMarginOfError).toBeLessThanOrEqual(3);
    });

    it('with the t correction gives the smallest count whose t interval reaches the margin', () => {
        for (const [margin, sd] of [
            [3, 15],
            [10, 10],
            [5, 12],
            [2, 4]
        ]) {
            const advice = adviseSampleSize({ marginOfError: margin, confidence: 0.95, standardDeviation: sd });
            const n = advice.requiredCount;
            expect(tMargin(n, sd, 0.95)).toBeLessThanOrEqual(margin);
            expect(tMargin(n - 1, sd, 0.95)).toBeGreaterThan(margin);
            expect(n).toBeGreaterThanOrEqual(
                adviseSampleSize({ marginOfError: margin, confidence: 0.95, standardDeviation: sd, method: 'normal' })
                    .requiredCount
            );
        }
        // s/E = 1 at 95 %: z gives 3.84 → 4, but t(0.975, 5)/√6 = 1.05 > 1 and t(0.975, 6)/√7 = 0.925 ≤ 1.
        expect(adviseSampleSize({ marginOfError: 10, confidence: 0.95, standardDeviation: 10 }).requiredCount).toBe(7);
    });

    it('applies the finite population correction when the agent had few interactions', () => {
        const advice = adviseSampleSize({
            marginOfError: 3,
            confidence: 0.95,
            standardDeviation: 15,
            method: 'normal',
            populationSize: 200
        });
        // n₀ / (1 + n₀/N) = 96.036 / 1.48018 = 64.88 → 65 (variance of a mean with the (1 − n/N) factor, Cochran 1977, Theorem 2.2).
        expect(advice.requiredCount).toBe(65);
        const small = adviseSampleSize({
            marginOfError: 1,
            confidence: 0.95,
            standardDeviation: 20,
            populationSize: 30
        });
        expect(small.requiredCount).toBeLessThanOrEqual(30);
        expect(small.coversWholePopulation).toBe(small.requiredCount === 30);
    });

    it('says how many more assessments are needed', () => {
        const advice = adviseSampleSize({ marginOfError: 5, confidence: 0.9, standardDeviation: 10, currentCount: 4 });
        expect(advice.additionalNeeded).toBe(Math.max(0, advice.requiredCount - 4));
        expect(
            adviseSampleSize({ marginOfError: 5, confidence: 0.9, standardDeviation: 10, currentCount: 500 })
                .additionalNeeded
        ).toBe(0);
    });

    it('never advises fewer than two assessments', () => {
        expect(adviseSampleSize({ marginOfError: 5, confidence: 0.95, standardDeviation: 0 }).requiredCount).toBe(2);
    });

    it('refuses impossible requests with a clear error', () => {
        const base = { marginOfError: 3, confidence: 0.95, standardDeviation: 15 };
        expect(() => adviseSampleSize({ ...base, marginOfError: 0 })).toThrow(
            'marginOfError must be greater than 0, got 0'
        );
        expect(() => adviseSampleSize({ ...base, marginOfError: -2 })).toThrow(RangeError);
        expect(() => adviseSampleSize({ ...base, standardDeviation: -1 })).toThrow(
            'standardDeviation must not be negative'
        );
        expect(() => adviseSampleSize({ ...base, confidence: 0 })).toThrow(
            'confidence must be strictly between 0 and 1'
        );
        expect(() => adviseSampleSize({ ...base, confidence: 95 })).toThrow(RangeError);
        expect(() => adviseSampleSize({ ...base, populationSize: 0 })).toThrow('populationSize');
        expect(() => adviseSampleSize({ ...base, method: 'bootstrap' as any })).toThrow('method must be');
        expect(() => adviseSampleSize({ ...base, populationSize: 10, currentCount: 11 })).toThrow('cannot exceed');
        expect(() => adviseSampleSize(null as any)).toThrow(TypeError);
    });
});
