/**
 * How far each evaluator's scores sit from the calibrator's on the interactions of a calibration
 * session: per evaluator, per scorecard item, per interaction and for the session as a whole —
 * mean absolute deviation, signed bias (positive = lenient), share within tolerance (±5 points by
 * default, inclusive) and how many comparisons each figure rests on.
 *
 * Overall scores are compared within `scoreTolerance` points; item answers within `itemTolerance`
 * (default 0: the evaluator gave the calibrator's answer). An item is compared only when both gave
 * an answer; when exactly one of them marked it N/A, that is counted as an N/A mismatch instead.
 */
import { checkCalibrationSession, type CalibrationSession } from './calibrationSession';
import { checkTolerance, DeviationTally, type DeviationSummary } from './deviationSummary';

export const DEFAULT_SCORE_TOLERANCE = 5;
export const DEFAULT_ITEM_TOLERANCE = 0;

export interface CalibrationDeviationOptions {
    /** Points either side of the calibrator's overall score that count as calibrated; default 5. */
    readonly scoreTolerance?: number;
    /** Points either side of the calibrator's item answer that count as agreeing; default 0. */
    readonly itemTolerance?: number;
}

export interface ItemDeviation extends DeviationSummary {
    readonly itemId: string;
    /** Comparisons where exactly one of evaluator and calibrator marked the item N/A. */
    readonly naMismatches: number;
}

export interface EvaluatorDeviation {
    readonly evaluatorId: string;
    /** Overall-score deviations over the interactions this evaluator scored. */
    readonly score: DeviationSummary;
    /** All of this evaluator's item answers together. */
    readonly allItems: DeviationSummary & { readonly naMismatches: number };
    /**
     * Per item this evaluator could be compared on (answered by both, or N/A on one side only), in
     * the order items first appear on the calibrator's scorecards.
     */
    readonly items: ItemDeviation[];
    /** Session interactions this evaluator has not scored (yet). */
    readonly interactionsMissed: string[];
}

export interface InteractionDeviation extends DeviationSummary {
    readonly interactionId: string;
    readonly calibratorScore: number;
    /** Mean of the evaluators' scores on this interaction; NaN when nobody scored it. */
    readonly meanEvaluatorScore: number;
}

export interface CalibrationDeviationResult {
    readonly scoreTolerance: number;
    readonly itemTolerance: number;
    /** Every evaluator × interaction overall-score comparison of the session. */
    readonly overall: DeviationSummary;
    /** Every item comparison of the session. */
    readonly allItems: DeviationSummary & { readonly naMismatches: number };
    readonly evaluators: EvaluatorDeviation[];
    /** Every item on the calibrator's scorecards (count 0 when nobody could be compared on it). */
    readonly items: ItemDeviation[];
    readonly interactions: InteractionDeviation[];
}

/** Item tallies keyed by item id, created in first-seen order. */
class ItemTallies {
    private readonly tallies = new Map<string, { tally: DeviationTally; naMismatches: number }>();
    private readonly tolerance: number;

    constructor(tolerance: number, itemOrder: readonly string[]) {
        this.tolerance = tolerance;
        itemOrder.forEach((itemId) => this.entry(itemId));
    }

    private entry(itemId: string): { tally: DeviationTally; naMismatches: number } {
        let entry = this.tallies.get(itemId);
        if (entry === undefined) {
            entry = { tally: new DeviationTally(this.tolerance), naMismatches: 0 };
            this.tallies.set(itemId, entry);
        }
        return entry;
    }

    add(itemId: string, deviation: number): void {
        this.entry(itemId).tally.add(deviation);
    }

    mismatch(itemId: string): void {
        this.entry(itemId).naMismatches += 1;
    }

    summaries(): ItemDeviation[] {
        return [...this.tallies].map(([itemId, { tally, naMismatches }]) => ({
            itemId,
            ...tally.summary(),
            naMismatches
        }));
    }
}

export function calibrationDeviation(
    session: CalibrationSession,
    options: CalibrationDeviationOptions = {}
): CalibrationDeviationResult {
    const scoreTolerance = checkTolerance(options.scoreTolerance ?? DEFAULT_SCORE_TOLERANCE, 'scoreTolerance');
    const itemTolerance = checkTolerance(options.itemTolerance ?? DEFAULT_ITEM_TOLERANCE, 'itemTolerance');
    const { calibrator, evaluators } = checkCalibrationSession(session);

    // Items in the order they first appear on the calibrator's scorecards.
    const itemOrder: string[] = [];
    const knownItems = new Set<string>();
    for (const entry of calibrator.values()) {
        for (const itemId of Object.keys(entry.itemAnswers ?? {})) {
            if (!knownItems.has(itemId)) {
                knownItems.add(itemId);
                itemOrder.push(itemId);
            }
        }
    }

    const overall = new DeviationTally(scoreTolerance);
    const sessionItems = new ItemTallies(itemTolerance, itemOrder);
    const allItems = new DeviationTally(itemTolerance);
    let allMismatches = 0;
    const perInteraction = new Map(
        [...calibrator.keys()].map((id) => [id, { tally: new DeviationTally(scoreTolerance), scoreSum: 0 }])
    );

    const evaluatorResults = evaluators.map(({ evaluatorId, scores }) => {
        const scoreTally = new DeviationTally(scoreTolerance);
        const items = new ItemTallies(itemTolerance, []);
        const evaluatorItems = new DeviationTally(itemTolerance);
        let evaluatorMismatches = 0;
        for (const [interactionId, entry] of scores) {
            const reference = calibrator.get(interactionId);
            if (reference === undefined) {
                continue; // cannot happen: checkCalibrationSession refuses it
            }
            const deviation = entry.score - reference.score;
            scoreTally.add(deviation);
            overall.add(deviation);
            const interaction = perInteraction.get(interactionId) as { tally: DeviationTally; scoreSum: number };
            interaction.tally.add(deviation);
            interaction.scoreSum += entry.score;
            if (entry.itemAnswers === undefined || reference.itemAnswers === undefined) {
                continue;
            }
            for (const [itemId, expected] of Object.entries(reference.itemAnswers)) {
                const given = entry.itemAnswers[itemId] ?? null;
                if (given === null && expected === null) {
                    continue;
                }
                if (given === null || expected === null) {
                    items.mismatch(itemId);
                    sessionItems.mismatch(itemId);
                    evaluatorMismatches += 1;
                    allMismatches += 1;
                    continue;
                }
                const itemDeviation = given - expected;
                items.add(itemId, itemDeviation);
                sessionItems.add(itemId, itemDeviation);
                evaluatorItems.add(itemDeviation);
                allItems.add(itemDeviation);
            }
        }
        const itemSummaries = items.summaries();
        const rank = new Map(itemOrder.map((itemId, index) => [itemId, index]));
        itemSummaries.sort((a, b) => (rank.get(a.itemId) as number) - (rank.get(b.itemId) as number));
        return {
            evaluatorId,
            score: scoreTally.summary(),
            allItems: { ...evaluatorItems.summary(), naMismatches: evaluatorMismatches },
            items: itemSummaries,
            interactionsMissed: [...calibrator.keys()].filter((id) => !scores.has(id))
        };
    });

    const interactions = [...perInteraction].map(([interactionId, { tally, scoreSum }]) => {
        const summary = tally.summary();
        return {
            interactionId,
            calibratorScore: (calibrator.get(interactionId) as { score: number }).score,
            meanEvaluatorScore: summary.count === 0 ? Number.NaN : scoreSum / summary.count,
            ...summary
        };
    });

    return {
        scoreTolerance,
        itemTolerance,
        overall: overall.summary(),
        allItems: { ...allItems.summary(), naMismatches: allMismatches },
        evaluators: evaluatorResults,
        items: sessionItems.summaries(),
        interactions
    };
}
