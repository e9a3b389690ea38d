import { LightningElement, api } from 'lwc';
import { createRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { callOrg } from 'preview/session';
import { navigate } from 'preview/router';
import { errorMessage } from 'shell/orgErrors';
import { recordNameOf, recordPageOf, type ObjectInfo, type RecordLayout } from 'shell/uiApiRecords';

/**
 * New record: a modal with the object's create form (the page layout in Create mode). Save
 * creates the record through lightning/uiRecordApi and opens it; Cancel, the close button and
 * Escape raise `close`.
 */
export default class RecordCreateModal extends LightningElement {
    @api objectInfo: ObjectInfo | null = null;

    layout: RecordLayout | null = null;
    loading = true;
    saving = false;
    failure: string | null = null;

    override connectedCallback(): void {
        this.load();
    }

    get heading(): string {
        return `New ${this.objectInfo?.label ?? 'record'}`;
    }

    get hasLayout(): boolean {
        return this.layout !== null;
    }

    private async load(): Promise<void> {
        try {
            this.layout = await callOrg<RecordLayout>(
                `ui-api/layout/${this.objectInfo?.apiName}?layoutType=Full&mode=Create`
            );
        } catch (error) {
            this.failure = errorMessage(error);
        } finally {
            this.loading = false;
        }
    }

    override renderedCallback(): void {
        if (!this.loading && !this.focused) {
            this.focused = true;
            this.template?.querySelector<HTMLElement>('.slds-modal__close')?.focus();
        }
    }

    private focused = false;

    handleKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            event.stopPropagation();
            this.handleClose();
        }
    }

    handleClose(): void {
        this.dispatchEvent(new CustomEvent('close'));
    }

    async handleSave(): Promise<void> {
        const form = this.template?.querySelector('shell-record-form') as
            (HTMLElement & { reportValidity(): boolean; fieldValues(): Record<string, unknown> }) | null;
        if (!form || !this.objectInfo || !form.reportValidity()) {
            return;
        }
        this.saving = true;
        this.failure = null;
        try {
            const record = await createRecord({ apiName: this.objectInfo.apiName, fields: form.fieldValues() });
            this.dispatchEvent(
                new ShowToastEvent({
                    title: 'Created',
                    message: `${this.objectInfo.label} "${recordNameOf(record, this.objectInfo)}" was created.`,
                    variant: 'success'
                })
            );
            navigate(recordPageOf(record.id, this.objectInfo.apiName));
        } catch (error) {
            this.failure = errorMessage(error);
            this.saving = false;
        }
    }
}
