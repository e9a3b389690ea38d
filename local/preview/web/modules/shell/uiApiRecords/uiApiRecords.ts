import type { PageReference } from 'preview/router';

/**
 * The User Interface API answers the shell reads (User Interface API Developer Guide, "Response
 * Bodies"), only the properties it uses, and reading a record's fields by path (`Agent__r.Name`),
 * where a spanning field nests as its relationship whose value is the parent record.
 */
export interface FieldValue {
    displayValue: string | null;
    value: unknown;
}

export interface RecordRepresentation {
    apiName: string;
    id: string;
    fields: Record<string, FieldValue>;
}

export interface FieldInfo {
    apiName: string;
    label: string;
    dataType: string;
    required: boolean;
    createable: boolean;
    updateable: boolean;
    nameField: boolean;
    calculated?: boolean;
    length?: number;
    scale?: number;
    relationshipName: string | null;
    referenceToInfos: { apiName: string; nameFields: string[] }[];
}

export interface ChildRelationship {
    childObjectApiName: string;
    fieldName: string;
    relationshipName: string;
}

export interface ObjectInfo {
    apiName: string;
    label: string;
    labelPlural: string;
    keyPrefix: string | null;
    createable: boolean;
    updateable: boolean;
    deletable: boolean;
    nameFields: string[];
    defaultRecordTypeId: string | null;
    fields: Record<string, FieldInfo>;
    childRelationships: ChildRelationship[];
    themeInfo: { color: string; iconUrl: string } | null;
}

export interface ListViewSummary {
    apiName: string;
    id: string;
    label: string;
}

export interface ListViewSummaryCollection {
    lists: ListViewSummary[];
}

export interface ListColumn {
    fieldApiName: string;
    label: string;
    lookupId: string | null;
    sortable: boolean;
}

export interface ListInfo {
    label: string;
    displayColumns: ListColumn[];
    orderedByInfo: { fieldApiName: string; isAscending: boolean; label: string }[];
    listReference: { listViewApiName: string; objectApiName: string };
}

export interface ListRecordCollection {
    count: number;
    records: RecordRepresentation[];
    nextPageToken: string | null;
}

export interface LayoutComponent {
    apiName: string | null;
    componentType: string;
    label: string;
}

export interface LayoutItem {
    label: string;
    editableForNew: boolean;
    editableForUpdate: boolean;
    required: boolean;
    lookupIdApiName: string | null;
    layoutComponents: LayoutComponent[];
}

export interface LayoutSection {
    id: string;
    heading: string;
    useHeading: boolean;
    columns: number;
    layoutRows: { layoutItems: LayoutItem[] }[];
}

export interface RecordLayout {
    sections: LayoutSection[];
}

export interface NavItem {
    developerName: string;
    label: string;
    iconUrl: string | null;
    color: string | null;
    objectApiName: string | null;
    pageReference: PageReference | null;
}

export interface AppInfo {
    appId: string;
    developerName: string;
    label: string;
    headerColor: string | null;
    navItems: NavItem[];
}

export interface PicklistValue {
    label: string;
    value: string;
}

/** The field at a path of a record: `Status__c`, `Agent__r.Name`; undefined when the record has no such field. */
export function fieldAt(record: RecordRepresentation | null | undefined, path: string): FieldValue | undefined {
    let current = record;
    const parts = path.split('.');
    for (let index = 0; index < parts.length; index += 1) {
        const field = current?.fields?.[parts[index]];
        if (index === parts.length - 1 || !field) {
            return field;
        }
        current = field.value as RecordRepresentation | null;
    }
    return undefined;
}

/** What a person reads for a field: its display value (formatted, or a related record's name), else its value. */
export function displayAt(record: RecordRepresentation | null | undefined, path: string): string {
    const field = fieldAt(record, path);
    if (!field) {
        return '';
    }
    if (field.displayValue !== null && field.displayValue !== undefined) {
        return field.displayValue;
    }
    if (field.value === null || field.value === undefined || typeof field.value === 'object') {
        return '';
    }
    return String(field.value);
}

/** A record's name, from the object's name field (`Name`, or `CaseNumber` for a Case). */
export function recordNameOf(record: RecordRepresentation | null | undefined, objectInfo?: ObjectInfo | null): string {
    const nameFields = objectInfo?.nameFields?.length ? objectInfo.nameFields : ['Name'];
    for (const name of nameFields) {
        const text = displayAt(record, name);
        if (text) {
            return text;
        }
    }
    return record?.id ?? '';
}

/** The record page of a record, as a page reference. */
export function recordPageOf(recordId: string, objectApiName?: string | null): PageReference {
    const attributes: Record<string, unknown> = { recordId, actionName: 'view' };
    if (objectApiName) {
        attributes.objectApiName = objectApiName;
    }
    return { type: 'standard__recordPage', attributes };
}
