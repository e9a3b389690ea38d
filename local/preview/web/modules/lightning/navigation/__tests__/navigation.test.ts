// sfdx-lwc-jest maps `lightning/navigation` to its own stub, so the preview's module is imported by path.
import { LightningElement } from 'lwc';
import { CurrentPageReference, NavigationMixin } from '../navigation';

const caseRecord = {
    type: 'standard__recordPage',
    attributes: { objectApiName: 'Case', recordId: '500000000000001AAA', actionName: 'view' },
    state: {}
};

class CaseLink extends NavigationMixin(LightningElement) {}

function navigator(): CaseLink {
    // The mixin's methods need no rendered element: they are called on the instance.
    return Object.create(CaseLink.prototype) as CaseLink;
}

describe('lightning/navigation in the preview', () => {
    beforeEach(() => {
        window.history.replaceState(null, '', '/lightning/page/home');
    });

    it('navigates to a page reference through the browser history', () => {
        navigator()[NavigationMixin.Navigate](caseRecord);
        expect(window.location.pathname).toBe('/lightning/r/Case/500000000000001AAA/view');
    });

    it('generates the URL of a page reference, and rejects one it cannot', async () => {
        await expect(
            navigator()[NavigationMixin.GenerateUrl]({
                type: 'standard__objectPage',
                attributes: { objectApiName: 'Dispute__c', actionName: 'list' },
                state: { filterName: 'Open_Disputes' }
            })
        ).resolves.toBe('/lightning/o/Dispute__c/list?filterName=Open_Disputes');
        await expect(
            navigator()[NavigationMixin.GenerateUrl]({ type: 'standard__recordPage', attributes: {} })
        ).rejects.toThrow('needs attributes.recordId');
    });

    it('gives the current page reference when connected, again on each navigation, and stops when disconnected', () => {
        const emitted: unknown[] = [];
        const adapter = new CurrentPageReference((reference) => emitted.push(reference));
        adapter.update();
        adapter.connect();
        expect(emitted).toEqual([{ type: 'standard__namedPage', attributes: { pageName: 'home' }, state: {} }]);

        navigator()[NavigationMixin.Navigate](caseRecord);
        expect(emitted[1]).toEqual(caseRecord);

        adapter.disconnect();
        navigator()[NavigationMixin.Navigate]({ type: 'standard__namedPage', attributes: { pageName: 'home' } });
        expect(emitted).toHaveLength(2);
    });
});
