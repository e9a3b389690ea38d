import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_BAND_LIMITS, parseScore, qualityBandFor, validateBandLimits, type BandLimits } from 'c/scoreBands';
import { UsageError } from '../cli/exitCodes';
import { outputFor } from '../cli/output';

function limitOption(name: string) {
    return (text: string): number => {
        const value = parseScore(text);
        if (value === null) {
            throw new InvalidArgumentError(`${name} must be a percentage from 0 to 100.`);
        }
        return value;
    };
}

/** `verity band SCORE…`: the Contact Quality Score band of each score, with the program's limits. */
export function bandCommand(): Command {
    return new Command('band')
        .description(
            'show the Contact Quality Score band of each score (≥ 85 target, 80–85 acceptable, 70–79 needs improvement, < 70 critical)'
        )
        .argument('<score...>', 'scores in percent, such as 82.5 or 91%')
        .option('--target <percent>', 'lowest score on target', limitOption('--target'), DEFAULT_BAND_LIMITS.target)
        .option(
            '--acceptable <percent>',
            'lowest acceptable score',
            limitOption('--acceptable'),
            DEFAULT_BAND_LIMITS.acceptable
        )
        .option(
            '--needs-improvement <percent>',
            'lowest score that is not critical',
            limitOption('--needs-improvement'),
            DEFAULT_BAND_LIMITS.needsImprovement
        )
        .action(
            (
                scores: string[],
                options: { target: number; acceptable: number; needsImprovement: number },
                command: Command
            ) => {
                const limits: BandLimits = {
                    target: options.target,
                    acceptable: options.acceptable,
                    needsImprovement: options.needsImprovement
                };
                try {
                    validateBandLimits(limits);
                } catch (error) {
                    throw new UsageError((error as Error).message);
                }
                const results = scores.map((text) => {
                    const score = parseScore(text);
                    if (score === null) {
                        throw new UsageError(
                            `"${text}" is not a score: a Contact Quality Score is a percentage from 0 to 100.`
                        );
                    }
                    const band = qualityBandFor(score, limits);
                    return { score, band: band.name, label: band.label };
                });
                const width = Math.max(...results.map((result) => String(result.score).length));
                outputFor(command).result(
                    results,
                    results.map((result) => `${String(result.score).padStart(width)} %  ${result.label}`)
                );
            }
        );
}
