import { openedRecordPage, refreshList, type RefreshableList } from 'c/recordLists';

/** Where a click on a row's "open" button leads, read in the click handler as a component does. */
function pageOpenedBy(button: HTMLElement, objectApiName: string): ReturnType<typeof openedRecordPage> | undefined {
    let page: ReturnType<typeof openedRecordPage> | undefined;
    button.addEventListener('click', (event) => {
        page = openedRecordPage(event, objectApiName);
    });
    button.click();
    return page;
}

function openButton(recordId?: string): HTMLElement {
    const button = document.createElement('button');
    if (recordId !== undefined) {
        button.dataset.id = recordId;
    }
    return button;
}

describe('openedRecordPage', () => {
    it("leads to the view of the record the button names, as the list's object", () => {
        expect(pageOpenedBy(openButton('a02000000000001AAA'), 'Assessment__c')).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: 'a02000000000001AAA', objectApiName: 'Assessment__c', actionName: 'view' }
        });
    });

    it('leads nowhere from a button that names no record', () => {
        expect(pageOpenedBy(openButton(), 'Coaching_Task__c')).toBeNull();
        expect(pageOpenedBy(openButton(''), 'Coaching_Task__c')).toBeNull();
    });
});

describe('refreshList', () => {
    const list = (): RefreshableList => ({ refreshing: false, errors: [] });

    it('disables the refresh button while the wire is read again, and enables it after', async () => {
        const queue = list();
        let finish: () => void = () => undefined;
        const refresh = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));

        const done = refreshList(queue, { refresh });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(queue.refreshing).toBe(true);

        finish();
        await done;
        expect(queue.refreshing).toBe(false);
        expect(queue.errors).toEqual([]);
    });

    it("shows the platform's messages when the read fails", async () => {
        const queue = list();
        const refused = { status: 403, statusText: 'Forbidden', body: [{ message: 'Access denied.' }] };

        await refreshList(queue, { refresh: () => Promise.reject(refused) });

        expect(queue.errors).toEqual(['Access denied.']);
        expect(queue.refreshing).toBe(false);
    });

    it('does nothing before the wire has delivered a value', async () => {
        const queue = list();
        await refreshList(queue, undefined);
        await refreshList(queue, {});
        expect(queue).toEqual({ refreshing: false, errors: [] });
    });
});
