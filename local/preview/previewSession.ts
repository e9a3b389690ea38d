import type { Caller, OrgData, OrgUser } from '../org/orgData';
import type { PermissionSetGrant } from '../security/permissionSets';

/**
 * What the preview page knows about who is signed in: written into the page as JSON for the
 * platform modules (local/preview/web/modules/preview/session) and the persona switcher.
 */
export interface PreviewPersona {
    username: string;
    name: string;
    persona: string;
}

export interface PreviewSessionData extends PreviewPersona {
    instanceUrl: string;
    apiVersion: string;
    userId: string;
    accessToken: string;
    customPermissions: string[];
    i18n: { locale: string; language: string; timeZone: string; currency: string; direction: string };
    personas: PreviewPersona[];
}

/** The role a person plays, named from the package's permission sets they hold (the strongest first). */
const ROLES: readonly [string, string][] = [
    ['Verity_QA_Admin', 'QA admin'],
    ['Verity_QA_Manager', 'QA manager'],
    ['Verity_Evaluator', 'Evaluator'],
    ['Verity_Agent', 'Agent']
];

export function roleOf(permissionSets: readonly string[], isAdministrator: boolean): string {
    const role = ROLES.find(([set]) => permissionSets.includes(set));
    if (role) {
        return role[1];
    }
    return isAdministrator ? 'System administrator' : 'User';
}

interface UserRow {
    Id: string;
    Name: string;
    Username: string;
    LocaleSidKey: string | null;
    LanguageLocaleKey: string | null;
    TimeZoneSidKey: string | null;
    ProfileId: string | null;
}

/** The System Administrator profile: the local org's first user (its administrator) holds it. */
function administratorProfile(org: OrgData): string | null {
    const admin = org.users()[0];
    const rows = org.query({ userId: admin.id }, `SELECT ProfileId FROM User WHERE Id = '${admin.id}'`).records;
    return (rows[0]?.ProfileId as string | undefined) ?? null;
}

/** `en_US` → `en-US`, as @salesforce/i18n/locale gives it. */
function bcp47(sidKey: string | null): string {
    return (sidKey ?? 'en_US').replace(/_/g, '-');
}

/** Everyone the switcher offers: active users, the administrator first, then by role and name. */
export function personasOf(org: OrgData): PreviewPersona[] {
    const admin: Caller = { userId: org.users()[0].id };
    const adminProfile = administratorProfile(org);
    const rows = org.query(
        admin,
        'SELECT Id, Name, Username, ProfileId FROM User WHERE IsActive = true ORDER BY Name',
        { pageSize: 10000 }
    ).records as unknown as UserRow[];
    const assignments = org.query(admin, 'SELECT AssigneeId, PermissionSet.Name FROM PermissionSetAssignment', {
        pageSize: 50000
    }).records as unknown as { AssigneeId: string; PermissionSet: { Name: string } }[];
    const setsByUser = new Map<string, string[]>();
    for (const assignment of assignments) {
        const sets = setsByUser.get(assignment.AssigneeId) ?? [];
        sets.push(assignment.PermissionSet.Name);
        setsByUser.set(assignment.AssigneeId, sets);
    }
    const order = (persona: string): number => {
        const index = ['System administrator', ...ROLES.map(([, role]) => role)].indexOf(persona);
        return index === -1 ? ROLES.length + 1 : index;
    };
    return rows
        .map((row) => ({
            username: row.Username,
            name: row.Name,
            persona: roleOf(setsByUser.get(row.Id) ?? [], row.ProfileId === adminProfile)
        }))
        .sort((a, b) => order(a.persona) - order(b.persona) || a.name.localeCompare(b.name));
}

export function previewSession(
    org: OrgData,
    user: OrgUser,
    instanceUrl: string,
    grants: Map<string, PermissionSetGrant>
): PreviewSessionData {
    const row = org.query(
        { userId: user.id },
        `SELECT Id, Name, Username, LocaleSidKey, LanguageLocaleKey, TimeZoneSidKey, ProfileId FROM User WHERE Id = '${user.id}'`
    ).records[0] as unknown as UserRow;
    const customPermissions = [
        ...new Set(user.permissionSets.flatMap((name) => grants.get(name.toLowerCase())?.customPermissions ?? []))
    ].sort();
    return {
        instanceUrl,
        apiVersion: org.apiVersion,
        userId: user.id,
        username: user.username,
        name: row.Name,
        persona: roleOf(user.permissionSets, row.ProfileId === administratorProfile(org)),
        accessToken: user.accessToken,
        customPermissions,
        i18n: {
            locale: bcp47(row.LocaleSidKey),
            language: bcp47(row.LanguageLocaleKey),
            timeZone: row.TimeZoneSidKey ?? 'America/Los_Angeles',
            currency: 'USD',
            direction: 'ltr'
        },
        personas: personasOf(org)
    };
}
