import type { Command } from 'commander';
import { exitCodeFor } from './exitCodes';

/**
 * What a command prints. With `--json` every command prints one JSON object on stdout —
 * `{ "status": 0, "result": … }` or `{ "status": N, "name": …, "message": … }` — and nothing else,
 * so scripts and CI steps can read it; without it, lines for a person.
 */
export interface CommandOutput {
    readonly json: boolean;
    /** Prints the result: the lines for a person, or the data as JSON. */
    result(data: unknown, lines: string[]): void;
    /** Progress and notes for a person; silent with --json. */
    note(line: string): void;
}

export function outputFor(
    command: Command,
    stdout: NodeJS.WritableStream = process.stdout,
    stderr: NodeJS.WritableStream = process.stderr
): CommandOutput {
    const json = Boolean(command.optsWithGlobals().json);
    return {
        json,
        result(data, lines) {
            stdout.write(json ? `${JSON.stringify({ status: 0, result: data }, null, 2)}\n` : `${lines.join('\n')}\n`);
        },
        note(line) {
            if (!json) {
                stderr.write(`${line}\n`);
            }
        }
    };
}

/** Prints a failure the way the output mode asks and returns the exit code. */
export function reportFailure(
    error: unknown,
    json: boolean,
    stdout: NodeJS.WritableStream = process.stdout,
    stderr: NodeJS.WritableStream = process.stderr
): number {
    const status = exitCodeFor(error);
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    if (json) {
        stdout.write(`${JSON.stringify({ status, name, message }, null, 2)}\n`);
    } else {
        stderr.write(`verity: ${message}\n`);
    }
    return status;
}
