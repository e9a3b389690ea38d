/**
 * The six intraclass correlations of Shrout & Fleiss (1979, "Intraclass correlations: uses in
 * assessing rater reliability", Psychological Bulletin 86: 420–428, Table 2 and the formulas of
 * its Cases 1–3) from the two-way ANOVA of n targets (units) × k judges (raters):
 *
 *   ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)             ICC(1,k) = (BMS − WMS) / BMS
 *   ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)
 *   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)
 *   ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)             ICC(3,k) = (BMS − EMS) / BMS
 *
 * with the F-based confidence intervals of Shrout & Fleiss (1979) and McGraw & Wong (1996,
 * "Forming inferences about some intraclass correlation coefficients", Psychological Methods 1:
 * 30–46, Table 7), ICC(2,1) through Satterthwaite's approximate degrees of freedom. Average-measure
 * bounds are the Spearman–Brown step-up of single-measure bounds, which is algebraically the same
 * as McGraw & Wong's ICC(A,k)/ICC(C,k) formulas. Complete data only: the ANOVA has no missing cells.
 * In contact-center words, "targets" are the interactions and "judges" the evaluators.
 */
import { confidenceLevelOrDefault } from 'c/engineInputChecks';
import { fQuantile } from 'c/statisticalDistributions';
import { checkReliabilityShape, raterLabel, unitLabel, type ReliabilityData } from './reliabilityData';

export type IccForm = 'ICC(1,1)' | 'ICC(2,1)' | 'ICC(3,1)' | 'ICC(1,k)' | 'ICC(2,k)' | 'ICC(3,k)';

export const ICC_FORMS: readonly IccForm[] = Object.freeze([
    'ICC(1,1)',
    'ICC(2,1)',
    'ICC(3,1)',
    'ICC(1,k)',
    'ICC(2,k)',
    'ICC(3,k)'
]);

export interface IccMeanSquares {
    readonly targets: number;
    readonly raters: number;
    /** BMS: between targets. */
    readonly betweenTargets: number;
    /** WMS: within targets (one-way model). */
    readonly withinTargets: number;
    /** JMS: between judges (raters). */
    readonly betweenRaters: number;
    /** EMS: residual of the two-way model. */
    readonly residual: number;
}

export interface IccEstimate {
    readonly form: IccForm;
    /** NaN when a denominator is 0 (e.g. every rating the same). */
    readonly value: number;
    /** F statistic for H0: ICC = 0 and its degrees of freedom. */
    readonly fValue: number;
    readonly df1: number;
    readonly df2: number;
    /** F-based confidence bounds; NaN where the interval is not defined (e.g. no residual variance). */
    readonly lower: number;
    readonly upper: number;
}

export interface IntraclassCorrelationResult {
    readonly targets: number;
    readonly raters: number;
    readonly confidence: number;
    readonly meanSquares: IccMeanSquares;
    readonly estimates: Readonly<Record<IccForm, IccEstimate>>;
}

export interface IccOptions {
    /** Confidence level of the F-based intervals, default 0.95. */
    readonly confidence?: number;
}

/** Targets × raters scores (row-major) from complete reliability data (rows = raters). */
export function completeScores(ratings: ReliabilityData): { scores: Float64Array; targets: number; raters: number } {
    const { raterCount, unitCount } = checkReliabilityShape(ratings);
    if (unitCount < 2) {
        throw new RangeError(`Intraclass correlation needs at least 2 units (targets), got ${unitCount}.`);
    }
    const scores = new Float64Array(unitCount * raterCount);
    for (let r = 0; r < raterCount; r += 1) {
        for (let u = 0; u < unitCount; u += 1) {
            const value = ratings[r][u];
            if (value === null || value === undefined) {
                throw new RangeError(
                    `Intraclass correlation needs complete data, but ${raterLabel(r)} did not rate ${unitLabel(u)}; drop the unit or use Krippendorff’s alpha (interval), which allows missing ratings.`
                );
            }
            if (typeof value !== 'number' || !Number.isFinite(value)) {
                throw new TypeError(
                    `${raterLabel(r)}, ${unitLabel(u)} has ${String(value)}; a rating is a finite number.`
                );
            }
            scores[u * raterCount + r] = value;
        }
    }
    return { scores, targets: unitCount, raters: raterCount };
}

/**
 * The ANOVA mean squares, target i counted `weights[i]` times (a bootstrap resample) when weights
 * are given. Sums of squares are taken directly from deviations (not as differences of totals), so
 * they never come out negative by rounding.
 */
export function iccMeanSquares(
    scores: Float64Array,
    targets: number,
    raters: number,
    weights: Float64Array | null = null
): IccMeanSquares {
    const k = raters;
    const rowMeans = new Float64Array(targets);
    const columnMeans = new Float64Array(k);
    let n = 0;
    let total = 0;
    for (let i = 0; i < targets; i += 1) {
        const w = weights === null ? 1 : weights[i];
        let rowSum = 0;
        for (let j = 0; j < k; j += 1) {
            const x = scores[i * k + j];
            rowSum += x;
            columnMeans[j] += w * x;
        }
        rowMeans[i] = rowSum / k;
        total += w * rowSum;
        n += w;
    }
    const grand = total / (n * k);
    for (let j = 0; j < k; j += 1) {
        columnMeans[j] /= n;
    }
    let betweenTargetsSS = 0;
    let withinSS = 0;
    let residualSS = 0;
    for (let i = 0; i < targets; i += 1) {
        const w = weights === null ? 1 : weights[i];
        if (w === 0) {
            continue;
        }
        const rowDeviation = rowMeans[i] - grand;
        betweenTargetsSS += w * k * rowDeviation * rowDeviation;
        for (let j = 0; j < k; j += 1) {
            const x = scores[i * k + j];
            const within = x - rowMeans[i];
            const residual = within - columnMeans[j] + grand;
            withinSS += w * within * within;
            residualSS += w * residual * residual;
        }
    }
    let betweenRatersSS = 0;
    for (let j = 0; j < k; j += 1) {
        const d = columnMeans[j] - grand;
        betweenRatersSS += n * d * d;
    }
    return {
        targets: n,
        raters: k,
        betweenTargets: betweenTargetsSS / (n - 1),
        withinTargets: withinSS / (n * (k - 1)),
        betweenRaters: betweenRatersSS / (k - 1),
        residual: residualSS / ((n - 1) * (k - 1))
    };
}

/** numerator / denominator, NaN when the denominator is 0 (an ICC of data with no spread). */
function ratio(numerator: number, denominator: number): number {
    return denominator === 0 ? Number.NaN : numerator / denominator;
}

/** Throws a RangeError naming the form unless it is one of ICC_FORMS. */
export function requireIccForm(form: unknown): IccForm {
    if (!(ICC_FORMS as readonly unknown[]).includes(form)) {
        throw new RangeError(`ICC form must be one of ${ICC_FORMS.join(', ')}; got ${String(form)}.`);
    }
    return form as IccForm;
}

/** The point estimate of one form from the mean squares. */
export function iccValue(ms: IccMeanSquares, form: IccForm): number {
    const { targets: n, raters: k, betweenTargets: b, withinTargets: w, betweenRaters: j, residual: e } = ms;
    switch (form) {
        case 'ICC(1,1)':
            return ratio(b - w, b + (k - 1) * w);
        case 'ICC(2,1)':
            return ratio(b - e, b + (k - 1) * e + (k * (j - e)) / n);
        case 'ICC(3,1)':
            return ratio(b - e, b + (k - 1) * e);
        case 'ICC(1,k)':
            return ratio(b - w, b);
        case 'ICC(2,k)':
            return ratio(b - e, b + (j - e) / n);
        case 'ICC(3,k)':
            return ratio(b - e, b);
        default:
            // Reached only from untyped callers; requireIccForm throws, naming the form.
            requireIccForm(form);
            return Number.NaN;
    }
}

/** Spearman–Brown: the reliability of the mean of k raters from that of one. */
const stepUp = (single: number, k: number): number => (k * single) / (1 + (k - 1) * single);

/** (F − 1) / (F + k − 1), the single-measure bound from an F bound; 1 when F is infinite. */
const singleBound = (f: number, k: number): number => (f === Number.POSITIVE_INFINITY ? 1 : (f - 1) / (f + k - 1));

export function intraclassCorrelation(ratings: ReliabilityData, options: IccOptions = {}): IntraclassCorrelationResult {
    const confidence = confidenceLevelOrDefault(options.confidence);
    const { scores, targets, raters } = completeScores(ratings);
    const ms = iccMeanSquares(scores, targets, raters);
    const n = targets;
    const k = raters;
    const upperTail = 1 - (1 - confidence) / 2;
    const { betweenTargets: bms, withinTargets: wms, betweenRaters: jms, residual: ems } = ms;

    // Case 1: one-way model, F = BMS / WMS on (n − 1, n (k − 1)).
    const f1 = bms / wms; // Infinity when raters never differ within a target
    const df1Within = n * (k - 1);
    const f1Low = f1 / fQuantile(upperTail, n - 1, df1Within);
    const f1High = f1 * fQuantile(upperTail, df1Within, n - 1);

    // Cases 2 and 3: two-way model, F = BMS / EMS on (n − 1, (n − 1)(k − 1)).
    const f3 = bms / ems;
    const dfResidual = (n - 1) * (k - 1);
    const f3Low = f3 / fQuantile(upperTail, n - 1, dfResidual);
    const f3High = f3 * fQuantile(upperTail, dfResidual, n - 1);

    // Case 2 interval: Satterthwaite's degrees of freedom for the mix of JMS and EMS.
    const icc21 = iccValue(ms, 'ICC(2,1)');
    let low21 = Number.NaN;
    let high21 = Number.NaN;
    if (Number.isFinite(icc21) && icc21 < 1 && ems > 0) {
        const fj = jms / ems;
        const a = (k * icc21) / (n * (1 - icc21));
        const b = 1 + (k * icc21 * (n - 1)) / (n * (1 - icc21));
        const v = (a * fj + b) ** 2 / ((a * fj) ** 2 / (k - 1) + b ** 2 / ((n - 1) * (k - 1)));
        const fStar = fQuantile(upperTail, n - 1, v);
        const fStarStar = fQuantile(upperTail, v, n - 1);
        const mixed = k * jms + (k * n - k - n) * ems;
        low21 = (n * (bms - fStar * ems)) / (fStar * mixed + n * bms);
        high21 = (n * (fStarStar * bms - ems)) / (mixed + n * fStarStar * bms);
    }

    const estimate = (
        form: IccForm,
        f: number,
        df1: number,
        df2: number,
        lower: number,
        upper: number
    ): IccEstimate => ({
        form,
        value: iccValue(ms, form),
        fValue: f,
        df1,
        df2,
        lower,
        upper
    });
    const estimates: Record<IccForm, IccEstimate> = {
        'ICC(1,1)': estimate('ICC(1,1)', f1, n - 1, df1Within, singleBound(f1Low, k), singleBound(f1High, k)),
        'ICC(2,1)': estimate('ICC(2,1)', f3, n - 1, dfResidual, low21, high21),
        'ICC(3,1)': estimate('ICC(3,1)', f3, n - 1, dfResidual, singleBound(f3Low, k), singleBound(f3High, k)),
        'ICC(1,k)': estimate('ICC(1,k)', f1, n - 1, df1Within, 1 - 1 / f1Low, 1 - 1 / f1High),
        'ICC(2,k)': estimate('ICC(2,k)', f3, n - 1, dfResidual, stepUp(low21, k), stepUp(high21, k)),
        'ICC(3,k)': estimate('ICC(3,k)', f3, n - 1, dfResidual, 1 - 1 / f3Low, 1 - 1 / f3High)
    };
    return { targets: n, raters: k, confidence, meanSquares: ms, estimates };
}
