import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { Command } from 'commander';
import { runVerity } from '../cli/program';
import { targetOrgOption } from '../cli/targetOrg';

const BIN = path.join(__dirname, '..', '..', 'bin', 'verity.js');

/** Runs `verity` in this process and captures what it prints. */
async function verity(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stdout += String(chunk);
        return true;
    });
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stderr += String(chunk);
        return true;
    });
    try {
        const code = await runVerity(argv);
        return { code, stdout, stderr };
    } finally {
        out.mockRestore();
        err.mockRestore();
    }
}

describe('verity (the installed command)', () => {
    it('prints its version and help through bin/verity.js', () => {
        const { version } = require('../../package.json') as { version: string };
        expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }).trim()).toBe(version);
        const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
        expect(help).toContain('Usage: verity');
        expect(help).toContain('band');
        expect(help).toContain('Exit codes: 0 done, 1 the job failed, 2 bad input or usage.');
    });

    it('runs a subcommand from any folder and exits 2 on bad input', () => {
        const ok = spawnSync(process.execPath, [BIN, 'band', '86', '--json'], { encoding: 'utf8', cwd: '/' });
        expect(ok.status).toBe(0);
        expect(JSON.parse(ok.stdout)).toEqual({ status: 0, result: [{ score: 86, band: 'target', label: 'Target' }] });
        const bad = spawnSync(process.execPath, [BIN, 'band', 'eighty'], { encoding: 'utf8' });
        expect(bad.status).toBe(2);
        expect(bad.stderr).toContain('"eighty" is not a score');
    });
});

describe('verity band', () => {
    it('prints each score with its band for a person', async () => {
        const { code, stdout } = await verity('band', '92', '82.5', '75', '40%');
        expect(code).toBe(0);
        expect(stdout.split('\n')).toEqual([
            '  92 %  Target',
            '82.5 %  Acceptable',
            '  75 %  Needs Improvement',
            '  40 %  Critical',
            ''
        ]);
    });

    it('uses the program limits given as options', async () => {
        const { stdout } = await verity(
            'band',
            '86',
            '--target',
            '90',
            '--acceptable',
            '85',
            '--needs-improvement',
            '75',
            '--json'
        );
        expect(JSON.parse(stdout).result).toEqual([{ score: 86, band: 'acceptable', label: 'Acceptable' }]);
    });

    it('refuses limits out of order, as a usage error in JSON', async () => {
        const { code, stdout } = await verity('band', '86', '--target', '70', '--json');
        expect(code).toBe(2);
        expect(JSON.parse(stdout)).toEqual({
            status: 2,
            name: 'UsageError',
            message: 'Band limits must rise: needsImprovement (70) < acceptable (80) < target (70).'
        });
    });

    it('names the bad score and exits 2', async () => {
        const { code, stderr, stdout } = await verity('band', '85', '120');
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toBe('verity: "120" is not a score: a Contact Quality Score is a percentage from 0 to 100.\n');
    });
});

describe('the command frame', () => {
    it('reports an unknown command as a usage error, as JSON when asked', async () => {
        const { code, stdout } = await verity('--json', 'sample-everything');
        expect(code).toBe(2);
        expect(JSON.parse(stdout)).toMatchObject({
            status: 2,
            name: 'UsageError',
            message: expect.stringContaining("unknown command 'sample-everything'")
        });
    });

    it('gives org commands --target-org, with SF_TARGET_ORG as its default like sf', () => {
        const parse = (argv: string[]) => {
            const command = new Command('job').addOption(targetOrgOption()).exitOverride();
            command.parse(argv, { from: 'user' });
            return command.opts().targetOrg as string | undefined;
        };
        const saved = process.env.SF_TARGET_ORG;
        try {
            delete process.env.SF_TARGET_ORG;
            expect(parse([])).toBeUndefined();
            expect(parse(['--target-org', 'qa-sandbox'])).toBe('qa-sandbox');
            expect(parse(['-o', 'admin@verity.example'])).toBe('admin@verity.example');
            process.env.SF_TARGET_ORG = 'from-env';
            expect(parse([])).toBe('from-env');
        } finally {
            if (saved === undefined) {
                delete process.env.SF_TARGET_ORG;
            } else {
                process.env.SF_TARGET_ORG = saved;
            }
        }
    });
});
