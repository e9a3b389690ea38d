/**
 * Bootstrap confidence intervals for each agreement statistic, resampling the units the statistic
 * is about: pairable units for Krippendorff's alpha (units rated once carry no pairs), subjects for
 * Fleiss' kappa, rated pairs for Cohen's kappa, targets for the ICCs. Raters are held fixed: the
 * interval speaks to "these evaluators on interactions like these".
 *
 * Note: Krippendorff's own bootstrap (Hayes & Krippendorff 2007) resamples pairable values rather
 * than units; resampling units keeps the within-unit dependence and matches the other statistics.
 */
import { percentileBootstrap, type BootstrapInterval, type BootstrapOptions } from './bootstrapInterval';
import {
    disagreementWeights,
    kappaFromCells,
    pairCategoryCodes,
    pairTable,
    type CohenKappaOptions
} from './cohenKappa';
import { checkFleissCounts, fleissKappaWeighted } from './fleissKappa';
import { completeScores, iccMeanSquares, iccValue, requireIccForm, type IccForm } from './intraclassCorrelation';
import {
    alphaFromPairableValues,
    checkMeasurementLevel,
    checkRatioValues,
    unitDisagreementSums,
    type MeasurementLevel
} from './krippendorffAlpha';
import { tallyPairableValues } from './pairableValues';
import type { Rating, ReliabilityData } from './reliabilityData';

export function bootstrapKrippendorffAlpha(
    data: ReliabilityData,
    level: MeasurementLevel,
    options: BootstrapOptions
): BootstrapInterval {
    checkMeasurementLevel(level);
    const tally = tallyPairableValues(data);
    if (level === 'ratio') {
        checkRatioValues(tally.values);
    }
    const sums = unitDisagreementSums(tally, level);
    const estimate = alphaFromPairableValues(tally, level, null, sums).alpha;
    return percentileBootstrap(
        tally.pairableUnitCount,
        estimate,
        (drawCounts) => alphaFromPairableValues(tally, level, drawCounts, sums).alpha,
        options
    );
}

export function bootstrapFleissKappa(
    counts: readonly (readonly number[])[],
    options: BootstrapOptions
): BootstrapInterval {
    const { subjects, n } = checkFleissCounts(counts);
    return percentileBootstrap(
        subjects,
        fleissKappaWeighted(counts, n).kappa,
        (drawCounts) => fleissKappaWeighted(counts, n, drawCounts).kappa,
        options
    );
}

export function bootstrapCohenKappa(
    first: readonly Rating[],
    second: readonly Rating[],
    options: BootstrapOptions & CohenKappaOptions
): BootstrapInterval {
    const weighting = options.weighting ?? 'unweighted';
    const pairs = pairCategoryCodes(first, second, options.categories);
    const k = pairs.categories.length;
    const weights = disagreementWeights(k, weighting);
    const kappaOf = (drawCounts: Float64Array | null): number =>
        kappaFromCells(pairTable(pairs, drawCounts), k, weights, 'custom').kappa;
    return percentileBootstrap(pairs.first.length, kappaOf(null), kappaOf, options);
}

export function bootstrapIntraclassCorrelation(
    ratings: ReliabilityData,
    form: IccForm,
    options: BootstrapOptions
): BootstrapInterval {
    requireIccForm(form);
    const { scores, targets, raters } = completeScores(ratings);
    return percentileBootstrap(
        targets,
        iccValue(iccMeanSquares(scores, targets, raters), form),
        (drawCounts) => iccValue(iccMeanSquares(scores, targets, raters, drawCounts), form),
        options
    );
}
