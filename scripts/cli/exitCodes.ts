/** The exit codes of every `verity` command, documented in the README. */
export const EXIT = {
    /** The job did what was asked. */
    ok: 0,
    /** The job ran and failed: an org refused, a check found problems, a step did not finish. */
    failed: 1,
    /** The command was given bad input: an unknown option, a malformed value, a missing file. */
    usage: 2
} as const;

/** Bad input from the person running the command (exit 2). The message names what is wrong. */
export class UsageError extends Error {
    override readonly name = 'UsageError';
}

/** The job could not be done (exit 1). */
export class JobError extends Error {
    override readonly name = 'JobError';
}

export function exitCodeFor(error: unknown): number {
    return error instanceof UsageError ? EXIT.usage : EXIT.failed;
}
