import type { MetadataProblem } from './metadataProblem';
import { childNodes, childText } from '../../local/metadata/metadataXml';
import { type MetadataFile } from './sourceFiles';

/** The permission set of the QA Admin persona, who must be able to read every field the package adds. */
export const ADMIN_PERMISSION_SET = 'Verity_QA_Admin';

/**
 * Every custom field is readable in the admin permission set, except those Salesforce makes
 * readable by itself and refuses field permissions for (required and master-detail fields), and
 * fields of custom metadata types (read through the type's access, not field permissions).
 */
export function checkAdminAccess(files: MetadataFile[]): MetadataProblem[] {
    const needingAccess = files.filter((file) => {
        if (file.typeName !== 'CustomField' || file.fullName.split('.')[0].endsWith('__mdt')) {
            return false;
        }
        return childText(file.root, 'required') !== 'true' && childText(file.root, 'type') !== 'MasterDetail';
    });
    if (needingAccess.length === 0) {
        return [];
    }
    const admin = files.find((file) => file.typeName === 'PermissionSet' && file.fullName === ADMIN_PERMISSION_SET);
    if (!admin) {
        return [
            {
                file: 'force-app/main/default/permissionsets',
                element: 'PermissionSet',
                message: `${ADMIN_PERMISSION_SET} is missing: the package has custom fields and no admin permission set to read them.`
            }
        ];
    }
    const readable = new Set(
        childNodes(admin.root, 'fieldPermissions')
            .filter((permission) => childText(permission, 'readable') === 'true')
            .map((permission) => childText(permission, 'field'))
    );
    return needingAccess
        .filter((file) => !readable.has(file.fullName))
        .map((file) => ({
            file: file.file,
            element: 'CustomField',
            message: `${file.fullName} is not readable in the ${ADMIN_PERMISSION_SET} permission set (${admin.file}).`
        }));
}
