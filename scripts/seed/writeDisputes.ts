import type { Connection } from 'jsforce';
import { JobError } from '../cli/exitCodes';
import { COLLECTION_SIZE, queryAllRecords, soqlString, upsertRecords, type RecordValues } from '../jobs/recordWriter';
import type { SeedDispute } from './seedModel';

/**
 * Past disputes, written along the path the data model lays down, each step keyed so a re-run
 * or a resumed run picks up where the last one stopped: the dispute raised Open with its answers;
 * the assessment Disputed; the dispute Under Review by the team lead, then Escalated to the QA
 * manager where it was; every answer's outcome with the arbitrator's note; an overturned answer
 * changed on the response (so its history shows both, and the score follows); the dispute
 * decided; the assessment Final.
 *
 * Raising a dispute for the agent, after its window, is what the Load_QA_History permission
 * allows: the running user must hold the Verity_History_Loader permission set.
 */
export const HISTORY_LOADER = 'Verity_History_Loader';

type DisputeStatus = 'Open' | 'Under Review' | 'Escalated' | SeedDispute['outcome'] | 'Withdrawn';
const DECIDED: readonly DisputeStatus[] = ['Upheld', 'Overturned', 'Partially Upheld'];

export interface DisputeIds {
    /** Assessment Id by assessment key. */
    assessmentIds: Map<string, string>;
    /** Scorecard item Id by item key. */
    itemIds: Map<string, string>;
    /** User Id by username. */
    userIds: Map<string, string>;
}

export interface WrittenDisputes {
    /** Seeded disputes present in the org. */
    disputes: number;
    created: number;
}

/** Refuses, before anything is written, a running user who cannot load past disputes. */
export async function requireHistoryLoader(conn: Connection, userId: string, targetOrg?: string): Promise<void> {
    const held = await queryAllRecords<{ Id: string }>(
        conn,
        `SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = ${soqlString(userId)} AND PermissionSet.Name = ${soqlString(HISTORY_LOADER)}`
    );
    if (held.length > 0) {
        return;
    }
    const fix = targetOrg
        ? `assign it with: sf org assign permset --name ${HISTORY_LOADER} --target-org ${targetOrg}`
        : `this local org was created before its admin was given it: start it afresh with npx verity local reset`;
    throw new JobError(
        `The seed loads past disputes, which needs the ${HISTORY_LOADER} permission set (custom permission Load_QA_History) for the running user ${userId}: ${fix}.`
    );
}

async function rowsByKey<T extends RecordValues>(
    conn: Connection,
    objectName: string,
    keyField: string,
    fields: string,
    keys: string[]
): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    for (let i = 0; i < keys.length; i += COLLECTION_SIZE) {
        const values = keys
            .slice(i, i + COLLECTION_SIZE)
            .map(soqlString)
            .join(', ');
        const rows = await queryAllRecords<T>(
            conn,
            `SELECT ${fields}, ${keyField} FROM ${objectName} WHERE ${keyField} IN (${values})`
        );
        rows.forEach((row) => found.set(String(row[keyField]), row));
    }
    return found;
}

export async function writeDisputes(
    conn: Connection,
    disputes: readonly SeedDispute[],
    ids: DisputeIds
): Promise<WrittenDisputes> {
    const assessmentId = (d: SeedDispute): string => ids.assessmentIds.get(d.assessmentKey) as string;
    const userId = (username: string): string => ids.userIds.get(username) as string;
    const responseKey = (d: SeedDispute, itemKey: string): string =>
        `${assessmentId(d)}:${ids.itemIds.get(itemKey) as string}`;

    const assessments = await rowsByKey<{ Assessment_Key__c: string; Status__c: string }>(
        conn,
        'Assessment__c',
        'Assessment_Key__c',
        'Status__c',
        disputes.map((d) => d.assessmentKey)
    );
    const assessmentStatus = new Map([...assessments].map(([key, row]) => [key, row.Status__c]));
    const existing = await rowsByKey<{ Id: string; Status__c: DisputeStatus }>(
        conn,
        'Dispute__c',
        'Dispute_Key__c',
        'Id, Status__c',
        disputes.map((d) => d.key)
    );
    const status = new Map([...existing].map(([key, row]) => [key, row.Status__c]));
    const disputeIds = new Map([...existing].map(([key, row]) => [key, row.Id]));
    let created = 0;

    // Raised by the agent on a Submitted assessment (a dispute that was never raised on one that
    // has moved on since is left out).
    const raised = await upsertRecords(
        conn,
        'Dispute__c',
        'Dispute_Key__c',
        disputes
            .filter((d) => !status.has(d.key) && assessmentStatus.get(d.assessmentKey) === 'Submitted')
            .map((d) => ({
                Dispute_Key__c: d.key,
                Assessment__c: assessmentId(d),
                Status__c: 'Open',
                Level__c: 'Level 1',
                Summary__c: d.summary
            }))
    );
    created += raised.created;
    raised.idsByKey.forEach((id, key) => {
        disputeIds.set(key, id);
        status.set(key, 'Open');
    });
    const present = disputes.filter((d) => disputeIds.has(d.key));
    const responses = await rowsByKey<{ Id: string; Response_Key__c: string }>(
        conn,
        'Assessment_Response__c',
        'Response_Key__c',
        'Id',
        present.flatMap((d) => d.answers.map((a) => responseKey(d, a.itemKey)))
    );
    const itemKey = (d: SeedDispute, answerItemKey: string): string =>
        `${disputeIds.get(d.key) as string}:${(responses.get(responseKey(d, answerItemKey)) as { Id: string }).Id}`;
    const inStatus = (...wanted: DisputeStatus[]): SeedDispute[] =>
        present.filter((d) => wanted.includes(status.get(d.key) as DisputeStatus));
    const moveDisputes = async (moving: SeedDispute[], values: (d: SeedDispute) => RecordValues): Promise<void> => {
        await upsertRecords(
            conn,
            'Dispute__c',
            'Dispute_Key__c',
            moving.map((d) => ({ Dispute_Key__c: d.key, ...values(d) }))
        );
        moving.forEach((d) => status.set(d.key, values(d).Status__c as DisputeStatus));
    };
    const moveAssessments = async (moving: SeedDispute[], to: string): Promise<void> => {
        await upsertRecords(
            conn,
            'Assessment__c',
            'Assessment_Key__c',
            moving.map((d) => ({ Assessment_Key__c: d.assessmentKey, Status__c: to }))
        );
        moving.forEach((d) => assessmentStatus.set(d.assessmentKey, to));
    };

    // The disputed answers, added while the dispute is Open; the original answer is copied.
    const open = inStatus('Open');
    created += (
        await upsertRecords(
            conn,
            'Dispute_Item__c',
            'Item_Key__c',
            open.flatMap((d) =>
                d.answers.map((a) => ({
                    Item_Key__c: itemKey(d, a.itemKey),
                    Dispute__c: disputeIds.get(d.key),
                    Assessment_Response__c: (responses.get(responseKey(d, a.itemKey)) as { Id: string }).Id,
                    Original_Answer__c: a.originalAnswer,
                    Proposed_Answer__c: a.proposedAnswer,
                    Reason__c: a.reason
                }))
            ),
            { leaveExisting: true }
        )
    ).created;
    await moveAssessments(
        open.filter((d) => assessmentStatus.get(d.assessmentKey) === 'Submitted'),
        'Disputed'
    );
    await moveDisputes(open, (d) => ({ Status__c: 'Under Review', Arbitrator__c: userId(d.reviewerUsername) }));
    await moveDisputes(
        inStatus('Under Review').filter((d) => d.escalatedToUsername !== null),
        (d) => ({ Status__c: 'Escalated', Level__c: 'Level 2', Arbitrator__c: userId(d.escalatedToUsername as string) })
    );

    // The arbitrator's decision on each answer, with their note; an overturned one takes the proposed answer.
    const deciding = inStatus('Under Review', 'Escalated');
    await upsertRecords(
        conn,
        'Dispute_Item__c',
        'Item_Key__c',
        deciding.flatMap((d) =>
            d.answers.map((a) => ({
                Item_Key__c: itemKey(d, a.itemKey),
                Outcome__c: a.outcome,
                ...(a.note === null ? {} : { Decision_Note__c: a.note })
            }))
        )
    );
    await upsertRecords(
        conn,
        'Assessment_Response__c',
        'Response_Key__c',
        deciding.flatMap((d) =>
            d.answers
                .filter((a) => a.outcome === 'Overturned')
                .map((a) => ({ Response_Key__c: responseKey(d, a.itemKey), Answer__c: a.proposedAnswer }))
        )
    );
    await moveDisputes(deciding, (d) => ({
        Status__c: d.outcome,
        Resolution__c: d.resolution,
        Resolved_At__c: d.resolvedAt
    }));
    await moveAssessments(
        present.filter(
            (d) =>
                DECIDED.includes(status.get(d.key) as DisputeStatus) &&
                assessmentStatus.get(d.assessmentKey) === 'Disputed'
        ),
        'Final'
    );
    return { disputes: present.length, created };
}
