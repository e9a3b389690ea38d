import type { Connection } from 'jsforce';
import { createRandom } from 'c/seededRandom';
import type { MakeProgress } from './analyticsJob';
import { queryAllRecords, upsertRecords } from '../jobs/recordWriter';
import { isoDay } from './soql';

/**
 * "Grading the grader": a share of completed assessments is re-scored by a second evaluator.
 *
 * Each completed assessment is drawn on its own with probability `rate`, from a draw seeded by the
 * run's seed and the assessment's id. So the picks do not depend on which other assessments exist
 * or on the order the org returns them: a re-run picks the same ones, and assessments completed
 * since the last run are drawn once, as they arrive. The re-evaluation's key is derived from the
 * original's id, so an upsert can never create a second re-evaluation of the same assessment.
 */

export const DEFAULT_REEVALUATION_RATE = 0.05;
export const DEFAULT_REEVALUATION_SEED = 'verity-reevaluation';
/** Days the second evaluator has to re-score. */
export const REEVALUATION_DUE_DAYS = 7;

export interface CompletedAssessment {
    readonly id: string;
    readonly agentId: string;
    readonly evaluatorId: string;
    readonly caseId: string;
    readonly interactionId: string | null;
    readonly scorecardId: string;
    readonly scorecardActive: boolean;
}

export interface ReevaluationPick {
    readonly originalId: string;
    readonly key: string;
    /** The second evaluator, or null when nobody else could take it (see skippedReason). */
    readonly evaluatorId: string | null;
    readonly skippedReason: string | null;
}

export function reevaluationKey(originalId: string): string {
    return `REEVAL:${originalId}`;
}

/** Whether an assessment is drawn for re-evaluation: a uniform draw from (seed, id) below the rate. */
export function isDrawnForReevaluation(assessmentId: string, rate: number, seed: string): boolean {
    return createRandom(`${seed}:${assessmentId}`).nextFloat() < rate;
}

export function checkReevaluationRate(rate: number): number {
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
        throw new RangeError(`The re-evaluation rate must be a share from 0 to 1 (0.05 = 5 %), got ${String(rate)}.`);
    }
    return rate;
}

/**
 * Picks the assessments to re-score and their second evaluators: never the original evaluator,
 * never the agent; the least loaded eligible evaluator (counting `openLoad`, re-evaluations they
 * already hold), ties broken by a seeded draw so the choice replays.
 */
export function chooseReevaluations(input: {
    readonly completed: readonly CompletedAssessment[];
    readonly alreadyReevaluated: ReadonlySet<string>;
    readonly evaluatorIds: readonly string[];
    readonly openLoad?: ReadonlyMap<string, number>;
    readonly rate: number;
    readonly seed: string;
}): ReevaluationPick[] {
    const rate = checkReevaluationRate(input.rate);
    const load = new Map(input.evaluatorIds.map((id) => [id, input.openLoad?.get(id) ?? 0]));
    const pool = [...new Set(input.evaluatorIds)].sort();
    const picks: ReevaluationPick[] = [];
    const drawn = [...input.completed]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .filter((assessment) => isDrawnForReevaluation(assessment.id, rate, input.seed));
    for (const assessment of drawn) {
        const key = reevaluationKey(assessment.id);
        if (input.alreadyReevaluated.has(assessment.id)) {
            continue;
        }
        if (!assessment.scorecardActive) {
            picks.push({
                originalId: assessment.id,
                key,
                evaluatorId: null,
                skippedReason: 'its scorecard is no longer Active, and a new assessment needs an Active one'
            });
            continue;
        }
        const eligible = pool.filter((id) => id !== assessment.evaluatorId && id !== assessment.agentId);
        if (eligible.length === 0) {
            picks.push({
                originalId: assessment.id,
                key,
                evaluatorId: null,
                skippedReason: 'no evaluator other than the original evaluator and the agent'
            });
            continue;
        }
        const lowest = Math.min(...eligible.map((id) => load.get(id) ?? 0));
        const leastLoaded = eligible.filter((id) => (load.get(id) ?? 0) === lowest);
        const random = createRandom(`${input.seed}:evaluator:${assessment.id}`);
        const evaluatorId = leastLoaded[random.nextInt(leastLoaded.length)];
        load.set(evaluatorId, lowest + 1);
        picks.push({ originalId: assessment.id, key, evaluatorId, skippedReason: null });
    }
    return picks;
}

export interface ReevaluationRunResult {
    readonly rate: number;
    readonly seed: string;
    readonly completedCount: number;
    readonly evaluatorCount: number;
    readonly created: number;
    readonly alreadyPresent: number;
    readonly picks: readonly (ReevaluationPick & { readonly assessmentId: string | null })[];
}

interface AssessmentRow {
    Id: string;
    Agent__c: string;
    Evaluator__c: string | null;
    Case__c: string;
    Interaction__c: string | null;
    Scorecard__c: string;
    Scorecard__r: { Status__c: string } | null;
}

/**
 * The evaluator pool: active users holding the Verity_Evaluator permission set (the people who
 * score assessments as their job).
 */
export async function evaluatorPool(conn: Connection): Promise<string[]> {
    const rows = await queryAllRecords<{ AssigneeId: string; Assignee: { IsActive: boolean } | null }>(
        conn,
        "SELECT AssigneeId, Assignee.IsActive FROM PermissionSetAssignment WHERE PermissionSet.Name = 'Verity_Evaluator'"
    );
    return [...new Set(rows.filter((row) => row.Assignee?.IsActive !== false).map((row) => row.AssigneeId))];
}

/** `verity reevaluate`: creates the missing Re-evaluation assessments for this rate and seed. */
export async function runReevaluation(
    conn: Connection,
    options: { rate: number; seed: string; now: Date; makeProgress?: MakeProgress }
): Promise<ReevaluationRunResult> {
    const rate = checkReevaluationRate(options.rate);
    const completed = await queryAllRecords<AssessmentRow>(
        conn,
        "SELECT Id, Agent__c, Evaluator__c, Case__c, Interaction__c, Scorecard__c, Scorecard__r.Status__c FROM Assessment__c WHERE Type__c = 'Standard' AND Status__c IN ('Submitted', 'Final') AND Evaluator__c != null ORDER BY Id"
    );
    const existing = await queryAllRecords<{
        Id: string;
        Original_Assessment__c: string;
        Evaluator__c: string | null;
        Status__c: string;
    }>(
        conn,
        "SELECT Id, Original_Assessment__c, Evaluator__c, Status__c FROM Assessment__c WHERE Type__c = 'Re-evaluation'"
    );
    const alreadyReevaluated = new Set(existing.map((row) => row.Original_Assessment__c));
    const openLoad = new Map<string, number>();
    for (const row of existing) {
        if (row.Evaluator__c && (row.Status__c === 'Assigned' || row.Status__c === 'In Progress')) {
            openLoad.set(row.Evaluator__c, (openLoad.get(row.Evaluator__c) ?? 0) + 1);
        }
    }
    const evaluatorIds = await evaluatorPool(conn);
    const assessments = completed.map((row): CompletedAssessment => ({
        id: row.Id,
        agentId: row.Agent__c,
        evaluatorId: row.Evaluator__c as string,
        caseId: row.Case__c,
        interactionId: row.Interaction__c,
        scorecardId: row.Scorecard__c,
        scorecardActive: row.Scorecard__r?.Status__c === 'Active'
    }));
    const picks = chooseReevaluations({
        completed: assessments,
        alreadyReevaluated,
        evaluatorIds,
        openLoad,
        rate,
        seed: options.seed
    });
    const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));
    const due = isoDay(new Date(options.now.getTime() + REEVALUATION_DUE_DAYS * 86400000));
    const records = picks
        .filter((pick) => pick.evaluatorId !== null)
        .map((pick) => {
            const original = byId.get(pick.originalId) as CompletedAssessment;
            return {
                Assessment_Key__c: pick.key,
                Type__c: 'Re-evaluation',
                Status__c: 'Assigned',
                Original_Assessment__c: original.id,
                Agent__c: original.agentId,
                Evaluator__c: pick.evaluatorId,
                OwnerId: pick.evaluatorId,
                Case__c: original.caseId,
                Interaction__c: original.interactionId,
                Scorecard__c: original.scorecardId,
                Due_Date__c: due
            };
        });
    const progress = options.makeProgress?.('Re-evaluations', records.length);
    const summary = await upsertRecords(conn, 'Assessment__c', 'Assessment_Key__c', records, {
        progress
    });
    progress?.finish();
    return {
        rate,
        seed: options.seed,
        completedCount: assessments.length,
        evaluatorCount: evaluatorIds.length,
        created: summary.created,
        alreadyPresent: alreadyReevaluated.size,
        picks: picks.map((pick) => ({ ...pick, assessmentId: summary.idsByKey.get(pick.key) ?? null }))
    };
}
