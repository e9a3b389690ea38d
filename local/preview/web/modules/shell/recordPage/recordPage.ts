import { LightningElement, api } from 'lwc';
import { recordKey, watchRecords } from 'preview/recordCache';
import { callOrg } from 'preview/session';
import { navigate } from 'preview/router';
import type { Flexipage, PlacedItem } from 'shell/flexipageItem';
import { errorMessage } from 'shell/orgErrors';
import { objectOfRecordId } from 'shell/orgObjects';
import { EDIT_DONE, EDIT_RECORD, RECORD_SAVED, type LayoutRelatedList, type PageContext } from 'shell/pageContext';
import {
    recordNameOf,
    recordPageOf,
    type ObjectInfo,
    type RecordLayout,
    type RecordRepresentation
} from 'shell/uiApiRecords';
import { recordFieldsOf } from 'shell/visibilityRules';

interface PageAnswer {
    flexipage: Flexipage | null;
    relatedLists: LayoutRelatedList[];
}

/** The record fields a page's placed items read: Dynamic Forms fields and visibility rules. */
function pageFields(flexipage: Flexipage | null): string[] {
    const items: PlacedItem[] = (flexipage?.regions ?? []).flatMap((region) => region.items);
    return items.flatMap((item) => [
        ...(item.kind === 'field' ? [item.fieldItem.replace(/^Record\./, '')] : []),
        ...recordFieldsOf(item.visibilityRule)
    ]);
}

/**
 * A record's page: the Lightning page the app assigns to the object (its template, regions and
 * placed components), or the default record page (highlights, details, the layout's related
 * lists) when it assigns none. The record, its object and its layout load once and go to every
 * component on the page; a refusal of the local org shows its message instead of the page.
 */
export default class RecordPage extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;
    /** view or edit (the address's action): Back from /edit to /view closes the form. */
    @api
    get actionName(): string | undefined {
        return this.action;
    }
    set actionName(value: string | undefined) {
        this.action = value;
        if (this.context && this.context.editing !== (value === 'edit')) {
            this.context = { ...this.context, editing: value === 'edit' };
        }
    }

    private action: string | undefined;

    loading = true;
    failure: string | null = null;
    context: PageContext | null = null;
    flexipage: Flexipage | null = null;

    private readonly startEditing = (): void => this.setEditing(true);
    private readonly stopEditing = (): void => this.setEditing(false);
    private readonly reloadRecord = (): void => {
        this.loadRecord();
    };

    private stopWatching: (() => void) | null = null;

    override connectedCallback(): void {
        this.addEventListener(EDIT_RECORD, this.startEditing);
        this.addEventListener(EDIT_DONE, this.stopEditing);
        this.addEventListener(RECORD_SAVED, this.reloadRecord);
        // A save from a component on the page (uiRecordApi) refreshes the header and details too,
        // as Lightning Data Service does for the standard components.
        this.stopWatching = watchRecords({
            readsRecord: (key) => this.recordId !== undefined && key === recordKey(this.recordId),
            refresh: () => this.loadRecord()
        });
        this.load();
    }

    override disconnectedCallback(): void {
        this.removeEventListener(EDIT_RECORD, this.startEditing);
        this.removeEventListener(EDIT_DONE, this.stopEditing);
        this.removeEventListener(RECORD_SAVED, this.reloadRecord);
        this.stopWatching?.();
        this.stopWatching = null;
    }

    get hasFlexipage(): boolean {
        return this.flexipage !== null;
    }

    /**
     * The address says whether the record is being edited, as /view and /edit do in Lightning
     * Experience; switching replaces the history entry, so Back leaves the record.
     */
    private setEditing(editing: boolean): void {
        if (!this.context?.recordId || !this.context.objectApiName) {
            return;
        }
        const { recordId, objectApiName } = this.context;
        this.context = { ...this.context, editing };
        const reference = recordPageOf(recordId, objectApiName);
        reference.attributes.actionName = editing ? 'edit' : 'view';
        navigate(reference, true);
    }

    private async load(): Promise<void> {
        const recordId = this.recordId ?? '';
        try {
            const objectApiName = this.objectApiName ?? (await objectOfRecordId(recordId));
            if (!objectApiName) {
                this.failure = `No record with ID ${recordId} is available to you.`;
                return;
            }
            const [objectInfo, layout, page] = await Promise.all([
                callOrg<ObjectInfo>(`ui-api/object-info/${objectApiName}`),
                callOrg<RecordLayout>(`ui-api/layout/${objectApiName}?layoutType=Full&mode=View`),
                this.pageOf(objectApiName)
            ]);
            this.flexipage = page.flexipage;
            this.context = {
                recordId,
                objectApiName,
                record: null,
                objectInfo,
                layout,
                relatedLists: page.relatedLists,
                editing: this.action === 'edit'
            };
            await this.loadRecord();
        } catch (error) {
            this.failure = errorMessage(error);
        } finally {
            this.loading = false;
        }
    }

    private async pageOf(objectApiName: string): Promise<PageAnswer> {
        const response = await fetch(`/preview/flexipages/${encodeURIComponent(objectApiName)}`);
        if (!response.ok) {
            throw new Error(
                `The preview could not read the Lightning page of ${objectApiName}: ${await response.text()}`
            );
        }
        return (await response.json()) as PageAnswer;
    }

    private async loadRecord(): Promise<void> {
        const context = this.context;
        if (!context?.objectInfo || !context.recordId) {
            return;
        }
        const object = context.objectInfo.apiName;
        const optional = [...new Set([...context.objectInfo.nameFields, ...pageFields(this.flexipage)])].map(
            (field) => `${object}.${field}`
        );
        const query = new URLSearchParams({ layoutTypes: 'Full', optionalFields: optional.join(',') });
        try {
            const record = await callOrg<RecordRepresentation>(
                `ui-api/records/${context.recordId}?${query.toString()}`
            );
            this.context = { ...(this.context as PageContext), record };
            this.dispatchEvent(
                new CustomEvent('shelltitle', {
                    bubbles: true,
                    composed: true,
                    detail: recordNameOf(record, context.objectInfo)
                })
            );
        } catch (error) {
            this.failure = errorMessage(error);
        }
    }
}
