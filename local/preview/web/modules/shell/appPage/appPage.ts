import { LightningElement, api } from 'lwc';
import type { Flexipage } from 'shell/flexipageItem';
import type { PageContext } from 'shell/pageContext';

/** No record: an app page's components get no record context. */
const APP_CONTEXT: PageContext = {
    recordId: null,
    objectApiName: null,
    record: null,
    objectInfo: null,
    layout: null,
    relatedLists: [],
    editing: false
};

/**
 * A Lightning page tab (standard__navItemPage): the app page the tab shows, laid out from its
 * FlexiPage like a record page but without a record; a tab that shows none says so.
 */
export default class AppPage extends LightningElement {
    @api apiName: string | undefined;

    loading = true;
    failure: string | null = null;
    flexipage: Flexipage | null = null;
    context = APP_CONTEXT;

    override connectedCallback(): void {
        this.load();
    }

    get noPage(): string {
        return `The tab ${this.apiName} shows no Lightning page of the package.`;
    }

    private async load(): Promise<void> {
        try {
            const response = await fetch(`/preview/flexipages/tab/${encodeURIComponent(this.apiName ?? '')}`);
            if (!response.ok) {
                throw new Error(await response.text());
            }
            this.flexipage = ((await response.json()) as { flexipage: Flexipage | null }).flexipage;
            this.dispatchEvent(
                new CustomEvent('shelltitle', {
                    bubbles: true,
                    composed: true,
                    detail: this.flexipage?.label ?? this.apiName
                })
            );
        } catch (error) {
            this.failure = (error as Error).message;
        } finally {
            this.loading = false;
        }
    }
}
