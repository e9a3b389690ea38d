/**
 * Page references ↔ Lightning Experience URLs, both ways, for the page reference types the LWC
 * Developer Guide documents ("PageReference Types"):
 *
 *   standard__namedPage               /lightning/page/{pageName}
 *   standard__objectPage              /lightning/o/{objectApiName}/{home|list|new}?filterName=…
 *   standard__recordPage              /lightning/r/{objectApiName}/{recordId}/{view|edit|clone}
 *   standard__recordRelationshipPage  /lightning/r/{objectApiName}/{recordId}/related/{relationshipApiName}/view
 *   standard__navItemPage             /lightning/n/{apiName}
 *   standard__component               /lightning/cmp/{componentName}
 *   standard__app                     /lightning/app/{appTarget}[the target page's URL after /lightning]
 *   standard__webPage                 the URL itself
 *
 * A page reference's state becomes the query string, as Lightning Experience writes it.
 */
export interface PageReference {
    type: string;
    attributes: Record<string, unknown>;
    state?: Record<string, string>;
}

const LIGHTNING = '/lightning';
const RECORD_ACTIONS = ['view', 'edit', 'clone'];
const OBJECT_ACTIONS = ['home', 'list', 'new'];

function required(reference: PageReference, name: string): string {
    const value = reference.attributes?.[name];
    if (typeof value !== 'string' || value === '') {
        throw new Error(`A ${reference.type} page reference needs attributes.${name}; got ${JSON.stringify(value)}.`);
    }
    return value;
}

function action(reference: PageReference, allowed: string[]): string {
    const actionName = required(reference, 'actionName');
    if (!allowed.includes(actionName)) {
        throw new Error(
            `A ${reference.type} page reference's actionName is one of ${allowed.join(', ')}; got "${actionName}".`
        );
    }
    return actionName;
}

function segment(value: string): string {
    return encodeURIComponent(value);
}

function queryOf(state: Record<string, string> | undefined): string {
    const entries = Object.entries(state ?? {}).filter(([, value]) => value !== undefined && value !== null);
    return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}

/** The path (under /lightning) of a page reference that lives inside the app. */
function lightningPath(reference: PageReference): string {
    switch (reference.type) {
        case 'standard__namedPage':
            return `/page/${segment(required(reference, 'pageName'))}`;
        case 'standard__objectPage':
            return `/o/${segment(required(reference, 'objectApiName'))}/${action(reference, OBJECT_ACTIONS)}`;
        case 'standard__recordPage': {
            const objectApiName = reference.attributes.objectApiName;
            const objectPart = typeof objectApiName === 'string' && objectApiName ? `/${segment(objectApiName)}` : '';
            return `/r${objectPart}/${segment(required(reference, 'recordId'))}/${action(reference, RECORD_ACTIONS)}`;
        }
        case 'standard__recordRelationshipPage':
            return `/r/${segment(required(reference, 'objectApiName'))}/${segment(required(reference, 'recordId'))}/related/${segment(required(reference, 'relationshipApiName'))}/${action(reference, ['view'])}`;
        case 'standard__navItemPage':
            return `/n/${segment(required(reference, 'apiName'))}`;
        case 'standard__component':
            return `/cmp/${segment(required(reference, 'componentName'))}`;
        default:
            throw new Error(`The preview cannot navigate to a page reference of type "${reference.type}".`);
    }
}

/** The URL of a page reference: what NavigationMixin.GenerateUrl resolves to. */
export function urlOf(reference: PageReference): string {
    if (!reference || typeof reference.type !== 'string') {
        throw new Error(`A page reference needs a type; got ${JSON.stringify(reference)}.`);
    }
    if (reference.type === 'standard__webPage') {
        return required(reference, 'url');
    }
    if (reference.type === 'standard__app') {
        const appTarget = required(reference, 'appTarget');
        const pageRef = reference.attributes.pageRef as PageReference | undefined;
        const inner = pageRef ? urlOf(pageRef).slice(LIGHTNING.length) : '';
        return `${LIGHTNING}/app/${segment(appTarget)}${inner}`;
    }
    return `${LIGHTNING}${lightningPath(reference)}${queryOf(reference.state)}`;
}

function stateOf(search: URLSearchParams): Record<string, string> {
    return Object.fromEntries(search.entries());
}

/** The page reference of a path inside /lightning (after it), or null when it names no page. */
function pageOfPath(parts: string[], state: Record<string, string>): PageReference | null {
    const [kind, ...rest] = parts;
    if (kind === 'page' && rest.length === 1) {
        return { type: 'standard__namedPage', attributes: { pageName: rest[0] }, state };
    }
    if (kind === 'o' && rest.length === 2 && OBJECT_ACTIONS.includes(rest[1])) {
        return { type: 'standard__objectPage', attributes: { objectApiName: rest[0], actionName: rest[1] }, state };
    }
    if (kind === 'r' && rest.length === 3 && RECORD_ACTIONS.includes(rest[2])) {
        return {
            type: 'standard__recordPage',
            attributes: { objectApiName: rest[0], recordId: rest[1], actionName: rest[2] },
            state
        };
    }
    if (kind === 'r' && rest.length === 2 && RECORD_ACTIONS.includes(rest[1])) {
        return { type: 'standard__recordPage', attributes: { recordId: rest[0], actionName: rest[1] }, state };
    }
    if (kind === 'r' && rest.length === 5 && rest[2] === 'related' && rest[4] === 'view') {
        return {
            type: 'standard__recordRelationshipPage',
            attributes: { objectApiName: rest[0], recordId: rest[1], relationshipApiName: rest[3], actionName: 'view' },
            state
        };
    }
    if (kind === 'n' && rest.length === 1) {
        return { type: 'standard__navItemPage', attributes: { apiName: rest[0] }, state };
    }
    if (kind === 'cmp' && rest.length === 1) {
        return { type: 'standard__component', attributes: { componentName: rest[0] }, state };
    }
    return null;
}

/**
 * The page reference of a URL (a path with its query, or an absolute URL). The preview's root and
 * /lightning are Home, as in Lightning Experience; an address outside /lightning is a web page;
 * a /lightning address that names no page gives null.
 */
export function pageReferenceOf(url: string, origin = 'http://preview.invalid'): PageReference | null {
    const parsed = new URL(url, origin);
    if (parsed.origin !== origin) {
        return { type: 'standard__webPage', attributes: { url } };
    }
    const parts = parsed.pathname
        .split('/')
        .filter((part) => part !== '')
        .map((part) => decodeURIComponent(part));
    if (parts.length === 0 || (parts.length === 1 && parts[0] === 'lightning')) {
        return { type: 'standard__namedPage', attributes: { pageName: 'home' }, state: {} };
    }
    if (parts[0] !== 'lightning') {
        return { type: 'standard__webPage', attributes: { url } };
    }
    const state = stateOf(parsed.searchParams);
    if (parts[1] === 'app' && parts.length >= 3) {
        const pageRef = parts.length > 3 ? pageOfPath(parts.slice(3), state) : null;
        if (parts.length > 3 && !pageRef) {
            return null;
        }
        const attributes: Record<string, unknown> = { appTarget: parts[2] };
        if (pageRef) {
            attributes.pageRef = pageRef;
        }
        return { type: 'standard__app', attributes, state: {} };
    }
    return pageOfPath(parts.slice(1), state);
}
