import { answerValue, measurementLevelFor, sessionAgreement } from '../calibrationReport';
import { chooseReevaluations, isDrawnForReevaluation, type CompletedAssessment } from '../reevaluation';
import { rankByScore, snapshotKey } from '../kpiSnapshots';
import type { QualityKpiRow } from 'c/qualityKpis';

const assessment = (id: string, evaluatorId: string, agentId = 'agent1'): CompletedAssessment => ({
    id,
    agentId,
    evaluatorId,
    caseId: 'case1',
    interactionId: null,
    scorecardId: 'card1',
    scorecardActive: true
});

describe('re-evaluation picks', () => {
    const completed = Array.from({ length: 2000 }, (_, index) => assessment(`a${index}`, `e${index % 3}`));

    it('draws close to the rate, the same picks for the same seed, other picks for another', () => {
        const picks = chooseReevaluations({
            completed,
            alreadyReevaluated: new Set(),
            evaluatorIds: ['e0', 'e1', 'e2'],
            rate: 0.1,
            seed: 's'
        });
        // Binomial(2000, 0.1): mean 200, sd ≈ 13.4; ±4 sd.
        expect(picks.length).toBeGreaterThan(146);
        expect(picks.length).toBeLessThan(254);
        const again = chooseReevaluations({
            completed: [...completed].reverse(),
            alreadyReevaluated: new Set(),
            evaluatorIds: ['e2', 'e1', 'e0'],
            rate: 0.1,
            seed: 's'
        });
        expect(again).toEqual(picks);
        const other = completed.filter((entry) => isDrawnForReevaluation(entry.id, 0.1, 't'));
        expect(other.map((entry) => entry.id)).not.toEqual(picks.map((pick) => pick.originalId));
    });

    it('never gives the original evaluator or the agent, balances load, skips the already re-evaluated', () => {
        const picks = chooseReevaluations({
            completed,
            alreadyReevaluated: new Set(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']),
            evaluatorIds: ['e0', 'e1', 'e2', 'agent1'],
            rate: 0.3,
            seed: 's'
        });
        const byId = new Map(completed.map((entry) => [entry.id, entry]));
        const load = new Map<string, number>();
        for (const pick of picks) {
            expect(pick.originalId).not.toMatch(/^a[0-5]$/);
            expect(pick.evaluatorId).not.toBe(byId.get(pick.originalId)?.evaluatorId);
            expect(pick.evaluatorId).not.toBe('agent1');
            expect(pick.key).toBe(`REEVAL:${pick.originalId}`);
            load.set(pick.evaluatorId as string, (load.get(pick.evaluatorId as string) ?? 0) + 1);
        }
        expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(1);
    });

    it('says why a pick has no second evaluator, and refuses a rate outside 0–1', () => {
        const [pick] = chooseReevaluations({
            completed: [assessment('x', 'e0')],
            alreadyReevaluated: new Set(),
            evaluatorIds: ['e0'],
            rate: 1,
            seed: 's'
        });
        expect(pick.evaluatorId).toBeNull();
        expect(pick.skippedReason).toMatch(/no evaluator other than/);
        expect(() =>
            chooseReevaluations({
                completed: [],
                alreadyReevaluated: new Set(),
                evaluatorIds: [],
                rate: 1.5,
                seed: 's'
            })
        ).toThrow('got 1.5');
    });
});

describe('calibration agreement', () => {
    it('reads answers on their scales and picks the level of measurement', () => {
        expect([
            answerValue('Yes'),
            answerValue('Partial'),
            answerValue('No'),
            answerValue('4'),
            answerValue('NA')
        ]).toEqual([1, 0.5, 0, 4, null]);
        expect(measurementLevelFor(['YesNo', 'YesNo'])).toBe('nominal');
        expect(measurementLevelFor(['OneToFive'])).toBe('ordinal');
        expect(measurementLevelFor(['YesNo', 'OneToFive'])).toBe('interval');
    });

    it('gives alpha 1 and ICC 1 when every participant agrees on varied items', () => {
        const scales = new Map([
            ['i1', 'OneToFive' as const],
            ['i2', 'OneToFive' as const],
            ['i3', 'OneToFive' as const]
        ]);
        const answers = { i1: '1', i2: '3', i3: '5' };
        const report = sessionAgreement(
            [
                { evaluatorId: 'c', score: 50, answers },
                { evaluatorId: 'e', score: 50, answers }
            ],
            scales
        );
        expect(report.level).toBe('ordinal');
        expect(report.alpha).toBeCloseTo(1, 12);
        expect(report.icc?.value).toBeCloseTo(1, 12);
    });

    it('leaves ICC out when a rating is missing', () => {
        const scales = new Map([
            ['i1', 'YesNo' as const],
            ['i2', 'YesNo' as const]
        ]);
        const report = sessionAgreement(
            [
                { evaluatorId: 'c', score: 50, answers: { i1: 'Yes', i2: 'No' } },
                { evaluatorId: 'e', score: 50, answers: { i1: 'Yes', i2: 'NA' } }
            ],
            scales
        );
        expect(report.icc).toBeNull();
    });
});

describe('snapshots', () => {
    it('keys a snapshot by scope, subject, period type and start', () => {
        expect(snapshotKey('Team', 'Billing', 'month', new Date('2026-11-01T00:00:00Z'))).toBe(
            'Team:Billing:Month:2026-11-01'
        );
    });

    it('ranks with ties sharing a rank (1224) and leaves unscored rows out', () => {
        const row = (groupId: string, score: number | null) =>
            ({ groupId, contactQualityScore: score }) as QualityKpiRow;
        const ranks = rankByScore([row('a', 80), row('b', 90), row('c', 90), row('d', null), row('e', 70)]);
        expect(Object.fromEntries(ranks)).toEqual({ b: 1, c: 1, a: 3, e: 4 });
    });
});
