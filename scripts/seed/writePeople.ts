import type { Connection } from 'jsforce';
import { JobError } from '../cli/exitCodes';
import { COLLECTION_SIZE, queryAllRecords, soqlString } from '../jobs/recordWriter';
import { withRetries } from '../jobs/retry';
import { assertSaved } from './saveResults';
import type { SeedPerson } from './seedModel';

/**
 * The seeded people as users: found by Username (User takes no external ID field of ours, and a
 * Username is unique across Salesforce), created with the agent persona's profile, given their
 * manager (agents their team lead; team leads and evaluators the QA manager) and the permission
 * set of their role.
 */
const PERMISSION_SETS: Record<SeedPerson['role'], string> = {
    agent: 'Verity_Agent',
    supervisor: 'Verity_QA_Manager',
    evaluator: 'Verity_Evaluator',
    qaManager: 'Verity_QA_Manager'
};
const TITLES: Record<SeedPerson['role'], string> = {
    agent: 'Customer Service Agent',
    supervisor: 'Team Leader',
    evaluator: 'QA Analyst',
    qaManager: 'QA Manager'
};

interface UserRow {
    Id: string;
    Username: string;
    ManagerId: string | null;
}

export interface WrittenPeople {
    /** User Id by username. */
    userIds: Map<string, string>;
    created: number;
}

async function findUsers(conn: Connection, usernames: string[]): Promise<Map<string, UserRow>> {
    const found = new Map<string, UserRow>();
    for (let i = 0; i < usernames.length; i += COLLECTION_SIZE) {
        const rows = await queryAllRecords<UserRow>(
            conn,
            `SELECT Id, Username, ManagerId FROM User WHERE Username IN (${usernames
                .slice(i, i + COLLECTION_SIZE)
                .map(soqlString)
                .join(', ')})`
        );
        rows.forEach((row) => found.set(row.Username, row));
    }
    return found;
}

async function saveAll(
    objectName: string,
    records: Record<string, unknown>[],
    save: (batch: Record<string, unknown>[]) => Promise<{ success: boolean }[]>,
    labelOf: (record: Record<string, unknown>) => string
): Promise<void> {
    for (let i = 0; i < records.length; i += COLLECTION_SIZE) {
        const batch = records.slice(i, i + COLLECTION_SIZE);
        assertSaved(objectName, await withRetries(() => save(batch)), (index) => labelOf(batch[index]));
    }
}

export async function writePeople(
    conn: Connection,
    people: readonly SeedPerson[],
    runningUserId: string
): Promise<WrittenPeople> {
    const [profileRow] = await queryAllRecords<{ ProfileId: string }>(
        conn,
        "SELECT ProfileId FROM User WHERE Username = 'agent@verity.local' LIMIT 1"
    );
    if (!profileRow) {
        throw new JobError('The org has no agent persona to take the Standard User profile from.');
    }
    const usernames = people.map((p) => p.username);
    let created = 0;
    const existing = await findUsers(conn, usernames);
    const missing = people.filter((p) => !existing.has(p.username));
    for (let i = 0; i < missing.length; i += COLLECTION_SIZE) {
        const batch = missing.slice(i, i + COLLECTION_SIZE);
        await withRetries(async () => {
            // An attempt whose answer was lost may have created some: look again before creating.
            const found = await findUsers(
                conn,
                batch.map((p) => p.username)
            );
            const toCreate = batch.filter((p) => !found.has(p.username));
            if (toCreate.length === 0) {
                return;
            }
            const results = await conn.sobject('User').create(
                toCreate.map((p) => ({
                    Username: p.username,
                    FirstName: p.firstName,
                    LastName: p.lastName,
                    Alias: p.alias,
                    Email: p.username,
                    Title: TITLES[p.role],
                    Department: p.team ?? 'Quality',
                    Division: p.site ?? 'Quality',
                    ProfileId: profileRow.ProfileId,
                    TimeZoneSidKey: 'Europe/London',
                    LocaleSidKey: 'en_GB',
                    LanguageLocaleKey: 'en_US',
                    EmailEncodingKey: 'UTF-8'
                })),
                { allOrNone: true }
            );
            assertSaved('User', results, (index) => `Username=${toCreate[index].username}`);
            created += toCreate.length;
        });
    }
    const users = await findUsers(conn, usernames);
    const userIds = new Map([...users].map(([username, row]) => [username, row.Id]));

    // Managers: set where they differ, so a second run changes nothing.
    const managerChanges = people
        .map((p) => ({
            row: users.get(p.username) as UserRow,
            managerId: p.managerUsername ? userIds.get(p.managerUsername) : undefined
        }))
        .filter(({ row, managerId }) => managerId !== undefined && row.ManagerId !== managerId)
        .map(({ row, managerId }) => ({ Id: row.Id, ManagerId: managerId }));
    await saveAll(
        'User',
        managerChanges,
        (batch) => conn.sobject('User').update(batch as { Id: string }[], { allOrNone: true }),
        (record) => `${String(record.Id)} (ManagerId)`
    );

    // Permission sets: the role's set for each person; the QA Admin set for the running admin, who
    // builds and activates scorecards and plans (a System Administrator profile lacks its custom permissions).
    const permissionSets = await queryAllRecords<{ Id: string; Name: string }>(
        conn,
        'SELECT Id, Name FROM PermissionSet'
    );
    const setId = new Map(permissionSets.map((s) => [s.Name, s.Id]));
    const assigned = new Set(
        (
            await queryAllRecords<{ AssigneeId: string; PermissionSetId: string }>(
                conn,
                'SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment'
            )
        ).map((a) => `${a.AssigneeId}:${a.PermissionSetId}`)
    );
    const assignments = [
        { AssigneeId: runningUserId, PermissionSetId: setId.get('Verity_QA_Admin') },
        ...people.map((p) => ({
            AssigneeId: userIds.get(p.username),
            PermissionSetId: setId.get(PERMISSION_SETS[p.role])
        }))
    ].filter((a) => a.PermissionSetId && !assigned.has(`${a.AssigneeId}:${a.PermissionSetId}`));
    await saveAll(
        'PermissionSetAssignment',
        assignments,
        (batch) => conn.sobject('PermissionSetAssignment').create(batch, { allOrNone: true }),
        (record) => `AssigneeId=${String(record.AssigneeId)}`
    );
    return { userIds, created };
}
