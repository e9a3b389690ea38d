import type { Statement } from 'better-sqlite3';
import type { Store } from '../store/openStore';
import { quoteName } from '../store/openStore';
import type { StoredField, StoredObject } from '../store/orgSchema';
import { NO_ACCESS, type ObjectAccess, type PermissionSetGrant } from './permissionSets';

/**
 * Who may do what, for one user: the profile's grants plus every permission set assigned to them
 * (PermissionSetAssignment rows), custom permissions, and record access from the
 * organization-wide default, ownership, View All / Modify All and `__Share` rows.
 */

export const SYSTEM_ADMINISTRATOR = 'System Administrator';
export const STANDARD_USER = 'Standard User';

export interface SqlFilter {
    sql: string;
    params: unknown[];
}

/** What the SOQL part asks (context.access). */
export interface RecordAccess {
    canReadObject(type: string): boolean;
    canReadField(type: string, field: string): boolean;
    /** A condition on `tableAlias` that keeps only the records the caller may see. */
    visibilitySql(type: string, tableAlias: string): SqlFilter;
}

export type AccessLevel = 'read' | 'edit' | 'delete';

/** Standard objects every user reads; Standard User also creates and edits Account, Contact and Case. */
const READ_ONLY_STANDARD = new Set(['user', 'group', 'permissionset', 'permissionsetassignment']);
const STANDARD_USER_EDITS = new Set(['account', 'contact', 'case']);

export class CallerAccess implements RecordAccess {
    readonly userId: string;
    readonly profile: string;
    readonly isAdmin: boolean;
    readonly permissionSets: string[];
    readonly customPermissions: string[];
    private readonly grants: PermissionSetGrant[];
    private readonly store: Store;
    private readonly objectCache = new Map<string, ObjectAccess>();
    private readonly statements = new Map<string, Statement>();

    constructor(store: Store, userId: string, profile: string, grants: PermissionSetGrant[]) {
        this.store = store;
        this.userId = userId;
        this.profile = profile;
        this.isAdmin = profile === SYSTEM_ADMINISTRATOR;
        this.grants = grants;
        this.permissionSets = grants.map((grant) => grant.name);
        this.customPermissions = [...new Set(grants.flatMap((grant) => grant.customPermissions))];
    }

    private stored(type: string): StoredObject | undefined {
        return this.store.schema.objects.get(type.toLowerCase());
    }

    /** Object permissions (CRUD, View All, Modify All) the caller holds on `type`. */
    objectAccess(type: string): ObjectAccess {
        const lower = type.toLowerCase();
        const cached = this.objectCache.get(lower);
        if (cached) {
            return cached;
        }
        const object = this.stored(type);
        let access: ObjectAccess = NO_ACCESS;
        if (!object) {
            access = NO_ACCESS;
        } else if (this.isAdmin) {
            access = {
                read: true,
                create: object.createable,
                edit: object.updateable,
                delete: object.deletable,
                viewAll: true,
                modifyAll: object.updateable
            };
        } else if (object.kind === 'history' || object.kind === 'share') {
            const parent = this.objectAccess(object.parentObject ?? '');
            const writes = object.kind === 'share' && parent.read;
            access = { ...NO_ACCESS, read: parent.read, create: writes, edit: writes, delete: writes };
        } else {
            let granted: ObjectAccess = { ...NO_ACCESS };
            if (object.kind === 'standard') {
                const edits = this.profile === STANDARD_USER && STANDARD_USER_EDITS.has(lower);
                granted = {
                    ...NO_ACCESS,
                    read: READ_ONLY_STANDARD.has(lower) || edits,
                    create: edits,
                    edit: edits
                };
            }
            for (const grant of this.grants) {
                const given = grant.objects.get(lower);
                if (given) {
                    granted = {
                        read: granted.read || given.read,
                        create: granted.create || given.create,
                        edit: granted.edit || given.edit,
                        delete: granted.delete || given.delete,
                        viewAll: granted.viewAll || given.viewAll || given.modifyAll,
                        modifyAll: granted.modifyAll || given.modifyAll
                    };
                }
            }
            access = granted;
        }
        this.objectCache.set(lower, access);
        return access;
    }

    canReadObject(type: string): boolean {
        return this.objectAccess(type).read;
    }

    /** Field-level security; fields without FLS (standard, required, master-detail) follow the object. */
    fieldAccess(object: StoredObject, field: StoredField): { readable: boolean; editable: boolean } {
        if (!this.objectAccess(object.name).read) {
            return { readable: false, editable: false };
        }
        if (this.isAdmin || field.definition.isStandard || field.required || field.isMasterDetail) {
            return { readable: true, editable: true };
        }
        const key = `${object.name}.${field.name}`.toLowerCase();
        let readable = false;
        let editable = false;
        for (const grant of this.grants) {
            const given = grant.fields.get(key);
            readable ||= given?.readable ?? false;
            editable ||= given?.editable ?? false;
        }
        return { readable, editable };
    }

    canReadField(type: string, field: string): boolean {
        const object = this.stored(type);
        const stored = object?.fieldMap.get(field.toLowerCase());
        return object !== undefined && stored !== undefined && this.fieldAccess(object, stored).readable;
    }

    /** Whether the caller may write the field on create or update (metadata and FLS). */
    canWriteField(object: StoredObject, field: StoredField, creating: boolean): boolean {
        const allowed = creating ? field.createable : field.updateable;
        return allowed && this.fieldAccess(object, field).editable;
    }

    hasCustomPermission(name: string): boolean {
        return this.customPermissions.some((permission) => permission.toLowerCase() === name.toLowerCase());
    }

    visibilitySql(type: string, tableAlias: string): SqlFilter {
        return this.accessSql(type, tableAlias, 'read', 0);
    }

    /**
     * A condition on `alias` keeping the records the caller may read, edit or delete: everything
     * under View All / Modify All or a public default, else their own and those shared with them;
     * a detail (ControlledByParent) follows its master's edit access.
     */
    accessSql(type: string, alias: string, level: AccessLevel, depth = 0): SqlFilter {
        const object = this.stored(type);
        const all: SqlFilter = { sql: '1 = 1', params: [] };
        if (!object) {
            return { sql: '1 = 0', params: [] };
        }
        const access = this.objectAccess(type);
        const a = quoteName(alias);
        if (this.isAdmin || access.modifyAll || (level === 'read' && access.viewAll)) {
            return all;
        }
        const nested = `p${depth}`;
        if (object.kind === 'history' || object.kind === 'share' || object.sharingModel === 'ControlledByParent') {
            const link = object.masterField?.name ?? (object.parentObject ? 'ParentId' : undefined);
            const parentName = object.masterField?.definition.referenceTo?.[0] ?? object.parentObject;
            if (!link || !parentName) {
                return all;
            }
            // Reading a detail needs read on the master; changing it needs edit on the master (share rows: full
            // access), or only read where the master-detail field says so (writeRequiresMasterRead: "Read Only").
            const readIsEnough = object.masterField?.definition.writeRequiresMasterRead === true;
            const parentLevel: AccessLevel =
                level === 'read' || readIsEnough ? 'read' : object.kind === 'share' ? 'delete' : 'edit';
            const parent = this.accessSql(parentName, nested, parentLevel, depth + 1);
            if (parent.sql === all.sql) {
                return all;
            }
            return {
                sql: `${a}.${quoteName(link)} IN (SELECT ${quoteName(nested)}.Id FROM ${quoteName(parentName)} ${quoteName(nested)} WHERE ${parent.sql})`,
                params: parent.params
            };
        }
        if (!object.hasOwner) {
            return all;
        }
        const publicRead = object.sharingModel === 'Read' || object.sharingModel === 'ReadWrite';
        if (level === 'read' && publicRead) {
            return all;
        }
        if (level === 'edit' && object.sharingModel === 'ReadWrite') {
            return all;
        }
        const owner = `${a}.OwnerId = ?`;
        if (!object.shareObject) {
            return { sql: `(${owner})`, params: [this.userId] };
        }
        const levels = level === 'read' ? "'Read', 'Edit', 'All'" : level === 'edit' ? "'Edit', 'All'" : "'All'";
        return {
            sql: `(${owner} OR ${a}.Id IN (SELECT ParentId FROM ${quoteName(object.shareObject)} WHERE UserOrGroupId = ? AND IsDeleted = 0 AND AccessLevel IN (${levels})))`,
            params: [this.userId, this.userId]
        };
    }

    /** Whether the caller may read, edit or delete this one record. */
    canAccessRecord(type: string, id: string, level: AccessLevel): boolean {
        const object = this.stored(type);
        if (!object) {
            return false;
        }
        const filter = this.accessSql(object.name, 'r', level);
        if (filter.sql === '1 = 1') {
            return true;
        }
        const sql = `SELECT 1 FROM ${quoteName(object.name)} "r" WHERE "r".Id = ? AND ${filter.sql}`;
        let statement = this.statements.get(sql);
        if (!statement) {
            statement = this.store.db.prepare(sql);
            this.statements.set(sql, statement);
        }
        return statement.get(id, ...filter.params) !== undefined;
    }
}
