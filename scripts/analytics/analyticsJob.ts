import path from 'node:path';
import type { Connection } from 'jsforce';
import type { Command } from 'commander';
import { outputFor, type CommandOutput } from '../cli/output';
import { createProgress, type Progress } from '../jobs/progress';
import { connectToOrg } from '../org/orgConnection';

/** Makes the progress bar of a write once its size is known (silent with --json). */
export type MakeProgress = (label: string, total: number) => Progress;

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Runs an analytics job on the org the command names (--target-org, else the local org), with
 * progress bars for a person, and closes the connection whatever happens.
 */
export async function runOnOrg<T>(
    command: Command,
    job: (conn: Connection, makeProgress: MakeProgress, output: CommandOutput) => Promise<T>
): Promise<{ result: T; output: CommandOutput; org: string }> {
    const output = outputFor(command);
    const { targetOrg } = command.optsWithGlobals() as { targetOrg?: string };
    const org = await connectToOrg({ targetOrg, root: PROJECT_ROOT });
    try {
        output.note(`Org: ${org.describe}`);
        const result = await job(org.conn, (label, total) => createProgress(label, total, output), output);
        return { result, output, org: org.describe };
    } finally {
        await org.close();
    }
}

/** A table for a person: columns padded to their widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (cells: readonly string[]): string =>
        cells
            .map((cell, column) => cell.padEnd(widths[column]))
            .join('  ')
            .trimEnd();
    return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

export const shown = (value: number | null, decimals = 2): string =>
    value === null || !Number.isFinite(value) ? '–' : String(Math.round(value * 10 ** decimals) / 10 ** decimals);
