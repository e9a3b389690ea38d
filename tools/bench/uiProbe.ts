/**
 * What `npm run bench:ui` runs inside the page, before the page's own scripts: it watches the DOM
 * with the browser's own MutationObserver and querySelectorAll (taken before the LWC synthetic
 * shadow patches them, so it sees inside components), and the moment every item of the assessment
 * form is rendered it clicks the first answer, then notes when the live score has changed.
 * Browser code, kept as text: it runs in the page, not in Node.
 */

/** What the probe leaves on `window.__verityFormProbe`; times are the page's performance.now(). */
export interface FormProbe {
    /** When the form first showed all its items. */
    itemsAt: number | null;
    /** When the live score showed the answer's effect. */
    scoreAt: number | null;
    scoreBefore: string | null;
    scoreAfter: string | null;
    /** responseEnd of the form's GraphQL request (its items and answers): the last of its data to arrive. */
    dataAt: number | null;
}

export function formProbeScript(itemCount: number): string {
    return `(() => {
    const NativeObserver = window.MutationObserver;
    const observe = NativeObserver.prototype.observe;
    const querySelectorAll = Document.prototype.querySelectorAll;
    const textContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent').get;
    const probe = { itemsAt: null, scoreAt: null, scoreBefore: null, scoreAfter: null, dataAt: null };
    window.__verityFormProbe = probe;
    const find = (selector) => querySelectorAll.call(document, selector);
    const scoreText = () => {
        const score = find('c-assessment-form .live-score')[0];
        return score ? textContent.call(score).replace(/\\s+/g, ' ').trim() : null;
    };
    const dataArrival = () => {
        const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/graphql'));
        return requests.length > 0 ? requests[requests.length - 1].responseEnd : null;
    };
    const watch = () => {
        if (probe.itemsAt === null) {
            if (find('c-assessment-form li[data-item-id]').length < ${itemCount}) {
                return;
            }
            const firstAnswer = find('c-assessment-form li[data-item-id] input[type="radio"]')[0];
            if (!firstAnswer || scoreText() === null) {
                return;
            }
            probe.itemsAt = performance.now();
            probe.dataAt = dataArrival();
            probe.scoreBefore = scoreText();
            firstAnswer.click();
            return;
        }
        if (probe.scoreAt === null && scoreText() !== probe.scoreBefore) {
            probe.scoreAt = performance.now();
            probe.scoreAfter = scoreText();
        }
    };
    const start = () => {
        observe.call(new NativeObserver(watch), document.documentElement, {
            childList: true,
            subtree: true,
            characterData: true
        });
    };
    if (document.documentElement) {
        start();
    } else {
        document.addEventListener('DOMContentLoaded', start);
    }
})();`;
}
