/**
 * Inter-rater agreement statistics for calibration: Krippendorff's alpha (nominal, ordinal,
 * interval, ratio; missing ratings allowed), Fleiss' kappa, Cohen's kappa (unweighted, linear,
 * quadratic or custom weights), the six Shrout & Fleiss intraclass correlations with F-based
 * intervals, and seeded percentile-bootstrap intervals for each.
 *
 * Every matrix here is reliability data: one row per rater (evaluator), one column per unit (the
 * interaction or item being scored), null where a rater gave no rating. Each statistic lives in its
 * own file and cites the published worked example its tests reproduce.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */

export type { Rating, RatingRecord, ReliabilityData, ReliabilityDataShape, ReliabilityMatrix } from './reliabilityData';
export { checkReliabilityData, reliabilityDataFromRatings } from './reliabilityData';

export type { KrippendorffAlphaResult, MeasurementLevel } from './krippendorffAlpha';
export { krippendorffAlpha, MEASUREMENT_LEVELS } from './krippendorffAlpha';

export type { CoincidenceMatrix } from './coincidenceMatrix';
export { coincidenceMatrix, krippendorffAlphaFromCoincidences, MAX_COINCIDENCE_VALUES } from './coincidenceMatrix';

export type { FleissKappaResult, FleissRatingsResult } from './fleissKappa';
export { fleissCountsFromRatings, fleissKappa, fleissKappaFromRatings } from './fleissKappa';

export type { CohenKappaOptions, CohenKappaResult, CohenRatingsResult, KappaWeighting } from './cohenKappa';
export { cohenKappa, cohenKappaFromTable } from './cohenKappa';

export type {
    IccEstimate,
    IccForm,
    IccMeanSquares,
    IccOptions,
    IntraclassCorrelationResult
} from './intraclassCorrelation';
export { ICC_FORMS, intraclassCorrelation } from './intraclassCorrelation';

export type { BootstrapInterval, BootstrapOptions } from './bootstrapInterval';
export { DEFAULT_RESAMPLES } from './bootstrapInterval';
export {
    bootstrapCohenKappa,
    bootstrapFleissKappa,
    bootstrapIntraclassCorrelation,
    bootstrapKrippendorffAlpha
} from './agreementBootstrap';
