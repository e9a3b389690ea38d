/**
 * Every step of a dispute, oldest first, with who and when: raised, each disputed answer added,
 * taken under review, escalated, each answer decided (with the arbitrator's note on it), each
 * overturned answer changed on the assessment, the dispute decided or withdrawn, and the
 * assessment's status moving with it.
 *
 * Field history (`Dispute__History`, `Dispute_Item__History`, `Assessment_Response__History`,
 * `Assessment__History`; the fields the data model tracks) gives each change with its author and
 * time. Where the org serves no history, the steps come from the records' own fields: who raised
 * and when, who added each answer and when, and the decision with its time; a step whose time the
 * records do not keep is listed last, marked so.
 */
import { answerLabel, isDisputeClosed } from 'c/disputeRules';

export interface DisputeRecord {
    readonly name: string;
    readonly createdAt: string;
    readonly createdBy: string | null;
    readonly summary: string | null;
    readonly status: string | null;
    readonly levelLabel: string | null;
    readonly arbitratorName: string | null;
    readonly resolvedAt: string | null;
    readonly resolution: string | null;
}

export interface DisputedAnswerRecord {
    readonly id: string;
    readonly question: string;
    readonly createdAt: string;
    readonly createdBy: string | null;
    readonly original: string | null;
    readonly proposed: string | null;
    readonly reason: string | null;
    readonly outcome: string | null;
    /** Decision_Note__c: the arbitrator's note on the answer, as it is now. */
    readonly note: string | null;
    readonly responseId: string | null;
}

/** One field change: History's ParentId, Field, OldValue, NewValue, CreatedDate, CreatedBy.Name. */
export interface FieldChange {
    readonly parentId: string;
    readonly field: string;
    readonly oldValue: string | null;
    readonly newValue: string | null;
    readonly at: string;
    readonly by: string | null;
}

export interface FieldHistory {
    readonly dispute: readonly FieldChange[];
    readonly answers: readonly FieldChange[];
    readonly responses: readonly FieldChange[];
    readonly assessment: readonly FieldChange[];
}

export interface TimelineStep {
    readonly key: string;
    /** ISO date/time; null when the records do not keep when it happened. */
    readonly at: string | null;
    readonly who: string | null;
    readonly title: string;
    readonly detail: string | null;
}

const LEVEL_LABELS: Readonly<Record<string, string>> = {
    'Level 1': 'Level 1: team lead',
    'Level 2': 'Level 2: QA manager'
};

const STATUS_TITLES: Readonly<Record<string, string>> = {
    'Under Review': 'Taken under review',
    Escalated: 'Escalated to level 2',
    Withdrawn: 'Withdrawn by the agent'
};

const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** The 15-character form of the user ids named by the dispute's history (the arbitrators), to look up. */
export function userIdsInHistory(history: FieldHistory | null): string[] {
    const ids = (history?.dispute ?? [])
        .filter((change) => change.field === 'Arbitrator__c')
        .flatMap((change) => [change.oldValue, change.newValue])
        .filter((value): value is string => value !== null && RECORD_ID.test(value) && value.startsWith('005'));
    return [...new Set(ids)];
}

function statusTitle(status: string | null): string {
    if (status === null) {
        return 'Updated';
    }
    return STATUS_TITLES[status] ?? (isDisputeClosed(status) ? `Decided: ${status}` : `Status: ${status}`);
}

/**
 * One step per save of the dispute (the changes one person made at one moment), named by its status
 * change, with the level and arbitrator set with it as its detail; a moment with two status changes
 * (history keeps times to the second) gives a step for each. Salesforce records a lookup change
 * twice, by name and by id: the name is kept, an id alone is looked up.
 */
function disputeSteps(
    dispute: DisputeRecord,
    changes: readonly FieldChange[],
    userNames: ReadonlyMap<string, string>
): TimelineStep[] {
    const saves = new Map<string, FieldChange[]>();
    for (const change of changes.filter((row) => row.field !== 'created')) {
        const key = `${change.at}|${change.by ?? ''}`;
        saves.set(key, [...(saves.get(key) ?? []), change]);
    }
    return [...saves.entries()].flatMap(([key, rows]) => {
        const details: string[] = [];
        const level = rows.find((row) => row.field === 'Level__c')?.newValue;
        if (level) {
            details.push(LEVEL_LABELS[level] ?? level);
        }
        const arbitrators = rows.filter((row) => row.field === 'Arbitrator__c');
        if (arbitrators.length > 0) {
            const named = arbitrators.find((row) => row.newValue !== null && !RECORD_ID.test(row.newValue));
            const id =
                arbitrators.find((row) => row.newValue !== null && RECORD_ID.test(row.newValue))?.newValue ?? null;
            const name = named?.newValue ?? (id ? (userNames.get(id.slice(0, 15)) ?? id) : null);
            details.push(name ? `Arbitrator: ${name}` : 'Arbitrator: none named');
        }
        const statuses = rows.filter((row) => row.field === 'Status__c').map((row) => row.newValue);
        const step = (status: string | null, index: number, detail: string[]): TimelineStep => ({
            key: `dispute|${key}|${index}`,
            at: rows[0].at,
            who: rows[0].by,
            title: status === null ? (arbitrators.length > 0 ? 'Arbitrator changed' : 'Updated') : statusTitle(status),
            detail: detail.length > 0 ? detail.join('\n') : null
        });
        if (statuses.length === 0) {
            return [step(null, 0, details)];
        }
        return statuses.map((status, index) => {
            const decided = status !== null && isDisputeClosed(status) && status !== 'Withdrawn';
            const detail = [
                ...(index === 0 ? details : []),
                ...(decided && dispute.resolution ? [dispute.resolution] : [])
            ];
            return step(status, index, detail);
        });
    });
}

const NOTE = 'Decision_Note__c';

const sameSave = (a: FieldChange, b: FieldChange): boolean =>
    a.parentId === b.parentId && a.at === b.at && a.by === b.by;

/**
 * The arbitrator's note after a change of it. Salesforce keeps no old or new value for a long text
 * field, only that it changed: then the answer's note as it is now tells it, when no later change
 * followed.
 */
function noteAfter(change: FieldChange, answer: DisputedAnswerRecord, notes: readonly FieldChange[]): string | null {
    if (change.oldValue !== null || change.newValue !== null) {
        return change.newValue;
    }
    const later = notes.filter((other) => other.parentId === change.parentId && other.at > change.at);
    return later.length === 0 ? answer.note : null;
}

/**
 * What a change did to the note: from the values where history kept them, else from the answer's
 * note now when it is the last change; an earlier change without values is only known to be a change.
 */
function noteChange(
    change: FieldChange,
    answer: DisputedAnswerRecord,
    notes: readonly FieldChange[]
): 'written' | 'removed' | 'changed' {
    if (change.oldValue !== null || change.newValue !== null) {
        return change.newValue === null ? 'removed' : 'written';
    }
    const isLast = !notes.some((other) => other.parentId === change.parentId && other.at > change.at);
    if (!isLast) {
        return 'changed';
    }
    return answer.note === null ? 'removed' : 'written';
}

function answerSteps(
    answers: readonly DisputedAnswerRecord[],
    history: FieldHistory,
    raisedAt: string
): TimelineStep[] {
    const byItem = new Map(answers.map((answer) => [answer.id.slice(0, 15), answer]));
    const byResponse = new Map(
        answers
            .filter((answer) => answer.responseId)
            .map((answer) => [(answer.responseId as string).slice(0, 15), answer])
    );
    const notes = history.answers.filter((change) => change.field === NOTE);
    const outcomes = history.answers.filter((change) => change.field === 'Outcome__c');
    const decided = history.answers
        .filter((change) => change.field === 'Outcome__c' || change.field === 'Proposed_Answer__c')
        .flatMap((change): TimelineStep[] => {
            const answer = byItem.get(change.parentId.slice(0, 15));
            if (!answer) {
                return [];
            }
            const title =
                change.field === 'Outcome__c'
                    ? `“${answer.question}”: ${change.newValue ?? 'decision cleared'}`
                    : `“${answer.question}”: proposal changed from ${answerLabel(change.oldValue)} to ${answerLabel(change.newValue)}`;
            // A decision and its note are saved together: the note is the decision's detail.
            const note = change.field === 'Outcome__c' ? notes.find((row) => sameSave(row, change)) : undefined;
            return [
                {
                    key: `answer|${change.parentId}|${change.field}|${change.at}`,
                    at: change.at,
                    who: change.by,
                    title,
                    detail: note ? noteAfter(note, answer, notes) : null
                }
            ];
        });
    // A note saved apart from its answer's decision: on a retry, or edited after it.
    const noted = notes
        .filter((change) => !outcomes.some((outcome) => sameSave(outcome, change)))
        .flatMap((change): TimelineStep[] => {
            const answer = byItem.get(change.parentId.slice(0, 15));
            if (!answer) {
                return [];
            }
            const note = noteAfter(change, answer, notes);
            return [
                {
                    key: `answer|${change.parentId}|${NOTE}|${change.at}`,
                    at: change.at,
                    who: change.by,
                    title: `“${answer.question}”: arbitrator's note ${noteChange(change, answer, notes)}`,
                    detail: note
                }
            ];
        });
    // The disputed answers changed on the assessment since the dispute was raised: the outcome applied.
    const applied = history.responses
        .filter((change) => change.field === 'Answer__c' && change.at >= raisedAt)
        .flatMap((change): TimelineStep[] => {
            const answer = byResponse.get(change.parentId.slice(0, 15));
            if (!answer) {
                return [];
            }
            return [
                {
                    key: `response|${change.parentId}|${change.at}`,
                    at: change.at,
                    who: change.by,
                    title: `Answer to “${answer.question}” changed from ${answerLabel(change.oldValue)} to ${answerLabel(change.newValue)}`,
                    detail: 'The platform rescored the assessment.'
                }
            ];
        });
    return [...decided, ...noted, ...applied];
}

/** The assessment's moves that disputes make: out of Submitted or Disputed, once the dispute is raised. */
function assessmentSteps(history: FieldHistory, raisedAt: string): TimelineStep[] {
    return history.assessment
        .filter(
            (change) =>
                change.field === 'Status__c' &&
                change.at >= raisedAt &&
                (change.oldValue === 'Submitted' || change.oldValue === 'Disputed')
        )
        .map((change) => ({
            key: `assessment|${change.at}|${change.newValue ?? ''}`,
            at: change.at,
            who: change.by,
            title: `Assessment ${change.oldValue ?? ''} → ${change.newValue ?? ''}`,
            detail: null
        }));
}

/** What the records alone say about the review and the decision. */
function stepsFromRecords(dispute: DisputeRecord, answers: readonly DisputedAnswerRecord[]): TimelineStep[] {
    const steps: TimelineStep[] = [];
    if (dispute.levelLabel && dispute.levelLabel.startsWith('Level 2')) {
        steps.push({
            key: 'derived|escalated',
            at: null,
            who: null,
            title: 'Escalated to level 2',
            detail: dispute.levelLabel
        });
    }
    if (isDisputeClosed(dispute.status)) {
        const outcomes = answers
            .filter((answer) => answer.outcome)
            .map((answer) => `“${answer.question}”: ${answer.outcome}${answer.note ? `. ${answer.note}` : ''}`);
        steps.push({
            key: 'derived|closed',
            at: dispute.status === 'Withdrawn' ? null : dispute.resolvedAt,
            who: dispute.status === 'Withdrawn' ? null : dispute.arbitratorName,
            title: statusTitle(dispute.status),
            detail: [...outcomes, ...(dispute.resolution ? [dispute.resolution] : [])].join('\n') || null
        });
    } else if (dispute.status && dispute.status !== 'Open') {
        const by = dispute.arbitratorName ? ` with ${dispute.arbitratorName}` : '';
        steps.push({ key: 'derived|status', at: null, who: null, title: `${dispute.status}${by}`, detail: null });
    }
    return steps;
}

export function disputeTimeline(
    dispute: DisputeRecord,
    answers: readonly DisputedAnswerRecord[],
    history: FieldHistory | null,
    userNames: ReadonlyMap<string, string> = new Map()
): TimelineStep[] {
    const raised: TimelineStep = {
        key: 'raised',
        at: dispute.createdAt,
        who: dispute.createdBy,
        title: `${dispute.name} raised`,
        detail: dispute.summary
    };
    const added = answers.map((answer) => ({
        key: `added|${answer.id}`,
        at: answer.createdAt,
        who: answer.createdBy,
        title: `Disputed “${answer.question}”: ${answerLabel(answer.original)}, proposed ${answerLabel(answer.proposed)}`,
        detail: answer.reason
    }));
    const later = history
        ? [
              ...disputeSteps(dispute, history.dispute, userNames),
              ...answerSteps(answers, history, dispute.createdAt),
              ...assessmentSteps(history, dispute.createdAt)
          ]
        : stepsFromRecords(dispute, answers);
    const timed = [raised, ...added, ...later].filter((step) => step.at !== null);
    // Stable sort: steps of one moment keep the order they happen in (raised, answers, review, decisions).
    timed.sort((a, b) => (a.at as string).localeCompare(b.at as string));
    return [...timed, ...later.filter((step) => step.at === null)];
}
