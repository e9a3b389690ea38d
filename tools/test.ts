/**
 * `npm test`: every quality gate and every test project, one summary at the end, exit code 1 when
 * anything failed. The gates: build (strict type-check, component bundles), ESLint, Prettier,
 * check:metadata; then Jest (components and node projects).
 */
import fs from 'node:fs';
import path from 'node:path';
import { packageBin, runCommand } from './shared/runCommand';
import { jestProjectResults } from './test/jestReport';
import { runSteps, type Step, type StepResult } from './test/qualitySteps';

const root = process.cwd();

function gate(name: string, program: string, args: string[]): Step {
    return {
        name,
        async run(): Promise<StepResult> {
            const result = await runCommand(program, args, { cwd: root, echo: true });
            const ok = result.exitCode === 0;
            return { name, ok, seconds: result.seconds, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
        }
    };
}

const node = process.execPath;
const tsx = packageBin('tsx', 'dist/cli.mjs');

const jest: Step = {
    name: 'jest',
    async run(): Promise<StepResult[]> {
        const reportFile = path.join(root, '.cache', 'jest-results.json');
        fs.mkdirSync(path.dirname(reportFile), { recursive: true });
        fs.rmSync(reportFile, { force: true });
        const result = await runCommand(
            node,
            [packageBin('jest', 'bin/jest.js'), '--ci', '--json', '--outputFile', reportFile],
            { cwd: root, echo: true }
        );
        if (!fs.existsSync(reportFile)) {
            return [
                {
                    name: 'jest',
                    ok: false,
                    seconds: result.seconds,
                    passed: 0,
                    failed: 1,
                    skipped: 0,
                    detail: 'Jest wrote no report'
                }
            ];
        }
        const projects = jestProjectResults(reportFile, root, result.seconds);
        if (result.exitCode !== 0 && projects.every((project) => project.ok)) {
            // Jest failed outside any test (configuration, coverage, an open handle): still a failure.
            projects.push({
                name: 'jest',
                ok: false,
                seconds: result.seconds,
                passed: 0,
                failed: 1,
                skipped: 0,
                detail: `exit code ${result.exitCode}`
            });
        }
        return projects;
    }
};

runSteps([
    gate('build', node, [tsx, 'tools/build.ts']),
    gate('eslint', node, [packageBin('eslint', 'bin/eslint.js'), '.']),
    gate('prettier', node, [packageBin('prettier', 'bin/prettier.cjs'), '--check', '.']),
    gate('check:metadata', node, [tsx, 'tools/checkMetadata.ts']),
    jest
]).then((code) => {
    process.exitCode = code;
});
