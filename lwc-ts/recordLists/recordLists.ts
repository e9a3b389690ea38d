/**
 * What the lists of records on a card share (the case quality panel, the assessment queue, my
 * coaching): reading the list again when the person presses its refresh button, and the record page
 * a row's "open" button leads to. The component navigates itself (NavigationMixin); this module
 * only says where.
 *
 * Pure: no platform modules, no I/O.
 */
import { errorMessages } from 'c/platformErrors';

/** A list component's state while its wire is read again. */
export interface RefreshableList {
    /** True while the read is under way: the refresh button is disabled. */
    refreshing: boolean;
    /** The messages the list shows instead of its rows. */
    errors: string[];
}

/** The page of a record in Lightning Experience (LWC Developer Guide, "PageReference Types"). */
export interface RecordPageReference {
    type: 'standard__recordPage';
    attributes: { recordId: string; objectApiName: string; actionName: 'view' };
}

/**
 * Reads the list's graphql wire again (its value's `refresh`), the refresh button disabled
 * meanwhile; a failed read shows the platform's messages. Before the wire has delivered a value
 * there is nothing to read again, and nothing happens.
 */
export async function refreshList(
    list: RefreshableList,
    wired: { refresh?: () => Promise<void> } | undefined
): Promise<void> {
    if (!wired?.refresh) {
        return;
    }
    list.refreshing = true;
    try {
        await wired.refresh();
    } catch (error) {
        list.errors = errorMessages(error);
    } finally {
        list.refreshing = false;
    }
}

/**
 * The record page a row's "open" button leads to: the record its `data-id` names, viewed as an
 * objectApiName record. Null when the button names no record.
 */
export function openedRecordPage(event: Event, objectApiName: string): RecordPageReference | null {
    const recordId = (event.currentTarget as HTMLElement | null)?.dataset.id;
    return recordId
        ? { type: 'standard__recordPage', attributes: { recordId, objectApiName, actionName: 'view' } }
        : null;
}
