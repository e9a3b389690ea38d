import type { LightningElement } from 'lwc';

/**
 * lightning/platformResourceLoader (Component Reference, "Platform Resource Loader"): each script
 * or stylesheet is added to the page once, however many components ask for it; every caller gets
 * the same promise, resolved when the file has loaded. A file that fails to load is removed and
 * may be asked for again.
 */
const loads = new Map<string, Promise<void>>();

function loadOnce(key: string, url: string, element: () => HTMLScriptElement | HTMLLinkElement): Promise<void> {
    const loaded = loads.get(key);
    if (loaded) {
        return loaded;
    }
    const load = new Promise<void>((resolve, reject) => {
        const tag = element();
        tag.addEventListener('load', () => resolve());
        tag.addEventListener('error', () => {
            loads.delete(key);
            tag.remove();
            reject(new Error(`Could not load ${url}`));
        });
        document.head.appendChild(tag);
    });
    loads.set(key, load);
    return load;
}

export function loadScript(_component: LightningElement, url: string): Promise<void> {
    return loadOnce(`script ${url}`, url, () => {
        const script = document.createElement('script');
        // Scripts asked for in sequence run in sequence, as chained loadScript calls expect.
        script.async = false;
        script.src = url;
        return script;
    });
}

export function loadStyle(_component: LightningElement, url: string): Promise<void> {
    return loadOnce(`style ${url}`, url, () => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = url;
        return link;
    });
}
