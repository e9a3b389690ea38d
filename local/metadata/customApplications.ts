import path from 'node:path';
import { childFlag, childNodes, childText, metadataFiles, readMetadataXml } from './metadataXml';

/** A CustomApplication, from `applications/<Name>.app-meta.xml` (Metadata API, "CustomApplication"). */
export interface ApplicationDefinition {
    name: string;
    label: string;
    description?: string;
    /** Tab names in navigation order: `standard-home`, `Assessment__c`, `standard-Case`, … */
    tabs: string[];
    formFactors: string[];
    headerColor?: string;
    /** Lightning or Classic. */
    uiType: string;
    /** Standard or Console. */
    navType: string;
    isNavAutoTempTabsDisabled: boolean;
    isNavPersonalizationDisabled: boolean;
    isNavTabPersistenceDisabled: boolean;
}

/** Every app of the package, sorted by name. */
export function readApplications(sourceDir: string): ApplicationDefinition[] {
    return metadataFiles(path.join(sourceDir, 'applications'), '.app-meta.xml').map((file) => {
        const root = readMetadataXml(file, 'CustomApplication');
        const name = path.basename(file, '.app-meta.xml');
        const brand = childNodes(root, 'brand')[0];
        return {
            name,
            label: childText(root, 'label') ?? name,
            description: childText(root, 'description'),
            tabs: childNodes(root, 'tabs').map((tab) => tab['#text'] ?? ''),
            formFactors: childNodes(root, 'formFactors').map((formFactor) => formFactor['#text'] ?? ''),
            headerColor: childText(brand, 'headerColor'),
            uiType: childText(root, 'uiType') ?? 'Lightning',
            navType: childText(root, 'navType') ?? 'Standard',
            isNavAutoTempTabsDisabled: childFlag(root, 'isNavAutoTempTabsDisabled') ?? false,
            isNavPersonalizationDisabled: childFlag(root, 'isNavPersonalizationDisabled') ?? false,
            isNavTabPersistenceDisabled: childFlag(root, 'isNavTabPersistenceDisabled') ?? false
        };
    });
}
