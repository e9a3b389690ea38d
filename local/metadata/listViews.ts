import path from 'node:path';
import { childNames, childNodes, childText, metadataFiles, readMetadataXml } from './metadataXml';

/** One filter line of a list view: `<filters><field/><operation/><value/></filters>`. */
export interface ListViewFilterLine {
    field: string;
    /** equals, notEqual, lessThan, greaterThan, lessOrEqual, greaterOrEqual, contains, notContain, startsWith, includes, excludes, within */
    operation: string;
    /** Comma-separated values (any of them matches); empty for a blank value. */
    value: string;
}

/** A ListView of an object, as `objects/<Object>/listViews/<Name>.listView-meta.xml` declares it (Metadata API, "ListView"). */
export interface ListViewDefinition {
    objectName: string;
    name: string;
    label: string;
    /** Column names as the metadata writes them: `NAME`, custom field names, … */
    columns: string[];
    /** Everything, Mine, Queue, Delegated, MyTerritory, MyTeamTerritory, Team. */
    filterScope: string;
    filters: ListViewFilterLine[];
    /** Advanced filter logic such as `(1 AND 2) OR 3`; absent means every filter line applies. */
    booleanFilter?: string;
    /** Elements that narrow the records (`queue`, `division`) or who sees the view (`sharedTo`), when present. */
    restrictions: string[];
}

const RESTRICTING_ELEMENTS = ['queue', 'division', 'sharedTo'];

/** The list views of one object, sorted by name; none when the object has no listViews folder. */
export function readListViews(sourceDir: string, objectName: string): ListViewDefinition[] {
    const dir = path.join(sourceDir, 'objects', objectName, 'listViews');
    return metadataFiles(dir, '.listView-meta.xml').map((file) => {
        const root = readMetadataXml(file, 'ListView');
        const name = childText(root, 'fullName') ?? path.basename(file, '.listView-meta.xml');
        return {
            objectName,
            name,
            label: childText(root, 'label') ?? name,
            columns: childNodes(root, 'columns').map((column) => column['#text'] ?? ''),
            filterScope: childText(root, 'filterScope') ?? 'Everything',
            filters: childNodes(root, 'filters').map((filter) => ({
                field: childText(filter, 'field') ?? '',
                operation: childText(filter, 'operation') ?? '',
                value: childText(filter, 'value') ?? ''
            })),
            booleanFilter: childText(root, 'booleanFilter'),
            restrictions: childNames(root).filter((element) => RESTRICTING_ELEMENTS.includes(element))
        };
    });
}
