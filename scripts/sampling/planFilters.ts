import { JobError } from '../cli/exitCodes';
import { soqlString } from '../jobs/recordWriter';

/**
 * A sampling plan's structured filters and exclusions, read from the JSON in
 * Filter_Definition__c and Exclusions__c and turned into SOQL conditions on Interaction__c. A
 * manager chooses values, never SOQL: every key maps to a fixed field, every value is checked and
 * quoted with soqlString, and anything unknown is refused with the plan and key named.
 *
 * Filter_Definition__c: { "channel": "Phone" | ["Phone", "Chat"], "queue": …, "caseReason": …,
 *   "caseType": …, "recordType": …, "aiFlaggedOnly": true, "stratifyBy": "channel" | "queue" | … }
 * Exclusions__c: { "agents": [user ids], "queues": [names], "cases": [case ids] }
 * The date window is the plan's lookback (Lookback_Days__c), not a filter.
 */
export const FILTER_FIELDS = {
    channel: 'Channel__c',
    queue: 'Queue__c',
    caseReason: 'Case__r.Reason',
    caseType: 'Case__r.Type',
    // Case record types exist only in orgs that define them; the local org has none and says so.
    recordType: 'Case__r.RecordType.DeveloperName'
} as const;

export type FilterName = keyof typeof FILTER_FIELDS;

export interface PlanFilters {
    /** Field path → the values it may take (any of them). */
    readonly valuesByField: ReadonlyMap<string, readonly string[]>;
    readonly aiFlaggedOnly: boolean;
    /** The filter name the sample is stratified by, and the field path that holds it; null when not. */
    readonly stratifyBy: { readonly name: FilterName; readonly field: string } | null;
    readonly excludedAgents: readonly string[];
    readonly excludedQueues: readonly string[];
    readonly excludedCases: readonly string[];
}

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const MAX_VALUE_LENGTH = 255;

function parseJson(planName: string, fieldName: string, text: string | null | undefined): Record<string, unknown> {
    if (text === null || text === undefined || text.trim() === '') {
        return {};
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        throw new JobError(`Plan "${planName}": ${fieldName} is not valid JSON (${(error as Error).message}).`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new JobError(`Plan "${planName}": ${fieldName} must be a JSON object, got ${text.slice(0, 80)}.`);
    }
    return value as Record<string, unknown>;
}

function textValues(planName: string, where: string, value: unknown): string[] {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) {
        throw new JobError(`Plan "${planName}": ${where} is an empty list; leave it out to take every value.`);
    }
    return list.map((item) => {
        if (typeof item !== 'string' || item.trim() === '' || item.length > MAX_VALUE_LENGTH) {
            throw new JobError(
                `Plan "${planName}": ${where} takes text values of 1 to ${MAX_VALUE_LENGTH} characters, got ${JSON.stringify(item)}.`
            );
        }
        return item;
    });
}

function idValues(planName: string, where: string, value: unknown): string[] {
    return textValues(planName, where, value).map((id) => {
        if (!SALESFORCE_ID.test(id)) {
            throw new JobError(`Plan "${planName}": ${where} holds "${id}", which is not a record id.`);
        }
        return id;
    });
}

const isFilterName = (key: string): key is FilterName => Object.prototype.hasOwnProperty.call(FILTER_FIELDS, key);

/** Reads and checks the plan's filters and exclusions; throws a JobError naming the plan and the key. */
export function readPlanFilters(
    planName: string,
    filterDefinition: string | null | undefined,
    exclusions: string | null | undefined
): PlanFilters {
    const filters = parseJson(planName, 'Filter_Definition__c', filterDefinition);
    const valuesByField = new Map<string, string[]>();
    let aiFlaggedOnly = false;
    let stratifyBy: PlanFilters['stratifyBy'] = null;
    for (const [key, value] of Object.entries(filters)) {
        if (isFilterName(key)) {
            valuesByField.set(FILTER_FIELDS[key], textValues(planName, `filter ${key}`, value));
        } else if (key === 'aiFlaggedOnly') {
            if (typeof value !== 'boolean') {
                throw new JobError(`Plan "${planName}": filter aiFlaggedOnly is true or false, got ${String(value)}.`);
            }
            aiFlaggedOnly = value;
        } else if (key === 'stratifyBy') {
            if (value === null) {
                continue;
            }
            if (typeof value !== 'string' || !isFilterName(value)) {
                throw new JobError(
                    `Plan "${planName}": stratifyBy is one of ${Object.keys(FILTER_FIELDS).join(', ')}, got ${JSON.stringify(value)}.`
                );
            }
            stratifyBy = { name: value, field: FILTER_FIELDS[value] };
        } else {
            throw new JobError(
                `Plan "${planName}": Filter_Definition__c has an unknown key "${key}" (known: ${[...Object.keys(FILTER_FIELDS), 'aiFlaggedOnly', 'stratifyBy'].join(', ')}).`
            );
        }
    }
    const excluded = parseJson(planName, 'Exclusions__c', exclusions);
    const lists = { agents: [] as string[], queues: [] as string[], cases: [] as string[] };
    for (const [key, value] of Object.entries(excluded)) {
        if (key === 'agents' || key === 'cases') {
            lists[key] = idValues(planName, `exclusion ${key}`, value);
        } else if (key === 'queues') {
            lists.queues = textValues(planName, 'exclusion queues', value);
        } else {
            throw new JobError(
                `Plan "${planName}": Exclusions__c has an unknown key "${key}" (known: agents, queues, cases).`
            );
        }
    }
    return {
        valuesByField,
        aiFlaggedOnly,
        stratifyBy,
        excludedAgents: lists.agents,
        excludedQueues: lists.queues,
        excludedCases: lists.cases
    };
}

const inList = (values: readonly string[]): string => `(${values.map(soqlString).join(', ')})`;

/** The SOQL conditions the filters and exclusions put on Interaction__c, joined by AND. */
export function filterConditions(filters: PlanFilters): string[] {
    const conditions: string[] = [];
    filters.valuesByField.forEach((values, field) => {
        conditions.push(values.length === 1 ? `${field} = ${soqlString(values[0])}` : `${field} IN ${inList(values)}`);
    });
    if (filters.aiFlaggedOnly) {
        conditions.push('AI_Flagged__c = true');
    }
    if (filters.excludedAgents.length > 0) {
        conditions.push(`Agent__c NOT IN ${inList(filters.excludedAgents)}`);
    }
    if (filters.excludedQueues.length > 0) {
        // An interaction with no queue is not in an excluded queue; NOT IN alone would drop it in SQL terms.
        conditions.push(`(Queue__c = null OR Queue__c NOT IN ${inList(filters.excludedQueues)})`);
    }
    if (filters.excludedCases.length > 0) {
        conditions.push(`Case__c NOT IN ${inList(filters.excludedCases)}`);
    }
    return conditions;
}
