/** One step of `npm test`: a quality gate or a test project, and how it went. */
export interface StepResult {
    name: string;
    ok: boolean;
    seconds: number;
    /** Test cases, for test runners; a gate counts as one check. */
    passed: number;
    failed: number;
    skipped: number;
    detail?: string;
}

export interface Step {
    name: string;
    run(): Promise<StepResult | StepResult[]>;
}

/**
 * Runs every step, even after one fails, so a single run shows everything that is wrong; then
 * prints one summary and returns the exit code (0 only when every step passed).
 */
export async function runSteps(steps: Step[], print: (line: string) => void = console.log): Promise<number> {
    const results: StepResult[] = [];
    for (const step of steps) {
        print(`\n▶ ${step.name}`);
        try {
            const result = await step.run();
            results.push(...(Array.isArray(result) ? result : [result]));
        } catch (error) {
            results.push({
                name: step.name,
                ok: false,
                seconds: 0,
                passed: 0,
                failed: 1,
                skipped: 0,
                detail: (error as Error).message
            });
        }
    }
    print(summarize(results));
    return results.every((result) => result.ok) ? 0 : 1;
}

export function summarize(results: StepResult[]): string {
    const width = Math.max(...results.map((result) => result.name.length));
    const lines = results.map((result) => {
        const status = result.ok ? 'passed' : 'FAILED';
        const counts =
            result.passed + result.failed + result.skipped > 1
                ? `  ${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ''}`
                : '';
        const detail = result.detail ? `  (${result.detail})` : '';
        return `  ${result.name.padEnd(width)}  ${status}  ${result.seconds.toFixed(1).padStart(6)} s${counts}${detail}`;
    });
    const total = (key: 'passed' | 'failed' | 'skipped') => results.reduce((sum, result) => sum + result[key], 0);
    const skipped = total('skipped');
    return [
        '',
        'Summary (each quality gate counts as one check, each test case as one)',
        ...lines,
        `tests: ${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`
    ].join('\n');
}
