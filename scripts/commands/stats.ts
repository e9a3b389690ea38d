import { Command } from 'commander';
import { statsAgreementCommand } from './statsAgreement';
import { statsSampleSizeCommand } from './statsSampleSize';

/** `verity stats …`: the analyst's statistics, on files; no org needed. */
export function statsCommand(): Command {
    return new Command('stats')
        .description('statistics for QA analysts, from files (no org needed)')
        .addCommand(statsAgreementCommand())
        .addCommand(statsSampleSizeCommand());
}
