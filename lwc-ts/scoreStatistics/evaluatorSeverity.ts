/**
 * Evaluator severity and leniency: when several evaluators scored comparable work (the same
 * calibration interaction, a re-evaluated interaction, or the same agent), is one of them
 * systematically harsher or softer than the others?
 *
 * Model: score = subject mean + evaluator effect + noise, where the subject is the interaction
 * (or agent) whose work was scored. Not every evaluator scores every subject, so raw evaluator
 * means would mix evaluator severity with the work each happened to get. The effects are the
 * least-squares solution of the model, found from the reduced normal equations of an incomplete
 * block design (subjects as blocks, evaluators as treatments): C b = Q, with
 *   C[j][k] = Σ_s (n_sj δ_jk − n_sj n_sk / n_s),   Q[j] = Σ_s (T_sj − n_sj ȳ_s),
 * solved under Σ b = 0 through the pseudo-inverse C⁺ = (C + 11ᵀ/J)⁻¹ − 11ᵀ/J. This is the fixed
 * point that alternating least squares (subject means ↔ evaluator means, re-centred) converges
 * to, reached directly. Var(b) = σ² C⁺ gives each effect's standard error, and a t test on
 * df = N − S − J + 1 flags the significant ones. Checked against the intra-block analysis of
 * Montgomery, Design and Analysis of Experiments, 5th ed. (2001), Example 4-5 (a balanced
 * incomplete block design).
 *
 * An effect is relative to the average evaluator: +2.5 means this evaluator scores 2.5 points
 * above what the average evaluator would give the same work.
 */
import { requireArray, requireObject, requireText, significanceLevelOrDefault } from 'c/engineInputChecks';
import { fUpperTail, studentTQuantile, studentTTwoSidedPValue } from 'c/statisticalDistributions';
import { requireScore } from './inputChecks';
import { invertMatrix } from './matrixInverse';

export interface EvaluatorScore {
    readonly evaluatorId: string;
    /** The interaction (calibration, re-evaluation) or agent whose work the evaluators scored. */
    readonly subjectId: string;
    readonly score: number;
}

export type EvaluatorVerdict = 'lenient' | 'severe' | 'consistent' | 'undetermined';

export interface EvaluatorEffect {
    readonly evaluatorId: string;
    readonly assessmentCount: number;
    /** The evaluator's plain average score, for reference (not adjusted for the work they got). */
    readonly rawMeanScore: number;
    /** Points above (+) or below (−) the average evaluator on the same work; null when it cannot be estimated. */
    readonly effect: number | null;
    readonly standardError: number | null;
    readonly tStatistic: number | null;
    readonly pValue: number | null;
    readonly lower: number | null;
    readonly upper: number | null;
    readonly verdict: EvaluatorVerdict;
    readonly reason: string;
}

export interface EvaluatorSeverityReport {
    readonly evaluators: readonly EvaluatorEffect[];
    readonly lenientEvaluatorIds: readonly string[];
    readonly severeEvaluatorIds: readonly string[];
    readonly significanceLevel: number;
    /** Residual standard deviation σ̂ of a score once subject and evaluator are accounted for. */
    readonly residualStandardDeviation: number | null;
    readonly degreesOfFreedom: number;
    /** F test that the evaluators differ at all (adjusted evaluator mean square / error mean square). */
    readonly fStatistic: number | null;
    readonly pValue: number | null;
    readonly sumOfSquaresEvaluatorsAdjusted: number;
    readonly sumOfSquaresError: number;
    readonly subjectsUsed: number;
    readonly assessmentsUsed: number;
    /** Subjects with a single assessment: they say nothing about evaluators and are left out. */
    readonly subjectsSkipped: number;
}

/** An evaluator whose severity cannot be tested: no standard error, test or interval, and why. */
function undetermined(
    base: Pick<EvaluatorEffect, 'evaluatorId' | 'assessmentCount' | 'rawMeanScore'>,
    effect: number | null,
    reason: string
): EvaluatorEffect {
    return {
        ...base,
        effect,
        standardError: null,
        tStatistic: null,
        pValue: null,
        lower: null,
        upper: null,
        verdict: 'undetermined',
        reason
    };
}

export interface EvaluatorSeverityOptions {
    /** Significance level α of the per-evaluator test (default 0.05). */
    readonly significanceLevel?: number;
}

interface SubjectGroup {
    readonly scores: { evaluator: number; score: number }[];
}

function findRoot(parents: number[], index: number): number {
    let root = index;
    while (parents[root] !== root) {
        root = parents[root];
    }
    parents[index] = root;
    return root;
}

function validate(scores: readonly EvaluatorScore[]): void {
    requireArray('scores', scores);
    scores.forEach((entry, index) => {
        requireObject(`scores[${index}]`, entry);
        requireText(`scores[${index}].evaluatorId`, entry.evaluatorId);
        requireText(`scores[${index}].subjectId`, entry.subjectId);
        requireScore(`scores[${index}].score`, entry.score);
    });
}

export function estimateEvaluatorSeverity(
    scores: readonly EvaluatorScore[],
    options: EvaluatorSeverityOptions = {}
): EvaluatorSeverityReport {
    validate(scores);
    const significanceLevel = significanceLevelOrDefault(options.significanceLevel);

    const evaluatorIds = [...new Set(scores.map((entry) => entry.evaluatorId))].sort();
    const evaluatorIndex = new Map(evaluatorIds.map((id, index) => [id, index]));
    const rawTotals = evaluatorIds.map(() => ({ count: 0, total: 0 }));
    const bySubject = new Map<string, SubjectGroup>();
    for (const entry of scores) {
        const evaluator = evaluatorIndex.get(entry.evaluatorId) as number;
        rawTotals[evaluator].count += 1;
        rawTotals[evaluator].total += entry.score;
        const group = bySubject.get(entry.subjectId) ?? { scores: [] };
        group.scores.push({ evaluator, score: entry.score });
        bySubject.set(entry.subjectId, group);
    }

    // Evaluators who share work are linked; only a linked set can be compared.
    const parents = evaluatorIds.map((_, index) => index);
    let subjectsSkipped = 0;
    const subjects: SubjectGroup[] = [];
    for (const group of bySubject.values()) {
        if (group.scores.length < 2) {
            subjectsSkipped += 1;
            continue;
        }
        subjects.push(group);
        const first = findRoot(parents, group.scores[0].evaluator);
        for (const { evaluator } of group.scores) {
            parents[findRoot(parents, evaluator)] = first;
        }
    }
    const members = new Map<number, number[]>();
    evaluatorIds.forEach((_, index) => {
        const root = findRoot(parents, index);
        members.set(root, [...(members.get(root) ?? []), index]);
    });
    // Evaluators linked to no one else (including those who only re-scored their own work).
    const isolated = new Set<number>();
    const linkedGroups: number[][] = [];
    for (const group of members.values()) {
        if (group.length === 1) {
            isolated.add(group[0]);
        } else {
            linkedGroups.push(group);
        }
    }
    if (linkedGroups.length > 1) {
        const names = linkedGroups.map((group) => `{${group.map((index) => evaluatorIds[index]).join(', ')}}`);
        throw new RangeError(
            `The evaluators form ${linkedGroups.length} groups that never scored the same work (${names.join(' and ')}); ` +
                'their severity cannot be compared. Analyse each group on its own or add shared calibration work.'
        );
    }
    const modelled = linkedGroups.length === 1 ? [...linkedGroups[0]].sort((a, b) => a - b) : [];
    const column = new Map(modelled.map((evaluator, position) => [evaluator, position]));
    const size = modelled.length;

    const usedSubjects = subjects.filter((group) => !isolated.has(group.scores[0].evaluator));
    const c = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    const q = new Array<number>(size).fill(0);
    let withinSubjects = 0;
    let assessmentsUsed = 0;
    for (const group of usedSubjects) {
        const count = group.scores.length;
        assessmentsUsed += count;
        const mean = group.scores.reduce((sum, entry) => sum + entry.score, 0) / count;
        const perEvaluator = new Map<number, { n: number; total: number }>();
        for (const { evaluator, score } of group.scores) {
            withinSubjects += (score - mean) ** 2;
            const cell = perEvaluator.get(evaluator) ?? { n: 0, total: 0 };
            cell.n += 1;
            cell.total += score;
            perEvaluator.set(evaluator, cell);
        }
        for (const [evaluator, cell] of perEvaluator) {
            const j = column.get(evaluator) as number;
            q[j] += cell.total - cell.n * mean;
            c[j][j] += cell.n;
            for (const [other, otherCell] of perEvaluator) {
                c[j][column.get(other) as number] -= (cell.n * otherCell.n) / count;
            }
        }
    }

    let effects: number[] = [];
    let covariance: number[][] = [];
    let sumOfSquaresEvaluatorsAdjusted = 0;
    if (size > 0) {
        const shifted = c.map((row) => row.map((value) => value + 1 / size));
        covariance = invertMatrix(shifted).map((row) => row.map((value) => value - 1 / size));
        effects = covariance.map((row) => row.reduce((sum, value, k) => sum + value * q[k], 0));
        sumOfSquaresEvaluatorsAdjusted = effects.reduce((sum, effect, j) => sum + effect * q[j], 0);
    }
    const sumOfSquaresError = Math.max(0, withinSubjects - sumOfSquaresEvaluatorsAdjusted);
    const degreesOfFreedom = size > 0 ? assessmentsUsed - usedSubjects.length - (size - 1) : 0;
    const errorMeanSquare = degreesOfFreedom > 0 ? sumOfSquaresError / degreesOfFreedom : null;
    const critical = degreesOfFreedom > 0 ? studentTQuantile(1 - significanceLevel / 2, degreesOfFreedom) : null;

    const evaluators = evaluatorIds.map((evaluatorId, index): EvaluatorEffect => {
        const raw = rawTotals[index];
        const base = { evaluatorId, assessmentCount: raw.count, rawMeanScore: raw.total / raw.count };
        const j = column.get(index);
        if (j === undefined) {
            return undetermined(
                base,
                null,
                'This evaluator shares no scored work with another evaluator, so their severity cannot be told apart from the work they scored.'
            );
        }
        const effect = effects[j];
        if (errorMeanSquare === null || critical === null) {
            return undetermined(
                base,
                effect,
                'Too few shared assessments to measure the noise in scores, so no effect can be called significant.'
            );
        }
        const standardError = Math.sqrt(Math.max(0, covariance[j][j]) * errorMeanSquare);
        // With no residual noise at all, any effect beyond rounding error is certain.
        const tStatistic =
            standardError > 0 ? effect / standardError : Math.abs(effect) <= 1e-9 ? 0 : Math.sign(effect) * Infinity;
        const pValue = Number.isFinite(tStatistic) ? studentTTwoSidedPValue(tStatistic, degreesOfFreedom) : 0;
        const significant = pValue < significanceLevel;
        const verdict: EvaluatorVerdict = !significant ? 'consistent' : effect > 0 ? 'lenient' : 'severe';
        const points = Math.abs(effect).toFixed(1);
        const reason =
            verdict === 'consistent'
                ? `Within noise of the average evaluator (p = ${pValue.toPrecision(2)}).`
                : `Scores ${points} points ${effect > 0 ? 'above' : 'below'} the average evaluator on the same work (p = ${pValue.toPrecision(2)}).`;
        return {
            ...base,
            effect,
            standardError,
            tStatistic,
            pValue,
            lower: effect - critical * standardError,
            upper: effect + critical * standardError,
            verdict,
            reason
        };
    });

    const fStatistic =
        errorMeanSquare !== null && size > 1
            ? errorMeanSquare > 0
                ? sumOfSquaresEvaluatorsAdjusted / (size - 1) / errorMeanSquare
                : sumOfSquaresEvaluatorsAdjusted > 0
                  ? Infinity
                  : 0
            : null;
    return {
        evaluators,
        lenientEvaluatorIds: evaluators
            .filter((entry) => entry.verdict === 'lenient')
            .map((entry) => entry.evaluatorId),
        severeEvaluatorIds: evaluators.filter((entry) => entry.verdict === 'severe').map((entry) => entry.evaluatorId),
        significanceLevel,
        residualStandardDeviation: errorMeanSquare === null ? null : Math.sqrt(errorMeanSquare),
        degreesOfFreedom,
        fStatistic,
        pValue: fStatistic === null ? null : fUpperTail(fStatistic, size - 1, degreesOfFreedom),
        sumOfSquaresEvaluatorsAdjusted,
        sumOfSquaresError,
        subjectsUsed: usedSubjects.length,
        assessmentsUsed,
        subjectsSkipped
    };
}
