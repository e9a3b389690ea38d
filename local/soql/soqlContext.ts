import type Database from 'better-sqlite3';
import type { PackageSchema, SObjectRecord } from '../formulas';

/** What the caller may read: security/ answers, SOQL asks for every object it touches. */
export interface SoqlAccess {
    canReadObject(type: string): boolean;
    canReadField(type: string, field: string): boolean;
    /** A condition on the row under `alias` that keeps only the records the caller can see. */
    visibilitySql(type: string, alias: string): { sql: string; params: unknown[] };
}

export interface SoqlContext {
    db: Database.Database;
    schema: PackageSchema;
    /** "65.0": used in each record's `attributes.url`. */
    apiVersion: string;
    /** The moment date literals (TODAY, THIS_QUARTER, …) are measured from, in UTC. */
    now: Date;
    /** queryAll: rows with IsDeleted = 1 are included. */
    includeDeleted: boolean;
    access: SoqlAccess;
}

/** Every record of the answer; the engine pages it. `COUNT()` queries have totalSize and no records. */
export interface SoqlResult {
    totalSize: number;
    records: SObjectRecord[];
}
