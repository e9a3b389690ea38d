import type { Store } from '../store/openStore';
import { CallerAccess, STANDARD_USER } from './callerAccess';
import { readPermissionSets, type PermissionSetGrant } from './permissionSets';

/**
 * The org's security: permission sets read once from metadata, each user's access computed on
 * first use and forgotten whenever users or assignments change.
 */
export class OrgSecurity {
    readonly grants: Map<string, PermissionSetGrant>;
    private readonly store: Store;
    private readonly callers = new Map<string, CallerAccess>();

    constructor(store: Store) {
        this.store = store;
        this.grants = readPermissionSets(store.schema.sourceDir);
    }

    /** The access of a user, or null when no active user has this Id. */
    accessFor(userId: string): CallerAccess | null {
        const cached = this.callers.get(userId);
        if (cached) {
            return cached;
        }
        const user = this.store.db
            .prepare(
                `SELECT u.Id AS id, p.Name AS profile FROM "User" u LEFT JOIN _verity_profiles p ON p.Id = u.ProfileId
                 WHERE u.Id = ? AND u.IsDeleted = 0 AND u.IsActive = 1`
            )
            .get(userId) as { id: string; profile: string | null } | undefined;
        if (!user) {
            return null;
        }
        const assigned = this.store.db
            .prepare(
                `SELECT ps.Name AS name FROM "PermissionSetAssignment" a JOIN "PermissionSet" ps ON ps.Id = a.PermissionSetId
                 WHERE a.AssigneeId = ? AND a.IsDeleted = 0 AND ps.IsDeleted = 0 ORDER BY ps.Name`
            )
            .pluck()
            .all(userId) as string[];
        const grants = assigned
            .map((name) => this.grants.get(name.toLowerCase()))
            .filter((grant): grant is PermissionSetGrant => grant !== undefined);
        const access = new CallerAccess(this.store, userId, user.profile ?? STANDARD_USER, grants);
        this.callers.set(userId, access);
        return access;
    }

    /** Users, profiles or assignments changed: compute access afresh. */
    forget(): void {
        this.callers.clear();
    }
}
