import { LightningElement, api } from 'lwc';
import { callOrg } from 'preview/session';
import { urlOf } from 'preview/router';
import { errorMessage } from 'shell/orgErrors';
import type { LayoutRelatedList, PageContext } from 'shell/pageContext';
import { recordNameOf, recordPageOf, type ObjectInfo, type RecordRepresentation } from 'shell/uiApiRecords';

/** The rows a related list's own page shows. */
const ROWS = 200;

/**
 * A related list's page (standard__recordRelationshipPage, "View All"): the record it belongs to
 * as a breadcrumb, and the list with up to two hundred rows.
 */
export default class RelatedListPage extends LightningElement {
    @api recordId: string | undefined;
    @api objectApiName: string | undefined;
    @api relationshipApiName: string | undefined;

    loading = true;
    failure: string | null = null;
    context: PageContext | null = null;
    rows = ROWS;

    override connectedCallback(): void {
        this.load();
    }

    get objectLabel(): string {
        return this.context?.objectInfo?.labelPlural ?? '';
    }

    get objectUrl(): string {
        return urlOf({
            type: 'standard__objectPage',
            attributes: { objectApiName: this.objectApiName, actionName: 'home' }
        });
    }

    get recordName(): string {
        return recordNameOf(this.context?.record, this.context?.objectInfo);
    }

    get recordUrl(): string {
        return urlOf(recordPageOf(this.recordId ?? '', this.objectApiName));
    }

    private async load(): Promise<void> {
        const objectApiName = this.objectApiName ?? '';
        try {
            const objectInfo = await callOrg<ObjectInfo>(`ui-api/object-info/${objectApiName}`);
            const nameFields = objectInfo.nameFields.map((name) => `${objectApiName}.${name}`).join(',');
            const [record, page] = await Promise.all([
                callOrg<RecordRepresentation>(`ui-api/records/${this.recordId}?optionalFields=${nameFields}`),
                fetch(`/preview/flexipages/${encodeURIComponent(objectApiName)}`).then(
                    (response) => response.json() as Promise<{ relatedLists: LayoutRelatedList[] }>
                )
            ]);
            this.context = {
                recordId: this.recordId ?? null,
                objectApiName,
                record,
                objectInfo,
                layout: null,
                relatedLists: page.relatedLists,
                editing: false
            };
        } catch (error) {
            this.failure = errorMessage(error);
        } finally {
            this.loading = false;
        }
    }
}
