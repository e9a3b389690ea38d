import { LightningElement } from 'lwc';
import { SHOW_TOAST_EVENT_NAME } from 'lightning/platformShowToastEvent';
import { callOrg } from 'preview/session';
import { currentPageReference, navigate, navigateToUrl, onPageChange, type PageReference } from 'preview/router';
import { errorMessage } from 'shell/orgErrors';
import type { AppInfo } from 'shell/uiApiRecords';

/** The app the preview shows, by its developer name (a managed package prefixes it with its namespace). */
const APP_NAME = 'Verity_QA';

interface ShownPage {
    /** The address: a new address makes a new page component, so every page starts from its own state. */
    key: string;
    reference: PageReference | null;
}

/** Which part of the shell shows a page reference, and with what. */
function pageKind(reference: PageReference | null): string {
    if (!reference) {
        return 'notFound';
    }
    switch (reference.type) {
        case 'standard__namedPage':
            return reference.attributes.pageName === 'home' ? 'home' : 'unsupported';
        case 'standard__objectPage':
            return 'object';
        case 'standard__recordPage':
            return 'record';
        case 'standard__recordRelationshipPage':
            return 'relatedList';
        case 'standard__navItemPage':
            return 'navItem';
        default:
            return 'unsupported';
    }
}

/**
 * The preview's Lightning Experience for the Verity QA app: the global header with the persona
 * switcher, the app's navigation bar, the page the address names, and the toasts components
 * raise. Links inside the app navigate without reloading, as in Lightning Experience.
 */
export default class App extends LightningElement {
    app: AppInfo | null = null;
    appError: string | null = null;
    loading = true;
    page: ShownPage = { key: '', reference: null };

    private stopListening: (() => void) | undefined;

    private readonly followLink = (event: MouseEvent): void => {
        if (
            event.defaultPrevented ||
            event.button !== 0 ||
            event.metaKey ||
            event.ctrlKey ||
            event.shiftKey ||
            event.altKey
        ) {
            return;
        }
        const anchor = event
            .composedPath()
            .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
        if (!anchor || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) {
            return;
        }
        const url = new URL(anchor.href, window.location.href);
        if (url.origin !== window.location.origin || !(url.pathname === '/' || url.pathname.startsWith('/lightning'))) {
            return;
        }
        event.preventDefault();
        navigateToUrl(`${url.pathname}${url.search}`);
    };

    private readonly showToast = (event: Event): void => {
        const toasts = this.template?.querySelector('shell-toasts') as
            (HTMLElement & { show(detail: unknown): void }) | null;
        toasts?.show((event as CustomEvent).detail);
    };

    private readonly setTitle = (event: Event): void => {
        const title = (event as CustomEvent<string>).detail;
        document.title = title ? `${title} | ${this.appLabel}` : this.appLabel;
    };

    override connectedCallback(): void {
        if (window.location.pathname === '/') {
            navigate({ type: 'standard__namedPage', attributes: { pageName: 'home' } }, true);
        }
        this.showPage(currentPageReference());
        this.stopListening = onPageChange((reference) => {
            this.showPage(reference);
            window.scrollTo(0, 0);
        });
        document.addEventListener('click', this.followLink);
        this.addEventListener(SHOW_TOAST_EVENT_NAME, this.showToast);
        this.addEventListener('shelltitle', this.setTitle);
        this.loadApp();
    }

    override disconnectedCallback(): void {
        this.stopListening?.();
        document.removeEventListener('click', this.followLink);
        this.removeEventListener(SHOW_TOAST_EVENT_NAME, this.showToast);
        this.removeEventListener('shelltitle', this.setTitle);
    }

    private showPage(reference: PageReference | null): void {
        // A standard__app reference shows the page it names inside the app, or the app's home.
        const shown =
            reference?.type === 'standard__app'
                ? ((reference.attributes.pageRef as PageReference | undefined) ?? {
                      type: 'standard__namedPage',
                      attributes: { pageName: 'home' }
                  })
                : reference;
        // A record's page stays the same page while its address switches between /view and /edit.
        const recordId = shown?.type === 'standard__recordPage' ? shown.attributes.recordId : undefined;
        const key = recordId ? `record:${String(recordId)}` : `${window.location.pathname}${window.location.search}`;
        this.page = { key, reference: shown };
    }

    private async loadApp(): Promise<void> {
        try {
            const answer = await callOrg<{ apps: AppInfo[] }>('ui-api/apps?formFactor=Large');
            this.app =
                answer.apps.find(
                    (app) => app.developerName === APP_NAME || app.developerName.endsWith(`__${APP_NAME}`)
                ) ?? null;
            if (!this.app) {
                this.appError = 'The Verity QA app is not visible to you: no permission set you hold makes it visible.';
            }
        } catch (error) {
            this.appError = errorMessage(error);
        } finally {
            this.loading = false;
        }
    }

    get appLabel(): string {
        return this.app?.label ?? 'Verity QA';
    }

    get brandColor(): string {
        return this.app?.headerColor ?? '#0176d3';
    }

    get navItems() {
        return this.app?.navItems ?? [];
    }

    get pages(): (ShownPage & Record<string, unknown>)[] {
        const { reference } = this.page;
        const kind = pageKind(reference);
        const attributes = reference?.attributes ?? {};
        return [
            {
                ...this.page,
                isHome: kind === 'home',
                isObject: kind === 'object',
                isRecord: kind === 'record',
                isRelatedList: kind === 'relatedList',
                isNavItem: kind === 'navItem',
                isNotFound: kind === 'notFound',
                isUnsupported: kind === 'unsupported',
                objectApiName: attributes.objectApiName,
                recordId: attributes.recordId,
                actionName: attributes.actionName,
                relationshipApiName: attributes.relationshipApiName,
                apiName: attributes.apiName,
                filterName: reference?.state?.filterName,
                unsupportedMessage: `The preview does not show ${reference?.type ?? 'this'} pages${
                    attributes.pageName ? ` (${String(attributes.pageName)})` : ''
                }${attributes.componentName ? ` (${String(attributes.componentName)})` : ''}.`
            }
        ];
    }

    get notFoundMessage(): string {
        return `Nothing in the app lives at ${window.location.pathname}. Check the address, or pick a tab above.`;
    }
}
