import { LightningElement, api, wire } from 'lwc';
import { gql, graphql, type GraphqlResult, type RefreshableGraphqlResult } from 'lightning/graphql';
import { displayText, recordId, recordNodes, textValue, type GraphqlNode } from 'c/graphqlRecords';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { errorSummary } from 'c/platformErrors';
import {
    disputeTimeline,
    userIdsInHistory,
    type DisputeRecord,
    type DisputedAnswerRecord,
    type FieldChange,
    type FieldHistory,
    type TimelineStep
} from './disputeTimeline';

const DISPUTE_RECORDS_QUERY = gql`
    query disputeHistoryRecords($disputeId: ID) {
        uiapi {
            query {
                Dispute__c(where: { Id: { eq: $disputeId } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CreatedBy {
                                Name {
                                    value
                                }
                            }
                            Assessment__c {
                                value
                            }
                            Assessment__r {
                                Id
                                Status__c {
                                    value
                                }
                            }
                            Summary__c {
                                value
                            }
                            Status__c {
                                value
                            }
                            Level__c {
                                value
                                displayValue
                            }
                            Arbitrator__r {
                                Name {
                                    value
                                }
                            }
                            Resolved_At__c {
                                value
                            }
                            Resolution__c {
                                value
                            }
                        }
                    }
                }
                Dispute_Item__c(
                    where: { Dispute__c: { eq: $disputeId } }
                    orderBy: { Name: { order: ASC } }
                    first: 200
                ) {
                    edges {
                        node {
                            Id
                            CreatedDate {
                                value
                            }
                            CreatedBy {
                                Name {
                                    value
                                }
                            }
                            Original_Answer__c {
                                value
                            }
                            Proposed_Answer__c {
                                value
                            }
                            Reason__c {
                                value
                            }
                            Outcome__c {
                                value
                            }
                            Decision_Note__c {
                                value
                            }
                            Assessment_Response__c {
                                value
                            }
                            Assessment_Response__r {
                                Scorecard_Item__r {
                                    Question__c {
                                        value
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
`;

// The tracked fields' history (README, "History"), read as the person: each history row is
// visible to whoever reads its record.
const FIELD_HISTORY_QUERY = gql`
    query disputeFieldHistory($disputeId: ID, $assessmentId: ID) {
        uiapi {
            query {
                Dispute__History(
                    where: { ParentId: { eq: $disputeId } }
                    orderBy: { CreatedDate: { order: ASC } }
                    first: 500
                ) {
                    edges {
                        node {
                            Id
                            ParentId {
                                value
                            }
                            Field {
                                value
                            }
                            OldValue {
                                value
                            }
                            NewValue {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CreatedBy {
                                Name {
                                    value
                                }
                            }
                        }
                    }
                }
                Dispute_Item__History(
                    where: { Parent: { Dispute__c: { eq: $disputeId } } }
                    orderBy: { CreatedDate: { order: ASC } }
                    first: 500
                ) {
                    edges {
                        node {
                            Id
                            ParentId {
                                value
                            }
                            Field {
                                value
                            }
                            OldValue {
                                value
                            }
                            NewValue {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CreatedBy {
                                Name {
                                    value
                                }
                            }
                        }
                    }
                }
                Assessment_Response__History(
                    where: {
                        and: [{ Parent: { Assessment__c: { eq: $assessmentId } } }, { Field: { eq: "Answer__c" } }]
                    }
                    orderBy: { CreatedDate: { order: ASC } }
                    first: 500
                ) {
                    edges {
                        node {
                            Id
                            ParentId {
                                value
                            }
                            Field {
                                value
                            }
                            OldValue {
                                value
                            }
                            NewValue {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CreatedBy {
                                Name {
                                    value
                                }
                            }
                        }
                    }
                }
                Assessment__History(
                    where: { and: [{ ParentId: { eq: $assessmentId } }, { Field: { eq: "Status__c" } }] }
                    orderBy: { CreatedDate: { order: ASC } }
                    first: 500
                ) {
                    edges {
                        node {
                            Id
                            ParentId {
                                value
                            }
                            Field {
                                value
                            }
                            OldValue {
                                value
                            }
                            NewValue {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CreatedBy {
                                Name {
                                    value
                                }
                            }
                        }
                    }
                }
            }
        }
    }
`;

const USER_NAMES_QUERY = gql`
    query disputeHistoryUsers($userIds: [ID]) {
        uiapi {
            query {
                User(where: { Id: { in: $userIds } }, first: 50) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

function toChange(node: GraphqlNode): FieldChange {
    return {
        parentId: textValue(node, 'ParentId') ?? '',
        field: textValue(node, 'Field') ?? '',
        oldValue: textValue(node, 'OldValue'),
        newValue: textValue(node, 'NewValue'),
        at: textValue(node, 'CreatedDate') ?? '',
        by: textValue(node, 'CreatedBy.Name')
    };
}

interface StepView extends TimelineStep {
    hasTime: boolean;
}

/**
 * A dispute's history on its record page: every step with who and when, from the tracked fields'
 * history (the dispute, its disputed answers with the arbitrator's notes, the changed answers and
 * the assessment's status).
 * Where history cannot be read, the steps come from the records' own fields, and the component
 * says so.
 */
export default class DisputeHistory extends LightningElement {
    /** Times in the user's Salesforce time zone, as the record details show them (not the browser's). */
    readonly timeZone = TIME_ZONE;

    @api recordId: string | undefined;

    records: GraphqlResult | undefined;
    history: RefreshableGraphqlResult | undefined;
    users: GraphqlResult | undefined;
    historyRefreshError: string | null = null;
    /** The dispute and its answers as last read. */
    private recordsStamp: string | null = null;

    get recordVariables(): Record<string, unknown> | undefined {
        return this.recordId ? { disputeId: this.recordId } : undefined;
    }

    @wire(graphql, { query: DISPUTE_RECORDS_QUERY, variables: '$recordVariables' })
    wiredRecords(result: GraphqlResult): void {
        this.records = result;
        if (!result.data) {
            return;
        }
        // The fields read, not SystemModstamp: a roll-up or a clock held still (the local org's demo) can
        // change a dispute without changing its stamp.
        const stamp = JSON.stringify(result.data);
        if (this.recordsStamp !== null && stamp !== this.recordsStamp && this.history?.data) {
            // The dispute, an answer or the assessment's status changed (a decision taken on this page, the
            // assessment marked Final after it): history has new rows.
            this.history.refresh().then(
                () => {
                    this.historyRefreshError = null;
                },
                (error: unknown) => {
                    this.historyRefreshError = errorSummary(error);
                }
            );
        }
        this.recordsStamp = stamp;
    }

    private get dispute(): GraphqlNode | null {
        return recordNodes(this.records?.data, 'Dispute__c')[0] ?? null;
    }

    /** History waits for the dispute: its assessment's answers and status are part of the story. */
    get historyVariables(): Record<string, unknown> | undefined {
        const assessmentId = textValue(this.dispute, 'Assessment__c');
        return this.recordId && assessmentId ? { disputeId: this.recordId, assessmentId } : undefined;
    }

    @wire(graphql, { query: FIELD_HISTORY_QUERY, variables: '$historyVariables' })
    wiredHistory(result: RefreshableGraphqlResult): void {
        this.history = result;
    }

    private get fieldHistory(): FieldHistory | null {
        if (!this.history?.data || this.history.errors) {
            return null;
        }
        const changes = (objectApiName: string) => recordNodes(this.history?.data, objectApiName).map(toChange);
        return {
            dispute: changes('Dispute__History'),
            answers: changes('Dispute_Item__History'),
            responses: changes('Assessment_Response__History'),
            assessment: changes('Assessment__History')
        };
    }

    /** The arbitrators the history names by id only (the local org records lookups that way). */
    get userVariables(): Record<string, unknown> | undefined {
        const userIds = userIdsInHistory(this.fieldHistory);
        return userIds.length > 0 ? { userIds } : undefined;
    }

    @wire(graphql, { query: USER_NAMES_QUERY, variables: '$userVariables' })
    wiredUsers(result: GraphqlResult): void {
        this.users = result;
    }

    get isLoading(): boolean {
        const pending = (result: GraphqlResult | undefined) => !result || (!result.data && !result.errors);
        return pending(this.records) || (this.dispute !== null && pending(this.history));
    }

    get loadError(): string | null {
        return this.records?.errors ? errorSummary(this.records.errors) : null;
    }

    get notVisible(): boolean {
        return !this.isLoading && !this.loadError && this.dispute === null;
    }

    /** Why the steps come from the records alone, when they do. */
    get historyNote(): string | null {
        if (this.historyRefreshError) {
            return `The latest steps could not be read: ${this.historyRefreshError}`;
        }
        if (!this.history?.errors) {
            return null;
        }
        return (
            `Field history could not be read (${errorSummary(this.history.errors)}), so these steps come from the ` +
            'dispute and its answers themselves; a step whose time they do not keep is listed last.'
        );
    }

    get steps(): StepView[] {
        const dispute = this.dispute;
        if (!dispute || this.isLoading) {
            return [];
        }
        const record: DisputeRecord = {
            name: textValue(dispute, 'Name') ?? 'The dispute',
            createdAt: textValue(dispute, 'CreatedDate') ?? '',
            createdBy: textValue(dispute, 'CreatedBy.Name'),
            summary: textValue(dispute, 'Summary__c'),
            status: textValue(dispute, 'Status__c'),
            levelLabel: displayText(dispute, 'Level__c'),
            arbitratorName: textValue(dispute, 'Arbitrator__r.Name'),
            resolvedAt: textValue(dispute, 'Resolved_At__c'),
            resolution: textValue(dispute, 'Resolution__c')
        };
        const answers: DisputedAnswerRecord[] = recordNodes(this.records?.data, 'Dispute_Item__c').map((node) => ({
            id: recordId(node) ?? '',
            question: textValue(node, 'Assessment_Response__r.Scorecard_Item__r.Question__c') ?? 'An answer',
            createdAt: textValue(node, 'CreatedDate') ?? '',
            createdBy: textValue(node, 'CreatedBy.Name'),
            original: textValue(node, 'Original_Answer__c'),
            proposed: textValue(node, 'Proposed_Answer__c'),
            reason: textValue(node, 'Reason__c'),
            outcome: textValue(node, 'Outcome__c'),
            note: textValue(node, 'Decision_Note__c'),
            responseId: textValue(node, 'Assessment_Response__c')
        }));
        const userNames = new Map(
            recordNodes(this.users?.data, 'User').map((user) => [
                (recordId(user) ?? '').slice(0, 15),
                textValue(user, 'Name') ?? ''
            ])
        );
        return disputeTimeline(record, answers, this.fieldHistory, userNames).map((step) => ({
            ...step,
            hasTime: step.at !== null
        }));
    }
}
