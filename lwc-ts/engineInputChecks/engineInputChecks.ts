/**
 * Argument checks shared by the engine bundles (statistics, KPIs, leaderboard, …), so that a bad
 * input is refused the same way everywhere: a TypeError for a value of the wrong kind, a RangeError
 * for a value out of range, each naming the argument and showing the value. Checks that only one
 * bundle needs (a date format, a score scale) stay in that bundle and build on these.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */

export { describeValue } from './describeValue';
export {
    requireFiniteNumber,
    requireNonNegative,
    requireNumberBetween,
    requireOpenUnitInterval,
    requirePositive,
    requireWholeNumber
} from './numberChecks';
export {
    confidenceLevelOrDefault,
    DEFAULT_CONFIDENCE,
    DEFAULT_SIGNIFICANCE_LEVEL,
    significanceLevelOrDefault
} from './statisticalLevels';
export { requireArray, requireBoolean, requireObject, requireOneOf, requireText } from './valueChecks';
