import { openDesk, refusal, type DeskOrg } from './deskOrg';

let desk: DeskOrg;
beforeEach(() => {
    desk = openDesk();
});
afterEach(() => desk.org.close());

const ticket = (values: Record<string, unknown> = {}): string =>
    desk.org.create(desk.admin, 'Ticket__c', { Subject__c: 'Printer jam', Status__c: 'New', ...values });

describe('create', () => {
    it('gives IDs with the object key prefix and checksum, auto-numbers Name and sets system fields', () => {
        const first = ticket();
        const second = ticket();
        expect(first).toMatch(/^a02[0-9A-Za-z]{15}$/);
        expect(second).not.toBe(first);
        const record = desk.org.retrieve(desk.admin, 'Ticket__c', first);
        expect(record.attributes).toEqual({
            type: 'Ticket__c',
            url: `/services/data/v65.0/sobjects/Ticket__c/${first}`
        });
        expect(record.Name).toBe('T-0001');
        expect(desk.org.retrieve(desk.admin, 'Ticket__c', second).Name).toBe('T-0002');
        expect(record.OwnerId).toBe(desk.admin.userId);
        expect(record.CreatedById).toBe(desk.admin.userId);
        expect(record.CreatedDate).toBe('2025-03-01T10:00:00.000+0000');
        expect(record.SystemModstamp).toBe('2025-03-01T10:00:00.000+0000');
        expect(record.IsDeleted).toBe(false);
    });

    it('applies default values and rounds numbers to the field scale', () => {
        const id = ticket({ Score__c: 4.125 });
        const record = desk.org.retrieve(desk.admin, 'Ticket__c', id);
        const bare = desk.org.create(desk.admin, 'Ticket__c', { Subject__c: 'No status' });
        expect(desk.org.retrieve(desk.admin, 'Ticket__c', bare).Status__c).toBe('New');
        expect(record.Priority__c).toBe('Medium');
        expect(record.Done__c).toBe(false);
        expect(record.Score__c).toBe(4.13);
    });

    it('refuses unknown fields, system fields and formula fields', () => {
        expect(refusal(() => ticket({ Nope__c: 1 })).errorCode).toBe('INVALID_FIELD');
        const system = refusal(() => ticket({ CreatedDate: '2020-01-01T00:00:00Z', Doubled__c: 3 }));
        expect(system.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
        expect(system.fields).toEqual(['CreatedDate', 'Doubled__c']);
        expect(refusal(() => ticket({ Name: 'T-9' })).errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
        expect(refusal(() => ticket({ Id: 'a025L0000000001QAA' })).errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    });

    it('refuses missing required fields, long text, bad types and bad restricted picklist values', () => {
        const missing = refusal(() => desk.org.create(desk.admin, 'Ticket__c', { Status__c: 'New' }));
        expect(missing.errorCode).toBe('REQUIRED_FIELD_MISSING');
        expect(missing.fields).toEqual(['Subject__c']);
        const long = refusal(() => ticket({ Subject__c: 'x'.repeat(21) }));
        expect([long.errorCode, long.fields]).toEqual(['STRING_TOO_LONG', ['Subject__c']]);
        expect(refusal(() => ticket({ Score__c: 'lots' })).errorCode).toBe('INVALID_TYPE_ON_FIELD_IN_RECORD');
        expect(refusal(() => ticket({ Due__c: '2025-02-30' })).errorCode).toBe('INVALID_TYPE_ON_FIELD_IN_RECORD');
        expect(refusal(() => ticket({ Score__c: 1000 })).errorCode).toBe('NUMBER_OUTSIDE_VALID_RANGE');
        expect(refusal(() => ticket({ Contact_Email__c: 'not-an-email' })).errorCode).toBe('INVALID_EMAIL_ADDRESS');
        const picklist = refusal(() => ticket({ Status__c: 'Pending' }));
        expect(picklist.errorCode).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
        expect(picklist.message).toContain('Pending');
    });

    it('stores date-times in UTC and reads them back in the REST format', () => {
        const id = ticket({ Status__c: 'Closed', Closed_At__c: '2025-03-01T12:30:00+02:00', Due__c: '2025-03-05' });
        const record = desk.org.retrieve(desk.admin, 'Ticket__c', id);
        expect(record.Closed_At__c).toBe('2025-03-01T10:30:00.000+0000');
        expect(record.Due__c).toBe('2025-03-05');
    });

    it('checks lookups: malformed, wrong object, missing record', () => {
        expect(refusal(() => ticket({ Agent__c: 'nope' })).errorCode).toBe('MALFORMED_ID');
        const other = ticket();
        expect(refusal(() => ticket({ Agent__c: other })).errorCode).toBe('FIELD_INTEGRITY_EXCEPTION');
        expect(refusal(() => ticket({ Agent__c: '0055L0000000099QAA' })).errorCode).toBe('INVALID_CROSS_REFERENCE_KEY');
        const id = ticket({ Agent__c: desk.agent.userId.slice(0, 15) });
        expect(desk.org.retrieve(desk.admin, 'Ticket__c', id).Agent__c).toBe(desk.agent.userId);
    });

    it('refuses duplicate unique values, case-insensitively', () => {
        const first = ticket({ Key__c: 'ABC-1' });
        const duplicate = refusal(() => ticket({ Key__c: 'abc-1' }));
        expect(duplicate.errorCode).toBe('DUPLICATE_VALUE');
        expect(duplicate.message).toContain(first);
    });
});

describe('validation rules', () => {
    it('answers FIELD_CUSTOM_VALIDATION_EXCEPTION with the message and the display field', () => {
        const error = refusal(() => ticket({ Status__c: 'Closed' }));
        expect(error.errorCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
        expect(error.message).toBe('A closed ticket needs the time it closed.');
        expect(error.fields).toEqual(['Closed_At__c']);
    });

    it('sees PRIORVALUE, ISCHANGED and $Permission', () => {
        desk.assign(desk.evaluator, 'Desk_Agent');
        desk.assign(desk.qaManager, 'Desk_Lead');
        const id = desk.org.create(desk.evaluator, 'Ticket__c', {
            Subject__c: 'Headset',
            Status__c: 'Closed',
            Closed_At__c: '2025-03-01T09:00:00Z'
        });
        const reopen = refusal(() => desk.org.update(desk.evaluator, 'Ticket__c', id, { Status__c: 'Open' }));
        expect(reopen.message).toBe('Only a lead reopens a closed ticket.');
        // The lead holds Reopen_Tickets (and Modify All), so the same change passes.
        desk.org.update(desk.qaManager, 'Ticket__c', id, { Status__c: 'Open' });
        expect(desk.org.retrieve(desk.admin, 'Ticket__c', id).Status__c).toBe('Open');
    });
});

describe('update, upsert, delete', () => {
    it('updates, keeps CreatedDate, moves LastModifiedDate and writes history for tracked fields', () => {
        const id = ticket({ Score__c: 2 });
        desk.setNow('2025-03-02T08:00:00.000Z');
        desk.org.update(desk.admin, 'Ticket__c', id, { Status__c: 'Open', Score__c: 3, Subject__c: 'Still jammed' });
        const record = desk.org.retrieve(desk.admin, 'Ticket__c', id);
        expect(record.CreatedDate).toBe('2025-03-01T10:00:00.000+0000');
        expect(record.LastModifiedDate).toBe('2025-03-02T08:00:00.000+0000');
        const history = desk.org.query(
            desk.admin,
            `SELECT Field, OldValue, NewValue FROM Ticket__History WHERE ParentId = '${id}' ORDER BY Field`
        ).records;
        expect(history.map((row) => [row.Field, row.OldValue, row.NewValue])).toEqual([
            ['created', null, null],
            ['Score__c', '2', '3'],
            ['Status__c', 'New', 'Open']
        ]);
    });

    it('records that a long text field changed, without its values, as Salesforce does', () => {
        const id = ticket();
        desk.org.update(desk.admin, 'Ticket__c', id, { Resolution_Notes__c: 'Replaced the roller.' });
        const history = desk.org.query(
            desk.admin,
            `SELECT Field, OldValue, NewValue FROM Ticket__History WHERE ParentId = '${id}' AND Field = 'Resolution_Notes__c'`
        ).records;
        expect(history.map((row) => [row.Field, row.OldValue, row.NewValue])).toEqual([
            ['Resolution_Notes__c', null, null]
        ]);
        expect(desk.org.retrieve(desk.admin, 'Ticket__c', id).Resolution_Notes__c).toBe('Replaced the roller.');
    });

    it('a failed update changes nothing, history included', () => {
        const id = ticket();
        expect(refusal(() => desk.org.update(desk.admin, 'Ticket__c', id, { Status__c: 'Closed' })).errorCode).toBe(
            'FIELD_CUSTOM_VALIDATION_EXCEPTION'
        );
        expect(desk.org.retrieve(desk.admin, 'Ticket__c', id).Status__c).toBe('New');
        const history = desk.org.query(desk.admin, `SELECT Id FROM Ticket__History WHERE ParentId = '${id}'`);
        expect(history.totalSize).toBe(1);
    });

    it('upserts by external ID: creates, then updates', () => {
        const created = desk.org.upsert(desk.admin, 'Ticket__c', 'Key__c', 'K-7', { Subject__c: 'New one' });
        expect(created.created).toBe(true);
        const updated = desk.org.upsert(desk.admin, 'Ticket__c', 'Key__c', 'k-7', { Subject__c: 'Same one' });
        expect(updated).toEqual({ id: created.id, created: false });
        expect(desk.org.retrieve(desk.admin, 'Ticket__c', created.id).Subject__c).toBe('Same one');
        expect(refusal(() => desk.org.upsert(desk.admin, 'Ticket__c', 'Subject__c', 'x', {})).errorCode).toBe(
            'NOT_FOUND'
        );
    });

    it('deletes to the recycle bin: NOT visible to query, visible to queryAll', () => {
        const id = ticket();
        desk.org.remove(desk.admin, 'Ticket__c', id);
        expect(refusal(() => desk.org.retrieve(desk.admin, 'Ticket__c', id)).errorCode).toBe('ENTITY_IS_DELETED');
        expect(desk.org.query(desk.admin, 'SELECT Id FROM Ticket__c').totalSize).toBe(0);
        expect(desk.org.query(desk.admin, 'SELECT Id FROM Ticket__c', { includeDeleted: true }).totalSize).toBe(1);
    });

    it('cascades master-detail deletes and honours Restrict and SetNull lookups', () => {
        const id = ticket({ Agent__c: desk.agent.userId });
        const note = desk.org.create(desk.admin, 'Note__c', { Name: 'n', Ticket__c: id });
        const tag = desk.org.create(desk.admin, 'Tag__c', { Name: 'printer', Ticket__c: id });
        const restricted = refusal(() => desk.org.remove(desk.admin, 'Ticket__c', id));
        expect(restricted.errorCode).toBe('DELETE_FAILED');
        expect(desk.org.retrieve(desk.admin, 'Note__c', note).IsDeleted).toBe(false);
        desk.org.remove(desk.admin, 'Tag__c', tag);
        desk.org.remove(desk.admin, 'Ticket__c', id);
        expect(refusal(() => desk.org.retrieve(desk.admin, 'Note__c', note)).errorCode).toBe('ENTITY_IS_DELETED');
    });

    it('clears SetNull lookups when the parent goes', () => {
        const id = ticket();
        const tagged = desk.org.create(desk.admin, 'Tag__c', { Name: 'loose', Related_Ticket__c: id });
        expect(desk.org.retrieve(desk.admin, 'Tag__c', tagged).Related_Ticket__c).toBe(id);
        desk.org.remove(desk.admin, 'Ticket__c', id);
        expect(desk.org.retrieve(desk.admin, 'Tag__c', tagged).Related_Ticket__c).toBeNull();
    });
});

describe('formulas and roll-ups', () => {
    it('computes formula fields on read, across a parent path', () => {
        const id = ticket({ Score__c: 1.5 });
        expect(desk.org.retrieve(desk.admin, 'Ticket__c', id).Doubled__c).toBe(3);
        const note = desk.org.create(desk.admin, 'Note__c', { Name: 'n', Ticket__c: id });
        expect(desk.org.retrieve(desk.admin, 'Note__c', note).Ticket_Subject__c).toBe('Printer jam');
        desk.org.update(desk.admin, 'Ticket__c', id, { Subject__c: 'Renamed' });
        expect(desk.org.retrieve(desk.admin, 'Note__c', note).Ticket_Subject__c).toBe('Renamed');
    });

    it('lets SOQL filter on formula fields through verity_formula', () => {
        ticket({ Score__c: 1 });
        const high = ticket({ Score__c: 10 });
        const rows = desk.org.query(desk.admin, 'SELECT Id FROM Ticket__c WHERE Doubled__c > 5').records;
        expect(rows.map((row) => row.Id)).toEqual([high]);
    });

    it('keeps roll-ups true on insert, update, delete and in one transaction', () => {
        const id = ticket();
        const other = ticket();
        const rollups = (ticketId: string): unknown[] => {
            const record = desk.org.retrieve(desk.admin, 'Ticket__c', ticketId);
            return [record.Note_Count__c, record.Points_Total__c];
        };
        expect(rollups(id)).toEqual([0, 0]);
        const first = desk.org.create(desk.admin, 'Note__c', { Name: 'a', Ticket__c: id, Points__c: 3 });
        desk.org.create(desk.admin, 'Note__c', { Name: 'b', Ticket__c: id, Points__c: 4 });
        expect(rollups(id)).toEqual([2, 7]);
        desk.org.update(desk.admin, 'Note__c', first, { Points__c: 10 });
        expect(rollups(id)).toEqual([2, 14]);
        desk.org.remove(desk.admin, 'Note__c', first);
        expect(rollups(id)).toEqual([1, 4]);
        expect(rollups(other)).toEqual([0, 0]);
        expect(() =>
            desk.org.transaction(() => {
                desk.org.create(desk.admin, 'Note__c', { Name: 'c', Ticket__c: id, Points__c: 100 });
                desk.org.create(desk.admin, 'Note__c', { Name: 'd', Ticket__c: id, Points__c: 1e9 });
            })
        ).toThrow();
        expect(rollups(id)).toEqual([1, 4]);
    });

    it('refuses reparenting a master-detail that is not reparentable', () => {
        const id = ticket();
        const other = ticket();
        const note = desk.org.create(desk.admin, 'Note__c', { Name: 'a', Ticket__c: id });
        const error = refusal(() => desk.org.update(desk.admin, 'Note__c', note, { Ticket__c: other }));
        expect(error.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    });
});

describe('transactions', () => {
    it('rolls back every save of a failed transaction and keeps those of a successful one', () => {
        expect(() =>
            desk.org.transaction(() => {
                ticket({ Key__c: 'T-1' });
                ticket({ Key__c: 'T-1' });
            })
        ).toThrow();
        expect(desk.org.query(desk.admin, 'SELECT Id FROM Ticket__c').totalSize).toBe(0);
        desk.org.transaction(() => {
            ticket({ Key__c: 'T-1' });
            ticket({ Key__c: 'T-2' });
        });
        expect(desk.org.query(desk.admin, 'SELECT Id FROM Ticket__c').totalSize).toBe(2);
    });
});
