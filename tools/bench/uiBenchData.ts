/**
 * The data `npm run bench:ui` opens: a 60-item scorecard (four sections, every answer scale,
 * hard-fail, N/A and coaching-only items, guidance on each), activated, and one assessment on it
 * assigned to the evaluator persona, over a case whose interaction has a 40-turn transcript.
 * Written through jsforce (the scorecard by the QA admin, who alone activates scorecards; the rest by
 * the system administrator), so every rule of the package applies as it would to real data.
 */
import type { Connection } from 'jsforce';

export const BENCH_ITEM_COUNT = 60;
const SECTIONS = ['Compliance', 'Resolution', 'Conversation', 'Wrap-up'];
const SCALES = ['YesNo', 'YesPartialNo', 'OneToFive'] as const;

export interface BenchAssessment {
    assessmentId: string;
}

interface SaveResult {
    id?: string;
    success: boolean;
    errors?: unknown[];
}

function savedIds(what: string, results: SaveResult | SaveResult[]): string[] {
    const list = Array.isArray(results) ? results : [results];
    const failed = list.find((result) => !result.success);
    if (failed) {
        throw new Error(`The benchmark could not create its ${what}: ${JSON.stringify(failed.errors)}`);
    }
    return list.map((result) => result.id as string);
}

function scorecardItems(scorecardId: string): Record<string, unknown>[] {
    return Array.from({ length: BENCH_ITEM_COUNT }, (_, index) => {
        const coachingOnly = index % 15 === 14;
        return {
            Name: `Item ${index + 1}`,
            Item_Key__c: `BENCH-UI-${index + 1}`,
            Scorecard__c: scorecardId,
            Section__c: SECTIONS[Math.floor((index * SECTIONS.length) / BENCH_ITEM_COUNT)],
            Order__c: index + 1,
            Question__c: `Behaviour ${index + 1}: the agent did what the standard asks at this step of the contact`,
            Guidance__c: `Yes: fully and unprompted. Partial: late or incomplete. No: missing. (Item ${index + 1})`,
            Points__c: coachingOnly ? 0 : 5 + (index % 4) * 5,
            Answer_Scale__c: SCALES[index % SCALES.length],
            Hard_Fail__c: !coachingOnly && index % 20 === 0,
            NA_Allowed__c: index % 4 === 3,
            Coaching_Only__c: coachingOnly
        };
    });
}

function transcript(): string {
    return Array.from({ length: 40 }, (_, turn) =>
        turn % 2 === 0
            ? `Agent: Turn ${turn + 1}, I can help with that; let me check the account and the last invoice.`
            : `Customer: Turn ${turn + 1}, I was charged twice this month and I would like it refunded.`
    ).join('\n');
}

/** Creates the scorecard, its items, a case with its interaction, and the assigned assessment. */
export async function createBenchAssessment(
    conn: Connection,
    scorecardBuilder: Connection,
    evaluatorId: string,
    agentId: string,
    now: Date
): Promise<BenchAssessment> {
    const [scorecardId] = savedIds(
        'scorecard',
        (await scorecardBuilder.sobject('Scorecard__c').create({
            Name: 'Bench Phone scorecard',
            Scorecard_Key__c: 'BENCH-UI',
            Channel__c: 'Phone',
            Interaction_Type__c: 'Bench',
            Status__c: 'Draft',
            Version__c: 1,
            Pass_Threshold__c: 80,
            Auto_Fail_Threshold__c: 70
        })) as SaveResult
    );
    savedIds(
        'scorecard items',
        (await scorecardBuilder.sobject('Scorecard_Item__c').create(scorecardItems(scorecardId), {
            allOrNone: true
        })) as SaveResult[]
    );
    savedIds(
        'active scorecard',
        (await scorecardBuilder.sobject('Scorecard__c').update({
            Id: scorecardId,
            Status__c: 'Active',
            Activated_At__c: now.toISOString(),
            Active_Channel_Key__c: 'Phone|Bench'
        })) as SaveResult
    );
    const [caseId] = savedIds(
        'case',
        (await conn.sobject('Case').create({ Subject: 'Charged twice', Status: 'New', Origin: 'Phone' })) as SaveResult
    );
    const [interactionId] = savedIds(
        'interaction',
        (await conn.sobject('Interaction__c').create({
            Name: 'Bench call',
            Case__c: caseId,
            Agent__c: agentId,
            Channel__c: 'Phone',
            Started_At__c: now.toISOString(),
            Transcript__c: transcript()
        })) as SaveResult
    );
    const [assessmentId] = savedIds(
        'assessment',
        (await conn.sobject('Assessment__c').create({
            Case__c: caseId,
            Interaction__c: interactionId,
            Scorecard__c: scorecardId,
            Agent__c: agentId,
            Evaluator__c: evaluatorId,
            OwnerId: evaluatorId,
            Status__c: 'Assigned'
        })) as SaveResult
    );
    return { assessmentId };
}
