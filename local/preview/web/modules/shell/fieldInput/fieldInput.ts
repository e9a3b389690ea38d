import { LightningElement, api } from 'lwc';
import { callOrg } from 'preview/session';
import { canQuery } from 'shell/orgObjects';
import type { FieldInfo, PicklistValue } from 'shell/uiApiRecords';

interface Option {
    label: string;
    value: string;
}

const TEXT_TYPES: Record<string, string> = {
    String: 'text',
    EncryptedString: 'text',
    Email: 'email',
    Phone: 'tel',
    Url: 'url',
    Int: 'number',
    Double: 'number',
    Currency: 'number',
    Percent: 'number',
    Date: 'date',
    DateTime: 'datetime',
    Time: 'time'
};
const REFERENCE_CHOICES = 200;

/**
 * One field of a record form, as the input its User Interface API data type calls for: text,
 * number, date, checkbox, picklist (its values), multi-select, or a lookup (a choice among the
 * records the user can see of the object it points to). Raises `valuechange` with
 * `{ apiName, value }`.
 */
export default class FieldInput extends LightningElement {
    @api field: FieldInfo | null = null;
    @api value: unknown = null;
    @api required = false;
    @api picklistValues: PicklistValue[] = [];

    referenceOptions: Option[] | null = null;
    referenceUnavailable = false;

    override connectedCallback(): void {
        if (this.isReference) {
            this.loadReferenceOptions();
        }
    }

    get dataType(): string {
        return this.field?.dataType ?? 'String';
    }

    get label(): string {
        return this.field?.label ?? '';
    }

    get isTextArea(): boolean {
        return this.dataType === 'TextArea';
    }

    get isCheckbox(): boolean {
        return this.dataType === 'Boolean';
    }

    get isPicklist(): boolean {
        return this.dataType === 'Picklist';
    }

    get isMultiPicklist(): boolean {
        return this.dataType === 'MultiPicklist';
    }

    get isReference(): boolean {
        return this.dataType === 'Reference';
    }

    get isPlain(): boolean {
        return !this.isTextArea && !this.isCheckbox && !this.isPicklist && !this.isMultiPicklist && !this.isReference;
    }

    get inputType(): string {
        return TEXT_TYPES[this.dataType] ?? 'text';
    }

    get formatter(): string | undefined {
        if (this.dataType === 'Currency') {
            return 'currency';
        }
        return this.dataType === 'Percent' ? 'percent-fixed' : undefined;
    }

    get step(): string | undefined {
        if (this.inputType !== 'number') {
            return undefined;
        }
        const scale = this.field?.scale ?? 0;
        return scale > 0 ? String(10 ** -scale) : '1';
    }

    get maxLength(): number | undefined {
        return this.field?.length || undefined;
    }

    get textValue(): string {
        return this.value === null || this.value === undefined ? '' : String(this.value);
    }

    get checked(): boolean {
        return this.value === true;
    }

    get options(): Option[] {
        const values = this.picklistValues.map((entry) => ({ label: entry.label, value: entry.value }));
        return this.required ? values : [{ label: '--None--', value: '' }, ...values];
    }

    get multiOptions(): Option[] {
        return this.picklistValues.map((entry) => ({ label: entry.label, value: entry.value }));
    }

    get multiValue(): string[] {
        return this.textValue === '' ? [] : this.textValue.split(';');
    }

    get lookupOptions(): Option[] {
        const options = this.referenceOptions ?? [];
        return this.required ? options : [{ label: '--None--', value: '' }, ...options];
    }

    get lookupPlaceholder(): string {
        return this.referenceOptions === null ? 'Loading…' : 'Select a record';
    }

    get referenceMessage(): string {
        const target = this.field?.referenceToInfos[0]?.apiName ?? 'the related object';
        return `You cannot see ${target} records, so this lookup cannot be changed here.`;
    }

    private async loadReferenceOptions(): Promise<void> {
        const target = this.field?.referenceToInfos[0];
        try {
            if (!target || !(await canQuery(target.apiName))) {
                this.referenceUnavailable = true;
                return;
            }
            const nameField = target.nameFields[0] ?? 'Name';
            const soql = `SELECT Id, ${nameField} FROM ${target.apiName} ORDER BY ${nameField} LIMIT ${REFERENCE_CHOICES}`;
            const answer = await callOrg<{ records: Record<string, unknown>[] }>(`query?q=${encodeURIComponent(soql)}`);
            const options = answer.records.map((row) => ({
                label: String(row[nameField] ?? row.Id),
                value: String(row.Id)
            }));
            // Keep the current value choosable even when it is beyond the first page of names.
            if (this.textValue && !options.some((option) => option.value === this.textValue)) {
                options.unshift({ label: this.textValue, value: this.textValue });
            }
            this.referenceOptions = options;
        } catch {
            this.referenceUnavailable = true;
        }
    }

    private report(value: unknown): void {
        this.dispatchEvent(new CustomEvent('valuechange', { detail: { apiName: this.field?.apiName, value } }));
    }

    handleText(event: CustomEvent<{ value: string }>): void {
        const raw = event.detail.value;
        if (this.inputType === 'number') {
            this.report(raw === '' || raw === null ? null : Number(raw));
        } else {
            this.report(raw === '' ? null : raw);
        }
    }

    handleCheckbox(event: CustomEvent<{ checked: boolean }>): void {
        this.report(event.detail.checked);
    }

    handleChoice(event: CustomEvent<{ value: string }>): void {
        this.report(event.detail.value === '' ? null : event.detail.value);
    }

    handleMulti(event: CustomEvent<{ value: string[] }>): void {
        this.report(event.detail.value.length === 0 ? null : event.detail.value.join(';'));
    }

    /** Shows the input's own message for a missing or malformed value; true when it is valid. */
    @api
    reportValidity(): boolean {
        const input = this.template?.querySelector<HTMLElement & { reportValidity(): boolean }>('[data-input]');
        return input ? input.reportValidity() : true;
    }
}
