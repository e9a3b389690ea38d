import { runSteps, summarize, type StepResult } from '../qualitySteps';

const result = (name: string, ok: boolean, extra: Partial<StepResult> = {}): StepResult => ({
    name,
    ok,
    seconds: 1.25,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    ...extra
});

describe('runSteps (npm test)', () => {
    it('exits 0 when every step passes and ends on the plain closing line', async () => {
        const lines: string[] = [];
        const code = await runSteps(
            [
                { name: 'build', run: async () => result('build', true) },
                {
                    name: 'jest',
                    run: async () => [
                        result('jest: components', true, { passed: 41, failed: 0 }),
                        result('jest: node', true, { passed: 8 })
                    ]
                }
            ],
            (line) => lines.push(line)
        );
        expect(code).toBe(0);
        expect(lines.join('\n').split('\n').at(-1)).toBe('tests: 50 passed, 0 failed');
    });

    it('exits 1 when one gate fails, and still runs the steps after it', async () => {
        const ran: string[] = [];
        const lines: string[] = [];
        const code = await runSteps(
            [
                { name: 'build', run: async () => (ran.push('build'), result('build', false)) },
                { name: 'eslint', run: async () => (ran.push('eslint'), result('eslint', true)) }
            ],
            (line) => lines.push(line)
        );
        expect(code).toBe(1);
        expect(ran).toEqual(['build', 'eslint']);
        const summary = lines.join('\n');
        expect(summary).toMatch(/build\s+FAILED/);
        expect(summary).toMatch(/eslint\s+passed/);
        expect(summary.split('\n').at(-1)).toBe('tests: 1 passed, 1 failed');
    });

    it('counts a step that throws as a failure, with its message', async () => {
        const lines: string[] = [];
        const code = await runSteps(
            [{ name: 'check:metadata', run: async () => Promise.reject(new Error('sf not installed')) }],
            (line) => lines.push(line)
        );
        expect(code).toBe(1);
        expect(lines.join('\n')).toContain('check:metadata  FAILED     0.0 s  (sf not installed)');
    });

    it('shows test counts for test projects and skipped cases when there are some', () => {
        const text = summarize([result('jest: node', true, { passed: 12, failed: 0, skipped: 2 })]);
        expect(text).toContain('jest: node  passed     1.3 s  12 passed, 0 failed, 2 skipped');
        expect(text.split('\n').at(-1)).toBe('tests: 12 passed, 0 failed, 2 skipped');
    });
});
