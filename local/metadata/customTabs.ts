import path from 'node:path';
import { childFlag, childText, metadataFiles, readMetadataXml } from './metadataXml';

/** A CustomTab, from `tabs/<Name>.tab-meta.xml` (Metadata API, "CustomTab"). */
export interface TabDefinition {
    /** The object's API name for an object tab; the tab's own name otherwise. */
    name: string;
    customObject: boolean;
    /** The Lightning page a Lightning page tab shows. */
    flexiPage?: string;
    /** The tab's label; an object tab takes its object's plural label instead. */
    label?: string;
    /** The tab style, such as `Custom18: Form`. */
    motif?: string;
}

/** The package's tabs by lower-cased name. */
export function readTabs(sourceDir: string): Map<string, TabDefinition> {
    const tabs = new Map<string, TabDefinition>();
    for (const file of metadataFiles(path.join(sourceDir, 'tabs'), '.tab-meta.xml')) {
        const root = readMetadataXml(file, 'CustomTab');
        const name = path.basename(file, '.tab-meta.xml');
        tabs.set(name.toLowerCase(), {
            name,
            customObject: childFlag(root, 'customObject') ?? false,
            flexiPage: childText(root, 'flexiPage'),
            label: childText(root, 'label'),
            motif: childText(root, 'motif')
        });
    }
    return tabs;
}
