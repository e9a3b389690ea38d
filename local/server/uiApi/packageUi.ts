import { readNavigationGrants, type NavigationGrant } from '../../metadata/appVisibility';
import { readApplications, type ApplicationDefinition } from '../../metadata/customApplications';
import { readTabs, type TabDefinition } from '../../metadata/customTabs';
import { readListViews, type ListViewDefinition } from '../../metadata/listViews';
import { readPageLayouts, type PageLayoutDefinition } from '../../metadata/pageLayouts';

/**
 * The package's user-interface metadata (apps, tabs, list views, page layouts and the navigation
 * its permission sets grant), read once per package source, as the org reads its schema once when
 * it opens.
 */
export interface PackageUi {
    applications: ApplicationDefinition[];
    /** By lower-cased tab name. */
    tabs: Map<string, TabDefinition>;
    /** By lower-cased permission set name. */
    navigationGrants: Map<string, NavigationGrant>;
    listViews(objectName: string): ListViewDefinition[];
    layouts(objectName: string): PageLayoutDefinition[];
}

const bySource = new Map<string, PackageUi>();

const NO_PACKAGE: PackageUi = {
    applications: [],
    tabs: new Map(),
    navigationGrants: new Map(),
    listViews: () => [],
    layouts: () => []
};

/** The metadata of the package at `sourceDir`; none for an org without a package source (''). */
export function packageUi(sourceDir: string): PackageUi {
    if (sourceDir === '') {
        return NO_PACKAGE;
    }
    let ui = bySource.get(sourceDir);
    if (!ui) {
        const layouts = readPageLayouts(sourceDir);
        const listViews = new Map<string, ListViewDefinition[]>();
        ui = {
            applications: readApplications(sourceDir),
            tabs: readTabs(sourceDir),
            navigationGrants: readNavigationGrants(sourceDir),
            listViews(objectName) {
                let views = listViews.get(objectName);
                if (!views) {
                    views = readListViews(sourceDir, objectName);
                    listViews.set(objectName, views);
                }
                return views;
            },
            layouts: (objectName) =>
                layouts.filter((layout) => layout.objectName.toLowerCase() === objectName.toLowerCase())
        };
        bySource.set(sourceDir, ui);
    }
    return ui;
}
