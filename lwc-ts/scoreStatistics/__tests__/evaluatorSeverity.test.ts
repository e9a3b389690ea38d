import { estimateEvaluatorSeverity, type EvaluatorScore } from 'c/scoreStatistics';
import { createRandom } from 'c/seededRandom';

/**
 * Montgomery, Design and Analysis of Experiments, 5th ed. (2001), §4-4: the balanced incomplete
 * block design of four catalysts in four raw-material batches, three runs a batch. Read here as
 * four evaluators each scoring three of four calibration interactions.
 */
const MONTGOMERY: (number | null)[][] = [
    [73, 74, null, 71],
    [null, 75, 67, 72],
    [73, 75, 68, null],
    [75, null, 72, 75]
];

function montgomeryScores(): EvaluatorScore[] {
    return MONTGOMERY.flatMap((row, evaluator) =>
        row.flatMap((score, interaction) => {
            if (score === null) {
                return [];
            }
            return [{ evaluatorId: `evaluator${evaluator + 1}`, subjectId: `interaction${interaction + 1}`, score }];
        })
    );
}

/** Alternating least squares for the same model, the slow way, as an independent check. */
function alternatingLeastSquares(scores: readonly EvaluatorScore[]): Map<string, number> {
    const effects = new Map<string, number>();
    const subjectMeans = new Map<string, number>();
    scores.forEach((entry) => effects.set(entry.evaluatorId, 0));
    for (let round = 0; round < 5000; round += 1) {
        const subjectTotals = new Map<string, { total: number; count: number }>();
        for (const entry of scores) {
            const cell = subjectTotals.get(entry.subjectId) ?? { total: 0, count: 0 };
            cell.total += entry.score - (effects.get(entry.evaluatorId) as number);
            cell.count += 1;
            subjectTotals.set(entry.subjectId, cell);
        }
        subjectTotals.forEach((cell, subject) => subjectMeans.set(subject, cell.total / cell.count));
        const evaluatorTotals = new Map<string, { total: number; count: number }>();
        for (const entry of scores) {
            const cell = evaluatorTotals.get(entry.evaluatorId) ?? { total: 0, count: 0 };
            cell.total += entry.score - (subjectMeans.get(entry.subjectId) as number);
            cell.count += 1;
            evaluatorTotals.set(entry.evaluatorId, cell);
        }
        evaluatorTotals.forEach((cell, evaluator) => effects.set(evaluator, cell.total / cell.count));
        const centre = [...effects.values()].reduce((sum, value) => sum + value, 0) / effects.size;
        effects.forEach((value, evaluator) => effects.set(evaluator, value - centre));
    }
    return effects;
}

describe('estimateEvaluatorSeverity', () => {
    it("reproduces Montgomery's intra-block analysis of a balanced incomplete block design", () => {
        const report = estimateEvaluatorSeverity(montgomeryScores());
        const effects = report.evaluators.map((entry) => entry.effect);
        // τ̂ = kQ/(λa): −9/8, −7/8, −4/8, 20/8.
        expect(effects[0]).toBeCloseTo(-1.125, 10);
        expect(effects[1]).toBeCloseTo(-0.875, 10);
        expect(effects[2]).toBeCloseTo(-0.5, 10);
        expect(effects[3]).toBeCloseTo(2.5, 10);
        // ANOVA: treatments (adjusted) SS 22.75, error SS 3.25 on 5 df, F = 11.67.
        expect(report.sumOfSquaresEvaluatorsAdjusted).toBeCloseTo(22.75, 10);
        expect(report.sumOfSquaresError).toBeCloseTo(3.25, 10);
        expect(report.degreesOfFreedom).toBe(5);
        expect(report.fStatistic).toBeCloseTo(11.67, 2);
        expect(report.pValue).toBeLessThan(0.05);
        // Var(τ̂_i) = (a − 1)/a · kσ²/(λa) = 3/4 · 3 · 0.65 / 8 for a BIBD.
        expect(report.evaluators[0].standardError).toBeCloseTo(Math.sqrt((0.75 * 3 * 0.65) / 8), 10);
        expect(report.lenientEvaluatorIds).toEqual(['evaluator4']);
        expect(report.evaluators[3].verdict).toBe('lenient');
        expect(report.evaluators[3].lower as number).toBeGreaterThan(0);
    });

    it('agrees with alternating least squares on an unbalanced design', () => {
        const random = createRandom('severity-unbalanced');
        const scores: EvaluatorScore[] = [];
        const evaluators = ['ana', 'ben', 'chloe', 'dev', 'eli'];
        for (let interaction = 0; interaction < 30; interaction += 1) {
            const quality = 60 + random.nextFloat() * 30;
            for (const evaluator of evaluators) {
                if (random.nextFloat() < 0.55) {
                    scores.push({
                        evaluatorId: evaluator,
                        subjectId: `case-${interaction}`,
                        score: Math.min(100, quality + (random.nextFloat() - 0.5) * 8)
                    });
                }
            }
        }
        const report = estimateEvaluatorSeverity(scores);
        const check = alternatingLeastSquares(
            scores.filter((entry, _, all) => all.filter((other) => other.subjectId === entry.subjectId).length > 1)
        );
        for (const entry of report.evaluators) {
            expect(entry.effect as number).toBeCloseTo(check.get(entry.evaluatorId) as number, 6);
        }
    });

    it('finds a lenient and a severe evaluator planted in simulated calibration sessions', () => {
        const random = createRandom('severity-planted');
        const planted: Record<string, number> = { ana: 6, ben: 0, chloe: 0, dev: -6, eli: 0, fay: 0 };
        const scores: EvaluatorScore[] = [];
        for (let interaction = 0; interaction < 40; interaction += 1) {
            const quality = 55 + random.nextFloat() * 35;
            // Each session is scored by four of the six evaluators.
            const panel = Object.keys(planted)
                .map((id) => ({ id, key: random.nextFloat() }))
                .sort((a, b) => a.key - b.key)
                .slice(0, 4);
            for (const { id } of panel) {
                const noise = (random.nextFloat() + random.nextFloat() + random.nextFloat() - 1.5) * 4;
                scores.push({
                    evaluatorId: id,
                    subjectId: `session-${interaction}`,
                    score: quality + planted[id] + noise
                });
            }
        }
        const report = estimateEvaluatorSeverity(scores);
        expect(report.lenientEvaluatorIds).toEqual(['ana']);
        expect(report.severeEvaluatorIds).toEqual(['dev']);
        const ana = report.evaluators.find((entry) => entry.evaluatorId === 'ana')!;
        // Effects are relative to the average evaluator: 6 − (6 − 6)/6 = 6.
        expect(ana.effect as number).toBeGreaterThan(4);
        expect(ana.effect as number).toBeLessThan(8);
        expect(ana.reason).toMatch(/above the average evaluator/);
        expect(report.evaluators.reduce((sum, entry) => sum + (entry.effect as number), 0)).toBeCloseTo(0, 10);
    });

    it('calls evaluators consistent when they agree up to noise', () => {
        const scores: EvaluatorScore[] = [];
        const offsets = [0.4, -0.3, 0.1, -0.2];
        for (let interaction = 0; interaction < 4; interaction += 1) {
            ['a', 'b', 'c'].forEach((evaluatorId, index) => {
                scores.push({
                    evaluatorId,
                    subjectId: `i${interaction}`,
                    score: 80 + interaction + offsets[(interaction + index) % 4]
                });
            });
        }
        const report = estimateEvaluatorSeverity(scores);
        expect(report.evaluators.every((entry) => entry.verdict === 'consistent')).toBe(true);
        expect(report.lenientEvaluatorIds).toEqual([]);
    });

    it('leaves out work scored by one evaluator only and marks evaluators who share nothing as undetermined', () => {
        const scores: EvaluatorScore[] = [
            ...montgomeryScores(),
            { evaluatorId: 'evaluator1', subjectId: 'solo-case', score: 50 },
            { evaluatorId: 'newcomer', subjectId: 'newcomer-case', score: 90 }
        ];
        const report = estimateEvaluatorSeverity(scores);
        expect(report.subjectsSkipped).toBe(2);
        expect(report.evaluators.find((entry) => entry.evaluatorId === 'evaluator4')!.effect).toBeCloseTo(2.5, 10);
        const newcomer = report.evaluators.find((entry) => entry.evaluatorId === 'newcomer')!;
        expect(newcomer).toMatchObject({ effect: null, verdict: 'undetermined', rawMeanScore: 90 });
    });

    it('refuses to compare groups of evaluators that never scored the same work', () => {
        const scores: EvaluatorScore[] = [
            { evaluatorId: 'a', subjectId: 'x', score: 80 },
            { evaluatorId: 'b', subjectId: 'x', score: 82 },
            { evaluatorId: 'c', subjectId: 'y', score: 70 },
            { evaluatorId: 'd', subjectId: 'y', score: 75 }
        ];
        expect(() => estimateEvaluatorSeverity(scores)).toThrow(
            /2 groups that never scored the same work \(\{a, b\} and \{c, d\}\)/
        );
    });

    it('says undetermined when there is no residual to measure noise with', () => {
        const report = estimateEvaluatorSeverity([
            { evaluatorId: 'a', subjectId: 'x', score: 80 },
            { evaluatorId: 'b', subjectId: 'x', score: 84 }
        ]);
        expect(report.degreesOfFreedom).toBe(0);
        expect(report.evaluators.map((entry) => [entry.effect, entry.verdict])).toEqual([
            [-2, 'undetermined'],
            [2, 'undetermined']
        ]);
    });

    it('validates its input', () => {
        expect(() => estimateEvaluatorSeverity([{ evaluatorId: '', subjectId: 'x', score: 1 }])).toThrow(
            'scores[0].evaluatorId must not be empty'
        );
        expect(() => estimateEvaluatorSeverity([{ evaluatorId: 'a', subjectId: 'x', score: 101 }])).toThrow(RangeError);
        expect(() => estimateEvaluatorSeverity([{ evaluatorId: 'a', subjectId: 7 as any, score: 1 }])).toThrow(
            TypeError
        );
        expect(() => estimateEvaluatorSeverity([], { significanceLevel: 2 })).toThrow('significanceLevel');
    });
});
