import { createRandom, shuffleInPlace } from 'c/seededRandom';
import {
    sampleInteractions,
    type CandidateInteraction,
    type SamplingPlan,
    type SamplingResult
} from 'c/interactionSampling';

const DAY = 86400000;
const START = Date.UTC(2026, 2, 1); // 1 March 2026, 30-day period
const END = START + 30 * DAY;

const interaction = (
    id: string,
    agentId: string,
    day: number,
    overrides: Partial<CandidateInteraction> = {}
): CandidateInteraction => ({
    id,
    agentId,
    channel: 'phone',
    startedAt: START + day * DAY,
    ...overrides
});

const plan = (overrides: Partial<SamplingPlan> = {}): SamplingPlan => ({
    quota: { perAgent: 3 },
    period: { start: START, end: END },
    seed: 'plan-7/2026-03',
    ...overrides
});

/** `count` interactions for an agent, spread one per day from `firstDay`. */
const series = (agentId: string, count: number, firstDay = 0, overrides: Partial<CandidateInteraction> = {}) =>
    Array.from({ length: count }, (_, i) =>
        interaction(`${agentId}-${String(i).padStart(3, '0')}`, agentId, firstDay + (i * 29) / count, overrides)
    );

const pickedIds = (result: SamplingResult) => result.picks.map((pick) => pick.interactionId);

describe('sampleInteractions: quotas, exclusions and counts', () => {
    it('picks N per agent within the period and counts what it saw', () => {
        const candidates = [
            ...series('agentA', 20),
            ...series('agentB', 2),
            interaction('early', 'agentA', -1),
            interaction('atEnd', 'agentB', 30) // the end is exclusive
        ];
        const result = sampleInteractions(candidates, plan());
        expect(result.counts).toMatchObject({
            candidates: 24,
            outsidePeriod: 2,
            alreadyAssessed: 0,
            eligible: 22,
            picked: 5,
            strata: []
        });
        expect(result.counts.agents).toEqual([
            { agentId: 'agentA', eligible: 20, alreadyAssessed: 0, quota: 3, picked: 3, aiFlaggedPicked: 0 },
            { agentId: 'agentB', eligible: 2, alreadyAssessed: 0, quota: 2, picked: 2, aiFlaggedPicked: 0 }
        ]);
        expect(result.picks.filter((pick) => pick.agentId === 'agentA')).toHaveLength(3);
        expect(pickedIds(result)).not.toContain('early');
        expect(result.period).toEqual({ start: START, end: END });
        expect(result.seed).toBe('plan-7/2026-03');
    });

    it('never re-picks what the plan already assessed', () => {
        const candidates = series('agentA', 6);
        const assessed = ['agentA-000', 'agentA-001', 'agentA-002', 'agentA-003'];
        for (let seed = 0; seed < 200; seed += 1) {
            const result = sampleInteractions(candidates, plan({ seed, alreadyAssessed: new Set(assessed) }));
            expect(result.counts.alreadyAssessed).toBe(4);
            expect(result.counts.eligible).toBe(2);
            expect(pickedIds(result).sort()).toEqual(['agentA-004', 'agentA-005']);
        }
        const asArray = sampleInteractions(candidates, plan({ alreadyAssessed: assessed }));
        expect(asArray.counts.agents[0]).toMatchObject({ alreadyAssessed: 4, quota: 2, picked: 2 });
    });

    it('takes a percentage of each agent, rounded up, without binary noise', () => {
        const candidates = [...series('agentA', 25), ...series('agentB', 1000), ...series('agentC', 1)];
        const result = sampleInteractions(candidates, plan({ quota: { percent: 10 } }));
        expect(result.counts.agents.map((agent) => agent.quota)).toEqual([3, 100, 1]);
        // 1.1 % of 1000 is 11 (1.1 × 1000 is 1100.0000000000002 in binary)
        const odd = sampleInteractions(series('agentB', 1000), plan({ quota: { percent: 1.1 } }));
        expect(odd.counts.picked).toBe(11);
    });

    it('picks nothing for an agent whose every interaction was assessed', () => {
        const result = sampleInteractions(series('agentA', 2), plan({ alreadyAssessed: ['agentA-000', 'agentA-001'] }));
        expect(result.picks).toEqual([]);
        expect(result.counts.agents).toEqual([
            { agentId: 'agentA', eligible: 0, alreadyAssessed: 2, quota: 0, picked: 0, aiFlaggedPicked: 0 }
        ]);
    });

    it('reads ISO 8601 start times as well as epoch milliseconds', () => {
        const iso = series('agentA', 12).map((candidate) => ({
            ...candidate,
            startedAt: new Date(candidate.startedAt as number).toISOString().replace('Z', '+0000')
        }));
        const isoPlan = plan({ period: { start: '2026-03-01T00:00:00Z', end: '2026-03-31T00:00:00.000+0000' } });
        expect(sampleInteractions(iso, isoPlan)).toEqual(sampleInteractions(series('agentA', 12), plan()));
    });
});

describe('sampleInteractions: reproducible from the seed', () => {
    const candidates = [
        ...series('agentA', 40, 0, { channel: 'chat' }),
        ...series('agentA', 25, 0.5, { channel: 'email' }).map((c) => ({ ...c, id: `${c.id}e` })),
        ...series('agentB', 30, 0.2, { aiFlagged: true, aiFlagReason: 'negative sentiment' }).slice(0, 4),
        ...series('agentB', 30, 0.3).map((c) => ({ ...c, id: `${c.id}b` }))
    ];
    const stratified = plan({ quota: { perAgent: 5 }, stratifyBy: 'channel', prioritizeAiFlagged: true });

    it('gives the same picks for the same seed and candidates', () => {
        expect(sampleInteractions(candidates, stratified)).toEqual(sampleInteractions(candidates, stratified));
    });

    it('gives the same picks whatever order the candidates come in', () => {
        const expected = sampleInteractions(candidates, stratified);
        const random = createRandom('input order');
        for (let trial = 0; trial < 20; trial += 1) {
            expect(sampleInteractions(shuffleInPlace([...candidates], random), stratified)).toEqual(expected);
        }
    });

    it('gives other picks for another seed', () => {
        const a = pickedIds(sampleInteractions(candidates, { ...stratified, seed: 1 }));
        const b = pickedIds(sampleInteractions(candidates, { ...stratified, seed: 2 }));
        expect(a).not.toEqual(b);
    });

    it("does not change an agent's picks when another agent's interactions change", () => {
        const alone = sampleInteractions(series('agentA', 50), plan()).picks;
        const crowded = sampleInteractions(
            [...series('agentA', 50), ...series('agentZ', 70), ...series('agent0', 9)],
            plan()
        );
        expect(crowded.picks.filter((pick) => pick.agentId === 'agentA')).toEqual(alone);
    });
});

describe('sampleInteractions: spread over the period', () => {
    it('draws one pick from each equal time slot and says which', () => {
        for (let seed = 0; seed < 100; seed += 1) {
            const result = sampleInteractions(series('agentA', 30), plan({ seed }));
            const slots = result.picks.map((pick) => {
                const day = ((Number(pick.interactionId.slice(-3)) * 29) / 30) as number;
                return Math.floor(day / 10) + 1; // slots of 10 days
            });
            expect(slots).toEqual([1, 2, 3]);
            expect(result.picks.map((pick) => pick.reason)).toEqual([
                'random, slot 1 of 3',
                'random, slot 2 of 3',
                'random, slot 3 of 3'
            ]);
            expect(result.picks.every((pick) => pick.basis === 'timeSlot' && pick.slotCount === 3)).toBe(true);
        }
    });

    it('falls back to the whole period for a slot with no interactions', () => {
        // Everything happens in the first 10 days: slots 2 and 3 are empty.
        const result = sampleInteractions(
            Array.from({ length: 8 }, (_, i) => interaction(`x${i}`, 'agentA', i)),
            plan()
        );
        expect(result.picks.map((pick) => [pick.basis, pick.slot, pick.reason])).toEqual([
            ['timeSlot', 1, 'random, slot 1 of 3'],
            ['wholePeriod', 2, 'random, whole period (slot 2 of 3 had no interactions)'],
            ['wholePeriod', 3, 'random, whole period (slot 3 of 3 had no interactions)']
        ]);
        expect(new Set(pickedIds(result)).size).toBe(3);
    });
});

describe('sampleInteractions: strata and AI flags', () => {
    const channels = (chat: number, phone: number, email: number) => [
        ...series('agentA', chat, 0, { channel: 'chat' }).map((c) => ({ ...c, id: `c${c.id}` })),
        ...series('agentA', phone, 0, { channel: 'phone' }).map((c) => ({ ...c, id: `p${c.id}` })),
        ...series('agentA', email, 0, { channel: 'email' }).map((c) => ({ ...c, id: `e${c.id}` }))
    ];

    it('shares the quota among strata by largest remainder', () => {
        // 60 / 25 / 15 of 100 with 4 picks: exact 2.4, 1.0, 0.6 → 2, 1, then the last to email (.6).
        const result = sampleInteractions(
            channels(60, 25, 15),
            plan({ quota: { perAgent: 4 }, stratifyBy: 'channel' })
        );
        expect(result.counts.strata).toEqual([
            { stratum: 'chat', eligible: 60, picked: 2 },
            { stratum: 'email', eligible: 15, picked: 1 },
            { stratum: 'phone', eligible: 25, picked: 1 }
        ]);
        expect(result.picks.map((pick) => pick.reason)).toEqual([
            'random, stratum chat, slot 1 of 2',
            'random, stratum chat, slot 2 of 2',
            'random, stratum email, slot 1 of 1',
            'random, stratum phone, slot 1 of 1'
        ]);
        result.picks.forEach((pick) => expect(pick.channel).toBe(pick.stratum));
    });

    it('stratifies by any named field, with a blank stratum for missing values', () => {
        const candidates = series('agentA', 12).map((c, i) => ({
            ...c,
            fields: i < 6 ? { queue: 'Billing' } : i < 9 ? { queue: 'Claims' } : {}
        }));
        const result = sampleInteractions(candidates, plan({ quota: { perAgent: 4 }, stratifyBy: 'queue' }));
        expect(result.counts.strata).toEqual([
            { stratum: '(blank)', eligible: 3, picked: 1 },
            { stratum: 'Billing', eligible: 6, picked: 2 },
            { stratum: 'Claims', eligible: 3, picked: 1 }
        ]);
    });

    it('puts AI-flagged interactions first, with the flag reason, then fills the quota at random', () => {
        const candidates = [
            ...series('agentA', 20),
            interaction('flag1', 'agentA', 3, { aiFlagged: true, aiFlagReason: 'negative sentiment' }),
            interaction('flag2', 'agentA', 4, { aiFlagged: true, aiFlagReason: '  ' })
        ];
        const result = sampleInteractions(candidates, plan({ prioritizeAiFlagged: true }));
        expect(result.picks.slice(0, 2).map((pick) => [pick.interactionId, pick.basis, pick.reason])).toEqual([
            ['flag1', 'aiFlagged', 'AI-flagged: negative sentiment'],
            ['flag2', 'aiFlagged', 'AI-flagged']
        ]);
        expect(result.picks[2].reason).toBe('random, slot 1 of 1');
        expect(result.counts.aiFlaggedPicked).toBe(2);
        expect(result.counts.agents[0].aiFlaggedPicked).toBe(2);
    });

    it('draws among the flagged when there are more than the quota', () => {
        const flagged = series('agentA', 10, 0, { aiFlagged: true, aiFlagReason: 'escalation language' });
        const result = sampleInteractions([...flagged, ...series('agentB', 5)], plan({ prioritizeAiFlagged: true }));
        const mine = result.picks.filter((pick) => pick.agentId === 'agentA');
        expect(mine).toHaveLength(3);
        expect(mine.every((pick) => pick.reason === 'AI-flagged: escalation language')).toBe(true);
    });

    it('treats flagged interactions as ordinary ones when the plan does not put them first', () => {
        const result = sampleInteractions(series('agentA', 30, 0, { aiFlagged: true }), plan());
        expect(result.picks.every((pick) => pick.basis === 'timeSlot' && pick.aiFlagged)).toBe(true);
    });
});

describe('sampleInteractions: input checks', () => {
    it.each([
        [{ quota: { perAgent: 0 } }, 'perAgent must be a whole number of at least 1, got 0'],
        [{ quota: { perAgent: 2, percent: 5 } }, 'either perAgent or percent'],
        [{ quota: { percent: 0 } }, 'percent must be above 0 and at most 100, got 0'],
        [{ quota: undefined }, 'needs a quota'],
        [{ period: { start: END, end: START } }, 'must end after it starts'],
        [{ period: { start: '2026-03-01', end: END } }, 'The period start must be an ISO 8601 datetime'],
        [{ stratifyBy: '' }, 'stratifyBy must name a field'],
        [{ prioritizeAiFlagged: 'yes' }, 'prioritizeAiFlagged must be true or false'],
        [{ seed: '' }, 'needs a recorded seed'],
        [{ alreadyAssessed: 'agentA-001' }, 'must be a Set or an array'],
        [{ alreadyAssessed: [42] }, 'holds 42, which is not an interaction id']
    ])('refuses the plan %p', (overrides, message) => {
        expect(() => sampleInteractions(series('agentA', 3), plan(overrides as Partial<SamplingPlan>))).toThrow(
            message
        );
    });

    it('refuses bad candidates, naming which', () => {
        const good = series('agentA', 3);
        expect(() => sampleInteractions([...good, good[1]], plan())).toThrow(
            'Interaction agentA-001 is a candidate twice (candidates[1] and candidates[3]).'
        );
        expect(() => sampleInteractions([good[0], { ...good[1], agentId: '' }], plan())).toThrow(
            'candidates[1] (agentA-001) needs an agentId'
        );
        expect(() => sampleInteractions([{ ...good[0], startedAt: 'yesterday' }], plan())).toThrow(
            'candidates[0] (agentA-000).startedAt must be an ISO 8601 datetime'
        );
        expect(() => sampleInteractions([{ ...good[0], id: 7 as any }], plan())).toThrow('candidates[0].id');
        expect(() => sampleInteractions([{ ...good[0], channel: undefined as any }], plan())).toThrow(
            'needs a channel'
        );
        expect(() => sampleInteractions([{ ...good[0], aiFlagged: 1 as any }], plan())).toThrow('aiFlagged must be');
        expect(() =>
            sampleInteractions([{ ...good[0], fields: { queue: 5 as any } }], plan({ stratifyBy: 'queue' }))
        ).toThrow('candidates[0].fields.queue must be text');
        expect(() => sampleInteractions(null as any, plan())).toThrow('Candidates must be an array');
    });
});

/**
 * Unbiasedness. Within a slot (or a stratum's share, or the flagged set) every eligible interaction
 * must be equally likely. Each test repeats the sampling over many seeds, counts how often each
 * interaction was picked, and compares the counts with their expectation by Pearson's chi-square,
 * Σ (observed − expected)² / expected. Degrees of freedom = cells − groups whose totals are fixed
 * by the design. Critical values are the 0.999 quantiles of the chi-square distribution from the
 * NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.4, "Critical Values of the
 * Chi-Square Distribution" (upper tail): df 7 → 24.322, df 15 → 37.697, df 27 → 55.476.
 */
describe('sampleInteractions: every eligible interaction equally likely (chi-square over seeds)', () => {
    const SEEDS = 3000;

    function pickCounts(candidates: CandidateInteraction[], samplingPlan: Omit<SamplingPlan, 'seed'>) {
        const counts = new Map<string, number>(candidates.map((candidate) => [candidate.id, 0]));
        for (let seed = 0; seed < SEEDS; seed += 1) {
            for (const pick of sampleInteractions(candidates, { ...samplingPlan, seed: `chi/${seed}` }).picks) {
                counts.set(pick.interactionId, (counts.get(pick.interactionId) as number) + 1);
            }
        }
        return counts;
    }

    const chiSquare = (cells: { observed: number; expected: number }[]) =>
        cells.reduce((sum, { observed, expected }) => sum + (observed - expected) ** 2 / expected, 0);

    it('within uneven time slots (30 interactions, 3 slots of 6, 10 and 14): df 27', () => {
        // Days chosen so the 10-day slots hold 6, 10 and 14 interactions.
        const days = [
            ...Array.from({ length: 6 }, (_, i) => 0.5 + i * 1.5),
            ...Array.from({ length: 10 }, (_, i) => 10.2 + i * 0.9),
            ...Array.from({ length: 14 }, (_, i) => 20.1 + i * 0.7)
        ];
        const candidates = days.map((day, i) => interaction(`i${String(i).padStart(2, '0')}`, 'agentA', day));
        const counts = pickCounts(candidates, plan());
        const slotSize = (i: number) => (i < 6 ? 6 : i < 16 ? 10 : 14);
        const cells = candidates.map((candidate, i) => ({
            observed: counts.get(candidate.id) as number,
            expected: SEEDS / slotSize(i)
        }));
        // Each slot gives exactly one pick per seed: the design fixes 3 totals.
        expect(cells.slice(0, 6).reduce((sum, cell) => sum + cell.observed, 0)).toBe(SEEDS);
        expect(cells.slice(16).reduce((sum, cell) => sum + cell.observed, 0)).toBe(SEEDS);
        expect(chiSquare(cells)).toBeLessThan(55.476);
    });

    it('within strata shared by largest remainder (12 chat in 2 slots, 6 phone in 1): df 15', () => {
        const chat = Array.from({ length: 12 }, (_, i) =>
            interaction(`chat${String(i).padStart(2, '0')}`, 'agentA', i < 6 ? 1 + i * 2 : 16 + (i - 6) * 2, {
                channel: 'chat'
            })
        );
        const phone = Array.from({ length: 6 }, (_, i) =>
            interaction(`phone${i}`, 'agentA', 2 + i * 4.1, { channel: 'phone' })
        );
        // 3 picks over 12 + 6: shares exactly 2 and 1. Chat's 2 slots of 15 days hold 6 each.
        const counts = pickCounts([...chat, ...phone], plan({ stratifyBy: 'channel' }));
        const cells = [...chat, ...phone].map((candidate) => ({
            observed: counts.get(candidate.id) as number,
            expected: SEEDS / 6
        }));
        expect(chiSquare(cells)).toBeLessThan(37.697);
    });

    it('among AI-flagged interactions when there are more than the quota (8 flagged, 3 picks): df 7', () => {
        const flagged = Array.from({ length: 8 }, (_, i) =>
            interaction(`f${i}`, 'agentA', i * 3.5, { aiFlagged: true, aiFlagReason: 'negative sentiment' })
        );
        const counts = pickCounts([...flagged, ...series('agentA', 10)], plan({ prioritizeAiFlagged: true }));
        const cells = flagged.map((candidate) => ({
            observed: counts.get(candidate.id) as number,
            expected: (SEEDS * 3) / 8
        }));
        // Sampling without replacement varies less than the multinomial, so this test is conservative.
        expect(chiSquare(cells)).toBeLessThan(24.322);
        expect(counts.get('agentA-000')).toBe(0); // the quota went to the flagged
    });

    it('would see one interaction favoured by 20 % (the test has power)', () => {
        // The same design as the flagged test, with one interaction picked 20 % more often than fair
        // (the others correspondingly less): the statistic must exceed the critical value.
        const fair = (SEEDS * 3) / 8;
        const biased = [fair * 1.2, ...Array.from({ length: 7 }, () => fair - (fair * 0.2) / 7)];
        expect(chiSquare(biased.map((observed) => ({ observed, expected: fair })))).toBeGreaterThan(24.322);
    });
});
