import type { Connection } from 'jsforce';
import { JobError, UsageError } from '../cli/exitCodes';
import { queryAllRecords, soqlString } from '../jobs/recordWriter';
import type { RetryOptions } from '../jobs/retry';
import type { Cadence } from './samplingPeriod';

/** The Sampling_Plan__c fields a run reads. */
export interface PlanRecord {
    Id: string;
    Name: string;
    Active__c: boolean;
    Cadence__c: Cadence | null;
    Quota_Type__c: 'Per Agent' | 'Percentage' | null;
    Per_Agent_Quota__c: number | null;
    /** As shown: 10 means 10 %. */
    Sample_Percentage__c: number | null;
    Lookback_Days__c: number | null;
    Next_Run_At__c: string | null;
    Filter_Definition__c: string | null;
    Exclusions__c: string | null;
    Prioritize_AI_Flags__c: boolean;
    Exclude_Own_Supervisor__c: boolean;
    Scorecard__c: string;
    Scorecard__r: { Name: string; Status__c: string } | null;
}

const PLAN_FIELDS = [
    'Id',
    'Name',
    'Active__c',
    'Cadence__c',
    'Quota_Type__c',
    'Per_Agent_Quota__c',
    'Sample_Percentage__c',
    'Lookback_Days__c',
    'Next_Run_At__c',
    'Filter_Definition__c',
    'Exclusions__c',
    'Prioritize_AI_Flags__c',
    'Exclude_Own_Supervisor__c',
    'Scorecard__c',
    'Scorecard__r.Name',
    'Scorecard__r.Status__c'
].join(', ');

/** A datetime literal for SOQL (UTC, no quotes). */
export const soqlDateTime = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The active plans whose next run is due at `now`, by name. */
export function duePlans(conn: Connection, now: Date, retry?: RetryOptions): Promise<PlanRecord[]> {
    return queryAllRecords<PlanRecord>(
        conn,
        `SELECT ${PLAN_FIELDS} FROM Sampling_Plan__c WHERE Active__c = true AND Next_Run_At__c <= ${soqlDateTime(now)} ORDER BY Name, Id`,
        retry
    );
}

/** The plan with this name; a name nobody has, or two plans sharing it, is bad input. */
export async function namedPlan(conn: Connection, name: string, retry?: RetryOptions): Promise<PlanRecord> {
    const plans = await queryAllRecords<PlanRecord>(
        conn,
        `SELECT ${PLAN_FIELDS} FROM Sampling_Plan__c WHERE Name = ${soqlString(name)} ORDER BY Id`,
        retry
    );
    if (plans.length === 0) {
        throw new UsageError(`No sampling plan is named "${name}".`);
    }
    if (plans.length > 1) {
        throw new UsageError(
            `${plans.length} sampling plans are named "${name}" (${plans.map((plan) => plan.Id).join(', ')}): rename one.`
        );
    }
    return plans[0];
}

/** What a run needs from the plan, checked: a JobError names the plan and what is missing. */
export interface PlanSettings {
    cadence: Cadence;
    lookbackDays: number;
    quota: { perAgent: number } | { percent: number };
}

export function readPlanSettings(plan: PlanRecord): PlanSettings {
    const named = `Plan "${plan.Name}"`;
    if (plan.Cadence__c !== 'Daily' && plan.Cadence__c !== 'Weekly' && plan.Cadence__c !== 'Monthly') {
        throw new JobError(`${named} has no cadence (Daily, Weekly or Monthly), got ${String(plan.Cadence__c)}.`);
    }
    const lookbackDays = plan.Lookback_Days__c;
    if (lookbackDays === null || !Number.isInteger(lookbackDays) || lookbackDays < 1) {
        throw new JobError(`${named} needs a lookback of at least one whole day, got ${String(lookbackDays)}.`);
    }
    if (plan.Scorecard__r?.Status__c !== 'Active') {
        throw new JobError(
            `${named} samples for scorecard "${plan.Scorecard__r?.Name ?? plan.Scorecard__c}", which is ${plan.Scorecard__r?.Status__c ?? 'not readable'}: assessments need an Active scorecard.`
        );
    }
    if (plan.Quota_Type__c === 'Per Agent') {
        const perAgent = plan.Per_Agent_Quota__c;
        if (perAgent === null || !Number.isInteger(perAgent) || perAgent < 1) {
            throw new JobError(`${named} is per agent but its quota is ${String(perAgent)}; it needs 1 or more.`);
        }
        return { cadence: plan.Cadence__c, lookbackDays, quota: { perAgent } };
    }
    if (plan.Quota_Type__c === 'Percentage') {
        const percent = plan.Sample_Percentage__c;
        if (percent === null || !(percent > 0 && percent <= 100)) {
            throw new JobError(`${named} is a percentage plan but its percentage is ${String(percent)}.`);
        }
        return { cadence: plan.Cadence__c, lookbackDays, quota: { percent } };
    }
    throw new JobError(`${named} has no quota type (Per Agent or Percentage).`);
}
