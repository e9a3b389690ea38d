import { LightningElement, api } from 'lwc';
import { callOrg } from 'preview/session';
import { navigate } from 'preview/router';
import { iconNameOf } from 'shell/objectIcons';
import { errorMessage } from 'shell/orgErrors';
import {
    displayAt,
    fieldAt,
    type ListInfo,
    type ListRecordCollection,
    type ListViewSummary,
    type ListViewSummaryCollection,
    type NavItem,
    type ObjectInfo,
    type RecordRepresentation
} from 'shell/uiApiRecords';

const PAGE_SIZE = 50;
/** Tabs of the app whose objects the local org does not store: Salesforce's report and dashboard engines. */
const NOT_STORED: Record<string, string> = {
    Report: 'Reports run in Salesforce: the local org has no report engine, so the preview has no reports to show.',
    Dashboard:
        'Dashboards run in Salesforce: the local org has no report engine, so the preview has no dashboards to show.'
};

interface Column {
    label: string;
    fieldName: string;
    type: string;
    sortable: boolean;
    typeAttributes?: Record<string, unknown>;
}

function cellKey(path: string): string {
    return path.replace(/\./g, '_');
}

/** The record page a list cell links to: the row's own record for its name, else the looked-up record. */
function linkOf(record: RecordRepresentation, fieldApiName: string, lookupId: string): string | null {
    if (lookupId === 'Id') {
        return `/lightning/r/${record.apiName}/${record.id}/view`;
    }
    const id = fieldAt(record, lookupId)?.value;
    if (typeof id !== 'string' || !id) {
        return null;
    }
    const relationship = fieldApiName.split('.')[0];
    const related = fieldAt(record, relationship)?.value as RecordRepresentation | null | undefined;
    return related?.apiName ? `/lightning/r/${related.apiName}/${id}/view` : `/lightning/r/${id}/view`;
}

/**
 * An object's home: its list views (the picker), the chosen list's records in a datatable with
 * the list's columns, names linking to the records, sorting by column, more rows on request, the
 * count, and New when the user may create the object's records. Everything comes from the User
 * Interface API list resources answered for the signed-in user.
 */
export default class ListViewPage extends LightningElement {
    @api objectApiName: string | undefined;
    /** The list view in the address (`?filterName=`); the "All" list when none. */
    @api filterName: string | undefined;
    /** home, list or new: new opens the create form over the list. */
    @api actionName: string | undefined;
    @api navItems: NavItem[] = [];

    loading = true;
    loadingRows = false;
    failure: string | null = null;
    notStored: string | null = null;
    objectInfo: ObjectInfo | null = null;
    listViews: ListViewSummary[] = [];
    listInfo: ListInfo | null = null;
    records: RecordRepresentation[] = [];
    nextPageToken: string | null = null;
    sortedBy: string | undefined;
    sortDirection: 'asc' | 'desc' = 'asc';
    creating = false;

    override connectedCallback(): void {
        this.creating = this.actionName === 'new';
        this.load();
    }

    private get listViewApiName(): string | undefined {
        return this.listInfo?.listReference.listViewApiName;
    }

    private async load(): Promise<void> {
        const objectApiName = this.objectApiName ?? '';
        if (NOT_STORED[objectApiName]) {
            this.notStored = NOT_STORED[objectApiName];
            this.loading = false;
            return;
        }
        try {
            const [objectInfo, summaries] = await Promise.all([
                callOrg<ObjectInfo>(`ui-api/object-info/${objectApiName}`),
                callOrg<ListViewSummaryCollection>(`ui-api/list-info/${objectApiName}?pageSize=100`)
            ]);
            this.objectInfo = objectInfo;
            this.listViews = summaries.lists;
            this.announceTitle(objectInfo.labelPlural);
            const chosen =
                summaries.lists.find((list) => list.apiName === this.filterName) ??
                summaries.lists.find((list) => list.apiName.startsWith('All')) ??
                summaries.lists[0];
            if (chosen) {
                this.listInfo = await callOrg<ListInfo>(`ui-api/list-info/${objectApiName}/${chosen.apiName}`);
                await this.loadRows(false);
            }
        } catch (error) {
            this.failure = errorMessage(error);
        } finally {
            this.loading = false;
        }
    }

    private announceTitle(text: string): void {
        this.dispatchEvent(new CustomEvent('shelltitle', { bubbles: true, composed: true, detail: text }));
    }

    private async loadRows(more: boolean): Promise<void> {
        const query = new URLSearchParams({ pageSize: String(PAGE_SIZE) });
        if (more && this.nextPageToken) {
            query.set('pageToken', this.nextPageToken);
        }
        const sortColumn = this.displayColumns.find((column) => cellKey(column.fieldApiName) === this.sortKey);
        if (sortColumn) {
            query.set('sortBy', `${this.sortDirection === 'desc' ? '-' : ''}${sortColumn.fieldApiName}`);
        }
        this.loadingRows = true;
        try {
            const page = await callOrg<ListRecordCollection>(
                `ui-api/list-records/${this.objectApiName}/${this.listViewApiName}?${query.toString()}`
            );
            this.records = more ? [...this.records, ...page.records] : page.records;
            this.nextPageToken = page.nextPageToken;
        } finally {
            this.loadingRows = false;
        }
    }

    private get displayColumns() {
        return this.listInfo?.displayColumns ?? [];
    }

    /** The datatable's fieldName of the sorted column, without its link suffix. */
    private get sortKey(): string | undefined {
        return this.sortedBy?.replace(/_url$/, '');
    }

    get columns(): Column[] {
        return this.displayColumns.map((column) => {
            const key = cellKey(column.fieldApiName);
            if (column.lookupId) {
                return {
                    label: column.label,
                    fieldName: `${key}_url`,
                    type: 'url',
                    sortable: column.sortable,
                    typeAttributes: { label: { fieldName: key }, target: '_self', tooltip: { fieldName: key } }
                };
            }
            const isCheckbox = this.objectInfo?.fields[column.fieldApiName]?.dataType === 'Boolean';
            return {
                label: column.label,
                fieldName: key,
                type: isCheckbox ? 'boolean' : 'text',
                sortable: column.sortable
            };
        });
    }

    get rows(): Record<string, unknown>[] {
        return this.records.map((record) => {
            const row: Record<string, unknown> = { Id: record.id };
            for (const column of this.displayColumns) {
                const key = cellKey(column.fieldApiName);
                const isCheckbox = this.objectInfo?.fields[column.fieldApiName]?.dataType === 'Boolean';
                row[key] = isCheckbox
                    ? fieldAt(record, column.fieldApiName)?.value === true
                    : displayAt(record, column.fieldApiName);
                if (column.lookupId) {
                    row[`${key}_url`] = linkOf(record, column.fieldApiName, column.lookupId);
                }
            }
            return row;
        });
    }

    get hasList(): boolean {
        return this.listInfo !== null;
    }

    get hasRows(): boolean {
        return this.records.length > 0;
    }

    get hasMore(): boolean {
        return this.nextPageToken !== null;
    }

    get noListViews(): string {
        return `${this.objectInfo?.labelPlural ?? this.objectApiName} has no list views you can see.`;
    }

    get emptyMessage(): string {
        return `No ${this.objectInfo?.labelPlural?.toLowerCase() ?? 'records'} in ${this.listInfo?.label ?? 'this list'}.`;
    }

    get iconName(): string {
        const navItem = this.navItems?.find((item) => item.objectApiName === this.objectApiName);
        return iconNameOf(
            navItem?.iconUrl ?? this.objectInfo?.themeInfo?.iconUrl,
            this.objectApiName === 'Case' ? 'standard:case' : undefined
        );
    }

    get listOptions(): { label: string; value: string }[] {
        return this.listViews.map((list) => ({ label: list.label, value: list.apiName }));
    }

    get summary(): string {
        const count = `${this.records.length}${this.hasMore ? '+' : ''} ${this.records.length === 1 && !this.hasMore ? 'item' : 'items'}`;
        const sorted = this.displayColumns.find((column) => cellKey(column.fieldApiName) === this.sortKey);
        const order = sorted?.label ?? this.listInfo?.orderedByInfo[0]?.label;
        return order ? `${count} • Sorted by ${order}` : count;
    }

    get canCreate(): boolean {
        return Boolean(this.objectInfo?.createable);
    }

    handleListChange(event: CustomEvent<{ value: string }>): void {
        navigate({
            type: 'standard__objectPage',
            attributes: { objectApiName: this.objectApiName, actionName: 'list' },
            state: { filterName: event.detail.value }
        });
    }

    async handleSort(event: CustomEvent<{ fieldName: string; sortDirection: 'asc' | 'desc' }>): Promise<void> {
        this.sortedBy = event.detail.fieldName;
        this.sortDirection = event.detail.sortDirection;
        try {
            await this.loadRows(false);
        } catch (error) {
            this.failure = errorMessage(error);
        }
    }

    async handleLoadMore(): Promise<void> {
        try {
            await this.loadRows(true);
        } catch (error) {
            this.failure = errorMessage(error);
        }
    }

    handleNew(): void {
        this.creating = true;
    }

    handleCreateClose(): void {
        this.creating = false;
    }
}
