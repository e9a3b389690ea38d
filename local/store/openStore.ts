import Database from 'better-sqlite3';
import { STANDARD_KEY_PREFIXES, customKeyPrefix, recordId } from '../ids/salesforceIds';
import type { OrgSchema, StoredObject } from './orgSchema';

/**
 * The SQLite file behind the local org: one table per object (storage layout in local/README.md),
 * bookkeeping tables starting with `_verity_`, and migrations that only ever add tables, columns
 * and indexes, so rows survive a change of metadata.
 */

type Db = Database.Database;

/** Key prefixes every org has for the platform's own history object. */
const PLATFORM_PREFIXES: Readonly<Record<string, string>> = { CaseHistory: '017' };

export function quoteName(name: string): string {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        throw new RangeError(`"${name}" is not a valid object or field name.`);
    }
    return `"${name}"`;
}

export interface Store {
    db: Db;
    /** A second, read-only connection: SQLite functions (verity_formula) read through it. */
    reader: Db;
    schema: OrgSchema;
    keyPrefixes: Map<string, string>;
    /** Object name by key prefix. */
    objectsByPrefix: Map<string, StoredObject>;
    /** The next record ID of an object; the sequence is written inside the current transaction. */
    nextId(object: StoredObject): string;
    /** The next auto-number of a sequence (object Name or an AutoNumber field). */
    nextAutoNumber(sequence: string): number;
    getMeta(key: string): string | undefined;
    setMeta(key: string, value: string): void;
    close(): void;
}

function createBookkeeping(db: Db): void {
    db.exec(`
        CREATE TABLE IF NOT EXISTS _verity_objects (name TEXT PRIMARY KEY, keyPrefix TEXT NOT NULL UNIQUE, ordinal INTEGER);
        CREATE TABLE IF NOT EXISTS _verity_sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS _verity_sessions (token TEXT PRIMARY KEY, userId TEXT NOT NULL, persona TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS _verity_profiles (Id TEXT PRIMARY KEY, Name TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS _verity_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
}

function assignKeyPrefixes(db: Db, schema: OrgSchema): Map<string, string> {
    const known = new Map<string, string>();
    for (const row of db.prepare('SELECT name, keyPrefix FROM _verity_objects').all() as {
        name: string;
        keyPrefix: string;
    }[]) {
        known.set(row.name.toLowerCase(), row.keyPrefix);
    }
    const insert = db.prepare('INSERT INTO _verity_objects (name, keyPrefix, ordinal) VALUES (?, ?, ?)');
    const ordinalRow = db.prepare('SELECT MAX(ordinal) AS top FROM _verity_objects').get() as { top: number | null };
    let ordinal = ordinalRow.top === null ? 0 : ordinalRow.top + 1;
    // Custom objects first, in name order, so a package's prefixes are stable from one reset to the next.
    const order = [...schema.objects.values()].sort(
        (a, b) => Number(a.kind !== 'custom') - Number(b.kind !== 'custom') || a.name.localeCompare(b.name)
    );
    for (const object of order) {
        const lower = object.name.toLowerCase();
        if (known.has(lower)) {
            continue;
        }
        const fixed = STANDARD_KEY_PREFIXES[object.name] ?? PLATFORM_PREFIXES[object.name];
        if (fixed) {
            insert.run(object.name, fixed, null);
            known.set(lower, fixed);
        } else {
            const prefix = customKeyPrefix(ordinal);
            insert.run(object.name, prefix, ordinal);
            ordinal += 1;
            known.set(lower, prefix);
        }
    }
    return known;
}

function indexedColumns(object: StoredObject): { column: string; noCase: boolean }[] {
    const wanted: { column: string; noCase: boolean }[] = [];
    for (const field of object.fields) {
        if (field.column === null || field.name === 'Id') {
            continue;
        }
        const definition = field.definition;
        const lower = field.name.toLowerCase();
        if (definition.unique || definition.externalId) {
            wanted.push({ column: field.name, noCase: definition.caseSensitive !== true && field.column === 'TEXT' });
        } else if (
            field.describeType === 'reference' ||
            ['ownerid', 'name', 'createddate', 'username'].includes(lower)
        ) {
            wanted.push({ column: field.name, noCase: false });
        }
    }
    return wanted;
}

function migrateObject(db: Db, object: StoredObject): void {
    const table = quoteName(object.name);
    const columns = object.fields.filter((field) => field.column !== null && field.name !== 'Id');
    db.exec(`CREATE TABLE IF NOT EXISTS ${table} (Id TEXT PRIMARY KEY)`);
    const present = new Set(
        (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((row) => row.name.toLowerCase())
    );
    for (const field of columns) {
        if (!present.has(field.name.toLowerCase())) {
            // Booleans are never blank (a new checkbox reads false on old rows, as on the platform).
            const fallback = field.column === 'INTEGER' ? ' NOT NULL DEFAULT 0' : '';
            db.exec(`ALTER TABLE ${table} ADD COLUMN ${quoteName(field.name)} ${field.column}${fallback}`);
        }
    }
    for (const { column, noCase } of indexedColumns(object)) {
        const index = quoteName(`ix_${object.name}_${column}`);
        db.exec(
            `CREATE INDEX IF NOT EXISTS ${index} ON ${table} (${quoteName(column)}${noCase ? ' COLLATE NOCASE' : ''})`
        );
    }
}

/** Opens (or creates) the org's SQLite file and brings its tables up to the schema. */
export function openStore(dbPath: string, schema: OrgSchema): Store {
    if (dbPath === ':memory:' || dbPath === '') {
        throw new RangeError(
            'The local org needs a database file (a second connection reads formulas), got ":memory:".'
        );
    }
    const db = new Database(dbPath);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const keyPrefixes = db.transaction(() => {
        createBookkeeping(db);
        const prefixes = assignKeyPrefixes(db, schema);
        for (const object of schema.objects.values()) {
            migrateObject(db, object);
        }
        return prefixes;
    })();
    const reader = new Database(dbPath, { readonly: true });
    const objectsByPrefix = new Map<string, StoredObject>();
    for (const object of schema.objects.values()) {
        objectsByPrefix.set(keyPrefixes.get(object.name.toLowerCase()) as string, object);
    }
    const readSequence = db.prepare('SELECT value FROM _verity_sequences WHERE name = ?').pluck();
    const writeSequence = db.prepare(
        'INSERT INTO _verity_sequences (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value'
    );
    // Sequences live in memory and are written through: a rolled-back save leaves a gap, never a repeat.
    const sequences = new Map<string, number>();
    const advance = (name: string): number => {
        const current = sequences.get(name) ?? (readSequence.get(name) as number | undefined) ?? 0;
        const next = current + 1;
        sequences.set(name, next);
        writeSequence.run(name, next);
        return next;
    };
    const readMeta = db.prepare('SELECT value FROM _verity_meta WHERE key = ?').pluck();
    const writeMeta = db.prepare(
        'INSERT INTO _verity_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
    );
    return {
        db,
        reader,
        schema,
        keyPrefixes,
        objectsByPrefix,
        nextId(object) {
            const prefix = keyPrefixes.get(object.name.toLowerCase()) as string;
            return recordId(prefix, advance(`id:${prefix}`));
        },
        nextAutoNumber(sequence) {
            return advance(`autonumber:${sequence}`);
        },
        getMeta(key) {
            return readMeta.get(key) as string | undefined;
        },
        setMeta(key, value) {
            writeMeta.run(key, value);
        },
        close() {
            reader.close();
            db.close();
        }
    };
}

/** `A-{000000}` with 42 → `A-000042` (the digits in braces give the minimum width). */
export function formatAutoNumber(displayFormat: string, value: number): string {
    return displayFormat.replace(/\{(0+)\}/, (_match, zeros: string) => String(value).padStart(zeros.length, '0'));
}
