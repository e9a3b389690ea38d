import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsforce from 'jsforce';

/**
 * `verity local start` as a child process over the real engine and the package's own metadata:
 * ready line, `.local/org.json`, jsforce against it, clean shutdown on SIGTERM, and `reset`
 * refused while it runs.
 */
const ROOT = path.join(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'verity.js');
const SOURCE = path.join(ROOT, 'force-app', 'main', 'default');

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
        let seen = '';
        const timer = setTimeout(() => reject(new Error(`no ready line; got: ${seen}`)), 30000);
        child.stdout!.on('data', (chunk: Buffer) => {
            seen += chunk.toString();
            const match = pattern.exec(seen);
            if (match) {
                clearTimeout(timer);
                resolve(match);
            }
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`exited ${code} before ready: ${seen}`));
        });
    });
}

const hasPackage = fs.existsSync(path.join(SOURCE, 'objects'));
(hasPackage ? describe : describe.skip)('verity local start|reset', () => {
    let folder: string;
    let child: ChildProcess | null = null;

    beforeEach(() => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-local-'));
    });

    afterEach(() => {
        if (child && child.exitCode === null) {
            child.kill('SIGKILL');
        }
        fs.rmSync(folder, { recursive: true, force: true });
    });

    it('serves the package through jsforce, stops cleanly on SIGTERM, and resets only when stopped', async () => {
        const db = path.join(folder, 'org.sqlite');
        const orgFile = path.join(folder, 'org.json');
        child = spawn(
            process.execPath,
            [BIN, 'local', 'start', '--port', '0', '--db', db, '--org-file', orgFile, '--source', SOURCE],
            {
                cwd: folder,
                stdio: ['ignore', 'pipe', 'pipe']
            }
        );
        const [, instanceUrl] = await waitForLine(child, /^Local org ready at (http:\/\/127\.0\.0\.1:\d+) /m);
        const details = JSON.parse(fs.readFileSync(orgFile, 'utf8'));
        expect(details.instanceUrl).toBe(instanceUrl);
        expect(details.apiVersion).toBe('65.0');
        expect(details.users[0]).toMatchObject({ persona: 'admin', id: expect.stringMatching(/^005/) });

        const conn = new jsforce.Connection({
            instanceUrl,
            accessToken: details.users[0].accessToken,
            version: '65.0'
        });
        const created = await conn
            .sobject('Account')
            .create([{ Name: 'Acme' }, { Name: 'Globex' }], { allOrNone: true });
        expect(created.map((result: any) => result.success)).toEqual([true, true]);
        const found = await conn.query("SELECT Id, Name FROM Account WHERE Name = 'Globex'");
        expect(found.totalSize).toBe(1);
        expect(found.records[0].attributes).toEqual({
            type: 'Account',
            url: `/services/data/v65.0/sobjects/Account/${created[1].id}`
        });
        const graph: any = await conn.requestPost('/graphql', {
            query: '{ uiapi { query { Account(orderBy: { Name: { order: ASC } }) { edges { node { Name { value } } } totalCount } } } }'
        });
        expect(graph.data.uiapi.query.Account.edges.map((edge: any) => edge.node.Name.value)).toEqual([
            'Acme',
            'Globex'
        ]);
        const stranger = new jsforce.Connection({ instanceUrl, accessToken: 'forged', version: '65.0' });
        await expect(stranger.query('SELECT Id FROM Account')).rejects.toMatchObject({
            errorCode: 'INVALID_SESSION_ID'
        });

        const refused = spawnSync(process.execPath, [BIN, 'local', 'reset', '--db', db], { encoding: 'utf8' });
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain('stop it first');

        const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
        expect(fs.existsSync(`${db}.server`)).toBe(false);

        const reset = spawnSync(process.execPath, [BIN, 'local', 'reset', '--db', db], { encoding: 'utf8' });
        expect(reset.status).toBe(0);
        expect(fs.existsSync(db)).toBe(false);
    });
});
