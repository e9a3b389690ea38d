import { LightningElement, api } from 'lwc';
import { urlOf, type PageReference } from 'preview/router';
import type { NavItem } from 'shell/uiApiRecords';

/** Tabs shown in the bar; the rest go under More, as Lightning Experience does when the bar is full. */
const VISIBLE_TABS = 8;

interface NavTab {
    key: string;
    label: string;
    url: string;
    itemClass: string;
    current: string | null;
}

function objectOf(reference: PageReference | null | undefined): string | undefined {
    const name = reference?.attributes?.objectApiName;
    return typeof name === 'string' ? name : undefined;
}

/** Whether a nav item is the tab of the page shown: Home for Home, an object's tab for its lists and records. */
function isCurrent(item: NavItem, page: PageReference | null): boolean {
    const target = item.pageReference;
    if (!page || !target) {
        return false;
    }
    if (page.type === 'standard__namedPage' || page.type === 'standard__navItemPage') {
        return (
            target.type === page.type &&
            (target.attributes.pageName ?? target.attributes.apiName) ===
                (page.attributes.pageName ?? page.attributes.apiName)
        );
    }
    const pageObject = objectOf(page);
    return pageObject !== undefined && (item.objectApiName ?? objectOf(target)) === pageObject;
}

/**
 * The app's navigation bar, from the app's nav items as the User Interface API gives them for the
 * signed-in user (so a tab whose object they cannot read is not there): the app's name, a tab per
 * item, the current page's tab highlighted.
 */
export default class AppNavigation extends LightningElement {
    @api appLabel = '';
    @api brandColor = '#0176d3';
    @api navItems: NavItem[] = [];
    @api pageReference: PageReference | null = null;

    private get tabs(): NavTab[] {
        return (this.navItems ?? [])
            .filter((item) => item.pageReference)
            .map((item) => {
                const current = isCurrent(item, this.pageReference);
                return {
                    key: item.developerName,
                    label: item.label,
                    url: urlOf(item.pageReference as PageReference),
                    itemClass: `slds-context-bar__item${current ? ' slds-is-active' : ''}`,
                    current: current ? 'page' : null
                };
            });
    }

    get visibleTabs(): NavTab[] {
        const tabs = this.tabs;
        const shown = tabs.slice(0, VISIBLE_TABS);
        const currentHidden = tabs.slice(VISIBLE_TABS).find((tab) => tab.current);
        return currentHidden ? [...shown, currentHidden] : shown;
    }

    get moreTabs(): NavTab[] {
        return this.tabs.slice(VISIBLE_TABS).filter((tab) => !tab.current);
    }

    get hasMore(): boolean {
        return this.moreTabs.length > 0;
    }

    get barStyle(): string {
        return `border-bottom-color: ${this.brandColor};`;
    }

    get navigationLabel(): string {
        return `${this.appLabel} navigation`;
    }
}
