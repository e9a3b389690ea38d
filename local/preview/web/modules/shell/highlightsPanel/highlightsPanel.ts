import { LightningElement, api } from 'lwc';
import { iconNameOf } from 'shell/objectIcons';
import { EDIT_RECORD, pageEvent, type PageContext } from 'shell/pageContext';
import { displayAt, fieldAt, recordNameOf } from 'shell/uiApiRecords';

/** How many key fields the highlights show: the platform shows the compact layout's first few. */
const KEY_FIELDS = 5;

/**
 * force:highlightsPanel: the record's object, name and key fields across the top of the page, and
 * Edit when the user may change it. The package has no compact layouts, so the key fields are the
 * first ones of the page layout after the name.
 */
export default class HighlightsPanel extends LightningElement {
    @api context: PageContext | null = null;

    get objectLabel(): string {
        return this.context?.objectInfo?.label ?? '';
    }

    get iconName(): string {
        return iconNameOf(
            this.context?.objectInfo?.themeInfo?.iconUrl,
            this.context?.objectApiName === 'Case' ? 'standard:case' : undefined
        );
    }

    get recordName(): string {
        return recordNameOf(this.context?.record, this.context?.objectInfo);
    }

    get canEdit(): boolean {
        return Boolean(this.context?.objectInfo?.updateable);
    }

    get keyFields(): { key: string; label: string; text: string; isCheckbox: boolean; checked: boolean }[] {
        const { layout, record, objectInfo } = this.context ?? {};
        if (!layout || !record || !objectInfo) {
            return [];
        }
        const nameFields = new Set(objectInfo.nameFields);
        return layout.sections
            .flatMap((section) => section.layoutRows.flatMap((row) => row.layoutItems))
            .map((item) => ({
                item,
                apiName: item.layoutComponents.find((component) => component.componentType === 'Field')?.apiName
            }))
            .filter(({ apiName }) => apiName && !nameFields.has(apiName))
            .slice(0, KEY_FIELDS)
            .map(({ item, apiName }) => {
                const field = objectInfo.fields[apiName as string];
                const relationship = field?.relationshipName;
                return {
                    key: apiName as string,
                    label: item.label || field?.label || (apiName as string),
                    text: (relationship && displayAt(record, relationship)) || displayAt(record, apiName as string),
                    isCheckbox: field?.dataType === 'Boolean',
                    checked: fieldAt(record, apiName as string)?.value === true
                };
            });
    }

    handleEdit(): void {
        this.dispatchEvent(pageEvent(EDIT_RECORD));
    }
}
