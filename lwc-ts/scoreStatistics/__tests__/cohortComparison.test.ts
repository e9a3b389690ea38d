import {
    chiSquareTestOfHomogeneity,
    compareBehaviorPassRates,
    compareCohortScores,
    fisherExactGreater,
    locateBehaviorGap,
    tallyItemOutcomes,
    type BehaviorResult
} from 'c/scoreStatistics';

describe('compareCohortScores (one-way ANOVA)', () => {
    it('reproduces the NIST one-way ANOVA example', () => {
        // NIST/SEMATECH e-Handbook §7.4.3.3–7.4.3.4: three levels of five observations;
        // SS treatments 27.897 (2 df), SS error 17.452 (12 df), F = 9.59.
        const levels = [
            [6.9, 5.4, 5.8, 4.6, 4.0],
            [8.3, 6.8, 7.8, 9.2, 6.5],
            [8.0, 10.5, 8.1, 6.9, 9.3]
        ];
        const result = compareCohortScores(
            levels.flatMap((scores, i) => scores.map((score) => ({ cohort: `level ${i + 1}`, score })))
        );
        expect(result.sumOfSquaresBetween).toBeCloseTo(27.897, 3);
        expect(result.sumOfSquaresWithin).toBeCloseTo(17.452, 3);
        expect(result.degreesOfFreedomBetween).toBe(2);
        expect(result.degreesOfFreedomWithin).toBe(12);
        expect(result.meanSquareBetween).toBeCloseTo(13.949, 3);
        expect(result.meanSquareWithin).toBeCloseTo(1.454, 3);
        expect(result.fStatistic).toBeCloseTo(9.59, 2);
        // F = 9.59 exceeds F(0.99; 2, 12) = 6.927 (NIST §1.3.6.7.3), so p < 0.01.
        expect(result.pValue).toBeLessThan(0.01);
        expect(result.pValue).toBeGreaterThan(0.001);
        expect(result.etaSquared).toBeCloseTo(27.897 / (27.897 + 17.452), 4);
        expect(result.verdict).toBe('systemic');
        expect(result.cohorts.map((cohort) => cohort.mean)).toEqual([
            expect.closeTo(5.34, 10),
            expect.closeTo(7.72, 10),
            expect.closeTo(8.56, 10)
        ]);
        expect(result.cohorts[0].interval.status).toBe('estimated');
    });

    it('calls small differences between teams noise', () => {
        const scores = [
            ...[80, 85, 78, 90, 83].map((score) => ({ cohort: 'North', score })),
            ...[82, 79, 88, 84, 81].map((score) => ({ cohort: 'South', score }))
        ];
        const result = compareCohortScores(scores);
        expect(result.verdict).toBe('noise');
        expect(result.pValue).toBeGreaterThan(0.5);
    });

    it('handles identical scores without dividing by zero', () => {
        const same = compareCohortScores([
            { cohort: 'a', score: 80 },
            { cohort: 'a', score: 80 },
            { cohort: 'b', score: 80 }
        ]);
        expect(same).toMatchObject({ fStatistic: 0, pValue: 1, etaSquared: 0, verdict: 'noise' });
        const uniformWithin = compareCohortScores([
            { cohort: 'a', score: 80 },
            { cohort: 'a', score: 80 },
            { cohort: 'b', score: 70 }
        ]);
        expect(uniformWithin).toMatchObject({ fStatistic: Infinity, pValue: 0, etaSquared: 1, verdict: 'systemic' });
        expect(uniformWithin.cohorts[1].interval.status).toBe('notEnoughAssessments');
    });

    it('needs two cohorts and some spread to measure', () => {
        expect(() =>
            compareCohortScores([
                { cohort: 'a', score: 1 },
                { cohort: 'a', score: 2 }
            ])
        ).toThrow('at least two cohorts, got 1');
        expect(() =>
            compareCohortScores([
                { cohort: 'a', score: 1 },
                { cohort: 'b', score: 2 }
            ])
        ).toThrow('more scores than cohorts');
        expect(() => compareCohortScores([{ cohort: 'a', score: -1 }])).toThrow('scores[0].score');
        expect(() => compareCohortScores([{ cohort: 3 as any, score: 1 }])).toThrow(TypeError);
    });
});

describe('chi-square test of homogeneity', () => {
    it('reproduces Agresti’s party identification by gender table', () => {
        // Agresti, Categorical Data Analysis, 2nd ed. (2002), §3.2 (GSS 2000): X² = 30.07, df = 2, P < 0.001.
        const test = chiSquareTestOfHomogeneity([
            [762, 327, 468],
            [484, 239, 477]
        ]);
        expect(test.chiSquare).toBeCloseTo(30.07, 2);
        expect(test.degreesOfFreedom).toBe(2);
        expect(test.pValue).toBeCloseTo(Math.exp(-30.070149 / 2), 9); // with 2 df the tail is e^(−x/2)
        expect(test.expectedCounts[0][0]).toBeCloseTo(703.7, 1);
    });

    it('compares item pass rates across cohorts', () => {
        const result = compareBehaviorPassRates([
            { cohort: 'Chat', passed: 90, failed: 10 },
            { cohort: 'Phone', passed: 70, failed: 30 },
            { cohort: 'Email', passed: 85, failed: 15 }
        ]);
        expect(result.verdict).toBe('systemic');
        expect(result.degreesOfFreedom).toBe(2);
        expect(result.cohorts[1].passRate).toBeCloseTo(0.7, 12);
        expect(result.approximate).toBe(false);
        // Independent check on the same table, transposed: X² does not depend on orientation.
        const transposed = chiSquareTestOfHomogeneity([
            [90, 70, 85],
            [10, 30, 15]
        ]);
        expect(result.chiSquare).toBeCloseTo(transposed.chiSquare, 12);
    });

    it('says nothing differs when every cohort passed everything', () => {
        const result = compareBehaviorPassRates([
            { cohort: 'A', passed: 5, failed: 0 },
            { cohort: 'B', passed: 9, failed: 0 }
        ]);
        expect(result).toMatchObject({ chiSquare: 0, pValue: 1, verdict: 'noise' });
    });

    it('tallies item outcomes and flags small expected counts', () => {
        const counts = tallyItemOutcomes([
            { cohort: 'B', passed: true },
            { cohort: 'A', passed: false },
            { cohort: 'A', passed: true },
            { cohort: 'B', passed: true }
        ]);
        expect(counts).toEqual([
            { cohort: 'A', passed: 1, failed: 1 },
            { cohort: 'B', passed: 2, failed: 0 }
        ]);
        expect(compareBehaviorPassRates(counts).approximate).toBe(true);
        expect(() => tallyItemOutcomes([{ cohort: 'A', passed: 'yes' as any }])).toThrow(TypeError);
    });

    it('validates counts', () => {
        expect(() => compareBehaviorPassRates([{ cohort: 'A', passed: 1, failed: 1 }])).toThrow('at least two cohorts');
        expect(() =>
            compareBehaviorPassRates([
                { cohort: 'A', passed: 0, failed: 0 },
                { cohort: 'B', passed: 1, failed: 0 }
            ])
        ).toThrow('Cohort "A" has no answered items');
        expect(() => chiSquareTestOfHomogeneity([[1, 2], [3]])).toThrow('row 1 has 1');
        expect(() => chiSquareTestOfHomogeneity([[1, -2]])).toThrow(RangeError);
    });
});

describe('fisherExactGreater', () => {
    it("reproduces Fisher's tea-tasting test", () => {
        // Agresti, Categorical Data Analysis, 2nd ed. (2002), §3.5.2: table (3, 1 / 1, 3), one-sided P = 0.243.
        const p = fisherExactGreater({ firstFailed: 3, firstPassed: 1, secondFailed: 1, secondPassed: 3 });
        expect(p).toBeCloseTo(17 / 70, 12);
        expect(p).toBeCloseTo(0.243, 3);
    });

    it('is 1 when the first group fails least', () => {
        expect(fisherExactGreater({ firstFailed: 0, firstPassed: 5, secondFailed: 3, secondPassed: 2 })).toBeCloseTo(
            1,
            12
        );
    });
});

describe('locateBehaviorGap', () => {
    function results(teamId: string, agentId: string, failed: number, passed: number): BehaviorResult[] {
        return [
            ...Array.from({ length: failed }, () => ({ agentId, teamId, passed: false })),
            ...Array.from({ length: passed }, () => ({ agentId, teamId, passed: true }))
        ];
    }
    const otherTeams = [
        ...results('West', 'w1', 2, 38),
        ...results('West', 'w2', 1, 39),
        ...results('East', 'e1', 2, 38)
    ];

    it('pins a gap on one agent when the rest of the team is like everyone else', () => {
        const gap = locateBehaviorGap(
            [
                ...otherTeams,
                ...results('North', 'n1', 14, 6),
                ...results('North', 'n2', 1, 19),
                ...results('North', 'n3', 1, 19)
            ],
            'North'
        );
        expect(gap.verdict).toBe('oneAgent');
        expect(gap.worstAgent).toMatchObject({ agentId: 'n1', failed: 14, total: 20 });
        expect(gap.worstAgent!.shareOfTeamFailures).toBeCloseTo(14 / 16, 12);
        expect(gap.teamPValue).toBeLessThan(0.05);
        expect(gap.restOfTeam!.pValue).toBeGreaterThanOrEqual(0.05);
        expect(gap.explanation).toMatch(/n1 accounts for 88 %/);
    });

    it('calls the gap systemic when the team still fails more without its worst agent', () => {
        const gap = locateBehaviorGap(
            [
                ...otherTeams,
                ...results('North', 'n1', 9, 11),
                ...results('North', 'n2', 8, 12),
                ...results('North', 'n3', 7, 13)
            ],
            'North'
        );
        expect(gap.verdict).toBe('systemic');
        expect(gap.restOfTeam).toMatchObject({ failed: 15, total: 40 });
    });

    it('finds no gap when the team is within noise of the others', () => {
        const gap = locateBehaviorGap([...otherTeams, ...results('North', 'n1', 2, 38)], 'North');
        expect(gap.verdict).toBe('noGap');
    });

    it('needs the team and at least one other team', () => {
        expect(() => locateBehaviorGap(otherTeams, 'North')).toThrow('Team "North" has no results');
        expect(() => locateBehaviorGap(results('North', 'n1', 1, 1), 'North')).toThrow('no results from any');
        expect(() => locateBehaviorGap(otherTeams, '')).toThrow('teamId must not be empty');
    });
});
