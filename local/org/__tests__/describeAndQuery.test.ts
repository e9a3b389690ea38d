import fs from 'node:fs';
import path from 'node:path';
import { openLocalOrg } from '../openLocalOrg';
import { openDesk, refusal, tempDbPath, type DeskOrg } from './deskOrg';

type Field = Record<string, unknown> & { name: string };
type Described = Record<string, unknown> & { fields: Field[]; childRelationships: Record<string, unknown>[] };

let desk: DeskOrg;
beforeEach(() => {
    desk = openDesk();
});
afterEach(() => desk.org.close());

describe('describeGlobal and describeSObject', () => {
    it('describes the global list with key prefixes and urls', () => {
        const global = desk.org.describeGlobal(desk.admin) as {
            encoding: string;
            maxBatchSize: number;
            sobjects: Record<string, unknown>[];
        };
        expect(global.encoding).toBe('UTF-8');
        expect(global.maxBatchSize).toBe(200);
        const ticket = global.sobjects.find((object) => object.name === 'Ticket__c');
        expect(ticket).toMatchObject({
            custom: true,
            label: 'Ticket',
            labelPlural: 'Tickets',
            queryable: true,
            urls: {
                sobject: '/services/data/v65.0/sobjects/Ticket__c',
                describe: '/services/data/v65.0/sobjects/Ticket__c/describe'
            }
        });
        expect(ticket?.keyPrefix).toMatch(/^a0[0-9A-Za-z]$/);
        expect(global.sobjects.find((object) => object.name === 'User')?.keyPrefix).toBe('005');
    });

    it('describes fields with types, lengths, picklists, references and child relationships', () => {
        const described = desk.org.describeSObject(desk.admin, 'ticket__c') as Described;
        const field = (name: string): Field => described.fields.find((candidate) => candidate.name === name) as Field;
        expect(described.name).toBe('Ticket__c');
        expect(described.fields[0].name).toBe('Id');
        expect(field('Id')).toMatchObject({ type: 'id', length: 18, nillable: false, createable: false });
        expect(field('Subject__c')).toMatchObject({
            type: 'string',
            length: 20,
            nillable: false,
            createable: true,
            custom: true
        });
        expect(field('Score__c')).toMatchObject({ type: 'double', precision: 5, scale: 2, soapType: 'xsd:double' });
        expect(field('Done__c')).toMatchObject({ type: 'boolean', nillable: false, defaultedOnCreate: true });
        expect(field('Closed_At__c').type).toBe('datetime');
        expect(field('Status__c')).toMatchObject({ type: 'picklist', restrictedPicklist: true });
        expect((field('Status__c').picklistValues as { value: string }[]).map((value) => value.value)).toEqual([
            'New',
            'Open',
            'Closed'
        ]);
        expect(field('Agent__c')).toMatchObject({
            type: 'reference',
            referenceTo: ['User'],
            relationshipName: 'Agent__r'
        });
        expect(field('OwnerId')).toMatchObject({ referenceTo: ['User', 'Group'], relationshipName: 'Owner' });
        expect(field('Doubled__c')).toMatchObject({
            calculated: true,
            calculatedFormula: 'Score__c * 2',
            updateable: false
        });
        expect(field('Note_Count__c')).toMatchObject({ type: 'double', calculated: true, createable: false });
        expect(field('Key__c')).toMatchObject({ externalId: true, unique: true, idLookup: true });
        expect(field('Name')).toMatchObject({ autoNumber: true, nameField: true, createable: false });
        expect(described.childRelationships).toEqual(
            expect.arrayContaining([
                expect.objectContaining({
                    childSObject: 'Note__c',
                    field: 'Ticket__c',
                    relationshipName: 'Notes__r',
                    cascadeDelete: true
                }),
                expect.objectContaining({
                    childSObject: 'Tag__c',
                    field: 'Ticket__c',
                    relationshipName: 'Tags__r',
                    restrictedDelete: true
                })
            ])
        );
        const note = desk.org.describeSObject(desk.admin, 'Note__c') as Described;
        expect(note.fields.find((candidate) => candidate.name === 'Ticket__c')).toMatchObject({
            cascadeDelete: true,
            relationshipOrder: 0,
            updateable: false
        });
    });

    it('answers NOT_FOUND for objects that do not exist or the caller cannot read', () => {
        expect(refusal(() => desk.org.describeSObject(desk.admin, 'Nope__c')).errorCode).toBe('NOT_FOUND');
        expect(refusal(() => desk.org.describeSObject(desk.agent, 'Ticket__c')).status).toBe(404);
    });
});

describe('query paging', () => {
    it('pages 2,000 records at a time with nextRecordsUrl, and the locator ends with the last page', () => {
        desk.org.transaction(() => {
            for (let index = 0; index < 4500; index += 1) {
                desk.org.create(desk.admin, 'Tag__c', { Name: `tag ${index}` });
            }
        });
        const first = desk.org.query(desk.admin, 'SELECT Id, Name FROM Tag__c ORDER BY Name');
        expect([first.totalSize, first.done, first.records.length]).toEqual([4500, false, 2000]);
        expect(first.nextRecordsUrl).toMatch(/^\/services\/data\/v65\.0\/query\/01g[0-9A-Za-z]+-2000$/);
        const locator = (first.nextRecordsUrl as string).split('/').pop() as string;
        expect(refusal(() => desk.org.queryMore(desk.agent, locator)).errorCode).toBe('INVALID_QUERY_LOCATOR');
        const second = desk.org.queryMore(desk.admin, locator);
        expect([second.done, second.records.length]).toEqual([false, 2000]);
        const third = desk.org.queryMore(desk.admin, (second.nextRecordsUrl as string).split('/').pop() as string);
        expect([third.done, third.records.length, third.nextRecordsUrl]).toEqual([true, 500, undefined]);
        const ids = new Set([...first.records, ...second.records, ...third.records].map((record) => record.Id));
        expect(ids.size).toBe(4500);
        expect(refusal(() => desk.org.queryMore(desk.admin, locator)).errorCode).toBe('INVALID_QUERY_LOCATOR');
    });
});

const PACKAGE_SOURCE = path.join(__dirname, '..', '..', '..', 'force-app', 'main', 'default');
const hasPackage = fs.existsSync(path.join(PACKAGE_SOURCE, 'objects', 'Assessment__c'));

(hasPackage ? describe : describe.skip)('the real package', () => {
    it('opens force-app/main/default with its personas, permission sets and flow', () => {
        const org = openLocalOrg({
            dbPath: tempDbPath(),
            sourceDir: PACKAGE_SOURCE,
            clock: () => new Date('2025-03-01T10:00:00Z')
        });
        try {
            const users = org.users();
            expect(users.find((user) => user.persona === 'agent')?.permissionSets).toEqual(['Verity_Agent']);
            const admin = { userId: users[0].id };
            const agent = { userId: users.find((user) => user.persona === 'agent')?.id as string };
            const names = (org.describeGlobal(admin) as { sobjects: { name: string }[] }).sobjects.map((o) => o.name);
            expect(names).toEqual(
                expect.arrayContaining(['Assessment__c', 'Assessment__Share', 'Scorecard__c', 'Case'])
            );
            const forAgent = org.describeSObject(agent, 'Assessment__c') as { createable: boolean };
            expect(forAgent.createable).toBe(false);
            expect(refusal(() => org.create(agent, 'Scorecard__c', { Name: 'x' })).errorCode).toBe(
                'INSUFFICIENT_ACCESS_OR_READONLY'
            );
        } finally {
            org.close();
        }
    });
});
