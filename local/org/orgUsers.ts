import { randomBytes } from 'node:crypto';
import { STANDARD_KEY_PREFIXES, recordId } from '../ids/salesforceIds';
import { SYSTEM_ADMINISTRATOR, STANDARD_USER, type OrgSecurity } from '../security';
import { quoteName, storedDateTime, type Store, type StoredObject } from '../store';
import type { OrgUser } from './orgData';

/**
 * The org's people: a system administrator and the demo personas, each with their permission
 * set and an access token, created the first time the org opens. Permission sets added to the
 * package later appear as PermissionSet records on the next open.
 */

export interface Persona {
    persona: string;
    username: string;
    firstName: string;
    lastName: string;
    alias: string;
    profile: string;
    permissionSets: string[];
}

export const PERSONAS: readonly Persona[] = [
    {
        persona: 'admin',
        username: 'admin@verity.local',
        firstName: 'Avery',
        lastName: 'Admin',
        alias: 'admin',
        profile: SYSTEM_ADMINISTRATOR,
        // The seed loads past disputes as the admin (Load_QA_History); on a real org an admin assigns it.
        permissionSets: ['Verity_History_Loader']
    },
    {
        persona: 'evaluator',
        username: 'evaluator@verity.local',
        firstName: 'Eli',
        lastName: 'Evaluator',
        alias: 'eval',
        profile: STANDARD_USER,
        permissionSets: ['Verity_Evaluator']
    },
    {
        persona: 'agent',
        username: 'agent@verity.local',
        firstName: 'Ana',
        lastName: 'Agent',
        alias: 'agent',
        profile: STANDARD_USER,
        permissionSets: ['Verity_Agent']
    },
    {
        persona: 'qaManager',
        username: 'qa.manager@verity.local',
        firstName: 'Mina',
        lastName: 'Manager',
        alias: 'qamgr',
        profile: STANDARD_USER,
        permissionSets: ['Verity_QA_Manager']
    },
    {
        persona: 'qaAdmin',
        username: 'qa.admin@verity.local',
        firstName: 'Quinn',
        lastName: 'Admin',
        alias: 'qaadm',
        profile: STANDARD_USER,
        permissionSets: ['Verity_QA_Admin']
    }
];

/** An access token shaped like the platform's (`<org id>!<secret>`). */
function newToken(): string {
    return `00D5L0000000001!${randomBytes(32).toString('base64url')}`;
}

function insert(store: Store, object: StoredObject, values: Record<string, unknown>): void {
    const columns = Object.keys(values);
    store.db
        .prepare(
            `INSERT INTO ${quoteName(object.name)} (${columns.map(quoteName).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
        )
        .run(...columns.map((column) => values[column]));
}

function objectNamed(store: Store, name: string): StoredObject {
    return store.schema.objects.get(name.toLowerCase()) as StoredObject;
}

/** PermissionSet records for every permission set in the package, added when missing. */
function syncPermissionSets(store: Store, security: OrgSecurity, now: string, adminId: string): void {
    const object = objectNamed(store, 'PermissionSet');
    const known = new Set(
        (store.db.prepare('SELECT Name FROM "PermissionSet"').pluck().all() as string[]).map((name) =>
            name.toLowerCase()
        )
    );
    for (const grant of security.grants.values()) {
        if (!known.has(grant.name.toLowerCase())) {
            insert(store, object, {
                Id: store.nextId(object),
                IsDeleted: 0,
                Name: grant.name,
                Label: grant.label,
                CreatedDate: now,
                CreatedById: adminId,
                LastModifiedDate: now,
                LastModifiedById: adminId,
                SystemModstamp: now
            });
        }
    }
}

/** Creates the profiles, users, assignments and tokens on first open; adds new permission sets always. */
export function seedOrg(store: Store, security: OrgSecurity, clock: () => Date): void {
    store.db.transaction(() => {
        const now = storedDateTime(clock());
        const seeded = store.getMeta('seeded') === 'true';
        if (seeded) {
            const adminId = store.getMeta('adminId') as string;
            syncPermissionSets(store, security, now, adminId);
            return;
        }
        const profileIds = new Map<string, string>();
        [SYSTEM_ADMINISTRATOR, STANDARD_USER].forEach((name, index) => {
            const id = recordId(STANDARD_KEY_PREFIXES.Profile, index + 1);
            store.db.prepare('INSERT OR IGNORE INTO _verity_profiles (Id, Name) VALUES (?, ?)').run(id, name);
            profileIds.set(name, id);
        });
        const userObject = objectNamed(store, 'User');
        const userIds = PERSONAS.map(() => store.nextId(userObject));
        const adminId = userIds[0];
        PERSONAS.forEach((persona, index) => {
            insert(store, userObject, {
                Id: userIds[index],
                IsDeleted: 0,
                Username: persona.username,
                FirstName: persona.firstName,
                LastName: persona.lastName,
                Name: `${persona.firstName} ${persona.lastName}`,
                Alias: persona.alias,
                Email: persona.username,
                IsActive: 1,
                ProfileId: profileIds.get(persona.profile),
                TimeZoneSidKey: 'America/Los_Angeles',
                LocaleSidKey: 'en_US',
                LanguageLocaleKey: 'en_US',
                EmailEncodingKey: 'UTF-8',
                CreatedDate: now,
                CreatedById: adminId,
                LastModifiedDate: now,
                LastModifiedById: adminId,
                SystemModstamp: now
            });
            store.db
                .prepare('INSERT INTO _verity_sessions (token, userId, persona) VALUES (?, ?, ?)')
                .run(newToken(), userIds[index], persona.persona);
        });
        syncPermissionSets(store, security, now, adminId);
        const assignment = objectNamed(store, 'PermissionSetAssignment');
        const permissionSetId = store.db.prepare('SELECT Id FROM "PermissionSet" WHERE Name = ?').pluck();
        PERSONAS.forEach((persona, index) => {
            for (const name of persona.permissionSets) {
                const setId = permissionSetId.get(name) as string | undefined;
                if (setId) {
                    insert(store, assignment, {
                        Id: store.nextId(assignment),
                        IsDeleted: 0,
                        AssigneeId: userIds[index],
                        PermissionSetId: setId,
                        CreatedDate: now,
                        CreatedById: adminId,
                        LastModifiedDate: now,
                        LastModifiedById: adminId,
                        SystemModstamp: now
                    });
                }
            }
        });
        store.setMeta('adminId', adminId);
        store.setMeta('seeded', 'true');
    })();
}

/** Every user with a session, the administrator first, with the permission sets they hold. */
export function orgUsers(store: Store): OrgUser[] {
    const rows = store.db
        .prepare(
            `SELECT s.token, s.userId, s.persona, u.Username FROM _verity_sessions s JOIN "User" u ON u.Id = s.userId
             WHERE u.IsDeleted = 0 AND u.IsActive = 1 ORDER BY s.rowid`
        )
        .all() as { token: string; userId: string; persona: string; Username: string }[];
    const sets = store.db
        .prepare(
            `SELECT ps.Name FROM "PermissionSetAssignment" a JOIN "PermissionSet" ps ON ps.Id = a.PermissionSetId
         WHERE a.AssigneeId = ? AND a.IsDeleted = 0 ORDER BY ps.Name`
        )
        .pluck();
    return rows.map((row) => ({
        username: row.Username,
        id: row.userId,
        accessToken: row.token,
        persona: row.persona,
        permissionSets: sets.all(row.userId) as string[]
    }));
}

/**
 * A session for any active user, as logging in would give one (the preview's "act as"): the
 * user's existing token, or a new one. Undefined when no active user has that username.
 */
export function signIn(store: Store, username: string): OrgUser | undefined {
    const userId = store.db
        .prepare('SELECT Id FROM "User" WHERE Username = ? AND IsDeleted = 0 AND IsActive = 1')
        .pluck()
        .get(username) as string | undefined;
    if (userId === undefined) {
        return undefined;
    }
    const hasSession = store.db.prepare('SELECT 1 FROM _verity_sessions WHERE userId = ?').pluck().get(userId);
    if (!hasSession) {
        store.db
            .prepare('INSERT INTO _verity_sessions (token, userId, persona) VALUES (?, ?, ?)')
            .run(newToken(), userId, 'user');
    }
    return orgUsers(store).find((user) => user.id === userId);
}

/** The user a token belongs to, or undefined. */
export function userForToken(store: Store, token: string): string | undefined {
    return store.db
        .prepare(
            `SELECT s.userId FROM _verity_sessions s JOIN "User" u ON u.Id = s.userId
             WHERE s.token = ? AND u.IsDeleted = 0 AND u.IsActive = 1`
        )
        .pluck()
        .get(token) as string | undefined;
}
