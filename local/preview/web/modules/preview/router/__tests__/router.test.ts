import { currentPageReference, navigate, navigateToUrl, onPageChange, type PageReference } from 'preview/router';

const assessmentList: PageReference = {
    type: 'standard__objectPage',
    attributes: { objectApiName: 'Assessment__c', actionName: 'list' },
    state: { filterName: 'All_Assessments' }
};

describe('preview/router', () => {
    beforeEach(() => {
        window.history.replaceState(null, '', '/lightning/page/home');
    });

    it('reads the page from the address', () => {
        window.history.replaceState(null, '', '/lightning/r/Case/500000000000001AAA/view');
        expect(currentPageReference()).toEqual({
            type: 'standard__recordPage',
            attributes: { objectApiName: 'Case', recordId: '500000000000001AAA', actionName: 'view' },
            state: {}
        });
    });

    it('pushes a history entry, tells listeners, and comes back on Back', async () => {
        const seen: (PageReference | null)[] = [];
        const stop = onPageChange((reference) => seen.push(reference));
        const entries = window.history.length;

        navigate(assessmentList);
        expect(window.location.pathname).toBe('/lightning/o/Assessment__c/list');
        expect(window.location.search).toBe('?filterName=All_Assessments');
        expect(window.history.length).toBe(entries + 1);
        expect(seen).toEqual([assessmentList]);

        const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        window.history.back();
        await back;
        expect(window.location.pathname).toBe('/lightning/page/home');
        expect(seen[1]).toEqual({ type: 'standard__namedPage', attributes: { pageName: 'home' }, state: {} });
        stop();
    });

    it('replaces the entry when asked, and ignores a navigation to the page already shown', () => {
        const seen: (PageReference | null)[] = [];
        const stop = onPageChange((reference) => seen.push(reference));
        const entries = window.history.length;
        navigate(assessmentList, true);
        expect(window.history.length).toBe(entries);
        navigate(assessmentList);
        expect(window.history.length).toBe(entries);
        expect(seen).toHaveLength(1);
        stop();
    });

    it('stops telling a listener that unsubscribed', () => {
        const listener = jest.fn();
        const stop = onPageChange(listener);
        stop();
        navigate(assessmentList);
        expect(listener).not.toHaveBeenCalled();
    });

    it('follows an address inside the app, page or not', () => {
        const seen: (PageReference | null)[] = [];
        const stop = onPageChange((reference) => seen.push(reference));
        navigateToUrl('/lightning/n/QA_Command_Center');
        navigateToUrl('/lightning/nowhere/at/all');
        expect(seen).toEqual([
            { type: 'standard__navItemPage', attributes: { apiName: 'QA_Command_Center' }, state: {} },
            null
        ]);
        expect(window.location.pathname).toBe('/lightning/nowhere/at/all');
        stop();
    });

    it('opens another site in a new window', () => {
        const open = jest.spyOn(window, 'open').mockReturnValue(null);
        navigate({ type: 'standard__webPage', attributes: { url: 'https://example.com/guide' } });
        expect(open).toHaveBeenCalledWith('https://example.com/guide', '_blank', 'noopener');
        expect(window.location.pathname).toBe('/lightning/page/home');
        open.mockRestore();
    });
});
