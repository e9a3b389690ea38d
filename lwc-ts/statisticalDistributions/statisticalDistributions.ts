/**
 * The probability distributions Verity's statistics test and estimate with: the standard normal,
 * Student's t, Fisher's F and chi-square (distribution function, upper tail, quantile where an
 * interval needs one), and the special functions behind them (log-gamma, log-beta, the regularized
 * incomplete beta and gamma functions). Every distribution is checked in the tests against
 * published tables.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */

export { normalCdf, normalQuantile, normalUpperTail } from './normalDistribution';
export { studentTCdf, studentTDensity, studentTQuantile, studentTTwoSidedPValue } from './studentTDistribution';
export { fCdf, fQuantile, fUpperTail } from './fDistribution';
export { chiSquareCdf, chiSquareUpperTail } from './chiSquareDistribution';
export { logBeta, logGamma, regularizedBeta, regularizedGamma } from './specialFunctions';
