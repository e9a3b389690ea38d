import {
    decideBonusEligibility,
    decideQuarterlyAwards,
    findUpsellStars,
    simulateBonusThresholds,
    type AgentStanding
} from 'c/leaderboard';

function standing(agentId: string, qualityScore: number | null, extra: Partial<AgentStanding> = {}): AgentStanding {
    return { agentId, agentName: agentId.toUpperCase(), qualityScore, assessmentCount: 12, ...extra };
}

describe('findUpsellStars', () => {
    it('names the highest upsell total, ties sharing', () => {
        const result = findUpsellStars([
            standing('ann', 80, { upsellTotal: 1200.004 }),
            standing('bob', 80, { upsellTotal: 1200 }),
            standing('cy', 80, { upsellTotal: 900 }),
            standing('dee', 80)
        ]);
        expect(result.topUpsellTotal).toBe(1200);
        expect(result.winners.map((entry) => entry.agentId)).toEqual(['ann', 'bob']);
    });

    it('gives no star when nobody upsold', () => {
        expect(findUpsellStars([standing('ann', 80, { upsellTotal: 0 }), standing('bob', 70)])).toEqual({
            topUpsellTotal: null,
            winners: []
        });
        expect(() => findUpsellStars([standing('ann', 80, { upsellTotal: -5 })])).toThrow('upsellTotal must be from 0');
    });
});

describe('decideQuarterlyAwards', () => {
    const previous = [standing('ann', 80), standing('bob', 70), standing('cy', 90)];
    const current = [
        standing('ann', 91, { upsellTotal: 300 }),
        standing('bob', 82, { upsellTotal: 950 }),
        standing('cy', 91, { upsellTotal: 950 }),
        standing('dee', 99, { assessmentCount: 2, upsellTotal: 100 })
    ];

    it('gives quality champion, most improved and upsell star by rule, ties sharing', () => {
        const result = decideQuarterlyAwards({ quarter: '2026Q4', current, previous, minimumAssessments: 5 });
        expect(result.quarter).toBe('2026Q4');
        expect(result.start.toISOString()).toBe('2026-10-01T00:00:00.000Z');
        expect(result.end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
        const byName = Object.fromEntries(result.awards.map((award) => [award.award, award]));
        // Dee scored 99 on two assessments: below the minimum volume, so not champion.
        expect(byName.qualityChampion.value).toBe(91);
        expect(byName.qualityChampion.winners.map((entry) => entry.agentId)).toEqual(['ann', 'cy']);
        expect(byName.mostImproved.value).toBe(12);
        expect(byName.mostImproved.winners.map((entry) => entry.agentId)).toEqual(['bob']);
        expect(byName.upsellStar.value).toBe(950);
        expect(byName.upsellStar.winners.map((entry) => entry.agentId)).toEqual(['bob', 'cy']);
        expect(byName.mostImproved.label).toBe('Most improved');
    });

    it('gives no most-improved award when nobody improved', () => {
        const result = decideQuarterlyAwards({
            quarter: '2026Q4',
            current: [standing('ann', 70), standing('bob', 70)],
            previous: [standing('ann', 80), standing('bob', 75)],
            minimumAssessments: 5
        });
        const mostImproved = result.awards.find((award) => award.award === 'mostImproved')!;
        expect(mostImproved).toMatchObject({ value: null, winners: [] });
    });

    it('refuses a quarter key that names no quarter', () => {
        expect(() => decideQuarterlyAwards({ quarter: '2026Q5', current, previous, minimumAssessments: 5 })).toThrow(
            'names quarter 5'
        );
        expect(() => decideQuarterlyAwards(undefined as any)).toThrow(TypeError);
    });
});

describe('decideBonusEligibility', () => {
    const standings = [
        standing('ann', 70, { role: 'complaintHandler' }),
        standing('bob', 69.99, { role: 'complaintHandler' }),
        standing('cy', 95, { role: 'complaintHandler', assessmentCount: 2 }),
        standing('dee', null, { role: 'complaintHandler', assessmentCount: 0 }),
        standing('eve', 88, { role: 'sales' }),
        // An average of scores that is 70 up to rounding error still meets a 70 % rule.
        standing('fay', (70.1 + 69.9) / 2 - 1e-12, { role: 'complaintHandler' })
    ];

    it('applies "quarterly average ≥ 70 % for complaint handlers"', () => {
        const result = decideBonusEligibility(standings, {
            threshold: 70,
            roles: ['complaintHandler'],
            minimumAssessments: 6
        });
        expect(result.decisions.map((decision) => [decision.agentId, decision.eligible, decision.reason])).toEqual([
            ['ann', true, 'meetsThreshold'],
            ['bob', false, 'belowThreshold'],
            ['cy', false, 'tooFewAssessments'],
            ['dee', false, 'noScore'],
            ['fay', true, 'meetsThreshold']
        ]);
        expect(result.decisions[1].shortfall).toBeCloseTo(0.01, 10);
        expect(result.notCovered).toEqual([{ agentId: 'eve', agentName: 'EVE' }]);
        expect(result.eligibleCount).toBe(2);
    });

    it('applies to everyone when no roles are named', () => {
        expect(
            decideBonusEligibility(standings, { threshold: 80 })
                .decisions.filter((d) => d.eligible)
                .map((d) => d.agentId)
        ).toEqual(['cy', 'eve']);
    });

    it('simulates who would qualify at proposed thresholds', () => {
        const simulation = simulateBonusThresholds(standings, [60, 70, 75], { roles: ['complaintHandler'] });
        expect(simulation.map((row) => [row.threshold, row.eligibleCount, row.coveredCount])).toEqual([
            [60, 4, 5],
            [70, 3, 5],
            [75, 1, 5]
        ]);
        expect(simulation[2].eligibleAgentIds).toEqual(['cy']);
        expect(simulation[1].eligibleShare).toBeCloseTo(0.6, 12);
    });

    it('validates the rule', () => {
        expect(() => decideBonusEligibility(standings, { threshold: 170 })).toThrow(
            'rule.threshold must be from 0 to 100'
        );
        expect(() => decideBonusEligibility(standings, { threshold: 70, roles: 'complaintHandler' as any })).toThrow(
            TypeError
        );
        expect(() => decideBonusEligibility(standings, { threshold: 70, minimumAssessments: 0 })).toThrow(
            'rule.minimumAssessments'
        );
        expect(() => simulateBonusThresholds(standings, [70, -1])).toThrow('rule.threshold');
    });
});
