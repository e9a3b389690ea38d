import { Command, CommanderError } from 'commander';
import { awardsCommand } from '../commands/awards';
import { bandCommand } from '../commands/band';
import { calibrationCommand } from '../commands/calibration';
import { localCommand } from '../commands/local';
import { reevaluateCommand } from '../commands/reevaluate';
import { sampleCommand } from '../commands/sample';
import { scheduleCommand } from '../commands/schedule';
import { seedCommand } from '../commands/seed';
import { snapshotCommand } from '../commands/snapshot';
import { statsCommand } from '../commands/stats';
import { EXIT, UsageError } from './exitCodes';
import { reportFailure } from './output';

const { version } = require('../../package.json') as { version: string };

/**
 * The `verity` program: global options, then one subcommand per job. A subcommand is a function
 * returning a commander Command (see scripts/commands/); register it here.
 */
export function createProgram(): Command {
    const program = new Command('verity')
        .description(
            'Verity: contact-center quality assurance on Salesforce — jobs, local org and analysis from the command line.'
        )
        .version(version, '-v, --version', 'print the version')
        .option('--json', 'print one JSON object (status, result or error) instead of text')
        .showHelpAfterError('(run verity --help for usage)')
        .exitOverride();
    program.addHelpText(
        'after',
        '\nExit codes: 0 done, 1 the job failed, 2 bad input or usage.\nCommands that work on an org take --target-org ALIAS|USERNAME (default: the local org).'
    );
    program.addCommand(bandCommand());
    program.addCommand(statsCommand());
    program.addCommand(localCommand());
    program.addCommand(seedCommand());
    program.addCommand(sampleCommand());
    program.addCommand(reevaluateCommand());
    program.addCommand(calibrationCommand());
    program.addCommand(snapshotCommand());
    program.addCommand(awardsCommand());
    program.addCommand(scheduleCommand());
    // Every command, nested ones too, reports usage errors to runVerity instead of exiting.
    const overrideExit = (command: Command): void => {
        command.exitOverride();
        command.commands.forEach(overrideExit);
    };
    program.commands.forEach(overrideExit);
    return program;
}

/** Runs the program on `argv` and returns the exit code instead of exiting, so tests can call it. */
export async function runVerity(argv: string[]): Promise<number> {
    const json = argv.includes('--json');
    const program = createProgram();
    if (json) {
        // With --json, usage errors are reported as JSON below, not as commander's text.
        const quiet = { writeErr: () => undefined, outputError: () => undefined };
        program.configureOutput(quiet);
        const quieten = (command: Command): void => {
            command.configureOutput(quiet);
            command.commands.forEach(quieten);
        };
        program.commands.forEach(quieten);
    }
    try {
        await program.parseAsync(argv, { from: 'user' });
        return EXIT.ok;
    } catch (error) {
        if (error instanceof CommanderError) {
            if (error.exitCode === 0) {
                return EXIT.ok; // --help or --version, already printed
            }
            return json ? reportFailure(new UsageError(error.message.replace(/^error: /, '')), true) : EXIT.usage;
        }
        return reportFailure(error, json);
    }
}
