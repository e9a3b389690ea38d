import { Command, Option } from 'commander';
import { adviseSampleSize, type SampleSizeMethod } from 'c/scoreStatistics';
import { UsageError } from '../cli/exitCodes';
import { numberOption } from '../cli/numberOption';
import { outputFor } from '../cli/output';

interface SampleSizeOptions {
    sd: number;
    margin: number;
    confidence: number;
    population?: number;
    method: 't' | 'normal';
}

/** `verity stats sample-size`: how many assessments an agent needs for a score within ±E points. */
export function statsSampleSizeCommand(): Command {
    return new Command('sample-size')
        .description('how many assessments give an agent score within ±MARGIN points, given the spread of scores')
        .requiredOption(
            '--sd <points>',
            'standard deviation of the agent’s scores, in points',
            numberOption('--sd', { min: 0 })
        )
        .requiredOption(
            '--margin <points>',
            'the ± wanted, in points',
            numberOption('--margin', { min: 0, exclusiveMin: true })
        )
        .option(
            '--confidence <level>',
            'confidence level',
            numberOption('--confidence', { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true }),
            0.95
        )
        .option(
            '--population <count>',
            'the agent’s interactions in the period (finite population correction)',
            numberOption('--population', { min: 1, integer: true })
        )
        .addOption(
            new Option('--method <method>', 'interval the score is shown with').choices(['t', 'normal']).default('t')
        )
        .action((options: SampleSizeOptions, command: Command) => {
            const method: SampleSizeMethod = options.method === 't' ? 'studentT' : 'normal';
            let advice;
            try {
                advice = adviseSampleSize({
                    standardDeviation: options.sd,
                    marginOfError: options.margin,
                    confidence: options.confidence,
                    method,
                    populationSize: options.population
                });
            } catch (error) {
                throw new UsageError((error as Error).message);
            }
            const percent = `${Number((options.confidence * 100).toFixed(4))}%`;
            outputFor(command).result(advice, [
                `${advice.requiredCount} assessments give ±${advice.achievedMarginOfError.toFixed(2)} points at ${percent} confidence (SD ${options.sd}, ${options.method === 't' ? "Student's t" : 'normal'} interval)`,
                ...(advice.coversWholePopulation ? ['That is every interaction of the period.'] : [])
            ]);
        });
}
