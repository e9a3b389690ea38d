import { LightningElement, api } from 'lwc';
import { callOrg, session } from 'preview/session';
import { urlOf } from 'preview/router';
import { iconNameOf } from 'shell/objectIcons';
import { errorMessage } from 'shell/orgErrors';
import { canQuery } from 'shell/orgObjects';
import type { LayoutRelatedList, PageContext } from 'shell/pageContext';
import {
    layoutColumns,
    listViewColumns,
    relatedQuery,
    tableColumns,
    tableRow,
    tileFields,
    type DatatableColumn,
    type TileField,
    type RelatedColumn
} from 'shell/relatedListQueries';
import type { ChildRelationship, ListInfo, ListViewSummaryCollection, ObjectInfo } from 'shell/uiApiRecords';

const DEFAULT_ROWS = 6;
/** Narrower than this, a list shows tiles instead of a table. */
const TABLE_MIN_WIDTH = 600;

interface ShownList {
    key: string;
    title: string;
    iconName: string;
    columns: DatatableColumn[];
    rows: Record<string, unknown>[];
    tiles: { key: string; title: TileField; fields: TileField[] }[];
    hasRows: boolean;
    viewAllUrl: string;
    error: string | null;
}

interface WantedList {
    relationship: ChildRelationship;
    layoutColumns: string[] | null;
}

/** The list view a related list borrows its columns from when the layout does not give them: the "All" one. */
async function listViewColumnsOf(child: ObjectInfo, parentLookup: string): Promise<RelatedColumn[]> {
    const summaries = await callOrg<ListViewSummaryCollection>(`ui-api/list-info/${child.apiName}`);
    const view = summaries.lists.find((list) => list.apiName.startsWith('All')) ?? summaries.lists[0];
    if (!view) {
        return layoutColumns(child, ['NAME'], parentLookup);
    }
    const info = await callOrg<ListInfo>(`ui-api/list-info/${child.apiName}/${view.apiName}`);
    return listViewColumns(child, info.displayColumns, parentLookup);
}

/**
 * force:relatedListContainer and force:relatedListSingleContainer: the record's child records, a
 * card per related list with the first rows, the count (10+ when there are more) and View All.
 * The container shows the related lists of the object's page layout; the single container the
 * one relationship the page names. Lists of objects the user cannot read are not there.
 */
export default class RelatedLists extends LightningElement {
    @api context: PageContext | null = null;
    /** A single container's relationship (`Assessments__r`); none for the container of the layout's lists. */
    @api relationshipApiName: string | undefined;
    /** The flexipage gives it as text. */
    @api rowsToDisplay: number | string = DEFAULT_ROWS;

    loading = true;
    lists: ShownList[] = [];
    failure: string | null = null;
    narrow = false;

    override connectedCallback(): void {
        this.load();
    }

    override renderedCallback(): void {
        const width = this.template?.host?.getBoundingClientRect().width ?? 0;
        const narrow = width > 0 && width < TABLE_MIN_WIDTH;
        if (narrow !== this.narrow) {
            this.narrow = narrow;
        }
    }

    get rows(): number {
        const rows = Number(this.rowsToDisplay);
        return Number.isInteger(rows) && rows > 0 ? rows : DEFAULT_ROWS;
    }

    get isEmpty(): boolean {
        return !this.loading && !this.failure && this.lists.length === 0;
    }

    get emptyMessage(): string {
        return this.relationshipApiName
            ? `There is no related list ${this.relationshipApiName} you can see here.`
            : "This object's page layout has no related lists you can see.";
    }

    private wantedLists(parent: ObjectInfo): WantedList[] {
        const layoutLists: LayoutRelatedList[] = this.context?.relatedLists ?? [];
        const layoutOf = (relationship: ChildRelationship): string[] | null =>
            layoutLists.find(
                (list) =>
                    list.childObjectApiName === relationship.childObjectApiName &&
                    list.fieldName === relationship.fieldName
            )?.columns ?? null;
        if (this.relationshipApiName) {
            const relationship = parent.childRelationships.find(
                (candidate) => candidate.relationshipName === this.relationshipApiName
            );
            return relationship ? [{ relationship, layoutColumns: layoutOf(relationship) }] : [];
        }
        return layoutLists
            .map((list) =>
                parent.childRelationships.find(
                    (candidate) =>
                        candidate.childObjectApiName === list.childObjectApiName &&
                        candidate.fieldName === list.fieldName
                )
            )
            .filter((relationship): relationship is ChildRelationship => relationship !== undefined)
            .map((relationship) => ({ relationship, layoutColumns: layoutOf(relationship) }));
    }

    private async load(): Promise<void> {
        const parent = this.context?.objectInfo;
        const recordId = this.context?.recordId;
        if (!parent || !recordId) {
            this.loading = false;
            return;
        }
        try {
            const candidates = this.wantedLists(parent);
            const queryable = await Promise.all(
                candidates.map((list) => canQuery(list.relationship.childObjectApiName))
            );
            const readable = candidates.filter((_list, index) => queryable[index]);
            if (readable.length === 0) {
                return;
            }
            const childNames = [...new Set(readable.map((wanted) => wanted.relationship.childObjectApiName))];
            const batch = await callOrg<{ results: { statusCode: number; result: ObjectInfo }[] }>(
                `ui-api/object-info/batch/${childNames.join(',')}`
            );
            const infos = new Map(
                batch.results
                    .filter((entry) => entry.statusCode === 200)
                    .map((entry) => [entry.result.apiName, entry.result])
            );
            this.lists = await Promise.all(
                readable
                    .filter((wanted) => infos.has(wanted.relationship.childObjectApiName))
                    .map((wanted) =>
                        this.loadList(
                            parent,
                            recordId,
                            wanted,
                            infos.get(wanted.relationship.childObjectApiName) as ObjectInfo
                        )
                    )
            );
        } catch (error) {
            this.failure = errorMessage(error);
        } finally {
            this.loading = false;
        }
    }

    private async loadList(
        parent: ObjectInfo,
        recordId: string,
        wanted: WantedList,
        child: ObjectInfo
    ): Promise<ShownList> {
        const { relationship } = wanted;
        const viewAllUrl = urlOf({
            type: 'standard__recordRelationshipPage',
            attributes: {
                recordId,
                objectApiName: parent.apiName,
                relationshipApiName: relationship.relationshipName,
                actionName: 'view'
            }
        });
        const shown: ShownList = {
            key: relationship.relationshipName,
            title: child.labelPlural,
            iconName: iconNameOf(child.themeInfo?.iconUrl),
            columns: [],
            rows: [],
            tiles: [],
            hasRows: false,
            viewAllUrl,
            error: null
        };
        try {
            const columns = wanted.layoutColumns
                ? layoutColumns(child, wanted.layoutColumns, relationship.fieldName)
                : await listViewColumnsOf(child, relationship.fieldName);
            const soql = relatedQuery(child.apiName, relationship.fieldName, recordId, columns, this.rows);
            const answer = await callOrg<{ records: Record<string, unknown>[] }>(`query?q=${encodeURIComponent(soql)}`);
            const more = answer.records.length > this.rows;
            const rows = answer.records.slice(0, this.rows);
            shown.rows = rows.map((row) => tableRow(row, columns, child.apiName, child));
            shown.tiles = rows.map((row) => {
                const [title, ...fields] = tileFields(row, columns, child.apiName, child, session.i18n);
                return { key: String(row.Id), title, fields: fields.slice(0, 4) };
            });
            shown.columns = tableColumns(columns);
            shown.hasRows = shown.rows.length > 0;
            shown.title = `${child.labelPlural} (${shown.rows.length}${more ? '+' : ''})`;
        } catch (error) {
            shown.error = errorMessage(error);
        }
        return shown;
    }
}
