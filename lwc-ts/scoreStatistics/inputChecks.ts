/**
 * The one argument check particular to score statistics; the general ones (numbers, text, arrays,
 * probabilities) are in `c/engineInputChecks`.
 */
import { requireFiniteNumber } from 'c/engineInputChecks';

/** A Contact Quality Score: a percentage from 0 to 100. */
export function requireScore(name: string, value: unknown): number {
    const number = requireFiniteNumber(name, value);
    if (number < 0 || number > 100) {
        throw new RangeError(`${name} must be a score from 0 to 100, got ${number}.`);
    }
    return number;
}
