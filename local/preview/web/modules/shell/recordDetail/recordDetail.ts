import { LightningElement, api } from 'lwc';
import { updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { errorMessage } from 'shell/orgErrors';
import { EDIT_DONE, EDIT_RECORD, RECORD_SAVED, pageEvent, type PageContext } from 'shell/pageContext';
import { displayAt, fieldAt, recordNameOf, type RecordRepresentation } from 'shell/uiApiRecords';

interface DetailField {
    key: string;
    label: string;
    text: string;
    url: string | null;
    isCheckbox: boolean;
    checked: boolean;
    editable: boolean;
    editLabel: string;
}

interface DetailSection {
    key: string;
    heading: string;
    showHeading: boolean;
    fields: DetailField[];
}

/** The record page of a looked-up record: the related record carries its object's API name. */
function lookupUrl(record: RecordRepresentation | null, relationshipName: string | null, id: unknown): string | null {
    if (typeof id !== 'string' || !id) {
        return null;
    }
    const related = relationshipName ? (fieldAt(record, relationshipName)?.value as RecordRepresentation | null) : null;
    return related?.apiName ? `/lightning/r/${related.apiName}/${id}/view` : `/lightning/r/${id}/view`;
}

/**
 * force:detailPanel: the record's fields in the page layout's sections, with the values the user
 * reads (display values, lookups as links to the related record). When the user may edit the
 * record, each field they may change has a pencil, and Edit opens the whole form in place; Save
 * updates the record through lightning/uiRecordApi, so every component showing it refreshes.
 */
export default class RecordDetail extends LightningElement {
    @api context: PageContext | null = null;

    saving = false;
    failure: string | null = null;

    get editing(): boolean {
        return Boolean(this.context?.editing);
    }

    get canEdit(): boolean {
        return Boolean(this.context?.objectInfo?.updateable);
    }

    get hasLayout(): boolean {
        return Boolean(this.context?.layout && this.context.record);
    }

    get sections(): DetailSection[] {
        const { layout, record, objectInfo } = this.context ?? {};
        if (!layout || !record || !objectInfo) {
            return [];
        }
        return layout.sections
            .map((section) => ({
                key: section.id,
                heading: section.heading,
                showHeading: section.useHeading && Boolean(section.heading),
                fields: section.layoutRows.flatMap((row) =>
                    row.layoutItems
                        .map((item): DetailField | null => {
                            const component = item.layoutComponents.find(
                                (candidate) => candidate.componentType === 'Field'
                            );
                            const apiName = component?.apiName;
                            if (!apiName) {
                                return null;
                            }
                            const field = objectInfo.fields[apiName];
                            const value = fieldAt(record, apiName)?.value;
                            const isCheckbox = field?.dataType === 'Boolean';
                            const isLookup = Boolean(item.lookupIdApiName && field?.relationshipName);
                            const text = isLookup
                                ? displayAt(record, field?.relationshipName as string) || displayAt(record, apiName)
                                : displayAt(record, apiName);
                            return {
                                key: apiName,
                                label: item.label || field?.label || apiName,
                                text,
                                url: isLookup ? lookupUrl(record, field?.relationshipName ?? null, value) : null,
                                isCheckbox,
                                checked: value === true,
                                editable: this.canEdit && item.editableForUpdate,
                                editLabel: `Edit ${item.label || apiName}`
                            };
                        })
                        .filter((field): field is DetailField => field !== null)
                )
            }))
            .filter((section) => section.fields.length > 0);
    }

    get recordName(): string {
        return recordNameOf(this.context?.record, this.context?.objectInfo);
    }

    handleEdit(): void {
        this.failure = null;
        this.dispatchEvent(pageEvent(EDIT_RECORD));
    }

    handleCancel(): void {
        this.failure = null;
        this.dispatchEvent(pageEvent(EDIT_DONE));
    }

    async handleSave(): Promise<void> {
        const form = this.template?.querySelector('shell-record-form') as
            (HTMLElement & { reportValidity(): boolean; fieldValues(): Record<string, unknown> }) | null;
        const recordId = this.context?.recordId;
        if (!form || !recordId || !form.reportValidity()) {
            return;
        }
        const fields = form.fieldValues();
        if (Object.keys(fields).length === 0) {
            this.handleCancel();
            return;
        }
        this.saving = true;
        this.failure = null;
        try {
            await updateRecord({ fields: { Id: recordId, ...fields } });
            this.dispatchEvent(
                new ShowToastEvent({ title: 'Saved', message: `${this.recordName} was saved.`, variant: 'success' })
            );
            this.dispatchEvent(pageEvent(RECORD_SAVED));
            this.dispatchEvent(pageEvent(EDIT_DONE));
        } catch (error) {
            this.failure = errorMessage(error);
        } finally {
            this.saving = false;
        }
    }
}
