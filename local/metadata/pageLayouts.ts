import path from 'node:path';
import { childFlag, childNodes, childText, metadataFiles, readMetadataXml, type XmlNode } from './metadataXml';

/** One slot of a layout column: a field with its behavior, a blank space, or something else the layout places. */
export interface LayoutSlot {
    /** The field's API name, for a field slot. */
    field?: string;
    /** Edit, Required or Readonly (Metadata API, "Layout": UiBehavior). */
    behavior?: string;
    emptySpace: boolean;
    /** The element a non-field, non-blank slot holds (`customLink`, `page`, `canvas`, …). */
    other?: string;
}

export interface LayoutSectionDefinition {
    label: string;
    /** Whether the heading shows on the detail (view) page and on the edit page. */
    detailHeading: boolean;
    editHeading: boolean;
    /** OneColumn, TwoColumnsTopToBottom, TwoColumnsLeftToRight, CustomLinks. */
    style: string;
    /** The slots of each column, top to bottom. */
    columns: LayoutSlot[][];
}

/** A page layout, from `layouts/<Object>-<Layout Name>.layout-meta.xml`. */
export interface PageLayoutDefinition {
    objectName: string;
    /** The layout's name, as the file names it: `Assessment Layout`. */
    name: string;
    sections: LayoutSectionDefinition[];
}

const SLOT_KINDS = ['customLink', 'page', 'canvas', 'reportChartComponent', 'component', 'analyticsCloudComponent'];

function slot(item: XmlNode): LayoutSlot {
    const field = childText(item, 'field');
    if (field) {
        return { field, behavior: childText(item, 'behavior'), emptySpace: false };
    }
    if (childFlag(item, 'emptySpace') === true) {
        return { emptySpace: true };
    }
    return { emptySpace: false, other: SLOT_KINDS.find((kind) => childText(item, kind) !== undefined) ?? 'unknown' };
}

/** Every page layout of the package, by file name. */
export function readPageLayouts(sourceDir: string): PageLayoutDefinition[] {
    return metadataFiles(path.join(sourceDir, 'layouts'), '.layout-meta.xml').map((file) => {
        const fullName = path.basename(file, '.layout-meta.xml');
        const dash = fullName.indexOf('-');
        if (dash < 1) {
            throw new Error(`${file}: a layout file is named <Object>-<Layout Name>.layout-meta.xml.`);
        }
        const root = readMetadataXml(file, 'Layout');
        return {
            objectName: fullName.slice(0, dash),
            name: fullName.slice(dash + 1),
            sections: childNodes(root, 'layoutSections').map((section) => ({
                label: childText(section, 'label') ?? '',
                detailHeading: childFlag(section, 'detailHeading') ?? true,
                editHeading: childFlag(section, 'editHeading') ?? true,
                style: childText(section, 'style') ?? 'TwoColumnsTopToBottom',
                columns: childNodes(section, 'layoutColumns').map((column) =>
                    childNodes(column, 'layoutItems').map(slot)
                )
            }))
        };
    });
}
