import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { JobError } from '../cli/exitCodes';

/**
 * The schedule of the jobs lives outside the org: crontab lines that run `verity` from the project
 * folder. Each line ends with a marker naming the job and the folder, so installing again replaces
 * our lines instead of adding copies, and leaves every other line of the user's crontab alone.
 */
export interface ScheduledJob {
    /** Marker name: "sample", "snapshot-week", … */
    name: string;
    /** Five crontab time fields. */
    when: string;
    /** The verity arguments. */
    args: string[];
    why: string;
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
    // Plans carry their own next run time; waking every 15 minutes runs each one close to it.
    { name: 'sample', when: '*/15 * * * *', args: ['sample'], why: 'runs the sampling plans that are due' },
    {
        name: 'snapshot-week',
        when: '30 2 * * 1',
        args: ['snapshot', '--period', 'week'],
        why: 'KPI snapshots for the week just ended (Mondays 02:30)'
    },
    {
        name: 'snapshot-month',
        when: '45 2 1 * *',
        args: ['snapshot', '--period', 'month'],
        why: 'KPI snapshots for the month just ended (the 1st, 02:45)'
    }
];

/** Single-quotes a word for sh, so a folder with spaces or quotes stays one word. */
export function shellQuote(word: string): string {
    return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function markerOf(job: ScheduledJob, projectDir: string): string {
    return `# verity:${job.name} ${projectDir}`;
}

export interface ScheduleOptions {
    projectDir: string;
    /** Where each job appends its JSON result (relative to the project folder). */
    logDir?: string;
    targetOrg?: string;
}

export function crontabLines(options: ScheduleOptions): string[] {
    const logDir = options.logDir ?? '.local/logs';
    const org = options.targetOrg ? ['--target-org', options.targetOrg] : [];
    return SCHEDULED_JOBS.map((job) => {
        const command = ['npx', 'verity', ...job.args, ...org, '--json'].map(shellQuote).join(' ');
        const log = shellQuote(`${logDir}/${job.name}.log`);
        return `${job.when} cd ${shellQuote(options.projectDir)} && mkdir -p ${shellQuote(logDir)} && ${command} >> ${log} 2>&1 ${markerOf(job, options.projectDir)}`;
    });
}

/** Reads and writes a crontab: the user's through `crontab`, or a file (tests, a system cron.d). */
export interface CrontabStore {
    read(): string;
    write(text: string): void;
}

export function userCrontab(): CrontabStore {
    return {
        read() {
            const listed = spawnSync('crontab', ['-l'], { encoding: 'utf8' });
            if (listed.error) {
                throw new JobError(`crontab could not be run: ${listed.error.message}`);
            }
            // "no crontab for user" is an empty crontab, not a failure.
            return listed.status === 0 ? listed.stdout : '';
        },
        write(text) {
            const written = spawnSync('crontab', ['-'], { input: text, encoding: 'utf8' });
            if (written.error || written.status !== 0) {
                throw new JobError(
                    `crontab refused the new schedule: ${written.error?.message ?? written.stderr.trim()}`
                );
            }
        }
    };
}

export function fileCrontab(file: string): CrontabStore {
    return {
        read: () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''),
        write: (text) => fs.writeFileSync(file, text)
    };
}

export interface InstallOutcome {
    added: number;
    replaced: number;
    unchanged: number;
}

/** Puts our lines in the crontab: replaces ours for this folder, keeps everything else, writes only on change. */
export function installSchedule(store: CrontabStore, lines: string[]): InstallOutcome {
    const current = store.read();
    const existing = current.split('\n').filter((line, index, all) => !(line === '' && index === all.length - 1));
    const markerIn = (line: string): string | null => /# verity:\S+ .*$/.exec(line)?.[0] ?? null;
    const wanted = new Map(lines.map((line) => [markerIn(line) as string, line]));
    const outcome: InstallOutcome = { added: 0, replaced: 0, unchanged: 0 };
    const kept: string[] = [];
    for (const line of existing) {
        const marker = markerIn(line);
        const replacement = marker ? wanted.get(marker) : undefined;
        if (replacement === undefined) {
            kept.push(line);
            continue;
        }
        if (replacement === line) {
            outcome.unchanged += 1;
        } else {
            outcome.replaced += 1;
        }
        kept.push(replacement);
        wanted.delete(marker as string);
    }
    for (const line of wanted.values()) {
        kept.push(line);
        outcome.added += 1;
    }
    const next = `${kept.join('\n')}\n`;
    if (next !== current) {
        store.write(next);
    }
    return outcome;
}
