/**
 * Faults on purpose, for the tests that prove the command line's retries and idempotency: the
 * Nth request fails, the org answers 503 or REQUEST_LIMIT_EXCEEDED, or every answer is slow. Only
 * test harnesses use it: through the server object, or `/_verity/faults` from the loopback address.
 */
export type FaultKind = 'unavailable' | 'requestLimitExceeded' | 'serverError' | 'dropConnection';

export interface FaultRule {
    kind: FaultKind;
    /** Which API request, counted from when the rule is added, fails first (1 = the next one). */
    onRequest?: number;
    /** How many requests in a row fail from there (default 1). */
    times?: number;
    /** Only requests whose path contains this text count and fail (e.g. "/composite/sobjects"). */
    pathIncludes?: string;
}

export interface FaultAnswer {
    kind: FaultKind;
    status: number;
    body: { message: string; errorCode: string }[];
}

interface ActiveRule {
    rule: FaultRule;
    /** Matching requests still to let through before failing. */
    skip: number;
    /** Failures still to give. */
    remaining: number;
}

const ANSWERS: Record<FaultKind, Omit<FaultAnswer, 'kind'>> = {
    // Salesforce's 503 while an instance is unavailable or in maintenance.
    unavailable: {
        status: 503,
        body: [{ message: 'Server temporarily unavailable (fault injected)', errorCode: 'SERVER_UNAVAILABLE' }]
    },
    // The org's daily API request limit: 403 REQUEST_LIMIT_EXCEEDED (REST API Developer Guide, status codes).
    requestLimitExceeded: {
        status: 403,
        body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]
    },
    serverError: {
        status: 500,
        body: [{ message: 'An unexpected error occurred (fault injected)', errorCode: 'UNKNOWN_EXCEPTION' }]
    },
    dropConnection: { status: 0, body: [] }
};

const KINDS = Object.keys(ANSWERS) as FaultKind[];

export class FaultInjector {
    private rules: ActiveRule[] = [];
    private delayMs = 0;
    private counted = 0;

    /** API requests seen since the server started (fault-control requests excluded). */
    get requestCount(): number {
        return this.counted;
    }

    get latencyMs(): number {
        return this.delayMs;
    }

    add(rule: FaultRule): void {
        checkRule(rule);
        const onRequest = rule.onRequest ?? 1;
        this.rules.push({ rule, skip: onRequest - 1, remaining: rule.times ?? 1 });
    }

    /** Every answer waits this long first (0 turns it off). */
    setLatency(ms: number): void {
        if (!Number.isFinite(ms) || ms < 0) {
            throw new RangeError(`Latency is a number of milliseconds from 0, got ${ms}.`);
        }
        this.delayMs = ms;
    }

    clear(): void {
        this.rules = [];
        this.delayMs = 0;
    }

    /** Called once per API request: the fault to answer with, or null to serve it. */
    next(path: string): FaultAnswer | null {
        this.counted += 1;
        let answer: FaultAnswer | null = null;
        for (const active of this.rules) {
            if (active.rule.pathIncludes !== undefined && !path.includes(active.rule.pathIncludes)) {
                continue;
            }
            if (active.skip > 0) {
                active.skip -= 1;
                continue;
            }
            if (answer === null && active.remaining > 0) {
                active.remaining -= 1;
                answer = { kind: active.rule.kind, ...ANSWERS[active.rule.kind] };
            }
        }
        this.rules = this.rules.filter((active) => active.remaining > 0);
        return answer;
    }
}

function checkRule(rule: FaultRule): void {
    if (!KINDS.includes(rule.kind)) {
        throw new RangeError(`A fault kind is one of ${KINDS.join(', ')}, got "${String(rule.kind)}".`);
    }
    if (rule.onRequest !== undefined && (!Number.isInteger(rule.onRequest) || rule.onRequest < 1)) {
        throw new RangeError(`onRequest is a whole number from 1, got ${rule.onRequest}.`);
    }
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
        throw new RangeError(`times is a whole number from 1, got ${rule.times}.`);
    }
}
