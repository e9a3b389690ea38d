import {
    bootstrapCohenKappa,
    bootstrapFleissKappa,
    bootstrapIntraclassCorrelation,
    bootstrapKrippendorffAlpha,
    cohenKappa,
    DEFAULT_RESAMPLES,
    fleissCountsFromRatings,
    fleissKappa,
    intraclassCorrelation,
    krippendorffAlpha,
    MEASUREMENT_LEVELS
} from 'c/agreementStatistics';
import { quantileOfSorted } from '../bootstrapInterval';
import { alphaFromPairableValues } from '../krippendorffAlpha';
import { tallyPairableValues } from '../pairableValues';
import { fleissKappaWeighted } from '../fleissKappa';
import { iccMeanSquares, iccValue, completeScores } from '../intraclassCorrelation';
import { generatedRatings, repeatUnits, seededDrawCounts } from './agreementFixtures';

const session = generatedRatings('bootstrap-session', 6, 120, { missingShare: 0.15 });
const complete = generatedRatings('bootstrap-complete', 4, 120, { missingShare: 0 }) as number[][];

describe('bootstrap intervals are reproducible', () => {
    it('replays the same interval for the same seed, and another for another seed', () => {
        const a = bootstrapKrippendorffAlpha(session, 'interval', { seed: 'calibration-2026-03', resamples: 300 });
        const b = bootstrapKrippendorffAlpha(session, 'interval', { seed: 'calibration-2026-03', resamples: 300 });
        const c = bootstrapKrippendorffAlpha(session, 'interval', { seed: 'calibration-2026-04', resamples: 300 });
        expect(b).toEqual(a);
        expect(a.seed).toBe('calibration-2026-03');
        expect([c.lower, c.upper]).not.toEqual([a.lower, a.upper]);
    });

    it('uses 1000 resamples at 95 % unless told otherwise', () => {
        const result = bootstrapFleissKappa(fleissCountsFromRatings(complete).counts, { seed: 7 });
        expect(result.resamples).toBe(DEFAULT_RESAMPLES);
        expect(DEFAULT_RESAMPLES).toBe(1000);
        expect(result.confidence).toBe(0.95);
        expect(result.method).toBe('percentile');
        expect(result.seed).toBe('7');
    });
});

describe('bootstrap intervals contain the estimate and shrink with more units', () => {
    const options = { seed: 'contains', resamples: 400 };
    const intervals = {
        'alpha (interval)': bootstrapKrippendorffAlpha(session, 'interval', options),
        'alpha (nominal)': bootstrapKrippendorffAlpha(session, 'nominal', options),
        'Fleiss kappa': bootstrapFleissKappa(fleissCountsFromRatings(complete).counts, options),
        'Cohen kappa (quadratic)': bootstrapCohenKappa(complete[0], complete[1], {
            ...options,
            weighting: 'quadratic'
        }),
        'ICC(2,1)': bootstrapIntraclassCorrelation(complete, 'ICC(2,1)', options)
    };

    it.each(Object.entries(intervals))('%s: lower ≤ estimate ≤ upper', (_name, interval) => {
        expect(interval.lower).toBeLessThanOrEqual(interval.estimate);
        expect(interval.upper).toBeGreaterThanOrEqual(interval.estimate);
        expect(interval.upper).toBeGreaterThan(interval.lower);
        expect(interval.usableResamples).toBe(400);
    });

    it('reports the statistic itself as the estimate', () => {
        expect(intervals['alpha (interval)'].estimate).toBe(krippendorffAlpha(session, 'interval').alpha);
        expect(intervals['Fleiss kappa'].estimate).toBe(fleissKappa(fleissCountsFromRatings(complete).counts).kappa);
        expect(intervals['Cohen kappa (quadratic)'].estimate).toBeCloseTo(
            cohenKappa(complete[0], complete[1], { weighting: 'quadratic' }).kappa,
            12
        );
        expect(intervals['ICC(2,1)'].estimate).toBeCloseTo(
            intraclassCorrelation(complete).estimates['ICC(2,1)'].value,
            12
        );
    });

    it('is wider with fewer units', () => {
        const few = session.map((row) => row.slice(0, 20));
        const width = (data: (number | null)[][]) => {
            const interval = bootstrapKrippendorffAlpha(data, 'interval', options);
            return interval.upper - interval.lower;
        };
        expect(width(few)).toBeGreaterThan(1.5 * width(session));
        const iccWidth = (data: number[][]) => {
            const interval = bootstrapIntraclassCorrelation(data, 'ICC(3,1)', options);
            return interval.upper - interval.lower;
        };
        expect(iccWidth(complete.map((row) => row.slice(0, 15)))).toBeGreaterThan(iccWidth(complete));
    });

    it('is wider at a higher confidence level', () => {
        const at = (confidence: number) => bootstrapKrippendorffAlpha(session, 'ordinal', { ...options, confidence });
        const ninetyNine = at(0.99);
        const eighty = at(0.8);
        expect(ninetyNine.lower).toBeLessThan(eighty.lower);
        expect(ninetyNine.upper).toBeGreaterThan(eighty.upper);
    });
});

describe('a resample counts each drawn unit as often as it was drawn', () => {
    // The bootstraps re-weight units instead of copying them; copying must give the same number.
    const drawCounts = seededDrawCounts('draws', 120);

    it.each(MEASUREMENT_LEVELS)('alpha (%s) of the weighted tallies equals alpha of the repeated units', (level) => {
        const tally = tallyPairableValues(session);
        const pairableDraws = Float64Array.from(tally.pairableUnitColumn, (column) => drawCounts[column]);
        const weighted = alphaFromPairableValues(tally, level, pairableDraws).alpha;
        expect(weighted).toBeCloseTo(krippendorffAlpha(repeatUnits(session, drawCounts), level).alpha, 12);
    });

    it('Fleiss kappa of weighted subjects equals kappa of the repeated subjects', () => {
        const { counts } = fleissCountsFromRatings(complete);
        const weighted = fleissKappaWeighted(counts, 4, Float64Array.from(drawCounts)).kappa;
        expect(weighted).toBeCloseTo(
            fleissKappa(fleissCountsFromRatings(repeatUnits(complete, drawCounts)).counts).kappa,
            12
        );
    });

    it('ICC of weighted targets equals ICC of the repeated targets', () => {
        const { scores, targets, raters } = completeScores(complete);
        const weighted = iccMeanSquares(scores, targets, raters, Float64Array.from(drawCounts));
        const repeated = intraclassCorrelation(repeatUnits(complete, drawCounts)).estimates;
        (['ICC(1,1)', 'ICC(2,1)', 'ICC(3,k)'] as const).forEach((form) =>
            expect(iccValue(weighted, form)).toBeCloseTo(repeated[form].value, 12)
        );
    });
});

describe('bootstrap edge cases and options', () => {
    it('leaves out resamples where the statistic is undefined, and says how many were usable', () => {
        // Two units; a resample of the same unit twice has no variation, so alpha is 0/0 there.
        const interval = bootstrapKrippendorffAlpha(
            [
                [1, 2],
                [1, 2]
            ],
            'nominal',
            { seed: 'two-units', resamples: 200 }
        );
        expect(interval.usableResamples).toBeGreaterThan(50);
        expect(interval.usableResamples).toBeLessThan(150);
        expect(interval.lower).toBe(1);
    });

    it('gives NaN bounds when there is nothing to resample', () => {
        const interval = bootstrapKrippendorffAlpha(
            [
                [1, null],
                [null, 2]
            ],
            'nominal',
            { seed: 1 }
        );
        expect(interval.estimate).toBeNaN();
        expect(interval.lower).toBeNaN();
        expect(interval.usableResamples).toBe(0);
    });

    it('checks the seed, the number of resamples and the confidence level', () => {
        expect(() => bootstrapKrippendorffAlpha(session, 'interval', {} as never)).toThrow('needs a seed');
        expect(() => bootstrapKrippendorffAlpha(session, 'interval', undefined as never)).toThrow('seed');
        expect(() => bootstrapKrippendorffAlpha(session, 'interval', { seed: 1, resamples: 1 })).toThrow(
            'from 2 to 1000000, got 1'
        );
        expect(() => bootstrapKrippendorffAlpha(session, 'interval', { seed: 1, resamples: 10.5 })).toThrow('got 10.5');
        expect(() => bootstrapKrippendorffAlpha(session, 'interval', { seed: 1, confidence: 1 })).toThrow(
            'strictly between 0 and 1, got 1'
        );
        expect(() => bootstrapIntraclassCorrelation(complete, 'ICC(4,1)' as never, { seed: 1 })).toThrow(
            'got ICC(4,1)'
        );
    });

    it('reads quantiles by linear interpolation between order statistics (R type 7)', () => {
        const sorted = Float64Array.from([1, 2, 3, 4]);
        expect(quantileOfSorted(sorted, 0.25)).toBeCloseTo(1.75, 12);
        expect(quantileOfSorted(sorted, 0)).toBe(1);
        expect(quantileOfSorted(sorted, 1)).toBe(4);
        expect(quantileOfSorted(new Float64Array(0), 0.5)).toBeNaN();
    });
});
