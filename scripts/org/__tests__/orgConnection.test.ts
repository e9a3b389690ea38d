import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JobError } from '../../cli/exitCodes';
import { LOCAL_DIR_VARIABLE, orgDetails, writeOrgDetails } from '../../commands/localOrgFiles';
import { startJobsOrg, type JobsOrg } from '../../jobs/__tests__/localOrgHarness';
import { connectToOrg } from '../orgConnection';

/** Which org a job reaches: the running local org, one started for the job, or a CLI-authorized one. */
let root: string;

beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-connect-'));
    fs.mkdirSync(path.join(root, 'force-app', 'main'), { recursive: true });
    fs.symlinkSync(
        path.join(__dirname, '..', '..', '..', 'force-app', 'main', 'default'),
        path.join(root, 'force-app', 'main', 'default')
    );
});

afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
});

describe('connectToOrg', () => {
    it('uses the local org .local/org.json describes when it answers', async () => {
        let real: JobsOrg | undefined;
        try {
            real = await startJobsOrg();
            writeOrgDetails(path.join(root, '.local', 'org.json'), orgDetails(real.org, real.server.instanceUrl));
            const connection = await connectToOrg({ root });
            expect(connection.describe).toBe(`local org at ${real.server.instanceUrl}`);
            expect(connection.userId).toBe(real.users[0].id);
            const before = real.server.faults.requestCount;
            await connection.conn.query('SELECT Id FROM User LIMIT 1');
            expect(real.server.faults.requestCount).toBe(before + 1);
            await connection.close();
            expect(fs.existsSync(path.join(root, '.local', 'org.sqlite'))).toBe(false);
        } finally {
            await real?.close();
        }
    });

    it('starts a local org for the job when none answers, and stops it on close', async () => {
        // A stale org.json pointing at a port nobody serves.
        writeOrgDetails(path.join(root, '.local', 'org.json'), {
            instanceUrl: 'http://127.0.0.1:9',
            apiVersion: '65.0',
            users: [{ username: 'a', id: '005000000000000AAA', accessToken: 'x', persona: 'admin' }]
        });
        const connection = await connectToOrg({ root });
        expect(connection.describe).toContain('started for this job');
        const users = await connection.conn.query<{ Username: string }>(
            "SELECT Username FROM User WHERE Username = 'admin@verity.local'"
        );
        expect(users.totalSize).toBe(1);
        await connection.close();
        expect(fs.existsSync(path.join(root, '.local', 'org.sqlite'))).toBe(true);
        await expect(connection.conn.query('SELECT Id FROM User')).rejects.toThrow();
    });

    it('looks in the folder VERITY_LOCAL_DIR names instead of .local/', async () => {
        const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-elsewhere-'));
        process.env[LOCAL_DIR_VARIABLE] = elsewhere;
        let real: JobsOrg | undefined;
        try {
            const started = await connectToOrg({ root });
            expect(started.describe).toBe(`local org (${path.join(elsewhere, 'org.sqlite')}, started for this job)`);
            await started.close();
            real = await startJobsOrg();
            writeOrgDetails(path.join(elsewhere, 'org.json'), orgDetails(real.org, real.server.instanceUrl));
            const running = await connectToOrg({ root });
            expect(running.describe).toBe(`local org at ${real.server.instanceUrl}`);
            await running.close();
            expect(fs.existsSync(path.join(root, '.local'))).toBe(false);
        } finally {
            delete process.env[LOCAL_DIR_VARIABLE];
            await real?.close();
            fs.rmSync(elsewhere, { recursive: true, force: true });
        }
    });

    it('names an org the Salesforce CLI has not authorized', async () => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-home-'));
        const saved = process.env.HOME;
        process.env.HOME = home;
        try {
            const failure = connectToOrg({ root, targetOrg: 'nobody@example.invalid' });
            await expect(failure).rejects.toBeInstanceOf(JobError);
            await expect(failure).rejects.toThrow('No org authorized as "nobody@example.invalid"');
        } finally {
            process.env.HOME = saved;
            fs.rmSync(home, { recursive: true, force: true });
        }
    });
});
