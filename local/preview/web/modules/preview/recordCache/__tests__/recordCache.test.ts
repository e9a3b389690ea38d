import { recordKey, recordsChanged, shareRequest, watchRecords, type RecordReader } from 'preview/recordCache';

const CASE_18 = '500000000000001AAA';
const CASE_15 = '500000000000001';

function reader(keys: string[]): RecordReader & { refreshed: number } {
    return {
        refreshed: 0,
        readsRecord(key: string) {
            return keys.includes(key);
        },
        refresh() {
            this.refreshed += 1;
            return Promise.resolve();
        }
    };
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>((settle) => {
        resolve = settle;
    });
    return { promise, resolve };
}

describe('recordKey', () => {
    it('gives a 15- and an 18-character Id of one record the same key, and keeps case', () => {
        expect(recordKey(CASE_18)).toBe(recordKey(CASE_15));
        expect(recordKey('50000000000000aAAQ')).not.toBe(recordKey('50000000000000AAAQ'));
    });
});

describe('shareRequest', () => {
    it('shares one load between identical requests while it is in flight, and loads again afterwards', async () => {
        const answer = deferred<string>();
        const load = jest.fn(() => answer.promise);

        const first = shareRequest('GET ui-api/records/a01', load);
        const second = shareRequest('GET ui-api/records/a01', load);
        answer.resolve('record');

        await expect(Promise.all([first, second])).resolves.toEqual(['record', 'record']);
        expect(load).toHaveBeenCalledTimes(1);

        await shareRequest('GET ui-api/records/a01', () => Promise.resolve('again'));
        expect(load).toHaveBeenCalledTimes(1);
    });

    it('does not share a failed request once it has failed', async () => {
        await expect(shareRequest('GET broken', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
        await expect(shareRequest('GET broken', () => Promise.resolve('up'))).resolves.toBe('up');
    });
});

describe('recordsChanged', () => {
    it('refreshes the readers of a changed record, whatever the length of the Id given', async () => {
        const showingCase = reader([recordKey(CASE_18)]);
        const showingOther = reader([recordKey('a01000000000001AAA')]);
        const stops = [watchRecords(showingCase), watchRecords(showingOther)];

        await recordsChanged([CASE_15]);

        expect(showingCase.refreshed).toBe(1);
        expect(showingOther.refreshed).toBe(0);
        stops.forEach((stop) => stop());
    });

    it('resolves only once every affected reader has refreshed', async () => {
        const refreshing = deferred<void>();
        const slow: RecordReader = { readsRecord: () => true, refresh: () => refreshing.promise };
        const stop = watchRecords(slow);
        let resolved = false;

        const change = recordsChanged([CASE_18]).then(() => {
            resolved = true;
        });
        await Promise.resolve();
        expect(resolved).toBe(false);
        refreshing.resolve();
        await change;
        expect(resolved).toBe(true);
        stop();
    });

    it('forgets a reader once it stops watching', async () => {
        const showingCase = reader([recordKey(CASE_18)]);
        watchRecords(showingCase)();

        await recordsChanged([CASE_18]);

        expect(showingCase.refreshed).toBe(0);
    });

    it('stops sharing requests that were in flight before the change: they may carry the old data', async () => {
        const before = deferred<string>();
        const inFlight = shareRequest('GET ui-api/records/500', () => before.promise);

        await recordsChanged([CASE_18]);
        const after = shareRequest('GET ui-api/records/500', () => Promise.resolve('new'));
        before.resolve('old');

        await expect(inFlight).resolves.toBe('old');
        await expect(after).resolves.toBe('new');
    });
});
