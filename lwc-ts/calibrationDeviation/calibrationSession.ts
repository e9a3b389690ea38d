/**
 * A calibration session as the engine reads it: the calibrator's (expert's) scores and each
 * evaluator's scores of the same interactions, blind. Scores are Contact Quality Score percentages
 * (0–100); item answers are the points (or any numeric answer) each scorecard item got, null for N/A.
 * An item an evaluator left out is read as N/A too.
 */

export interface InteractionScore {
    readonly interactionId: string;
    /** The overall score, a percentage from 0 to 100. */
    readonly score: number;
    /** Per scorecard item id: the numeric answer, or null for N/A. */
    readonly itemAnswers?: Readonly<Record<string, number | null>>;
}

export interface EvaluatorScores {
    readonly evaluatorId: string;
    readonly scores: readonly InteractionScore[];
}

export interface CalibrationSession {
    readonly calibrator: readonly InteractionScore[];
    readonly evaluators: readonly EvaluatorScores[];
}

const isNonEmptyText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Checks one scorer's list and indexes it by interaction; `who` names the scorer in messages. */
export function indexScores(scores: readonly InteractionScore[], who: string): Map<string, InteractionScore> {
    if (!Array.isArray(scores)) {
        throw new TypeError(`The scores of ${who} must be an array of {interactionId, score} entries.`);
    }
    if (scores.length === 0) {
        throw new RangeError(
            `${capitalize(who)} has no scores: a calibration compares scores of the same interactions.`
        );
    }
    const byInteraction = new Map<string, InteractionScore>();
    scores.forEach((entry, position) => {
        if (entry === null || typeof entry !== 'object') {
            throw new TypeError(`Score ${position + 1} of ${who} is not an {interactionId, score} entry.`);
        }
        const { interactionId, score, itemAnswers } = entry;
        if (!isNonEmptyText(interactionId)) {
            throw new TypeError(
                `Score ${position + 1} of ${who} has no interaction id (got ${String(interactionId)}).`
            );
        }
        if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
            throw new RangeError(
                `${capitalize(who)} scored interaction ${interactionId} as ${String(score)}; a score is a percentage from 0 to 100.`
            );
        }
        if (byInteraction.has(interactionId)) {
            throw new RangeError(`${capitalize(who)} scored interaction ${interactionId} twice; score it once.`);
        }
        if (itemAnswers !== undefined) {
            if (itemAnswers === null || typeof itemAnswers !== 'object' || Array.isArray(itemAnswers)) {
                throw new TypeError(
                    `The item answers of ${who} on interaction ${interactionId} must be an object of item id → number or null.`
                );
            }
            for (const [itemId, answer] of Object.entries(itemAnswers)) {
                if (answer !== null && (typeof answer !== 'number' || !Number.isFinite(answer))) {
                    throw new TypeError(
                        `${capitalize(who)} answered item ${itemId} on interaction ${interactionId} with ${String(answer)}; an answer is a number, or null for N/A.`
                    );
                }
            }
        }
        byInteraction.set(interactionId, entry);
    });
    return byInteraction;
}

export interface CheckedSession {
    readonly calibrator: Map<string, InteractionScore>;
    readonly evaluators: { readonly evaluatorId: string; readonly scores: Map<string, InteractionScore> }[];
}

/**
 * Checks a whole session: a calibrator and at least one evaluator, every id present and unique,
 * every evaluator's interaction one the calibrator scored, every item answered one on the
 * calibrator's scorecard for that interaction.
 */
export function checkCalibrationSession(session: CalibrationSession): CheckedSession {
    if (session === null || typeof session !== 'object') {
        throw new TypeError('A calibration session needs the calibrator’s scores and the evaluators’ scores.');
    }
    const calibrator = indexScores(session.calibrator, 'the calibrator');
    const evaluators = checkEvaluators(session.evaluators);
    for (const evaluator of evaluators) {
        for (const [interactionId, entry] of evaluator.scores) {
            const reference = calibrator.get(interactionId);
            if (reference === undefined) {
                throw new RangeError(
                    `Evaluator ${evaluator.evaluatorId} scored interaction ${interactionId}, which the calibrator did not score; only the session’s interactions can be compared.`
                );
            }
            if (entry.itemAnswers === undefined) {
                continue;
            }
            if (reference.itemAnswers === undefined) {
                throw new RangeError(
                    `Evaluator ${evaluator.evaluatorId} answered items on interaction ${interactionId} but the calibrator gave no item answers there.`
                );
            }
            for (const itemId of Object.keys(entry.itemAnswers)) {
                if (!Object.prototype.hasOwnProperty.call(reference.itemAnswers, itemId)) {
                    throw new RangeError(
                        `Evaluator ${evaluator.evaluatorId} answered item ${itemId} on interaction ${interactionId}, which is not on the calibrator’s scorecard there.`
                    );
                }
            }
        }
    }
    return { calibrator, evaluators };
}

/** Checks the evaluators' lists on their own (ids unique, each list valid and non-empty). */
export function checkEvaluators(
    evaluators: readonly EvaluatorScores[]
): { readonly evaluatorId: string; readonly scores: Map<string, InteractionScore> }[] {
    if (!Array.isArray(evaluators) || evaluators.length === 0) {
        throw new RangeError('A calibration session needs at least one evaluator’s scores.');
    }
    const seen = new Set<string>();
    return evaluators.map((evaluator, position) => {
        if (evaluator === null || typeof evaluator !== 'object' || !isNonEmptyText(evaluator.evaluatorId)) {
            throw new TypeError(`Evaluator ${position + 1} has no evaluator id.`);
        }
        const { evaluatorId } = evaluator;
        if (seen.has(evaluatorId)) {
            throw new RangeError(`Evaluator ${evaluatorId} appears twice in the session; merge their scores.`);
        }
        seen.add(evaluatorId);
        return { evaluatorId, scores: indexScores(evaluator.scores, `evaluator ${evaluatorId}`) };
    });
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
