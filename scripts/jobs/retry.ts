/**
 * Retries for the jobs: an org that is briefly unavailable, over its request limit or dropping
 * connections is worth waiting for; anything else (a validation rule, a bad field) will fail the
 * same way again, so it is rethrown at once.
 */
export interface RetryOptions {
    /** Tries in all, the first included (default 5). */
    attempts?: number;
    /** The wait before the first retry; it doubles each time, with jitter (default 500 ms). */
    baseDelayMs?: number;
    /** Told before each wait: which try failed, the error, and how long the wait is. */
    onRetry?: (attempt: number, error: unknown, delayMs: number) => void;
    /** Waits; injectable so tests need not sleep. */
    sleep?: (ms: number) => Promise<void>;
    /** A number in [0, 1) for the jitter; injectable so tests are deterministic. */
    random?: () => number;
}

const TRANSIENT_ERROR_CODES = new Set([
    'REQUEST_LIMIT_EXCEEDED',
    'SERVER_UNAVAILABLE',
    'UNKNOWN_EXCEPTION',
    'SERVICE_UNAVAILABLE'
]);
const TRANSIENT_SOCKET_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT'
]);
const TRANSIENT_MESSAGES = /socket hang up|fetch failed|other side closed|ECONNRESET|ECONNREFUSED/i;

interface ErrorShape {
    errorCode?: unknown;
    name?: unknown;
    code?: unknown;
    statusCode?: unknown;
    status?: unknown;
    message?: unknown;
    cause?: unknown;
}

/** Whether a failure is worth another try: HTTP 5xx, REQUEST_LIMIT_EXCEEDED, or a dropped connection. */
export function isTransient(error: unknown, depth = 0): boolean {
    if (error === null || typeof error !== 'object' || depth > 4) {
        return false;
    }
    const shape = error as ErrorShape;
    // jsforce names its errors by the org's errorCode and does not keep the HTTP status.
    for (const code of [shape.errorCode, shape.name, shape.code]) {
        if (typeof code === 'string' && (TRANSIENT_ERROR_CODES.has(code) || TRANSIENT_SOCKET_CODES.has(code))) {
            return true;
        }
    }
    for (const status of [shape.statusCode, shape.status]) {
        if (typeof status === 'number' && status >= 500 && status < 600) {
            return true;
        }
    }
    if (typeof shape.message === 'string' && TRANSIENT_MESSAGES.test(shape.message)) {
        return true;
    }
    return isTransient(shape.cause, depth + 1);
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before retry number `retry` (1-based): base × 2^(retry-1), jittered to 50–100 %. */
export function backoffDelay(retry: number, baseDelayMs: number, random: () => number): number {
    const ceiling = baseDelayMs * 2 ** (retry - 1);
    return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

export async function withRetries<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
    const attempts = options.attempts ?? 5;
    const baseDelayMs = options.baseDelayMs ?? 500;
    if (!Number.isInteger(attempts) || attempts < 1) {
        throw new RangeError(`attempts is a whole number from 1, got ${attempts}.`);
    }
    if (!Number.isFinite(baseDelayMs) || baseDelayMs < 0) {
        throw new RangeError(`baseDelayMs is a number of milliseconds from 0, got ${baseDelayMs}.`);
    }
    const sleep = options.sleep ?? sleepFor;
    const random = options.random ?? Math.random;
    for (let attempt = 1; ; attempt += 1) {
        try {
            return await work();
        } catch (error) {
            if (attempt >= attempts || !isTransient(error)) {
                throw error;
            }
            const delayMs = backoffDelay(attempt, baseDelayMs, random);
            options.onRetry?.(attempt, error, delayMs);
            await sleep(delayMs);
        }
    }
}
