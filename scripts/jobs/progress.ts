import { SingleBar, Presets } from 'cli-progress';
import type { CommandOutput } from '../cli/output';

/** Progress on long work: a bar on stderr for a person, nothing with --json. */
export interface Progress {
    advance(by?: number): void;
    finish(): void;
}

export const SILENT_PROGRESS: Progress = { advance: () => undefined, finish: () => undefined };

export function createProgress(
    label: string,
    total: number,
    output: CommandOutput,
    stream: NodeJS.WritableStream = process.stderr
): Progress {
    if (output.json || total <= 0) {
        return SILENT_PROGRESS;
    }
    const bar = new SingleBar(
        {
            format: `${label} [{bar}] {value}/{total} {percentage}%`,
            stream: stream as NodeJS.WriteStream,
            // Not a terminal (CI, a pipe): still show the figures, without redrawing.
            noTTYOutput: true,
            notTTYSchedule: 2000,
            hideCursor: true
        },
        Presets.shades_classic
    );
    bar.start(total, 0);
    let finished = false;
    return {
        advance(by = 1) {
            if (!finished) {
                bar.increment(by);
            }
        },
        finish() {
            if (!finished) {
                finished = true;
                bar.stop();
            }
        }
    };
}
