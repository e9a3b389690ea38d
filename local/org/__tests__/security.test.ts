import { openDesk, refusal, type DeskOrg } from './deskOrg';

let desk: DeskOrg;
beforeEach(() => {
    desk = openDesk();
    desk.assign(desk.evaluator, 'Desk_Agent');
    desk.assign(desk.agent, 'Desk_Agent');
    desk.assign(desk.qaManager, 'Desk_Lead');
});
afterEach(() => desk.org.close());

describe('object permissions', () => {
    it('hides objects a user cannot read and refuses creates they may not make', () => {
        // The admin persona's evaluator-less twin: a Standard User with no permission set.
        const bare = desk.org.users().find((user) => user.persona === 'qaAdmin');
        const caller = { userId: bare?.id as string };
        expect(refusal(() => desk.org.create(caller, 'Ticket__c', { Subject__c: 'x' })).errorCode).toBe('NOT_FOUND');
        expect(refusal(() => desk.org.query(caller, 'SELECT Id FROM Ticket__c')).errorCode).toBe('INVALID_TYPE');
        // Standard User reads, creates and edits Cases.
        const caseId = desk.org.create(caller, 'Case', { Subject: 'Broken', Status: 'New' });
        expect(desk.org.retrieve(caller, 'Case', caseId).CaseNumber).toBe('00001000');
        expect(refusal(() => desk.org.remove(caller, 'Case', caseId)).errorCode).toBe(
            'INSUFFICIENT_ACCESS_OR_READONLY'
        );
        // Group is read-only for everyone but the administrator.
        expect(refusal(() => desk.org.create(caller, 'Group', { Name: 'Q' })).errorCode).toBe(
            'INSUFFICIENT_ACCESS_OR_READONLY'
        );
    });

    it('refuses a delete without the delete permission', () => {
        const id = desk.org.create(desk.evaluator, 'Ticket__c', { Subject__c: 'Mine' });
        expect(refusal(() => desk.org.remove(desk.evaluator, 'Ticket__c', id)).errorCode).toBe(
            'INSUFFICIENT_ACCESS_OR_READONLY'
        );
        desk.org.remove(desk.qaManager, 'Ticket__c', id);
    });
});

describe('field-level security', () => {
    it('treats a field without read access as absent and a read-only field as not writable', () => {
        const id = desk.org.create(desk.evaluator, 'Ticket__c', { Subject__c: 'Mine' });
        const record = desk.org.retrieve(desk.evaluator, 'Ticket__c', id);
        expect(record).not.toHaveProperty('Contact_Email__c');
        expect(record).not.toHaveProperty('Points_Total__c');
        expect(record).toHaveProperty('Note_Count__c', 0);
        expect(
            refusal(() => desk.org.update(desk.evaluator, 'Ticket__c', id, { Contact_Email__c: 'a@b.co' })).errorCode
        ).toBe('INVALID_FIELD');
        expect(refusal(() => desk.org.retrieve(desk.evaluator, 'Ticket__c', id, ['Contact_Email__c'])).errorCode).toBe(
            'INVALID_FIELD'
        );
        expect(refusal(() => desk.org.query(desk.evaluator, 'SELECT Contact_Email__c FROM Ticket__c')).errorCode).toBe(
            'INVALID_FIELD'
        );
    });

    it('reports createable/updateable per caller in describe', () => {
        type Described = { fields: { name: string; createable: boolean; updateable: boolean }[]; deletable: boolean };
        const forAgent = desk.org.describeSObject(desk.evaluator, 'Ticket__c') as Described;
        const forAdmin = desk.org.describeSObject(desk.admin, 'Ticket__c') as Described;
        expect(forAgent.fields.map((field) => field.name)).not.toContain('Contact_Email__c');
        expect(forAdmin.fields.find((field) => field.name === 'Contact_Email__c')?.updateable).toBe(true);
        expect(forAgent.deletable).toBe(false);
        expect(forAdmin.deletable).toBe(true);
        expect(forAgent.fields.find((field) => field.name === 'Doubled__c')?.createable).toBe(false);
    });
});

describe('record access', () => {
    it('keeps Private records to their owner, shares, and View All / Modify All', () => {
        const mine = desk.org.create(desk.evaluator, 'Ticket__c', { Subject__c: 'Mine' });
        const query = 'SELECT Id FROM Ticket__c';
        expect(desk.org.query(desk.evaluator, query).totalSize).toBe(1);
        expect(desk.org.query(desk.agent, query).totalSize).toBe(0);
        expect(refusal(() => desk.org.retrieve(desk.agent, 'Ticket__c', mine)).errorCode).toBe('NOT_FOUND');
        expect(refusal(() => desk.org.update(desk.agent, 'Ticket__c', mine, { Score__c: 1 })).errorCode).toBe(
            'NOT_FOUND'
        );
        expect(desk.org.query(desk.qaManager, query).totalSize).toBe(1);
        // A manual Read share lets the agent see it but not change it.
        desk.org.create(desk.evaluator, 'Ticket__Share', {
            ParentId: mine,
            UserOrGroupId: desk.agent.userId,
            AccessLevel: 'Read'
        });
        expect(desk.org.retrieve(desk.agent, 'Ticket__c', mine).Id).toBe(mine);
        expect(refusal(() => desk.org.update(desk.agent, 'Ticket__c', mine, { Score__c: 1 })).errorCode).toBe(
            'INSUFFICIENT_ACCESS_OR_READONLY'
        );
        // An Edit share lets them change it; the same grant again changes the level, not the row count.
        desk.org.create(desk.evaluator, 'Ticket__Share', {
            ParentId: mine,
            UserOrGroupId: desk.agent.userId,
            AccessLevel: 'Edit'
        });
        desk.org.update(desk.agent, 'Ticket__c', mine, { Score__c: 1 });
        expect(desk.org.query(desk.admin, `SELECT Id FROM Ticket__Share WHERE ParentId = '${mine}'`).totalSize).toBe(1);
    });

    it('lets details follow their master (ControlledByParent)', () => {
        const mine = desk.org.create(desk.evaluator, 'Ticket__c', { Subject__c: 'Mine' });
        desk.org.create(desk.evaluator, 'Note__c', { Name: 'n', Ticket__c: mine, Points__c: 2 });
        expect(desk.org.query(desk.evaluator, 'SELECT Id FROM Note__c').totalSize).toBe(1);
        expect(desk.org.query(desk.agent, 'SELECT Id FROM Note__c').totalSize).toBe(0);
        const error = refusal(() => desk.org.create(desk.agent, 'Note__c', { Name: 'x', Ticket__c: mine }));
        expect(error.errorCode).toBe('INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY');
    });

    it('runs the after-save flow that shares a ticket with its agent, and drops manual shares on owner change', () => {
        const id = desk.org.create(desk.evaluator, 'Ticket__c', { Subject__c: 'Call', Agent__c: desk.agent.userId });
        // Status New: the flow's condition does not hold yet.
        expect(desk.org.query(desk.agent, 'SELECT Id FROM Ticket__c').totalSize).toBe(0);
        desk.org.update(desk.evaluator, 'Ticket__c', id, { Status__c: 'Open' });
        expect(desk.org.query(desk.agent, 'SELECT Id FROM Ticket__c').totalSize).toBe(1);
        const shares = desk.org.query(desk.admin, `SELECT AccessLevel, RowCause, UserOrGroupId FROM Ticket__Share`);
        expect(shares.records.map((row) => [row.AccessLevel, row.RowCause, row.UserOrGroupId])).toEqual([
            ['Read', 'Manual', desk.agent.userId]
        ]);
        // The owner becomes the agent: the manual share goes and the flow's condition no longer holds.
        desk.org.update(desk.admin, 'Ticket__c', id, { OwnerId: desk.agent.userId });
        expect(desk.org.query(desk.admin, 'SELECT Id FROM Ticket__Share').totalSize).toBe(0);
    });
});

describe('users and sessions', () => {
    it('creates the administrator and personas with tokens once, and knows callers by token', () => {
        const users = desk.org.users();
        expect(users.map((user) => user.persona)).toEqual(['admin', 'evaluator', 'agent', 'qaManager', 'qaAdmin']);
        expect(users[0].username).toBe('admin@verity.local');
        expect(new Set(users.map((user) => user.accessToken)).size).toBe(5);
        expect(desk.org.callerForToken(users[2].accessToken)).toEqual({ userId: users[2].id });
        expect(desk.org.callerForToken('nope')).toBeNull();
        expect(desk.org.callerForToken('')).toBeNull();
        const reopened = desk.reopen();
        desk = reopened;
        expect(reopened.org.users().map((user) => user.accessToken)).toEqual(users.map((user) => user.accessToken));
    });
});
