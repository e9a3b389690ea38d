import path from 'node:path';
import { childFlag, childNodes, childText, metadataFiles, readMetadataXml } from './metadataXml';

/** What a permission set shows in the navigation: its `applicationVisibilities` and `tabSettings`. */
export interface NavigationGrant {
    /** Lower-cased names of the apps it makes visible. */
    applications: Set<string>;
    /** Lower-cased tab name → Visible, Available or None (Metadata API, "PermissionSet": PermissionSetTabVisibility). */
    tabs: Map<string, string>;
}

/** The navigation grants of the package's permission sets, by lower-cased permission set name. */
export function readNavigationGrants(sourceDir: string): Map<string, NavigationGrant> {
    const grants = new Map<string, NavigationGrant>();
    for (const file of metadataFiles(path.join(sourceDir, 'permissionsets'), '.permissionset-meta.xml')) {
        const root = readMetadataXml(file, 'PermissionSet');
        const applications = new Set(
            childNodes(root, 'applicationVisibilities')
                .filter((entry) => childFlag(entry, 'visible') === true)
                .map((entry) => (childText(entry, 'application') ?? '').toLowerCase())
        );
        const tabs = new Map(
            childNodes(root, 'tabSettings').map((entry) => [
                (childText(entry, 'tab') ?? '').toLowerCase(),
                childText(entry, 'visibility') ?? 'None'
            ])
        );
        grants.set(path.basename(file, '.permissionset-meta.xml').toLowerCase(), { applications, tabs });
    }
    return grants;
}
