import { LightningElement, api } from 'lwc';
import { callOrg } from 'preview/session';
import { errorMessage } from 'shell/orgErrors';
import {
    displayAt,
    fieldAt,
    type FieldInfo,
    type ObjectInfo,
    type PicklistValue,
    type RecordLayout,
    type RecordRepresentation
} from 'shell/uiApiRecords';

interface FormField {
    key: string;
    apiName: string;
    field: FieldInfo;
    editable: boolean;
    required: boolean;
    value: unknown;
    display: string;
    isCheckbox: boolean;
    checked: boolean;
    picklistValues: PicklistValue[];
}

interface FormSection {
    key: string;
    heading: string;
    showHeading: boolean;
    fields: FormField[];
}

interface PicklistAnswer {
    picklistFieldValues: Record<string, { values: PicklistValue[]; defaultValue: PicklistValue | null }>;
}

/**
 * A record's edit form (or a new record's), laid out from the page layout's sections: the fields
 * the layout lets this user edit (editableForUpdate, or editableForNew for a new record) as inputs,
 * the rest of an existing record's fields read-only, as Lightning Experience's edit form shows
 * them. The container saves: it asks for the values with `fieldValues()` after `reportValidity()`.
 */
export default class RecordForm extends LightningElement {
    @api objectInfo: ObjectInfo | null = null;
    @api layout: RecordLayout | null = null;
    /** The record being edited; null for a new record. */
    @api record: RecordRepresentation | null = null;

    values: Record<string, unknown> = {};
    picklists: Record<string, PicklistValue[]> = {};
    loading = true;
    failure: string | null = null;

    private edited = new Set<string>();

    override connectedCallback(): void {
        this.load();
    }

    private get isNew(): boolean {
        return this.record === null;
    }

    private async load(): Promise<void> {
        const info = this.objectInfo;
        try {
            const needsPicklists = this.layoutFieldNames().some((name) =>
                ['Picklist', 'MultiPicklist'].includes(info?.fields[name]?.dataType ?? '')
            );
            if (info && needsPicklists) {
                const recordTypeId = info.defaultRecordTypeId ?? '012000000000000AAA';
                const answer = await callOrg<PicklistAnswer>(
                    `ui-api/object-info/${info.apiName}/picklist-values/${recordTypeId}`
                );
                this.picklists = Object.fromEntries(
                    Object.entries(answer.picklistFieldValues).map(([name, entry]) => [name, entry.values])
                );
                if (this.isNew) {
                    const defaults = Object.entries(answer.picklistFieldValues)
                        .filter(([, entry]) => entry.defaultValue)
                        .map(([name, entry]) => [name, entry.defaultValue?.value]);
                    this.values = { ...Object.fromEntries(defaults), ...this.values };
                    defaults.forEach(([name]) => this.edited.add(name as string));
                }
            }
        } catch (error) {
            this.failure = errorMessage(error);
        } finally {
            this.loading = false;
        }
    }

    private layoutFieldNames(): string[] {
        return (this.layout?.sections ?? []).flatMap((section) =>
            section.layoutRows.flatMap((row) =>
                row.layoutItems.flatMap((item) =>
                    item.layoutComponents
                        .filter((component) => component.componentType === 'Field' && component.apiName)
                        .map((component) => component.apiName as string)
                )
            )
        );
    }

    get sections(): FormSection[] {
        const info = this.objectInfo;
        if (!info || !this.layout) {
            return [];
        }
        return this.layout.sections
            .map((section) => {
                const fields: FormField[] = [];
                for (const row of section.layoutRows) {
                    for (const item of row.layoutItems) {
                        const component = item.layoutComponents.find(
                            (candidate) => candidate.componentType === 'Field'
                        );
                        const field = component?.apiName ? info.fields[component.apiName] : undefined;
                        if (!component?.apiName || !field) {
                            continue;
                        }
                        const editable = this.isNew ? item.editableForNew : item.editableForUpdate;
                        if (this.isNew && !editable) {
                            continue;
                        }
                        const apiName = component.apiName;
                        const lookupName = field.relationshipName ? displayAt(this.record, field.relationshipName) : '';
                        fields.push({
                            key: apiName,
                            apiName,
                            field,
                            editable,
                            required: item.required,
                            value:
                                apiName in this.values
                                    ? this.values[apiName]
                                    : (fieldAt(this.record, apiName)?.value ?? null),
                            display: lookupName || displayAt(this.record, apiName),
                            isCheckbox: field.dataType === 'Boolean',
                            checked: fieldAt(this.record, apiName)?.value === true,
                            picklistValues: this.picklists[apiName] ?? []
                        });
                    }
                }
                return {
                    key: section.id,
                    heading: section.heading,
                    showHeading: section.useHeading && Boolean(section.heading),
                    fields
                };
            })
            .filter((section) => section.fields.length > 0);
    }

    handleValueChange(event: CustomEvent<{ apiName: string; value: unknown }>): void {
        const { apiName, value } = event.detail;
        this.values = { ...this.values, [apiName]: value };
        this.edited.add(apiName);
    }

    /** Shows each input's message for a missing or malformed value; true when all are valid. */
    @api
    reportValidity(): boolean {
        const inputs = [
            ...(this.template?.querySelectorAll<HTMLElement & { reportValidity(): boolean }>('shell-field-input') ?? [])
        ];
        return inputs.map((input) => input.reportValidity()).every(Boolean);
    }

    /** The values to save: every field set for a new record, the changed ones for an existing record. */
    @api
    fieldValues(): Record<string, unknown> {
        return Object.fromEntries([...this.edited].map((name) => [name, this.values[name] ?? null]));
    }
}
