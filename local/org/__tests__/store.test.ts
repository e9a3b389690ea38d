import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openLocalOrg } from '../openLocalOrg';
import { DESK_SOURCE, openDesk, tempDbPath } from './deskOrg';

function copyOfDesk(): string {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verity-desk-')), 'desk');
    fs.cpSync(DESK_SOURCE, target, { recursive: true });
    return target;
}

describe('the store', () => {
    it('lays out one table per object with the storage layout and indexes', () => {
        const desk = openDesk();
        desk.org.close();
        const db = new Database(desk.dbPath, { readonly: true });
        const columns = (table: string): Record<string, string> =>
            Object.fromEntries(
                (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string }[]).map((c) => [
                    c.name,
                    c.type
                ])
            );
        const ticket = columns('Ticket__c');
        expect(ticket).toMatchObject({
            Id: 'TEXT',
            Name: 'TEXT',
            OwnerId: 'TEXT',
            Score__c: 'REAL',
            Done__c: 'INTEGER',
            Due__c: 'TEXT',
            Note_Count__c: 'REAL'
        });
        expect(ticket).not.toHaveProperty('Doubled__c');
        expect(columns('Note__c')).not.toHaveProperty('OwnerId');
        expect(Object.keys(columns('Ticket__History'))).toEqual(
            expect.arrayContaining(['ParentId', 'Field', 'OldValue', 'NewValue', 'CreatedById', 'CreatedDate'])
        );
        expect(Object.keys(columns('Ticket__Share'))).toEqual(
            expect.arrayContaining(['ParentId', 'UserOrGroupId', 'AccessLevel', 'RowCause'])
        );
        expect(columns('Tag__Share')).toEqual({});
        const indexes = (db.prepare(`PRAGMA index_list("Ticket__c")`).all() as { name: string }[]).map((i) => i.name);
        expect(indexes).toEqual(
            expect.arrayContaining([
                'ix_Ticket__c_Key__c',
                'ix_Ticket__c_Agent__c',
                'ix_Ticket__c_OwnerId',
                'ix_Ticket__c_Name'
            ])
        );
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        db.close();
    });

    it('keeps rows, key prefixes and sequences when the metadata gains a field and an object', () => {
        const source = copyOfDesk();
        const dbPath = tempDbPath();
        let desk = openDesk(dbPath, source);
        const first = desk.org.create(desk.admin, 'Ticket__c', { Subject__c: 'Before' });
        fs.writeFileSync(
            path.join(source, 'objects', 'Ticket__c', 'fields', 'Channel__c.field-meta.xml'),
            `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Channel__c</fullName><label>Channel</label><length>20</length><type>Text</type>
</CustomField>`
        );
        fs.mkdirSync(path.join(source, 'objects', 'Aaa__c'));
        fs.writeFileSync(
            path.join(source, 'objects', 'Aaa__c', 'Aaa__c.object-meta.xml'),
            `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>Aaa</label><nameField><label>Name</label><type>Text</type></nameField><sharingModel>ReadWrite</sharingModel>
</CustomObject>`
        );
        desk = desk.reopen(source);
        const record = desk.org.retrieve(desk.admin, 'Ticket__c', first);
        expect(record.Subject__c).toBe('Before');
        expect(record.Channel__c).toBeNull();
        const second = desk.org.create(desk.admin, 'Ticket__c', { Subject__c: 'After', Channel__c: 'Phone' });
        expect(second.slice(0, 3)).toBe(first.slice(0, 3));
        expect(desk.org.retrieve(desk.admin, 'Ticket__c', second).Name).toBe('T-0002');
        // The new object sorts first by name but takes the next free prefix: old prefixes never move.
        const aaa = desk.org.create(desk.admin, 'Aaa__c', { Name: 'x' });
        expect(['a00', 'a01', 'a02', 'a03', 'a04']).not.toContain(aaa.slice(0, 3));
        desk.org.close();
    });

    it('refuses a package with a record-triggered flow it cannot run, naming the flow', () => {
        const source = copyOfDesk();
        const file = path.join(source, 'flows', 'Share_Ticket_With_Agent.flow-meta.xml');
        fs.writeFileSync(
            file,
            fs
                .readFileSync(file, 'utf8')
                .replace('<status>Active</status>', '<decisions><name>Check</name></decisions><status>Active</status>')
        );
        expect(() => openLocalOrg({ dbPath: tempDbPath(), sourceDir: source })).toThrow(
            /Share_Ticket_With_Agent: it has decisions elements/
        );
    });

    it('refuses an in-memory database (formulas read through a second connection)', () => {
        expect(() => openLocalOrg({ dbPath: ':memory:', sourceDir: DESK_SOURCE })).toThrow(RangeError);
    });
});
