/**
 * Benchmark of the local org (issue 5): 100,000 Interaction__c records inserted through jsforce
 * with sObject Collections (≤ 60 s), a selective query on the indexed external ID over those rows
 * through jsforce (≤ 50 ms median of 50), and `verity local start` from spawn to its first
 * answered API call (≤ 2 s, median of 3 starts over an existing database). Runs over the package's
 * own metadata in a temporary folder. Run with `npm run bench:local-org`
 * (`node --import tsx tools/bench/localOrgBench.ts`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import jsforce from 'jsforce';
import { openLocalOrg } from '../../local/org/openLocalOrg';
import { startLocalOrgServer } from '../../local/server';
import type { BenchLine } from './benchLine';

const ROOT = path.join(__dirname, '..', '..');
const SOURCE = path.join(ROOT, 'force-app', 'main', 'default');
const BIN = path.join(ROOT, 'bin', 'verity.js');
const RECORDS = 100_000;
const BATCH = 200;
/** Requests in flight at once: the server is one thread, so this only keeps it busy. */
const IN_FLIGHT = 4;
const QUERY_RUNS = 50;
const STARTS = 3;
const CHANNELS = ['Phone', 'Email', 'Chat', 'Messaging'];

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function insertAndQuery(folder: string): Promise<BenchLine[]> {
    const dbPath = path.join(folder, 'org.sqlite');
    const org = openLocalOrg({ dbPath, sourceDir: SOURCE });
    const server = await startLocalOrgServer({ org, port: 0 });
    try {
        const admin = org.users()[0];
        const conn = new jsforce.Connection({
            instanceUrl: server.instanceUrl,
            accessToken: admin.accessToken,
            version: org.apiVersion
        });
        // Every interaction belongs to a case (Case__c is required).
        const caseResult = await conn
            .sobject('Case')
            .create({ Subject: 'Benchmark case', Status: 'New', Origin: 'Phone' });
        if (!caseResult.success) {
            throw new Error(`The benchmark case could not be created: ${JSON.stringify(caseResult.errors)}`);
        }
        let next = 0;
        let failed = 0;
        let firstError = '';
        const started = performance.now();
        const worker = async (): Promise<void> => {
            while (next < RECORDS) {
                const from = next;
                next += BATCH;
                const records = [];
                for (let i = from; i < Math.min(from + BATCH, RECORDS); i += 1) {
                    records.push({
                        Name: `Interaction ${i}`,
                        Case__c: caseResult.id,
                        External_Id__c: `INT-${i}`,
                        Channel__c: CHANNELS[i % CHANNELS.length],
                        Handle_Time_Seconds__c: 60 + (i % 600)
                    });
                }
                const results = await conn.sobject('Interaction__c').create(records, { allOrNone: true });
                const failures = results.filter((result) => !result.success);
                failed += failures.length;
                firstError ||= failures.length > 0 ? JSON.stringify(failures[0]) : '';
            }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
        const insertSeconds = (performance.now() - started) / 1000;
        if (failed > 0) {
            throw new Error(`${failed} of ${RECORDS} inserts failed (${firstError}); the benchmark needs all of them.`);
        }

        const times: number[] = [];
        for (let run = 0; run < QUERY_RUNS; run += 1) {
            const key = `INT-${(run * 7919) % RECORDS}`;
            const before = performance.now();
            const page = await conn.query(`SELECT Id, Channel__c FROM Interaction__c WHERE External_Id__c = '${key}'`);
            times.push(performance.now() - before);
            if (page.totalSize !== 1) {
                throw new Error(`The query for ${key} found ${page.totalSize} rows, not 1.`);
            }
        }
        const queryMs = median(times);
        return [
            {
                name: `insert ${RECORDS.toLocaleString('en-US')} records (jsforce, composite/sobjects)`,
                value: `${insertSeconds.toFixed(1)} s`,
                target: '≤ 60 s',
                ok: insertSeconds <= 60
            },
            {
                name: 'selective query on External_Id__c (median of 50)',
                value: `${queryMs.toFixed(1)} ms`,
                target: '≤ 50 ms',
                ok: queryMs <= 50
            }
        ];
    } finally {
        await server.close();
        org.close();
    }
}

/** Spawn `verity local start` and time until an authenticated call answers 200. */
async function timeStart(folder: string): Promise<number> {
    const db = path.join(folder, 'org.sqlite');
    const orgFile = path.join(folder, 'org.json');
    fs.rmSync(orgFile, { force: true });
    const started = performance.now();
    const child = spawn(
        process.execPath,
        [BIN, 'local', 'start', '--port', '0', '--db', db, '--org-file', orgFile, '--source', SOURCE],
        {
            stdio: ['ignore', 'pipe', 'inherit']
        }
    );
    try {
        const instanceUrl = await new Promise<string>((resolve, reject) => {
            let seen = '';
            child.stdout.on('data', (chunk: Buffer) => {
                seen += chunk.toString();
                const match = /ready at (\S+)/.exec(seen);
                if (match) {
                    resolve(match[1]);
                }
            });
            child.once('exit', (code) => reject(new Error(`verity local start exited ${code}: ${seen}`)));
        });
        const token = JSON.parse(fs.readFileSync(orgFile, 'utf8')).users[0].accessToken as string;
        const response = await fetch(`${instanceUrl}/services/data/v65.0/limits`, {
            headers: { Authorization: `Bearer ${token}` }
        });
        if (response.status !== 200) {
            throw new Error(`The first call answered ${response.status}.`);
        }
        return (performance.now() - started) / 1000;
    } finally {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
    }
}

export async function runLocalOrgBench(): Promise<BenchLine[]> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-local-bench-'));
    try {
        const lines = await insertAndQuery(folder);
        const starts: number[] = [];
        for (let run = 0; run < STARTS; run += 1) {
            starts.push(await timeStart(folder));
        }
        const start = median(starts);
        lines.push({
            name: `start-up to first answer, ${RECORDS.toLocaleString('en-US')} rows (median of ${STARTS})`,
            value: `${start.toFixed(2)} s`,
            target: '≤ 2 s',
            ok: start <= 2
        });
        return lines;
    } finally {
        fs.rmSync(folder, { recursive: true, force: true });
    }
}
