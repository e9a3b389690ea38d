import path from 'node:path';
import { Command } from 'commander';
import { outputFor } from '../cli/output';
import { targetOrgOption } from '../cli/targetOrg';
import { crontabLines, fileCrontab, installSchedule, SCHEDULED_JOBS, userCrontab } from '../jobs/crontab';

interface ScheduleCommandOptions {
    install?: boolean;
    crontabFile?: string;
    projectDir: string;
    targetOrg?: string;
}

/** `verity schedule [--install]`: the crontab lines for the due-plan sampling and snapshot jobs. */
export function scheduleCommand(): Command {
    return new Command('schedule')
        .description('print the crontab lines that run sampling and snapshots; --install adds them to your crontab')
        .option('--install', "add the lines to the user's crontab (again: replaces them, adds nothing twice)")
        .option('--crontab-file <path>', 'install into this file instead of the user crontab (cron.d, tests)')
        .option('--project-dir <dir>', 'the folder the jobs run from', process.cwd())
        .addOption(targetOrgOption())
        .action((options: ScheduleCommandOptions, command: Command) => {
            const output = outputFor(command);
            const projectDir = path.resolve(options.projectDir);
            const lines = crontabLines({ projectDir, targetOrg: options.targetOrg });
            const jobs = SCHEDULED_JOBS.map((job, index) => ({ name: job.name, why: job.why, line: lines[index] }));
            if (!options.install) {
                output.result({ installed: false, jobs }, [
                    ...SCHEDULED_JOBS.map((job, index) => `# ${job.why}\n${lines[index]}`),
                    '',
                    '# Add with: verity schedule --install   (or crontab -e and paste the lines)'
                ]);
                return;
            }
            const store = options.crontabFile ? fileCrontab(options.crontabFile) : userCrontab();
            const outcome = installSchedule(store, lines);
            output.result({ installed: true, ...outcome, jobs }, [
                `Crontab ${options.crontabFile ?? '(user)'}: ${outcome.added} added, ${outcome.replaced} replaced, ${outcome.unchanged} already there.`
            ]);
        });
}
