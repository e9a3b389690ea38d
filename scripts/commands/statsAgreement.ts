import fs from 'node:fs';
import { Command, Option } from 'commander';
import {
    cohenKappa,
    fleissKappaFromRatings,
    intraclassCorrelation,
    krippendorffAlpha,
    reliabilityDataFromRatings,
    type IccForm,
    type MeasurementLevel
} from 'c/agreementStatistics';
import { readRatingsCsv } from '../analysis/ratingsCsv';
import { UsageError } from '../cli/exitCodes';
import { outputFor } from '../cli/output';

type Metric = 'alpha' | 'fleiss' | 'cohen' | 'icc';
type Weights = 'none' | 'linear' | 'quadratic';

interface AgreementOptions {
    input: string;
    metric: Metric;
    level: MeasurementLevel;
    weights: Weights;
    iccForm: string;
}

/** What every metric reports, plus its own details. */
interface AgreementResult {
    metric: Metric;
    value: number | null;
    units: number;
    raters: number;
    [detail: string]: unknown;
}

/** The engine refuses bad data with a RangeError/TypeError naming it: that is bad input (exit 2). */
function engine<T>(compute: () => T): T {
    try {
        return compute();
    } catch (error) {
        if (error instanceof RangeError || error instanceof TypeError) {
            throw new UsageError(error.message);
        }
        throw error;
    }
}

const shown = (value: number): number | null => (Number.isNaN(value) ? null : value);

function computeAgreement(options: AgreementOptions, text: string): AgreementResult {
    const { raters, units, data } = engine(() => reliabilityDataFromRatings(readRatingsCsv(text, options.input)));
    const base = { metric: options.metric, units: units.length, raters: raters.length };
    switch (options.metric) {
        case 'alpha': {
            const result = engine(() => krippendorffAlpha(data, options.level));
            return {
                ...base,
                value: shown(result.alpha),
                level: result.level,
                observedDisagreement: result.observedDisagreement,
                expectedDisagreement: result.expectedDisagreement,
                pairableValues: result.pairableValues,
                droppedUnits: result.droppedUnits,
                undefinedReason: result.undefinedReason
            };
        }
        case 'fleiss': {
            const result = engine(() => fleissKappaFromRatings(data));
            return {
                ...base,
                value: shown(result.kappa),
                observedAgreement: result.observedAgreement,
                expectedAgreement: result.expectedAgreement,
                categories: result.categories,
                undefinedReason: result.undefinedReason
            };
        }
        case 'cohen': {
            if (raters.length !== 2) {
                throw new UsageError(
                    `Cohen's kappa compares exactly 2 raters; ${options.input} has ${raters.length}: ${raters.join(', ')}.`
                );
            }
            const weighting = options.weights === 'none' ? 'unweighted' : options.weights;
            const result = engine(() => cohenKappa(data[0], data[1], { weighting }));
            return {
                ...base,
                value: shown(result.kappa),
                weights: options.weights,
                observedAgreement: result.observedAgreement,
                expectedAgreement: result.expectedAgreement,
                droppedUnits: result.droppedPairs,
                undefinedReason: result.undefinedReason
            };
        }
        case 'icc': {
            const form = `ICC(${options.iccForm})` as IccForm;
            const estimate = engine(() => intraclassCorrelation(data)).estimates[form];
            return {
                ...base,
                value: shown(estimate.value),
                form,
                lower: shown(estimate.lower),
                upper: shown(estimate.upper),
                confidence: 0.95,
                fValue: estimate.fValue,
                df1: estimate.df1,
                df2: estimate.df2
            };
        }
    }
}

function describeResult(result: AgreementResult): string[] {
    const value = result.value === null ? `undefined (${String(result.undefinedReason)})` : result.value.toFixed(4);
    const name = {
        alpha: `Krippendorff's alpha (${String(result.level)})`,
        fleiss: "Fleiss' kappa",
        cohen: `Cohen's kappa (${result.weights === 'none' ? 'unweighted' : `${String(result.weights)} weights`})`,
        icc: String(result.form)
    }[result.metric];
    const lines = [`${name}: ${value}`, `${result.units} units, ${result.raters} raters`];
    if (result.metric === 'icc' && result.lower !== null && result.upper !== null) {
        lines.push(`95% interval: ${(result.lower as number).toFixed(4)} to ${(result.upper as number).toFixed(4)}`);
    }
    return lines;
}

/** `verity stats agreement`: inter-rater agreement of ratings given as a long-form CSV. */
export function statsAgreementCommand(): Command {
    return new Command('agreement')
        .description(
            'inter-rater agreement of ratings in a CSV with the header unit,rater,value (an empty value is missing)'
        )
        .requiredOption('--input <file>', 'the ratings CSV')
        .addOption(
            new Option('--metric <metric>', 'the statistic')
                .choices(['alpha', 'fleiss', 'cohen', 'icc'])
                .default('alpha')
        )
        .addOption(
            new Option('--level <level>', "Krippendorff's alpha level of measurement")
                .choices(['nominal', 'ordinal', 'interval', 'ratio'])
                .default('interval')
        )
        .addOption(
            new Option('--weights <weights>', "Cohen's kappa weights")
                .choices(['none', 'linear', 'quadratic'])
                .default('none')
        )
        .addOption(
            new Option('--icc-form <form>', 'Shrout–Fleiss form')
                .choices(['1,1', '2,1', '3,1', '1,k', '2,k', '3,k'])
                .default('2,1')
        )
        .action((options: AgreementOptions, command: Command) => {
            let text: string;
            try {
                text = fs.readFileSync(options.input, 'utf8');
            } catch (error) {
                throw new UsageError(
                    `cannot read ${options.input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
                );
            }
            const result = computeAgreement(options, text);
            outputFor(command).result(result, describeResult(result));
        });
}
