import path from 'node:path';
import { childFlag, childNodes, childText, metadataFiles, readMetadataXml } from '../metadata/metadataXml';

/** What one permission set grants, read from its metadata (`permissionsets/*.permissionset-meta.xml`). */
export interface ObjectAccess {
    read: boolean;
    create: boolean;
    edit: boolean;
    delete: boolean;
    viewAll: boolean;
    modifyAll: boolean;
}

export interface FieldAccess {
    readable: boolean;
    editable: boolean;
}

export interface PermissionSetGrant {
    name: string;
    label: string;
    /** By lower-cased object name. */
    objects: Map<string, ObjectAccess>;
    /** By lower-cased `Object.Field`. */
    fields: Map<string, FieldAccess>;
    /** Custom permission names it enables. */
    customPermissions: string[];
}

export const NO_ACCESS: ObjectAccess = {
    read: false,
    create: false,
    edit: false,
    delete: false,
    viewAll: false,
    modifyAll: false
};

/** The permission sets of a package source folder, by lower-cased name. */
export function readPermissionSets(sourceDir: string): Map<string, PermissionSetGrant> {
    const grants = new Map<string, PermissionSetGrant>();
    for (const file of metadataFiles(path.join(sourceDir, 'permissionsets'), '.permissionset-meta.xml')) {
        const root = readMetadataXml(file, 'PermissionSet');
        const name = path.basename(file, '.permissionset-meta.xml');
        const objects = new Map<string, ObjectAccess>();
        for (const entry of childNodes(root, 'objectPermissions')) {
            const object = childText(entry, 'object') ?? '';
            objects.set(object.toLowerCase(), {
                read: childFlag(entry, 'allowRead') ?? false,
                create: childFlag(entry, 'allowCreate') ?? false,
                edit: childFlag(entry, 'allowEdit') ?? false,
                delete: childFlag(entry, 'allowDelete') ?? false,
                viewAll: childFlag(entry, 'viewAllRecords') ?? false,
                modifyAll: childFlag(entry, 'modifyAllRecords') ?? false
            });
        }
        const fields = new Map<string, FieldAccess>();
        for (const entry of childNodes(root, 'fieldPermissions')) {
            const editable = childFlag(entry, 'editable') ?? false;
            fields.set((childText(entry, 'field') ?? '').toLowerCase(), {
                readable: (childFlag(entry, 'readable') ?? false) || editable,
                editable
            });
        }
        const customPermissions = childNodes(root, 'customPermissions')
            .filter((entry) => childFlag(entry, 'enabled') ?? false)
            .map((entry) => childText(entry, 'name') ?? '');
        grants.set(name.toLowerCase(), {
            name,
            label: childText(root, 'label') ?? name,
            objects,
            fields,
            customPermissions
        });
    }
    return grants;
}
