import { createElement } from 'lwc';
import AppNavigation from 'shell/appNavigation';

/** Nav items as the local org's `ui-api/apps` gives them: Home, a Lightning page tab, an object tab. */
const NAV_ITEMS = [
    {
        developerName: 'standard-home',
        label: 'Home',
        iconUrl: null,
        color: null,
        objectApiName: null,
        pageReference: { type: 'standard__namedPage', attributes: { pageName: 'home' }, state: {} }
    },
    {
        developerName: 'Verity_My_Work',
        label: 'My Work',
        iconUrl: '/img/icon/t4v35/custom/custom19_120.png',
        color: null,
        objectApiName: null,
        pageReference: { type: 'standard__navItemPage', attributes: { apiName: 'Verity_My_Work' }, state: {} }
    },
    {
        developerName: 'Assessment__c',
        label: 'Assessments',
        iconUrl: null,
        color: null,
        objectApiName: 'Assessment__c',
        pageReference: {
            type: 'standard__objectPage',
            attributes: { objectApiName: 'Assessment__c', actionName: 'home' },
            state: {}
        }
    }
];

function renderBar(pageReference: unknown): HTMLElement {
    const element = createElement('shell-app-navigation', { is: AppNavigation });
    Object.assign(element, { appLabel: 'Verity QA', navItems: NAV_ITEMS, pageReference });
    document.body.appendChild(element);
    return element;
}

function tabs(element: HTMLElement): { label: string; href: string | null; current: string | null }[] {
    return [...element.shadowRoot!.querySelectorAll('nav a')].map((link) => ({
        label: link.textContent?.trim() ?? '',
        href: link.getAttribute('href'),
        current: link.getAttribute('aria-current')
    }));
}

afterEach(() => {
    document.body.replaceChildren();
});

describe('shell-app-navigation', () => {
    it('links a Lightning page tab to its /lightning/n address and marks it current on its page', () => {
        const element = renderBar({ type: 'standard__navItemPage', attributes: { apiName: 'Verity_My_Work' } });
        expect(tabs(element)).toEqual([
            { label: 'Home', href: '/lightning/page/home', current: null },
            { label: 'My Work', href: '/lightning/n/Verity_My_Work', current: 'page' },
            { label: 'Assessments', href: '/lightning/o/Assessment__c/home', current: null }
        ]);
    });

    it("marks an object's tab on that object's pages, and no Lightning page tab there", () => {
        const element = renderBar({
            type: 'standard__recordPage',
            attributes: { objectApiName: 'Assessment__c', recordId: 'a00A', actionName: 'view' }
        });
        expect(tabs(element).map((tab) => [tab.label, tab.current])).toEqual([
            ['Home', null],
            ['My Work', null],
            ['Assessments', 'page']
        ]);
    });
});
