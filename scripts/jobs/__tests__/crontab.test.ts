import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runVerity } from '../../cli/program';
import { crontabLines, fileCrontab, installSchedule, shellQuote, type CrontabStore } from '../crontab';

function memoryCrontab(initial: string): CrontabStore & { writes: number; text: string } {
    const store = {
        text: initial,
        writes: 0,
        read: () => store.text,
        write: (text: string) => {
            store.text = text;
            store.writes += 1;
        }
    };
    return store;
}

describe('crontab lines', () => {
    it('run verity from the project folder, quoted, with a marker per job', () => {
        const lines = crontabLines({ projectDir: "/srv/qa team's/verity", targetOrg: 'prod' });
        expect(lines).toHaveLength(3);
        expect(lines[0]).toBe(
            "*/15 * * * * cd '/srv/qa team'\\''s/verity' && mkdir -p .local/logs && npx verity sample --target-org prod --json >> .local/logs/sample.log 2>&1 # verity:sample /srv/qa team's/verity"
        );
        expect(lines[1]).toContain('npx verity snapshot --period week');
        expect(lines[2]).toMatch(/^45 2 1 \* \* /);
    });

    it('quotes words for sh only when needed', () => {
        expect(shellQuote('/srv/verity')).toBe('/srv/verity');
        expect(shellQuote('a b')).toBe("'a b'");
    });
});

describe('installSchedule', () => {
    const lines = crontabLines({ projectDir: '/srv/verity' });

    it('adds the lines, keeps the others, and adds nothing on a second install', () => {
        const store = memoryCrontab('MAILTO=qa@example.com\n0 3 * * * /usr/bin/backup\n');
        expect(installSchedule(store, lines)).toEqual({ added: 3, replaced: 0, unchanged: 0 });
        expect(installSchedule(store, lines)).toEqual({ added: 0, replaced: 0, unchanged: 3 });
        expect(store.writes).toBe(1);
        expect(store.text.split('\n')).toEqual(['MAILTO=qa@example.com', '0 3 * * * /usr/bin/backup', ...lines, '']);
    });

    it('replaces its own lines in place when they change, and leaves another folder’s lines', () => {
        const other = crontabLines({ projectDir: '/srv/other' })[0];
        const store = memoryCrontab(`${lines[0]}\n${other}\n`);
        const changed = crontabLines({ projectDir: '/srv/verity', targetOrg: 'prod' });
        expect(installSchedule(store, changed)).toEqual({ added: 2, replaced: 1, unchanged: 0 });
        expect(store.text.split('\n')).toEqual([changed[0], other, changed[1], changed[2], '']);
    });
});

describe('verity schedule', () => {
    it('installs into a crontab file idempotently', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-cron-'));
        const file = path.join(folder, 'crontab');
        fs.writeFileSync(file, '0 3 * * * backup\n');
        const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
        try {
            const args = ['schedule', '--install', '--crontab-file', file, '--project-dir', '/srv/verity', '--json'];
            expect(await runVerity(args)).toBe(0);
            expect(await runVerity(args)).toBe(0);
            const last = JSON.parse(String(write.mock.calls[write.mock.calls.length - 1][0]));
            expect(last.result).toMatchObject({ installed: true, added: 0, unchanged: 3 });
        } finally {
            write.mockRestore();
        }
        expect(fileCrontab(file).read().split('\n')).toEqual([
            '0 3 * * * backup',
            ...crontabLines({ projectDir: '/srv/verity' }),
            ''
        ]);
        fs.rmSync(folder, { recursive: true, force: true });
    });
});
