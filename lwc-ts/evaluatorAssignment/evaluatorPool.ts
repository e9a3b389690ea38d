/**
 * The evaluator pool and the rules that decide who may assess an agent's interaction:
 * available on the day, room under their capacity, not the agent themself, and not the agent's
 * own supervisor when the plan excludes supervisors.
 */
import { checkCalendarDate } from './assignmentDates';

export interface Evaluator {
    readonly id: string;
    /** Most open assessments the evaluator may hold. */
    readonly capacity: number;
    /** Open assessments they already hold; 0 when absent. */
    readonly openAssessments?: number;
    /** False while the evaluator takes no work at all (leave, left the team); true when absent. */
    readonly available?: boolean;
    /** Days (YYYY-MM-DD) the evaluator is away. */
    readonly unavailableDates?: readonly string[];
}

/** Agent id → the agent's supervisor's user id. */
export type SupervisorMap = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

export interface ConflictRules {
    readonly supervisorOf?: SupervisorMap;
    /** Never give an agent's interaction to the agent's own supervisor. */
    readonly excludeOwnSupervisor?: boolean;
}

export type Conflict = 'self' | 'supervisor';

/** An evaluator checked and normalised. */
export interface PoolEvaluator {
    readonly id: string;
    readonly capacity: number;
    readonly openAssessments: number;
    readonly available: boolean;
    readonly unavailableDates: ReadonlySet<string>;
}

const isWhole = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Checks every evaluator; throws a TypeError/RangeError naming the bad one. Returns them by id. */
export function readEvaluators(evaluators: readonly Evaluator[]): PoolEvaluator[] {
    if (!Array.isArray(evaluators)) {
        throw new TypeError('Evaluators must be an array.');
    }
    const seen = new Set<string>();
    const pool = evaluators.map((evaluator, index): PoolEvaluator => {
        const where = `evaluators[${index}]`;
        if (evaluator === null || typeof evaluator !== 'object') {
            throw new TypeError(`${where} must be an evaluator object, got ${String(evaluator)}.`);
        }
        if (typeof evaluator.id !== 'string' || evaluator.id === '') {
            throw new TypeError(`${where} needs a non-empty id, got ${String(evaluator.id)}.`);
        }
        const named = `Evaluator ${evaluator.id}`;
        if (seen.has(evaluator.id)) {
            throw new RangeError(`${named} is in the pool twice.`);
        }
        seen.add(evaluator.id);
        if (!isWhole(evaluator.capacity)) {
            throw new RangeError(
                `${named} needs a capacity that is a whole number of at least 0, got ${String(evaluator.capacity)}.`
            );
        }
        const openAssessments = evaluator.openAssessments ?? 0;
        if (!isWhole(openAssessments)) {
            throw new RangeError(
                `${named}: openAssessments must be a whole number of at least 0, got ${String(openAssessments)}.`
            );
        }
        const available = evaluator.available ?? true;
        if (typeof available !== 'boolean') {
            throw new TypeError(`${named}: available must be true or false, got ${String(available)}.`);
        }
        const dates = evaluator.unavailableDates ?? [];
        if (!Array.isArray(dates)) {
            throw new TypeError(`${named}: unavailableDates must be an array of YYYY-MM-DD dates.`);
        }
        dates.forEach((date, d) => checkCalendarDate(date, `${named}: unavailableDates[${d}]`));
        return {
            id: evaluator.id,
            capacity: evaluator.capacity,
            openAssessments,
            available,
            unavailableDates: new Set(dates)
        };
    });
    return pool.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function isAvailableOn(evaluator: PoolEvaluator, date: string): boolean {
    return evaluator.available && !evaluator.unavailableDates.has(date);
}

/** Checks the supervisor map and excludeOwnSupervisor flag; throws a TypeError naming a bad entry. */
export function readConflictRules(rules: ConflictRules): {
    supervisors: ReadonlyMap<string, string>;
    excludeOwnSupervisor: boolean;
} {
    const excludeOwnSupervisor = rules.excludeOwnSupervisor ?? false;
    if (typeof excludeOwnSupervisor !== 'boolean') {
        throw new TypeError(`excludeOwnSupervisor must be true or false, got ${String(excludeOwnSupervisor)}.`);
    }
    const given = rules.supervisorOf;
    let entries: [string, unknown][];
    if (given === undefined || given === null) {
        entries = [];
    } else if (given instanceof Map) {
        entries = [...given.entries()];
    } else if (typeof given === 'object' && !Array.isArray(given)) {
        entries = Object.entries(given);
    } else {
        throw new TypeError('supervisorOf must map agent ids to supervisor ids (an object or a Map).');
    }
    for (const [agentId, supervisorId] of entries) {
        if (typeof supervisorId !== 'string' || supervisorId === '') {
            throw new TypeError(
                `supervisorOf["${agentId}"] must be a supervisor's user id, got ${String(supervisorId)}.`
            );
        }
    }
    if (excludeOwnSupervisor && entries.length === 0) {
        throw new RangeError('The plan excludes own supervisors but gives no supervisorOf map to tell who they are.');
    }
    return { supervisors: new Map(entries as [string, string][]), excludeOwnSupervisor };
}

/** Why this evaluator may not assess this agent's interaction, or null when they may. */
export function conflictOf(
    evaluatorId: string,
    agentId: string,
    supervisors: ReadonlyMap<string, string>,
    excludeOwnSupervisor: boolean
): Conflict | null {
    if (evaluatorId === agentId) {
        return 'self';
    }
    if (excludeOwnSupervisor && supervisors.get(agentId) === evaluatorId) {
        return 'supervisor';
    }
    return null;
}
