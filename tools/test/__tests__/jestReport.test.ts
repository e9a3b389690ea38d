import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jestProjectResults } from '../jestReport';

/** npm test's summary counts each test under the Jest project that ran it. */
describe('jestProjectResults', () => {
    const root = '/repo';
    let folder: string;

    beforeEach(() => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-jest-report-'));
    });

    afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

    function report(files: Array<[string, string, string[]]>): string {
        const file = path.join(folder, 'report.json');
        const testResults = files.map(([name, status, assertions]) => ({
            name: path.join(root, name),
            status,
            message: '',
            assertionResults: assertions.map((assertion) => ({ status: assertion }))
        }));
        fs.writeFileSync(file, JSON.stringify({ testResults }));
        return file;
    }

    it('puts lwc-ts and the preview web modules in components, browser-tests in browser, the rest in node', () => {
        const results = jestProjectResults(
            report([
                ['lwc-ts/qualityBand/__tests__/qualityBand.test.ts', 'passed', ['passed', 'passed']],
                ['local/preview/web/modules/shell/app/__tests__/app.test.ts', 'passed', ['passed']],
                ['browser-tests/previewSignIn.test.ts', 'failed', ['passed', 'failed']],
                ['local/preview/__tests__/flexipages.test.ts', 'passed', ['passed']]
            ]),
            root,
            1
        );
        expect(results.map(({ name, passed, failed, ok }) => ({ name, passed, failed, ok }))).toEqual([
            { name: 'jest: browser', passed: 1, failed: 1, ok: false },
            { name: 'jest: components', passed: 3, failed: 0, ok: true },
            { name: 'jest: node', passed: 1, failed: 0, ok: true }
        ]);
    });

    it('counts a test file that did not run as a failure of its project', () => {
        const [result] = jestProjectResults(report([['browser-tests/broken.test.ts', 'failed', []]]), root, 1);
        expect(result).toMatchObject({ name: 'jest: browser', failed: 1, ok: false });
    });
});
