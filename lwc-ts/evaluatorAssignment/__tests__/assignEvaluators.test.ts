import { createRandom, shuffleInPlace } from 'c/seededRandom';
import {
    assignEvaluators,
    type AssignmentPlan,
    type AssignmentResult,
    type Evaluator,
    type PickToAssign
} from 'c/evaluatorAssignment';

const DAY = '2026-03-02';

const evaluator = (id: string, overrides: Partial<Evaluator> = {}): Evaluator => ({ id, capacity: 100, ...overrides });

const picksFrom = (count: number, agentOf: (i: number) => string = (i) => `agent${i % 17}`): PickToAssign[] =>
    Array.from({ length: count }, (_, i) => ({
        interactionId: `int${String(i).padStart(4, '0')}`,
        agentId: agentOf(i)
    }));

const plan = (overrides: Partial<AssignmentPlan> = {}): AssignmentPlan => ({
    strategy: 'roundRobin',
    on: DAY,
    seed: 'run-2026-03-02',
    ...overrides
});

const assignedCounts = (result: AssignmentResult) =>
    Object.fromEntries(result.loads.map((load) => [load.evaluatorId, load.assigned]));

const spread = (result: AssignmentResult, ids?: string[]) => {
    const counts = result.loads.filter((load) => !ids || ids.includes(load.evaluatorId)).map((load) => load.assigned);
    return Math.max(...counts) - Math.min(...counts);
};

describe('assignEvaluators: round robin', () => {
    it('goes round the pool in a fixed cycle when nothing stands in the way', () => {
        const result = assignEvaluators(
            picksFrom(9),
            ['E1', 'E2', 'E3'].map((id) => evaluator(id)),
            plan()
        );
        const sequence = result.assignments.map((assignment) => assignment.evaluatorId);
        expect(new Set(sequence.slice(0, 3)).size).toBe(3);
        expect(sequence.slice(3, 6)).toEqual(sequence.slice(0, 3));
        expect(sequence.slice(6, 9)).toEqual(sequence.slice(0, 3));
        expect(assignedCounts(result)).toEqual({ E1: 3, E2: 3, E3: 3 });
        expect(result.unassigned).toEqual([]);
    });

    it('keeps every evaluator within ±1 of the others, whatever the seed', () => {
        const pool = Array.from({ length: 7 }, (_, i) => evaluator(`E${i}`));
        for (let seed = 0; seed < 100; seed += 1) {
            const result = assignEvaluators(picksFrom(100 + seed), pool, plan({ seed }));
            expect(spread(result)).toBeLessThanOrEqual(1);
            expect(result.assignments).toHaveLength(100 + seed);
        }
    });

    it('stays within ±1 when an agent or their supervisor is in the pool', () => {
        // agentA is also evaluator "agentA"; agentB's supervisor is evaluator S. 40 % of the picks
        // have a conflict; placing those first lets the rest even out around them.
        const pool = ['agentA', 'S', 'E1', 'E2', 'E3'].map((id) => evaluator(id));
        const rules = { supervisorOf: { agentB: 'S' }, excludeOwnSupervisor: true };
        for (let seed = 0; seed < 100; seed += 1) {
            const picks = shuffleInPlace(
                picksFrom(50, (i) => (i % 5 === 0 ? 'agentA' : i % 5 === 1 ? 'agentB' : `agent${i}`)),
                createRandom(seed)
            );
            const result = assignEvaluators(picks, pool, plan({ seed, ...rules }));
            expect(spread(result)).toBeLessThanOrEqual(1);
            const broken = result.assignments.filter(
                ({ agentId, evaluatorId }) => evaluatorId === agentId || (agentId === 'agentB' && evaluatorId === 'S')
            );
            expect(broken).toEqual([]);
            expect(result.assignments).toHaveLength(50);
        }
    });

    it('evens out when the constrained picks come last (2 evaluators, the last 2 picks only fit one)', () => {
        // In pick order a greedy cycle gives A, B, then B, B (3 to 1). Constrained picks first: 2 and 2.
        const picks = [
            { interactionId: 'p1', agentId: 'agentX' },
            { interactionId: 'p2', agentId: 'agentY' },
            { interactionId: 'p3', agentId: 'A' },
            { interactionId: 'p4', agentId: 'A' }
        ];
        for (let seed = 0; seed < 20; seed += 1) {
            const result = assignEvaluators(picks, [evaluator('A'), evaluator('B')], plan({ seed }));
            expect(assignedCounts(result)).toEqual({ A: 2, B: 2 });
            expect(result.assignments.map((assignment) => assignment.interactionId)).toEqual(['p1', 'p2', 'p3', 'p4']);
        }
    });

    it('respects capacity and evens out the rest', () => {
        // E1 has room for 2, E3 for 5 (10 − 5 open), E2 for 10: 12 picks → 2, 5, 5.
        const pool = [
            evaluator('E1', { capacity: 2 }),
            evaluator('E2', { capacity: 10 }),
            evaluator('E3', { capacity: 10, openAssessments: 5 })
        ];
        for (let seed = 0; seed < 50; seed += 1) {
            const result = assignEvaluators(picksFrom(12), pool, plan({ seed }));
            expect(assignedCounts(result)).toEqual({ E1: 2, E2: 5, E3: 5 });
            expect(result.loads.find((load) => load.evaluatorId === 'E3')?.openAssessments).toBe(10);
        }
    });

    it('returns what no one has room for as unassigned, with the reason', () => {
        const result = assignEvaluators(
            picksFrom(5),
            [evaluator('E1', { capacity: 1 }), evaluator('E2', { capacity: 2 })],
            plan()
        );
        expect(result.assignments).toHaveLength(3);
        expect(result.unassigned).toHaveLength(2);
        expect(result.unassigned[0]).toMatchObject({
            reasonCode: 'evaluatorsAtCapacity',
            reason: `Every evaluator who may assess agent ${result.unassigned[0].agentId} on ${DAY} is at capacity.`
        });
    });
});

describe('assignEvaluators: least loaded', () => {
    it('lets the least busy catch up before the busiest gets more', () => {
        const pool = [evaluator('E1', { openAssessments: 5 }), evaluator('E2'), evaluator('E3')];
        const seven = assignEvaluators(picksFrom(7), pool, plan({ strategy: 'leastLoaded' }));
        expect(seven.loads.find((load) => load.evaluatorId === 'E1')?.assigned).toBe(0);
        expect(spread(seven, ['E2', 'E3'])).toBeLessThanOrEqual(1);
        const thirteen = assignEvaluators(picksFrom(13), pool, plan({ strategy: 'leastLoaded' }));
        expect(thirteen.loads.map((load) => load.openAssessments)).toEqual([6, 6, 6]);
    });
});

describe('assignEvaluators: who may assess whom', () => {
    it('never gives an agent their own interactions', () => {
        const pool = ['agent1', 'agent2', 'E3'].map((id) => evaluator(id));
        const result = assignEvaluators(
            picksFrom(60, (i) => `agent${1 + (i % 3)}`),
            pool,
            plan()
        );
        result.assignments.forEach((assignment) => expect(assignment.evaluatorId).not.toBe(assignment.agentId));
        expect(result.unassigned).toEqual([]);
    });

    it("keeps an agent's supervisor away from their interactions only when the plan says so", () => {
        const pool = ['S1', 'S2'].map((id) => evaluator(id));
        const picks = picksFrom(10, () => 'agent1');
        const supervisorOf = new Map([['agent1', 'S1']]);
        const excluded = assignEvaluators(picks, pool, plan({ supervisorOf, excludeOwnSupervisor: true }));
        expect(assignedCounts(excluded)).toEqual({ S1: 0, S2: 10 });
        const allowed = assignEvaluators(picks, pool, plan({ supervisorOf }));
        expect(assignedCounts(allowed)).toEqual({ S1: 5, S2: 5 });
    });

    it('skips evaluators who are unavailable, or away on the day', () => {
        const pool = [
            evaluator('E1', { available: false }),
            evaluator('E2', { unavailableDates: ['2026-03-01', DAY] }),
            evaluator('E3', { unavailableDates: ['2026-03-03'] })
        ];
        const result = assignEvaluators(picksFrom(4), pool, plan());
        expect(assignedCounts(result)).toEqual({ E1: 0, E2: 0, E3: 4 });
        expect(result.loads.map((load) => load.availableOnDay)).toEqual([false, false, true]);
    });

    it('says why a pick could not be placed', () => {
        const nobody = assignEvaluators(picksFrom(1), [evaluator('E1', { available: false })], plan());
        expect(nobody.unassigned[0]).toMatchObject({
            reasonCode: 'noEvaluatorAvailable',
            reason: 'No evaluator is available on 2026-03-02.'
        });
        const conflicted = assignEvaluators(
            [{ interactionId: 'i1', agentId: 'A' }],
            [evaluator('A'), evaluator('S')],
            plan({ supervisorOf: { A: 'S' }, excludeOwnSupervisor: true })
        );
        expect(conflicted.unassigned[0]).toMatchObject({
            reasonCode: 'onlyConflictedEvaluators',
            reason: 'Every evaluator available on 2026-03-02 is agent A or their excluded supervisor.'
        });
        expect(assignEvaluators([], [], plan())).toMatchObject({ assignments: [], unassigned: [], loads: [] });
    });
});

describe('assignEvaluators: seeded', () => {
    const pool = ['E1', 'E2', 'E3', 'E4'].map((id) => evaluator(id));

    it('gives the same assignments for the same seed, whatever order the pool is listed in', () => {
        const expected = assignEvaluators(picksFrom(30), pool, plan());
        expect(assignEvaluators(picksFrom(30), [...pool].reverse(), plan())).toEqual(expected);
        expect(assignEvaluators(picksFrom(30), pool, plan())).toEqual(expected);
    });

    it('lets the seed choose who starts, each evaluator equally often (chi-square, df 3)', () => {
        const starts: Record<string, number> = { E1: 0, E2: 0, E3: 0, E4: 0 };
        for (let seed = 0; seed < 4000; seed += 1) {
            starts[assignEvaluators(picksFrom(1), pool, plan({ seed })).assignments[0].evaluatorId] += 1;
        }
        const chiSquare = Object.values(starts).reduce((sum, count) => sum + (count - 1000) ** 2 / 1000, 0);
        // 0.999 quantile of chi-square with 3 df: 16.266 (NIST/SEMATECH e-Handbook, 1.3.6.7.4).
        expect(chiSquare).toBeLessThan(16.266);
    });
});

describe('assignEvaluators: input checks', () => {
    it.each([
        [{ strategy: 'random' }, 'roundRobin or leastLoaded, got "random"'],
        [{ on: '2026-02-30' }, 'The assignment day (on) must be a calendar date written YYYY-MM-DD, got "2026-02-30"'],
        [{ on: '02/03/2026' }, 'YYYY-MM-DD'],
        [{ seed: '' }, 'needs a recorded seed'],
        [{ supervisorOf: { agent1: 42 } }, 'supervisorOf["agent1"] must be a supervisor\'s user id, got 42'],
        [{ supervisorOf: ['S1'] }, 'supervisorOf must map agent ids'],
        [{ excludeOwnSupervisor: true }, 'gives no supervisorOf map'],
        [{ excludeOwnSupervisor: 'yes' }, 'excludeOwnSupervisor must be true or false']
    ])('refuses the plan %p', (overrides, message) => {
        expect(() =>
            assignEvaluators(picksFrom(2), [evaluator('E1')], plan(overrides as Partial<AssignmentPlan>))
        ).toThrow(message);
    });

    it('refuses bad picks and evaluators, naming them', () => {
        const picks = picksFrom(3);
        expect(() => assignEvaluators([...picks, picks[0]], [evaluator('E1')], plan())).toThrow(
            'Interaction int0000 is to be assigned twice (again at picks[3]).'
        );
        expect(() => assignEvaluators([{ interactionId: 'x', agentId: '' }], [evaluator('E1')], plan())).toThrow(
            'picks[0] (x) needs an agentId'
        );
        expect(() => assignEvaluators(picks, [evaluator('E1'), evaluator('E1')], plan())).toThrow(
            'Evaluator E1 is in the pool twice.'
        );
        expect(() => assignEvaluators(picks, [evaluator('E1', { capacity: -1 })], plan())).toThrow(
            'Evaluator E1 needs a capacity that is a whole number of at least 0, got -1'
        );
        expect(() => assignEvaluators(picks, [evaluator('E1', { openAssessments: 1.5 })], plan())).toThrow(
            'openAssessments must be a whole number'
        );
        expect(() => assignEvaluators(picks, [evaluator('E1', { unavailableDates: ['March 2'] })], plan())).toThrow(
            'Evaluator E1: unavailableDates[0] must be a calendar date'
        );
        expect(() => assignEvaluators(picks, [evaluator('E1', { available: 'no' as any })], plan())).toThrow(TypeError);
        expect(() => assignEvaluators(picks, [{ capacity: 3 } as any], plan())).toThrow(
            'evaluators[0] needs a non-empty id'
        );
        expect(() => assignEvaluators('x' as any, [], plan())).toThrow('Picks to assign must be an array');
        expect(() => assignEvaluators(picks, null as any, plan())).toThrow('Evaluators must be an array');
        expect(() => assignEvaluators(picks, [], null as any)).toThrow(TypeError);
    });
});
