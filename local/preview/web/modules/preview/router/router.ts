import { pageReferenceOf, urlOf, type PageReference } from './pageUrls';

/**
 * The preview's router: the browser's address is the page, as in Lightning Experience. Navigating
 * pushes a history entry (or replaces the current one), Back and Forward come back through
 * popstate, and a reload lands on the same page because the address says which page it is.
 * lightning/navigation and the shell both go through here.
 */
export { pageReferenceOf, urlOf, type PageReference } from './pageUrls';

type PageListener = (reference: PageReference | null) => void;

const listeners = new Set<PageListener>();
let listening = false;

function here(): string {
    return `${window.location.pathname}${window.location.search}`;
}

/** The page the address names; null for a /lightning address that names none. */
export function currentPageReference(): PageReference | null {
    return pageReferenceOf(here(), window.location.origin);
}

function announce(): void {
    const reference = currentPageReference();
    for (const listener of [...listeners]) {
        listener(reference);
    }
}

function onPopState(): void {
    announce();
}

/** Calls the listener with the page on every change of page; returns the unsubscribe. */
export function onPageChange(listener: PageListener): () => void {
    if (!listening) {
        window.addEventListener('popstate', onPopState);
        listening = true;
    }
    listeners.add(listener);
    return () => {
        listeners.delete(listener);
    };
}

/** Goes to a page: a web page leaves the preview (a new window for another site); any other page stays in it. */
export function navigate(reference: PageReference, replace = false): void {
    const url = urlOf(reference);
    if (reference.type === 'standard__webPage') {
        const target = new URL(url, window.location.origin);
        if (target.origin === window.location.origin) {
            window.location.assign(target.href);
        } else {
            window.open(target.href, '_blank', 'noopener');
        }
        return;
    }
    if (url === here()) {
        return;
    }
    if (replace) {
        window.history.replaceState(null, '', url);
    } else {
        window.history.pushState(null, '', url);
    }
    announce();
}

/** Goes to an address of the preview, as a link inside the app does. */
export function navigateToUrl(url: string): void {
    const reference = pageReferenceOf(url, window.location.origin);
    if (reference) {
        navigate(reference);
    } else {
        window.history.pushState(null, '', url);
        announce();
    }
}

/** Loads the page afresh: after the persona changes, every answer of the org changes with it. */
export function reloadPage(): void {
    window.location.reload();
}
