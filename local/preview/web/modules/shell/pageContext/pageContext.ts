import type { ObjectInfo, RecordLayout, RecordRepresentation } from 'shell/uiApiRecords';

/** A related list of the object's page layout, as the preview server reads it (local/preview/flexipages.ts). */
export interface LayoutRelatedList {
    childObjectApiName: string;
    fieldName: string;
    /** `NAME` for the name field, else field API names. */
    columns: string[];
}

/**
 * What a Lightning page's components share: the record page loads it once and hands it down the
 * template's regions, as the platform gives record page components their record context.
 */
export interface PageContext {
    recordId: string | null;
    objectApiName: string | null;
    record: RecordRepresentation | null;
    objectInfo: ObjectInfo | null;
    layout: RecordLayout | null;
    /** The related lists of the object's page layout. */
    relatedLists: LayoutRelatedList[];
    /** The detail panel shows its edit form (Edit in the highlights, or a /edit address). */
    editing: boolean;
}

/** Events the stand-ins raise for the record page. */
export const EDIT_RECORD = 'shelleditrecord';
export const EDIT_DONE = 'shelleditdone';
export const RECORD_SAVED = 'shellrecordsaved';

export function pageEvent(name: string): CustomEvent {
    return new CustomEvent(name, { bubbles: true, composed: true });
}
