import path from 'node:path';
import { children, flag, metadataFiles, readXmlFile, text } from '../store/metadataFiles';

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
        const root = readXmlFile(file, 'PermissionSet');
        const name = path.basename(file, '.permissionset-meta.xml');
        const objects = new Map<string, ObjectAccess>();
        for (const entry of children(root, 'objectPermissions')) {
            const object = text(entry, 'object') ?? '';
            objects.set(object.toLowerCase(), {
                read: flag(entry, 'allowRead'),
                create: flag(entry, 'allowCreate'),
                edit: flag(entry, 'allowEdit'),
                delete: flag(entry, 'allowDelete'),
                viewAll: flag(entry, 'viewAllRecords'),
                modifyAll: flag(entry, 'modifyAllRecords')
            });
        }
        const fields = new Map<string, FieldAccess>();
        for (const entry of children(root, 'fieldPermissions')) {
            const editable = flag(entry, 'editable');
            fields.set((text(entry, 'field') ?? '').toLowerCase(), {
                readable: flag(entry, 'readable') || editable,
                editable
            });
        }
        const customPermissions = children(root, 'customPermissions')
            .filter((entry) => flag(entry, 'enabled'))
            .map((entry) => text(entry, 'name') ?? '');
        grants.set(name.toLowerCase(), {
            name,
            label: text(root, 'label') ?? name,
            objects,
            fields,
            customPermissions
        });
    }
    return grants;
}
