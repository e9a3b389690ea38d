/**
 * Assigns sampled interactions to evaluators.
 *
 * The pool is put in a seeded order (the evaluators by id, shuffled with the plan's seed): that
 * order decides who starts and breaks every tie. Each interaction goes to the eligible evaluator
 * (available on the day, under capacity, not the agent, not the agent's supervisor when excluded)
 * with the smallest key, the first at or after the turn pointer winning ties; the pointer then
 * moves past the chosen evaluator, as in a round robin.
 *   roundRobin:  key = assessments given in this run, so turns go evenly round the pool;
 *   leastLoaded: key = open assessments + those given in this run, so the least busy catch up first.
 * With no exclusions and room everywhere, roundRobin is the plain cycle. Choosing the smallest key
 * keeps the counts within ±1 among evaluators who stay eligible; the interactions with the fewest
 * eligible evaluators (their agent or supervisor is in the pool) are placed first so that the
 * others can even out around them. An interaction nobody may take is returned with the reason.
 */
import { createRandom, shuffleInPlace } from 'c/seededRandom';
import { checkCalendarDate } from './assignmentDates';
import { isAvailableOn, readConflictRules, readEvaluators, type ConflictRules, type Evaluator } from './evaluatorPool';

export type AssignmentStrategy = 'roundRobin' | 'leastLoaded';

export interface PickToAssign {
    readonly interactionId: string;
    readonly agentId: string;
}

export interface AssignmentPlan extends ConflictRules {
    readonly strategy: AssignmentStrategy;
    /** The day the work is assigned (YYYY-MM-DD), checked against unavailable dates. */
    readonly on: string;
    /** The recorded seed: the same seed, picks and pool give the same assignments. */
    readonly seed: string | number;
}

export interface Assignment {
    readonly interactionId: string;
    readonly agentId: string;
    readonly evaluatorId: string;
}

export type UnassignedReason = 'noEvaluatorAvailable' | 'onlyConflictedEvaluators' | 'evaluatorsAtCapacity';

export interface UnassignedPick {
    readonly interactionId: string;
    readonly agentId: string;
    readonly reasonCode: UnassignedReason;
    readonly reason: string;
}

export interface EvaluatorLoad {
    readonly evaluatorId: string;
    readonly availableOnDay: boolean;
    /** Given in this run. */
    readonly assigned: number;
    /** Open assessments after this run. */
    readonly openAssessments: number;
    readonly capacity: number;
}

export interface AssignmentResult {
    readonly seed: string;
    readonly strategy: AssignmentStrategy;
    /** In the order of the picks. */
    readonly assignments: readonly Assignment[];
    readonly unassigned: readonly UnassignedPick[];
    /** Every evaluator of the pool, by id. */
    readonly loads: readonly EvaluatorLoad[];
}

const STRATEGIES: readonly AssignmentStrategy[] = ['roundRobin', 'leastLoaded'];

interface Seat {
    readonly id: string;
    readonly capacity: number;
    readonly open: number;
    readonly available: boolean;
    assigned: number;
}

function readPicks(picks: readonly PickToAssign[]): void {
    if (!Array.isArray(picks)) {
        throw new TypeError('Picks to assign must be an array.');
    }
    const seen = new Set<string>();
    picks.forEach((pick, index) => {
        const where = `picks[${index}]`;
        if (pick === null || typeof pick !== 'object') {
            throw new TypeError(`${where} must be a pick object, got ${String(pick)}.`);
        }
        if (typeof pick.interactionId !== 'string' || pick.interactionId === '') {
            throw new TypeError(`${where} needs an interactionId, got ${String(pick.interactionId)}.`);
        }
        if (typeof pick.agentId !== 'string' || pick.agentId === '') {
            throw new TypeError(`${where} (${pick.interactionId}) needs an agentId, got ${String(pick.agentId)}.`);
        }
        if (seen.has(pick.interactionId)) {
            throw new RangeError(`Interaction ${pick.interactionId} is to be assigned twice (again at ${where}).`);
        }
        seen.add(pick.interactionId);
    });
}

/** Assigns the picks. Throws a TypeError/RangeError naming bad input. */
export function assignEvaluators(
    picks: readonly PickToAssign[],
    evaluators: readonly Evaluator[],
    plan: AssignmentPlan
): AssignmentResult {
    if (plan === null || typeof plan !== 'object') {
        throw new TypeError(`An assignment plan must be an object, got ${String(plan)}.`);
    }
    if (!STRATEGIES.includes(plan.strategy)) {
        throw new RangeError(`The strategy must be roundRobin or leastLoaded, got ${JSON.stringify(plan.strategy)}.`);
    }
    const day = checkCalendarDate(plan.on, 'The assignment day (on)');
    if ((typeof plan.seed !== 'string' && typeof plan.seed !== 'number') || String(plan.seed).trim() === '') {
        throw new TypeError(`An assignment plan needs a recorded seed (text or a number), got ${String(plan.seed)}.`);
    }
    const { supervisors, excludeOwnSupervisor } = readConflictRules(plan);
    readPicks(picks);
    const pool = readEvaluators(evaluators);

    const random = createRandom(plan.seed);
    const seats: Seat[] = shuffleInPlace(
        pool.map((evaluator) => ({
            id: evaluator.id,
            capacity: evaluator.capacity,
            open: evaluator.openAssessments,
            available: isAvailableOn(evaluator, day),
            assigned: 0
        })),
        random
    );
    const availableIds = new Set(seats.filter((seat) => seat.available).map((seat) => seat.id));
    const byLoad = plan.strategy === 'leastLoaded';

    // How many available evaluators each agent's interactions may not go to (0, 1 or 2).
    const conflictedCount = (agentId: string): number => {
        let count = availableIds.has(agentId) ? 1 : 0;
        const supervisor = supervisors.get(agentId);
        if (
            excludeOwnSupervisor &&
            supervisor !== undefined &&
            supervisor !== agentId &&
            availableIds.has(supervisor)
        ) {
            count += 1;
        }
        return count;
    };
    // Most constrained first, keeping pick order within each group (a three-bucket stable sort).
    const buckets: number[][] = [[], [], []];
    picks.forEach((pick, index) => buckets[2 - conflictedCount(pick.agentId)].push(index));
    const order = buckets.flat();

    const chosen: (Seat | null)[] = new Array<Seat | null>(picks.length).fill(null);
    let pointer = 0;
    for (const index of order) {
        const agentId = picks[index].agentId;
        const supervisor = excludeOwnSupervisor ? supervisors.get(agentId) : undefined;
        let best = -1;
        let bestKey = Infinity;
        for (let step = 0; step < seats.length; step += 1) {
            const at = (pointer + step) % seats.length;
            const seat = seats[at];
            if (!seat.available || seat.open + seat.assigned >= seat.capacity) {
                continue;
            }
            if (seat.id === agentId || seat.id === supervisor) {
                continue; // the same rule as conflictOf, with the supervisor looked up once per pick
            }
            const key = byLoad ? seat.open + seat.assigned : seat.assigned;
            if (key < bestKey) {
                best = at;
                bestKey = key;
            }
        }
        if (best >= 0) {
            seats[best].assigned += 1;
            chosen[index] = seats[best];
            pointer = (best + 1) % seats.length;
        }
    }

    const assignments: Assignment[] = [];
    const unassigned: UnassignedPick[] = [];
    picks.forEach((pick, index) => {
        const seat = chosen[index];
        if (seat !== null) {
            assignments.push({ interactionId: pick.interactionId, agentId: pick.agentId, evaluatorId: seat.id });
            return;
        }
        const { reasonCode, reason } = whyUnassigned(
            pick.agentId,
            availableIds.size,
            conflictedCount(pick.agentId),
            day
        );
        unassigned.push({ interactionId: pick.interactionId, agentId: pick.agentId, reasonCode, reason });
    });

    return {
        seed: String(plan.seed),
        strategy: plan.strategy,
        assignments,
        unassigned,
        loads: [...seats]
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .map((seat) => ({
                evaluatorId: seat.id,
                availableOnDay: seat.available,
                assigned: seat.assigned,
                openAssessments: seat.open + seat.assigned,
                capacity: seat.capacity
            }))
    };
}

function whyUnassigned(
    agentId: string,
    available: number,
    conflicted: number,
    day: string
): { reasonCode: UnassignedReason; reason: string } {
    if (available === 0) {
        return { reasonCode: 'noEvaluatorAvailable', reason: `No evaluator is available on ${day}.` };
    }
    if (available === conflicted) {
        return {
            reasonCode: 'onlyConflictedEvaluators',
            reason: `Every evaluator available on ${day} is agent ${agentId} or their excluded supervisor.`
        };
    }
    return {
        reasonCode: 'evaluatorsAtCapacity',
        reason: `Every evaluator who may assess agent ${agentId} on ${day} is at capacity.`
    };
}
