import fs from 'node:fs';
import path from 'node:path';
import type { StepResult } from './qualitySteps';

interface JestJson {
    testResults: Array<{
        name: string;
        status: string;
        message: string;
        assertionResults: Array<{ status: string }>;
    }>;
}

/** The Jest project a test file belongs to, by the folders jest.config.js gives each project. */
function projectOf(relativeFile: string): string {
    if (relativeFile.startsWith('lwc-ts') || relativeFile.startsWith(path.join('local', 'preview', 'web'))) {
        return 'jest: components';
    }
    return relativeFile.startsWith('browser-tests') ? 'jest: browser' : 'jest: node';
}

/**
 * Counts from Jest's `--json` report, per test project (see projectOf). A test file that failed to run at
 * all (a syntax error, a missing module) counts as a failure of its project.
 */
export function jestProjectResults(reportFile: string, root: string, seconds: number): StepResult[] {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as JestJson;
    const byProject = new Map<string, StepResult>();
    for (const file of report.testResults) {
        const project = projectOf(path.relative(root, file.name));
        const result = byProject.get(project) ?? { name: project, ok: true, seconds, passed: 0, failed: 0, skipped: 0 };
        for (const assertion of file.assertionResults) {
            if (assertion.status === 'passed') {
                result.passed += 1;
            } else if (assertion.status === 'failed') {
                result.failed += 1;
            } else {
                result.skipped += 1;
            }
        }
        if (file.status === 'failed' && file.assertionResults.every((assertion) => assertion.status !== 'failed')) {
            result.failed += 1; // the file did not run
        }
        result.ok = result.failed === 0;
        byProject.set(project, result);
    }
    return [...byProject.values()].sort((a, b) => a.name.localeCompare(b.name));
}
