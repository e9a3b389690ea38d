import fs from 'node:fs';
import path from 'node:path';
import type { OrgData } from '../../local/org/orgData';
import { JobError } from '../cli/exitCodes';

/**
 * The files of `verity local`: the SQLite database (with its WAL and shared-memory files), the
 * connection details other tools read (`.local/org.json`), and a lock beside the database that
 * says which running server uses it, so `reset` can refuse to pull the data from under it.
 */
export const DEFAULT_PORT = 8722;
/** The preview's page; the local org's API stays on DEFAULT_PORT. */
export const DEFAULT_PREVIEW_PORT = 8720;
export const DEFAULT_DB_PATH = path.join('.local', 'org.sqlite');
export const DEFAULT_ORG_FILE = path.join('.local', 'org.json');
export const DEFAULT_SOURCE_DIR = path.join('force-app', 'main', 'default');
/** Names another folder than .local/ for the local org the jobs use: how tests and benchmarks use a throwaway org. */
export const LOCAL_DIR_VARIABLE = 'VERITY_LOCAL_DIR';

/** Where the jobs find the local org: `.local/` under `root`, or the folder VERITY_LOCAL_DIR names. */
export function localOrgDir(root: string): string {
    return process.env[LOCAL_DIR_VARIABLE] || path.join(root, '.local');
}

export interface OrgDetails {
    instanceUrl: string;
    apiVersion: string;
    users: { username: string; id: string; accessToken: string; persona: string }[];
}

interface ServerLock {
    pid: number;
    instanceUrl: string;
}

export function lockPath(dbPath: string): string {
    return `${dbPath}.server`;
}

export function orgDetails(org: OrgData, instanceUrl: string): OrgDetails {
    return {
        instanceUrl,
        apiVersion: org.apiVersion,
        users: org.users().map(({ username, id, accessToken, persona }) => ({ username, id, accessToken, persona }))
    };
}

export function writeOrgDetails(file: string, details: OrgDetails): void {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(details, null, 2)}\n`, { mode: 0o600 });
}

function processAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        // EPERM: it exists but belongs to someone else.
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/** The server using the database, or null (a lock left by a process that died does not count). */
export function runningServer(dbPath: string): ServerLock | null {
    try {
        const lock = JSON.parse(fs.readFileSync(lockPath(dbPath), 'utf8')) as ServerLock;
        return Number.isInteger(lock.pid) && processAlive(lock.pid) ? lock : null;
    } catch {
        return null;
    }
}

export function takeLock(dbPath: string, instanceUrl: string): void {
    const running = runningServer(dbPath);
    if (running && running.pid !== process.pid) {
        throw new JobError(`${dbPath} is already served by process ${running.pid} at ${running.instanceUrl}.`);
    }
    fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
    fs.writeFileSync(lockPath(dbPath), JSON.stringify({ pid: process.pid, instanceUrl }));
}

export function releaseLock(dbPath: string): void {
    const running = runningServer(dbPath);
    if (!running || running.pid === process.pid) {
        fs.rmSync(lockPath(dbPath), { force: true });
    }
}

/** Deletes the database and its WAL files; refuses while a live server uses them. Returns the files removed. */
export function resetDatabase(dbPath: string): string[] {
    const running = runningServer(dbPath);
    if (running) {
        throw new JobError(
            `The local org at ${running.instanceUrl} (process ${running.pid}) is using ${dbPath}: stop it first.`
        );
    }
    const removed: string[] = [];
    for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, lockPath(dbPath)]) {
        if (fs.existsSync(file)) {
            fs.rmSync(file);
            removed.push(file);
        }
    }
    return removed;
}
