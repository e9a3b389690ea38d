import type * as Declared from 'lightning/platformResourceLoader';
import type { LightningElement } from 'lwc';

type LoaderApi = typeof import('../platformResourceLoader');
// The implementation must be what the package's components compile against (checked by npm run build).
const conformsToDeclarations = (api: LoaderApi): typeof Declared => api;

// The loaders ignore which component asks, as the platform's do once given `this`.
const component = {} as LightningElement;
let loader: LoaderApi;

beforeEach(async () => {
    document.head.replaceChildren();
    await jest.isolateModulesAsync(async () => {
        loader = conformsToDeclarations(await import('../platformResourceLoader')) as LoaderApi;
    });
});

function added<T extends Element>(selector: string): T[] {
    return [...document.head.querySelectorAll<T>(selector)];
}

describe('loadScript', () => {
    it('adds the script once however many components ask, and resolves every caller when it has loaded', async () => {
        const first = loader.loadScript(component, '/resource/chartJs/chart.js');
        const second = loader.loadScript(component, '/resource/chartJs/chart.js');
        const scripts = added<HTMLScriptElement>('script');
        expect(scripts).toHaveLength(1);
        expect(scripts[0].getAttribute('src')).toBe('/resource/chartJs/chart.js');
        expect(second).toBe(first);

        scripts[0].dispatchEvent(new CustomEvent('load'));

        await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
        await loader.loadScript(component, '/resource/chartJs/chart.js');
        expect(added('script')).toHaveLength(1);
    });

    it('rejects, naming the URL, when the script fails, and tries again when asked again', async () => {
        const failing = loader.loadScript(component, '/resource/missing.js');
        added('script')[0].dispatchEvent(new CustomEvent('error'));

        await expect(failing).rejects.toThrow('Could not load /resource/missing.js');
        expect(added('script')).toHaveLength(0);

        const retry = loader.loadScript(component, '/resource/missing.js');
        expect(retry).not.toBe(failing);
        expect(added('script')).toHaveLength(1);
    });
});

describe('loadStyle', () => {
    it('adds one stylesheet link per URL and resolves when it has loaded', async () => {
        const loading = loader.loadStyle(component, '/resource/verityTheme.css');
        expect(loader.loadStyle(component, '/resource/verityTheme.css')).toBe(loading);
        const links = added<HTMLLinkElement>('link');
        expect(links).toHaveLength(1);
        expect([links[0].rel, links[0].getAttribute('href')]).toEqual(['stylesheet', '/resource/verityTheme.css']);

        links[0].dispatchEvent(new CustomEvent('load'));

        await expect(loading).resolves.toBeUndefined();
    });
});
