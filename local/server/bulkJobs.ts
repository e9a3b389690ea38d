import type { SObjectRecord } from '../formulas';
import { recordId } from '../ids/salesforceIds';
import type { Caller, OrgData } from '../org/orgData';
import { SalesforceError } from '../org/salesforceError';
import {
    jsonObjectBody,
    jsonResponse,
    methodNotAllowed,
    NO_CONTENT,
    notFound,
    type ApiRequest,
    type ApiResponse
} from './apiExchange';
import { COLUMN_DELIMITERS, LINE_ENDINGS, parseJobCsv, writeCsv } from './bulkCsv';
import { saveEach, type SaveOutcome } from './saveResults';

/**
 * Bulk API 2.0 ingest and query jobs (Bulk API 2.0 Developer Guide), as jsforce's `bulk2` drives
 * them: create a job, PUT its CSV to `/batches`, PATCH `UploadComplete`, poll, read
 * successfulResults / failedResults / unprocessedrecords; or create a query job, poll, and read
 * `results` page by page with the `Sforce-Locator` header ("null" on the last page). Ingest rows
 * are saved one by one after the upload completes, a slice per event-loop turn so the server keeps
 * answering; each row succeeds or fails on its own, as in Salesforce.
 */
type IngestOperation = 'insert' | 'update' | 'upsert' | 'delete' | 'hardDelete';
type JobState = 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

const INGEST_OPERATIONS: IngestOperation[] = ['insert', 'update', 'upsert', 'delete', 'hardDelete'];
/** Rows saved per event-loop turn. */
const ROWS_PER_TURN = 500;
/** Rows per query results page when the client does not say (maxRecords). */
const DEFAULT_RESULT_PAGE = 50000;
/** Bulk job IDs start with 750 in every org. */
const JOB_KEY_PREFIX = '750';
const NULL_MARKER = '#N/A';
const NUMBER_TYPES = new Set(['int', 'double', 'currency', 'percent', 'long']);

interface JobCommon {
    id: string;
    object: string;
    createdById: string;
    createdDate: string;
    systemModstamp: string;
    state: JobState;
    apiVersion: number;
    columnDelimiter: string;
    lineEnding: string;
    errorMessage?: string;
}

interface IngestJob extends JobCommon {
    kind: 'ingest';
    operation: IngestOperation;
    externalIdFieldName?: string;
    csv: string[];
    columns: string[];
    rows: string[][];
    processed: number;
    successful: string[][];
    failed: string[][];
}

interface QueryJob extends JobCommon {
    kind: 'query';
    operation: 'query' | 'queryAll';
    query: string;
    columns: string[];
    rows: string[][];
}

type Job = IngestJob | QueryJob;

/** Salesforce's date/time text: UTC with `+0000`. */
function timestamp(): string {
    return new Date().toISOString().replace('Z', '+0000');
}

function jobState(job: Job, state: JobState): void {
    job.state = state;
    job.systemModstamp = timestamp();
}

/** The fields every job's info carries, ingest or query. */
function jobInfo(job: Job): Record<string, unknown> {
    return {
        id: job.id,
        operation: job.operation,
        object: job.object,
        createdById: job.createdById,
        createdDate: job.createdDate,
        systemModstamp: job.systemModstamp,
        state: job.state,
        concurrencyMode: 'Parallel',
        contentType: 'CSV',
        apiVersion: job.apiVersion
    };
}

function ingestInfo(job: IngestJob): Record<string, unknown> {
    return {
        ...jobInfo(job),
        ...(job.externalIdFieldName ? { externalIdFieldName: job.externalIdFieldName } : {}),
        jobType: 'V2Ingest',
        contentUrl: `services/data/v${job.apiVersion.toFixed(1)}/jobs/ingest/${job.id}/batches`,
        lineEnding: job.lineEnding,
        columnDelimiter: job.columnDelimiter,
        numberRecordsProcessed: job.processed,
        numberRecordsFailed: job.failed.length,
        retries: 0,
        totalProcessingTime: 0,
        apiActiveProcessingTime: 0,
        apexProcessingTime: 0,
        ...(job.errorMessage ? { errorMessage: job.errorMessage } : {})
    };
}

function queryInfo(job: QueryJob): Record<string, unknown> {
    return {
        ...jobInfo(job),
        jobType: 'V2Query',
        lineEnding: job.lineEnding,
        columnDelimiter: job.columnDelimiter,
        numberRecordsProcessed: job.state === 'JobComplete' ? job.rows.length : 0,
        retries: 0,
        totalProcessingTime: 0
    };
}

function invalidJob(message: string): SalesforceError {
    return new SalesforceError(400, 'INVALIDJOB', message);
}

function option(value: unknown, allowed: Record<string, string>, fallback: string, name: string): string {
    if (value === undefined || value === null) {
        return fallback;
    }
    if (typeof value !== 'string' || allowed[value] === undefined) {
        throw invalidJob(`${name} is one of ${Object.keys(allowed).join(', ')}, got ${String(value)}.`);
    }
    return value;
}

/** Flattens a query record to dotted columns (`Agent__r.Name`), as Bulk query CSV has them. */
function flatten(record: SObjectRecord, prefix: string, into: Map<string, string>): void {
    for (const [name, value] of Object.entries(record)) {
        if (name === 'attributes') {
            continue;
        }
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
            flatten(value as SObjectRecord, `${prefix}${name}.`, into);
        } else {
            into.set(`${prefix}${name}`, value === null || value === undefined ? '' : String(value));
        }
    }
}

/** The select list of a query, for the header of an empty result. */
function selectColumns(soql: string): string[] {
    const match = /^\s*select\s+([\s\S]+?)\s+from\s/i.exec(soql);
    return match ? match[1].split(',').map((column) => column.trim()) : [];
}

export class BulkJobs {
    private readonly jobs = new Map<string, Job>();
    private sequence = 0;

    constructor(
        private readonly org: OrgData,
        /** Runs work on a later event-loop turn (setImmediate in the server; tests may run it at once). */
        private readonly later: (work: () => void) => void = (work) => setImmediate(work)
    ) {}

    /** `/jobs/ingest…` and `/jobs/query…`. */
    route(request: ApiRequest, rest: string[], caller: Caller): ApiResponse {
        const [kind, id, part, ...more] = rest;
        if ((kind !== 'ingest' && kind !== 'query') || more.length > 0) {
            throw notFound();
        }
        if (id === undefined) {
            if (request.method === 'GET') {
                const records = [...this.jobs.values()]
                    .filter((job) => job.kind === kind && job.createdById === caller.userId)
                    .map((job) => (job.kind === 'ingest' ? ingestInfo(job) : queryInfo(job)));
                return jsonResponse(200, { done: true, records, nextRecordsUrl: null });
            }
            if (request.method !== 'POST') {
                throw methodNotAllowed(request.method, ['GET', 'POST']);
            }
            return kind === 'ingest' ? this.createIngest(request, caller) : this.createQuery(request, caller);
        }
        const job = this.jobs.get(id);
        if (!job || job.kind !== kind || job.createdById !== caller.userId) {
            throw notFound();
        }
        return job.kind === 'ingest' ? this.ingestRoute(request, job, part) : this.queryRoute(request, job, part);
    }

    private nextId(): string {
        this.sequence += 1;
        return recordId(JOB_KEY_PREFIX, this.sequence);
    }

    private common(request: ApiRequest, caller: Caller, object: string, body: Record<string, unknown>): JobCommon {
        const now = timestamp();
        return {
            id: this.nextId(),
            object,
            createdById: caller.userId,
            createdDate: now,
            systemModstamp: now,
            state: 'Open',
            apiVersion: Number(request.version),
            columnDelimiter: option(body.columnDelimiter, COLUMN_DELIMITERS, 'COMMA', 'columnDelimiter'),
            lineEnding: option(body.lineEnding, LINE_ENDINGS, 'LF', 'lineEnding')
        };
    }

    private createIngest(request: ApiRequest, caller: Caller): ApiResponse {
        const body = jsonObjectBody(request);
        const operation = body.operation as IngestOperation;
        if (!INGEST_OPERATIONS.includes(operation)) {
            throw invalidJob(`operation is one of ${INGEST_OPERATIONS.join(', ')}, got ${String(body.operation)}.`);
        }
        if (typeof body.object !== 'string' || body.object === '') {
            throw invalidJob('object is required: the sObject type the job loads.');
        }
        if (body.contentType !== undefined && body.contentType !== 'CSV') {
            throw invalidJob(`contentType is CSV, got ${String(body.contentType)}.`);
        }
        if (
            operation === 'upsert' &&
            (typeof body.externalIdFieldName !== 'string' || body.externalIdFieldName === '')
        ) {
            throw invalidJob('externalIdFieldName is required for an upsert job.');
        }
        // Describing the object checks at once that it exists and the caller may see it.
        this.org.describeSObject(caller, body.object);
        const job: IngestJob = {
            ...this.common(request, caller, body.object, body),
            kind: 'ingest',
            operation,
            externalIdFieldName: operation === 'upsert' ? String(body.externalIdFieldName) : undefined,
            csv: [],
            columns: [],
            rows: [],
            processed: 0,
            successful: [],
            failed: []
        };
        this.jobs.set(job.id, job);
        return jsonResponse(200, ingestInfo(job));
    }

    private ingestRoute(request: ApiRequest, job: IngestJob, part: string | undefined): ApiResponse {
        if (part === 'batches') {
            if (request.method !== 'PUT') {
                throw methodNotAllowed(request.method, ['PUT']);
            }
            if (job.state !== 'Open') {
                throw new SalesforceError(
                    409,
                    'INVALIDJOBSTATE',
                    `Job ${job.id} is ${job.state}: data can only be uploaded to an Open job.`
                );
            }
            job.csv.push(request.bodyText);
            return { status: 201 };
        }
        if (part !== undefined) {
            if (request.method !== 'GET') {
                throw methodNotAllowed(request.method, ['GET']);
            }
            return this.ingestResults(job, part);
        }
        if (request.method === 'GET') {
            return jsonResponse(200, ingestInfo(job));
        }
        if (request.method === 'DELETE') {
            if (job.state === 'UploadComplete' || job.state === 'InProgress') {
                throw new SalesforceError(
                    409,
                    'INVALIDJOBSTATE',
                    `Job ${job.id} is ${job.state}: abort it or wait before deleting it.`
                );
            }
            this.jobs.delete(job.id);
            return NO_CONTENT;
        }
        if (request.method !== 'PATCH') {
            throw methodNotAllowed(request.method, ['GET', 'PATCH', 'DELETE']);
        }
        const state = jsonObjectBody(request).state;
        if (state === 'Aborted') {
            if (job.state === 'JobComplete' || job.state === 'Failed') {
                throw new SalesforceError(409, 'INVALIDJOBSTATE', `Job ${job.id} is already ${job.state}.`);
            }
            jobState(job, 'Aborted');
            return jsonResponse(200, ingestInfo(job));
        }
        if (state !== 'UploadComplete') {
            throw invalidJob(`state is UploadComplete or Aborted, got ${String(state)}.`);
        }
        if (job.state !== 'Open') {
            throw new SalesforceError(409, 'INVALIDJOBSTATE', `Job ${job.id} is ${job.state}, not Open.`);
        }
        jobState(job, 'UploadComplete');
        const info = ingestInfo(job);
        this.later(() => this.startIngest(job));
        return jsonResponse(200, info);
    }

    private startIngest(job: IngestJob): void {
        if (job.state !== 'UploadComplete') {
            return;
        }
        try {
            for (const text of job.csv) {
                const table = parseJobCsv(text, job.columnDelimiter);
                if (job.columns.length === 0) {
                    job.columns = table.columns;
                } else if (table.columns.join() !== job.columns.join()) {
                    throw invalidJob('Every upload of a job must have the same header row.');
                }
                job.rows.push(...table.rows);
            }
            job.csv = [];
            jobState(job, 'InProgress');
            this.ingestSlice(job, this.converter(job));
        } catch (error) {
            job.errorMessage = error instanceof Error ? error.message : String(error);
            jobState(job, 'Failed');
        }
    }

    /** Turns CSV text into typed field values using the object's describe (checkbox, number). */
    private converter(job: IngestJob): (row: string[]) => Record<string, unknown> {
        const caller = { userId: job.createdById };
        const described = this.org.describeSObject(caller, job.object) as { fields?: { name: string; type: string }[] };
        const types = new Map((described.fields ?? []).map((field) => [field.name.toLowerCase(), field.type]));
        const keepBlank = job.operation === 'insert';
        return (row) => {
            const values: Record<string, unknown> = {};
            job.columns.forEach((column, index) => {
                const text = row[index] ?? '';
                if (text === '') {
                    // An empty cell leaves the field as it is (update) or blank (insert).
                    if (keepBlank) {
                        values[column] = null;
                    }
                    return;
                }
                if (text === NULL_MARKER) {
                    values[column] = null;
                    return;
                }
                const type = types.get(column.toLowerCase());
                if (type === 'boolean' && /^(true|false|1|0)$/i.test(text)) {
                    values[column] = /^(true|1)$/i.test(text);
                } else if (
                    type !== undefined &&
                    NUMBER_TYPES.has(type) &&
                    text.trim() !== '' &&
                    Number.isFinite(Number(text))
                ) {
                    values[column] = Number(text);
                } else {
                    values[column] = text;
                }
            });
            return values;
        };
    }

    private ingestSlice(job: IngestJob, convert: (row: string[]) => Record<string, unknown>): void {
        if (job.state !== 'InProgress') {
            return;
        }
        const caller = { userId: job.createdById };
        const slice = job.rows.slice(job.processed, job.processed + ROWS_PER_TURN);
        const results = saveEach(this.org, slice, false, (row): SaveOutcome => {
            const values = convert(row);
            const id = typeof values.Id === 'string' ? values.Id : undefined;
            const { Id: ignoredId, ...rest } = values;
            void ignoredId;
            switch (job.operation) {
                case 'insert':
                    return { id: this.org.create(caller, job.object, rest), created: true };
                case 'update':
                    if (!id) {
                        throw new SalesforceError(400, 'MISSING_ARGUMENT', 'Id not specified in an update call', [
                            'Id'
                        ]);
                    }
                    this.org.update(caller, job.object, id, rest);
                    return { id, created: false };
                case 'upsert': {
                    const field = job.externalIdFieldName!;
                    const key = Object.keys(values).find((name) => name.toLowerCase() === field.toLowerCase());
                    const value = key === undefined ? undefined : values[key];
                    if (value === undefined || value === null) {
                        throw new SalesforceError(400, 'MISSING_ARGUMENT', `${field} not specified in an upsert call`, [
                            field
                        ]);
                    }
                    const { [key!]: ignoredKey, ...others } = values;
                    void ignoredKey;
                    return this.org.upsert(caller, job.object, field, String(value), others);
                }
                default:
                    if (!id) {
                        throw new SalesforceError(400, 'MISSING_ARGUMENT', 'Id not specified in a delete call', ['Id']);
                    }
                    this.org.remove(caller, job.object, id);
                    return { id, created: false };
            }
        });
        results.forEach((result, index) => {
            const row = slice[index];
            if (result.success) {
                job.successful.push([result.id ?? '', String(result.created ?? false), ...row]);
            } else {
                const error = result.errors[0];
                const fields = error.fields.join(',');
                job.failed.push([result.id ?? '', `${error.statusCode}:${error.message}:${fields} --`, ...row]);
            }
        });
        job.processed += slice.length;
        if (job.processed >= job.rows.length) {
            jobState(job, 'JobComplete');
            return;
        }
        job.systemModstamp = timestamp();
        this.later(() => this.ingestSlice(job, convert));
    }

    private ingestResults(job: IngestJob, part: string): ApiResponse {
        const csv = (columns: string[], rows: string[][]): ApiResponse => ({
            status: 200,
            body: writeCsv(columns, rows, 'COMMA', job.lineEnding),
            headers: { 'Content-Type': 'text/csv' }
        });
        switch (part) {
            case 'successfulResults':
                return csv(['sf__Id', 'sf__Created', ...job.columns], job.successful);
            case 'failedResults':
                return csv(['sf__Id', 'sf__Error', ...job.columns], job.failed);
            case 'unprocessedrecords':
                return csv(job.columns, job.rows.slice(job.processed));
            default:
                throw notFound();
        }
    }

    private createQuery(request: ApiRequest, caller: Caller): ApiResponse {
        const body = jsonObjectBody(request);
        const operation = body.operation ?? 'query';
        if (operation !== 'query' && operation !== 'queryAll') {
            throw invalidJob(`operation is query or queryAll, got ${String(operation)}.`);
        }
        if (typeof body.query !== 'string' || body.query.trim() === '') {
            throw invalidJob('query is required: the SOQL the job runs.');
        }
        const soql = body.query;
        // The query runs now, so a bad one is refused when the job is created, as Salesforce does.
        const records: SObjectRecord[] = [];
        let page = this.org.query(caller, soql, operation === 'queryAll' ? { includeDeleted: true } : {});
        records.push(...page.records);
        while (!page.done && page.nextRecordsUrl) {
            page = this.org.queryMore(caller, page.nextRecordsUrl.split('/').pop()!);
            records.push(...page.records);
        }
        const flattened = records.map((record) => {
            const row = new Map<string, string>();
            flatten(record, '', row);
            return row;
        });
        const columns = flattened.length > 0 ? [...flattened[0].keys()] : selectColumns(soql);
        const object = /\bfrom\s+([A-Za-z0-9_]+)/i.exec(soql)?.[1] ?? '';
        const job: QueryJob = {
            ...this.common(request, caller, object, body),
            kind: 'query',
            operation,
            query: soql,
            columns,
            rows: flattened.map((row) => columns.map((column) => row.get(column) ?? ''))
        };
        jobState(job, 'UploadComplete');
        this.jobs.set(job.id, job);
        return jsonResponse(200, queryInfo(job));
    }

    private queryRoute(request: ApiRequest, job: QueryJob, part: string | undefined): ApiResponse {
        if (part === undefined) {
            if (request.method === 'DELETE') {
                this.jobs.delete(job.id);
                return NO_CONTENT;
            }
            if (request.method === 'PATCH') {
                if (jsonObjectBody(request).state !== 'Aborted') {
                    throw invalidJob('A query job can only be set to Aborted.');
                }
                jobState(job, 'Aborted');
                return jsonResponse(200, queryInfo(job));
            }
            if (request.method !== 'GET') {
                throw methodNotAllowed(request.method, ['GET', 'PATCH', 'DELETE']);
            }
            // The results were made when the job was created; the first look finds it done.
            if (job.state === 'UploadComplete') {
                jobState(job, 'JobComplete');
            }
            return jsonResponse(200, queryInfo(job));
        }
        if (part !== 'results') {
            throw notFound();
        }
        if (request.method !== 'GET') {
            throw methodNotAllowed(request.method, ['GET']);
        }
        if (job.state !== 'JobComplete') {
            throw new SalesforceError(
                400,
                'INVALIDJOBSTATE',
                `Job ${job.id} is ${job.state}: its results are not ready.`
            );
        }
        const start = Number(request.query.get('locator') ?? 0);
        const maxRecords = Number(request.query.get('maxRecords') ?? DEFAULT_RESULT_PAGE);
        if (!Number.isInteger(start) || start < 0 || start > job.rows.length) {
            throw new SalesforceError(
                400,
                'INVALIDLOCATOR',
                `The locator ${request.query.get('locator')} is not one this job gave.`
            );
        }
        if (!Number.isInteger(maxRecords) || maxRecords < 1) {
            throw new SalesforceError(
                400,
                'INVALIDREQUEST',
                `maxRecords is a whole number from 1, got ${request.query.get('maxRecords')}.`
            );
        }
        const rows = job.rows.slice(start, start + maxRecords);
        const next = start + rows.length;
        return {
            status: 200,
            body: writeCsv(job.columns, rows, job.columnDelimiter, job.lineEnding),
            headers: {
                'Content-Type': 'text/csv',
                'Sforce-Locator': next < job.rows.length ? String(next) : 'null',
                'Sforce-NumberOfRecords': String(rows.length)
            }
        };
    }
}
