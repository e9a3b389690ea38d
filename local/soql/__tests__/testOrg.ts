import path from 'node:path';
import Database from 'better-sqlite3';
import { readPackageSchema, type PackageSchema } from '../../formulas';
import { recordId } from '../../ids/salesforceIds';
import type { SoqlAccess, SoqlContext } from '../soqlContext';

/** A small QA package: Review__c (owner, lookup to Case, picklists, formula, dates) and its Review_Line__c details. */
export const FIXTURE_DIR = path.join(__dirname, 'fixtures', 'qa');

/** Wednesday 25 November 2026, noon UTC. */
export const NOW = new Date('2026-11-25T12:00:00.000Z');

export const ids = {
    ana: recordId('005', 1),
    ben: recordId('005', 2),
    queue: recordId('00G', 1),
    acme: recordId('001', 1),
    routerCase: recordId('500', 1),
    billingCase: recordId('500', 2),
    r1: recordId('a00', 1),
    r2: recordId('a00', 2),
    r3: recordId('a00', 3),
    r4: recordId('a00', 4),
    l1: recordId('a01', 1),
    l2: recordId('a01', 2),
    l3: recordId('a01', 3),
    l4: recordId('a01', 4)
};

/** Tables following the store layout (local/README.md): one column per stored field, formulas excluded. */
export function createTables(db: Database.Database, schema: PackageSchema): void {
    for (const object of schema.objects.values()) {
        if (object.isCustomMetadata) {
            continue;
        }
        const columns = [...object.fields.values()]
            .filter((field) => field.formula === undefined)
            .map((field) => {
                if (field.name === 'Id') {
                    return '"Id" TEXT PRIMARY KEY';
                }
                if (field.name === 'IsDeleted') {
                    return '"IsDeleted" INTEGER NOT NULL DEFAULT 0';
                }
                const affinity =
                    field.valueType === 'number' || field.valueType === 'percent'
                        ? 'REAL'
                        : field.valueType === 'checkbox'
                          ? 'INTEGER'
                          : 'TEXT';
                return `"${field.name}" ${affinity}`;
            });
        db.exec(`CREATE TABLE "${object.name}" (${columns.join(', ')})`);
    }
}

export function insert(db: Database.Database, table: string, row: Record<string, unknown>): void {
    const names = Object.keys(row);
    db.prepare(
        `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
    ).run(...names.map((name) => row[name]));
}

export interface AccessRules {
    hiddenObjects?: string[];
    /** `Object.Field` */
    hiddenFields?: string[];
    /** When set, the caller sees only the reviews this user owns (and their lines). */
    onlyOwner?: string;
}

export function accessFor(rules: AccessRules = {}): SoqlAccess {
    return {
        canReadObject: (type) => !(rules.hiddenObjects ?? []).includes(type),
        canReadField: (type, field) => !(rules.hiddenFields ?? []).includes(`${type}.${field}`),
        visibilitySql: (type, alias) => {
            if (rules.onlyOwner && type === 'Review__c') {
                return { sql: `${alias}."OwnerId" = ?`, params: [rules.onlyOwner] };
            }
            if (rules.onlyOwner && type === 'Review_Line__c') {
                return {
                    sql: `EXISTS (SELECT 1 FROM "Review__c" v WHERE v."Id" = ${alias}."Review__c" AND v."OwnerId" = ?)`,
                    params: [rules.onlyOwner]
                };
            }
            return { sql: '1', params: [] };
        }
    };
}

export interface TestOrg {
    db: Database.Database;
    schema: PackageSchema;
    context(overrides?: Partial<SoqlContext> & { rules?: AccessRules }): SoqlContext;
}

/** The fixture schema over an in-memory store with a few reviews, lines, cases and users. */
export function openTestOrg(): TestOrg {
    const schema = readPackageSchema(FIXTURE_DIR);
    const db = new Database(':memory:');
    createTables(db, schema);
    // Stand-in for the engine's formula function: Score_Band__c = IF(Score__c >= 80, "High", "Low").
    const scores = new Map<string, number | null>();
    db.function('verity_formula', (objectName: unknown, fieldName: unknown, id: unknown) => {
        if (objectName !== 'Review__c' || fieldName !== 'Score_Band__c') {
            throw new Error(`no formula ${String(objectName)}.${String(fieldName)}`);
        }
        const score = scores.get(String(id));
        return score === null || score === undefined ? null : score >= 80 ? 'High' : 'Low';
    });

    insert(db, 'User', { Id: ids.ana, Name: 'Ana Evaluator', Username: 'ana@verity.local', IsActive: 1 });
    insert(db, 'User', {
        Id: ids.ben,
        Name: 'Ben Agent',
        Username: 'ben@verity.local',
        IsActive: 1,
        ManagerId: ids.ana
    });
    insert(db, 'Group', { Id: ids.queue, Name: 'Tier 2 Queue', Type: 'Queue' });
    insert(db, 'Account', { Id: ids.acme, Name: 'Acme Telecom' });
    insert(db, 'Case', { Id: ids.routerCase, Subject: 'Router down', AccountId: ids.acme, Status: 'New' });
    insert(db, 'Case', { Id: ids.billingCase, Subject: 'Billing question', Status: 'Closed' });

    const reviews = [
        {
            Id: ids.r1,
            Name: 'R-001',
            OwnerId: ids.ana,
            Score__c: 92.5,
            Status__c: 'Submitted',
            Channels__c: 'Voice;Chat',
            Case__c: ids.routerCase,
            Reviewed_On__c: '2026-11-25',
            Submitted_At__c: '2026-11-25T10:00:00.000+0000',
            Passed__c: 1,
            CreatedDate: '2026-11-20T08:00:00.000+0000'
        },
        {
            Id: ids.r2,
            Name: 'R-002',
            OwnerId: ids.ben,
            Score__c: 61,
            Status__c: 'Draft',
            Channels__c: 'Email',
            Case__c: ids.billingCase,
            Reviewed_On__c: '2026-11-24',
            Submitted_At__c: null,
            Passed__c: 0,
            Coach_Note__c: 'Ask before transferring',
            CreatedDate: '2026-10-05T09:30:00.000+0000'
        },
        {
            Id: ids.r3,
            Name: 'R-003',
            OwnerId: ids.queue,
            Score__c: null,
            Status__c: 'Disputed',
            Channels__c: null,
            Case__c: null,
            Reviewed_On__c: '2026-08-15',
            Submitted_At__c: '2026-08-15T23:30:00.000+0000',
            Passed__c: 0,
            CreatedDate: '2026-07-01T00:00:00.000+0000'
        },
        {
            Id: ids.r4,
            Name: "r-004 it's_50%",
            OwnerId: ids.ana,
            Score__c: 80,
            Status__c: 'Submitted',
            Channels__c: 'Chat',
            Case__c: ids.routerCase,
            Reviewed_On__c: '2025-12-31',
            Submitted_At__c: '2025-12-31T18:00:00.000+0000',
            Passed__c: 1,
            CreatedDate: '2025-12-30T00:00:00.000+0000',
            IsDeleted: 1
        }
    ];
    for (const review of reviews) {
        insert(db, 'Review__c', review);
        scores.set(review.Id, review.Score__c);
    }
    const lines = [
        { Id: ids.l1, Name: 'L-1', Review__c: ids.r1, Points__c: 5, Behavior__c: 'Greeting' },
        { Id: ids.l2, Name: 'L-2', Review__c: ids.r1, Points__c: 3, Behavior__c: 'Empathy' },
        { Id: ids.l3, Name: 'L-3', Review__c: ids.r1, Points__c: 4, Behavior__c: 'Resolution' },
        { Id: ids.l4, Name: 'L-4', Review__c: ids.r2, Points__c: 1, Behavior__c: 'Greeting' }
    ];
    lines.forEach((line) => insert(db, 'Review_Line__c', line));

    return {
        db,
        schema,
        context: (overrides = {}) => {
            const { rules, ...rest } = overrides;
            return {
                db,
                schema,
                apiVersion: '65.0',
                now: NOW,
                includeDeleted: false,
                access: accessFor(rules),
                ...rest
            };
        }
    };
}
