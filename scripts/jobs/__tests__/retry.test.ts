import { backoffDelay, isTransient, withRetries } from '../retry';

const noWait = { sleep: () => Promise.resolve(), random: () => 0.5 };

function failingThen<T>(failures: unknown[], value: T): { work: () => Promise<T>; calls: () => number } {
    let calls = 0;
    return {
        work: () => {
            calls += 1;
            return calls <= failures.length ? Promise.reject(failures[calls - 1]) : Promise.resolve(value);
        },
        calls: () => calls
    };
}

describe('isTransient', () => {
    it.each([
        ['503 unavailable', { errorCode: 'SERVER_UNAVAILABLE', message: 'x' }],
        ['request limit', { errorCode: 'REQUEST_LIMIT_EXCEEDED', name: 'REQUEST_LIMIT_EXCEEDED' }],
        ['500 unknown exception', { name: 'UNKNOWN_EXCEPTION' }],
        ['an HTTP 502 status', { statusCode: 502 }],
        ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
        ['a refused connection', { code: 'ECONNREFUSED' }],
        ['a hang-up', new Error('socket hang up')],
        ['a dropped fetch', new TypeError('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } })]
    ])('retries %s', (_label, error) => {
        expect(isTransient(error)).toBe(true);
    });

    it.each([
        ['a validation rule', { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Due date is required' }],
        ['a bad field', { errorCode: 'INVALID_FIELD' }],
        ['an HTTP 400', { statusCode: 400 }],
        ['a plain error', new Error('Two records share a key')],
        ['a string', 'ECONNRESET-ish text but not an error object']
    ])('does not retry %s', (_label, error) => {
        expect(isTransient(error)).toBe(false);
    });
});

describe('withRetries', () => {
    it('retries transient failures with doubling, jittered waits, then answers', async () => {
        const waits: number[] = [];
        const told: number[] = [];
        const { work, calls } = failingThen(
            [{ errorCode: 'SERVER_UNAVAILABLE' }, { errorCode: 'REQUEST_LIMIT_EXCEEDED' }, { code: 'ECONNRESET' }],
            'done'
        );
        const answer = await withRetries(work, {
            baseDelayMs: 100,
            sleep: (ms) => {
                waits.push(ms);
                return Promise.resolve();
            },
            random: () => 0.5,
            onRetry: (attempt) => told.push(attempt)
        });
        expect(answer).toBe('done');
        expect(calls()).toBe(4);
        // base × 2^(n-1), jittered to 75 % with random 0.5.
        expect(waits).toEqual([75, 150, 300]);
        expect(told).toEqual([1, 2, 3]);
    });

    it('rethrows a validation error at once', async () => {
        const refusal = { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'no' };
        const { work, calls } = failingThen([refusal], 'never');
        await expect(withRetries(work, noWait)).rejects.toBe(refusal);
        expect(calls()).toBe(1);
    });

    it('gives up after the attempts and rethrows the last failure', async () => {
        const failures = [1, 2, 3].map((n) => ({ errorCode: 'SERVER_UNAVAILABLE', message: `try ${n}` }));
        const { work, calls } = failingThen(failures, 'never');
        await expect(withRetries(work, { ...noWait, attempts: 3 })).rejects.toBe(failures[2]);
        expect(calls()).toBe(3);
    });

    it('refuses bad options naming the value', async () => {
        await expect(withRetries(() => Promise.resolve(1), { attempts: 0 })).rejects.toThrow('got 0');
        await expect(withRetries(() => Promise.resolve(1), { baseDelayMs: -1 })).rejects.toThrow('got -1');
    });

    it('keeps the jittered wait between half and all of the exponential ceiling', () => {
        expect(backoffDelay(1, 1000, () => 0)).toBe(500);
        expect(backoffDelay(3, 1000, () => 0.999999)).toBe(4000);
        expect(backoffDelay(4, 1000, () => 0.25)).toBe(5000);
    });
});
