/**
 * What the shell's component tests share: waiting for mocked answers to land, and finding elements
 * through the shadow roots of a page built from many components.
 */

/** Lets mocked answers resolve and components re-render: microtasks only, so fake timers stay put. */
export function flushMicrotasks(rounds = 60): Promise<void> {
    return Array.from({ length: rounds }).reduce<Promise<void>>(
        (chain) => chain.then(() => undefined),
        Promise.resolve()
    );
}

/** Every element matching `selector`, through the shadow roots of the page's components. */
export function deepAll(root: ParentNode, selector: string): Element[] {
    if (root instanceof Element && root.shadowRoot) {
        return deepAll(root.shadowRoot, selector);
    }
    const found = [...root.querySelectorAll(selector)];
    for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
            found.push(...deepAll(element.shadowRoot, selector));
        }
    }
    return found;
}
