import type { SampleJobResult } from './sampleJob';
import type { PlanRunResult } from './runPlan';

/** The job's result for a person: a heading and a table of picks per plan. */
const HEADINGS = ['Agent', 'Interaction', 'Evaluator', 'Reason'];

function table(rows: string[][]): string[] {
    const widths = HEADINGS.map((heading, column) =>
        Math.max(heading.length, ...rows.map((row) => row[column].length))
    );
    const line = (cells: string[]): string =>
        cells
            .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
            .join('  ')
            .trimEnd();
    return [line(HEADINGS), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

function planLines(plan: PlanRunResult): string[] {
    const what =
        plan.outcome === 'alreadyCompleted'
            ? 'already completed earlier: nothing written'
            : plan.outcome === 'dryRun'
              ? 'dry run: nothing written'
              : `${plan.assessmentsCreated} assessments created`;
    const lines = [
        `Plan "${plan.planName}" — period ${plan.periodStart} to ${plan.periodEnd}, seed ${plan.seed}`,
        `${plan.candidates} eligible, ${plan.picked} picked, ${plan.unassigned} unassigned; ${what}.`,
        ...(plan.nextRunAt ? [`Next run: ${plan.nextRunAt}`] : [])
    ];
    if (plan.picks.length > 0) {
        lines.push(
            '',
            ...table(
                plan.picks.map((pick) => [
                    pick.agentName,
                    pick.interactionName,
                    pick.evaluatorName ?? '(unassigned)',
                    pick.reason
                ])
            )
        );
    }
    return lines;
}

export function sampleReportLines(result: SampleJobResult): string[] {
    if (result.plans.length === 0) {
        return [`No sampling plan is due at ${result.now}.`];
    }
    return result.plans.flatMap((plan, index) => [...(index > 0 ? [''] : []), ...planLines(plan)]);
}
