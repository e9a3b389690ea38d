import { shareRequest, watchRecords, recordKey, type RecordReader } from 'preview/recordCache';
import { callOrg, type FetchResponseError } from 'preview/session';

/**
 * The wire adapter protocol (`constructor(dataCallback)`, `connect`, `update(config)`, `disconnect`)
 * for the preview's platform modules, reading the local org over HTTP and kept current by the
 * record cache. The rules are the platform's (LWC Developer Guide, "Understand the Wire Service"):
 * - a config with an undefined property is not provisioned (a `$recordId` not yet known);
 * - the same config again does not fetch again; a new one does, and only the latest answer counts;
 * - values are immutable (frozen), and one equal to the last is not emitted again;
 * - a disconnected wire emits nothing until it is connected again.
 */
export type WireConfig = object;

/** JSON with each object's keys in a fixed order, so equal configs and values give equal text. */
function stableJson(value: unknown): string {
    return JSON.stringify(value, (_key, nested: unknown) => {
        if (nested instanceof Error) {
            return { name: nested.name, message: nested.message };
        }
        return nested && typeof nested === 'object' && !Array.isArray(nested)
            ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
            : nested;
    });
}

function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const nested of Object.values(value)) {
            deepFreeze(nested);
        }
    }
    return value;
}

export abstract class OrgWireAdapter<Config extends WireConfig, Data, Value> implements RecordReader {
    private readonly dataCallback: (value: Value) => void;
    private connected = false;
    private config: Config | undefined;
    private configKey: string | undefined;
    /** The config key fetched since the wire was last connected. */
    private fetchedKey: string | undefined;
    /** Bumped by every fetch, config change and disconnect: only the latest fetch may emit. */
    private generation = 0;
    private lastEmitted: string | undefined;
    private recordsReadNow = new Set<string>();
    private stopWatching: (() => void) | undefined;

    constructor(dataCallback: (value: Value) => void) {
        this.dataCallback = dataCallback;
        this.emit(this.loading());
    }

    /** What the wire holds before its first answer: data (and error) undefined. */
    protected abstract loading(): Value;
    protected abstract fetchData(config: Config): Promise<Data>;
    protected abstract provisioned(data: Data): Value;
    protected abstract failed(error: unknown): Value;
    /** The records whose change makes this wire's data stale; metadata wires read none. */
    protected recordsRead?(config: Config, data: Data | undefined): Iterable<string>;

    connect(): void {
        this.connected = true;
        this.stopWatching = watchRecords(this);
        if (this.config && this.configKey !== this.fetchedKey) {
            this.load(this.config);
        }
    }

    update(config: Config): void {
        if (Object.values(config).some((value) => value === undefined)) {
            this.config = undefined;
            this.configKey = undefined;
            this.generation += 1;
            return;
        }
        const key = stableJson(config);
        if (key === this.configKey && key === this.fetchedKey) {
            return;
        }
        this.config = config;
        this.configKey = key;
        if (this.connected) {
            this.load(config);
        }
    }

    disconnect(): void {
        this.connected = false;
        this.stopWatching?.();
        this.stopWatching = undefined;
        // Changes made while away were not received: the next connection fetches afresh.
        this.fetchedKey = undefined;
        this.generation += 1;
    }

    readsRecord(key: string): boolean {
        return this.recordsReadNow.has(key);
    }

    refresh(): Promise<void> {
        return this.connected && this.config ? this.load(this.config) : Promise.resolve();
    }

    /** A GET (or a read-only POST) of the local org's API, shared with identical requests in flight. */
    protected readOrg<T>(resource: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
        const key = `${init.method ?? 'GET'} ${resource} ${init.body === undefined ? '' : stableJson(init.body)}`;
        return shareRequest(key, () => callOrg<T>(resource, init));
    }

    private async load(config: Config): Promise<void> {
        this.fetchedKey = this.configKey;
        const generation = ++this.generation;
        // A record saved while this fetch is in flight may come back old: watch it from now on.
        for (const recordId of this.recordsRead?.(config, undefined) ?? []) {
            this.recordsReadNow.add(recordKey(recordId));
        }
        let value: Value;
        let data: Data | undefined;
        try {
            data = await this.fetchData(config);
            value = this.provisioned(data);
        } catch (error) {
            value = this.failed(error);
        }
        if (generation !== this.generation) {
            return;
        }
        this.recordsReadNow = new Set([...(this.recordsRead?.(config, data) ?? [])].map(recordKey));
        this.emit(value);
    }

    private emit(value: Value): void {
        const json = stableJson(value);
        if (json === this.lastEmitted) {
            return;
        }
        this.lastEmitted = json;
        this.dataCallback(deepFreeze(value));
    }
}

/** The `{ data, error }` values of the User Interface API adapters; error is a FetchResponse. */
export interface UiApiWireValue<Data> {
    data: Data | undefined;
    error: FetchResponseError | undefined;
}

function isFetchResponse(error: unknown): error is FetchResponseError {
    return typeof error === 'object' && error !== null && (error as FetchResponseError).ok === false;
}

/**
 * Every failure as a FetchResponse, the one error shape wires give. One without an HTTP answer (the
 * local org unreachable, a config the adapter cannot send) has status 0, as fetch reports a
 * network error, and its message in the body.
 */
export function fetchResponseOf(error: unknown): FetchResponseError {
    if (isFetchResponse(error)) {
        return error;
    }
    const message = error instanceof Error ? error.message : String(error);
    return { status: 0, statusText: message, ok: false, body: { message } };
}

export abstract class UiApiWireAdapter<Config extends WireConfig, Data> extends OrgWireAdapter<
    Config,
    Data,
    UiApiWireValue<Data>
> {
    protected loading(): UiApiWireValue<Data> {
        return { data: undefined, error: undefined };
    }

    protected provisioned(data: Data): UiApiWireValue<Data> {
        return { data, error: undefined };
    }

    protected failed(error: unknown): UiApiWireValue<Data> {
        return { data: undefined, error: fetchResponseOf(error) };
    }
}
