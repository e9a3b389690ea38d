import { FaultInjector } from '../faultInjection';
import { startHarness, V, type Harness } from './harness';

describe('FaultInjector', () => {
    it('fails the Nth request, as many times as asked, only on matching paths', () => {
        const faults = new FaultInjector();
        faults.add({ kind: 'serverError', onRequest: 2, times: 2, pathIncludes: '/query' });
        expect(faults.next('/services/data/v65.0/query')).toBeNull();
        expect(faults.next('/services/data/v65.0/sobjects')).toBeNull();
        expect(faults.next('/services/data/v65.0/query')?.status).toBe(500);
        expect(faults.next('/services/data/v65.0/query')?.status).toBe(500);
        expect(faults.next('/services/data/v65.0/query')).toBeNull();
    });

    it('names a bad rule in a RangeError', () => {
        const faults = new FaultInjector();
        expect(() => faults.add({ kind: 'unavailable', onRequest: 0 })).toThrow(
            /onRequest is a whole number from 1, got 0/
        );
        expect(() => faults.add({ kind: 'melt' as never })).toThrow(/got "melt"/);
        expect(() => faults.setLatency(-1)).toThrow(RangeError);
    });
});

describe('/_verity/faults', () => {
    let harness: Harness;

    beforeEach(async () => {
        harness = await startHarness();
    });

    afterEach(async () => {
        await harness.close();
    });

    it('takes rules and latency from the loopback address and applies them', async () => {
        const set = await harness.call('POST', '/_verity/faults', {
            kind: 'requestLimitExceeded',
            onRequest: 1,
            latencyMs: 50
        });
        expect(set.status).toBe(200);
        const started = Date.now();
        const limited = await harness.call('GET', `${V}/limits`);
        expect(Date.now() - started).toBeGreaterThanOrEqual(45);
        expect(limited.status).toBe(403);
        expect(limited.body).toEqual([
            { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }
        ]);
        await harness.call('DELETE', '/_verity/faults');
        expect((await harness.call('GET', `${V}/limits`)).status).toBe(200);
        const state = await harness.call('GET', '/_verity/faults');
        expect(state.body).toEqual({ requestCount: 2, latencyMs: 0 });
    });

    it('answers 503 and can drop the connection', async () => {
        harness.server.faults.add({ kind: 'unavailable' });
        expect((await harness.call('GET', V)).status).toBe(503);
        harness.server.faults.add({ kind: 'dropConnection' });
        await expect(harness.call('GET', V)).rejects.toThrow();
    });
});
