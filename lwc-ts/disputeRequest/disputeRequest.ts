import { LightningElement, api, wire } from 'lwc';
import { gql, graphql, type RefreshableGraphqlResult } from 'lightning/graphql';
import { createRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import {
    answerLabel,
    disputeWindow,
    isDisputeActive,
    isDisputeClosed,
    proposedAnswers,
    sameRecordId,
    type DisputeWindow
} from 'c/disputeRules';
import { displayText, isChecked, recordId, recordNodes, textValue, type GraphqlNode } from 'c/graphqlRecords';
import { errorSummary } from 'c/platformErrors';
import {
    EMPTY_DRAFT,
    disputedAnswerFields,
    draftProblems,
    type AnswerDraft,
    type AssessmentAnswer,
    type DraftProblem
} from './disputeDraft';

const DISPUTE_REQUEST_QUERY = gql`
    query disputeRequest($assessmentId: ID) {
        uiapi {
            query {
                Assessment__c(where: { Id: { eq: $assessmentId } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Status__c {
                                value
                                displayValue
                            }
                            Agent__c {
                                value
                            }
                            Dispute_Deadline__c {
                                value
                            }
                        }
                    }
                }
                Assessment_Response__c(
                    where: { Assessment__c: { eq: $assessmentId } }
                    orderBy: { Scorecard_Item__r: { Order__c: { order: ASC } } }
                    first: 200
                ) {
                    edges {
                        node {
                            Id
                            Answer__c {
                                value
                                displayValue
                            }
                            Answer_Scale__c {
                                value
                            }
                            NA_Allowed__c {
                                value
                            }
                            Coaching_Only__c {
                                value
                            }
                            Comment__c {
                                value
                            }
                            Scorecard_Item__r {
                                Question__c {
                                    value
                                }
                                Section__c {
                                    value
                                }
                            }
                        }
                    }
                }
                Dispute__c(
                    where: { Assessment__c: { eq: $assessmentId } }
                    orderBy: { CreatedDate: { order: DESC } }
                    first: 20
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Status__c {
                                value
                                displayValue
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
                        }
                    }
                }
                Dispute_Item__c(where: { Dispute__r: { Assessment__c: { eq: $assessmentId } } }, first: 200) {
                    edges {
                        node {
                            Id
                            Dispute__c {
                                value
                            }
                            Assessment_Response__c {
                                value
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
                        }
                    }
                }
            }
        }
    }
`;

interface AgentDispute {
    id: string;
    name: string;
    status: string;
    statusLabel: string;
    levelLabel: string;
    arbitratorName: string | null;
}

interface SavedAnswer {
    key: string;
    /** The question, the answer given and the one proposed. */
    claim: string;
    reason: string;
    /** Once decided: the outcome and what it did to the answer. */
    decision: string | null;
    /** Once decided: the arbitrator's note on this answer, if they wrote one. */
    note: string | null;
}

interface AnswerRow {
    key: string;
    responseId: string;
    question: string;
    detail: string;
    comment: string | null;
    checkboxLabel: string;
    proposalLabel: string;
    reasonLabel: string;
    options: { label: string; value: string }[];
    selected: boolean;
    proposed: string;
    reason: string;
    problem: string | null;
}

const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE
});

function toAnswer(node: GraphqlNode): AssessmentAnswer {
    return {
        responseId: recordId(node) ?? '',
        question: textValue(node, 'Scorecard_Item__r.Question__c') ?? 'Untitled item',
        section: textValue(node, 'Scorecard_Item__r.Section__c'),
        answer: textValue(node, 'Answer__c'),
        comment: textValue(node, 'Comment__c'),
        scale: textValue(node, 'Answer_Scale__c'),
        naAllowed: isChecked(node, 'NA_Allowed__c'),
        coachingOnly: isChecked(node, 'Coaching_Only__c')
    };
}

/** What the arbitrator's decision did to a disputed answer, in the agent's words; null while undecided. */
function decisionText(outcome: string | null, original: string, proposed: string): string | null {
    if (outcome === 'Overturned') {
        return `Overturned (${proposed} replaces ${original}).`;
    }
    return outcome === 'Upheld' ? `Upheld (${original} stands).` : null;
}

/**
 * The agent's side of a dispute, on the assessment's record page: inside the dispute window, the
 * assessed agent picks answers to dispute, proposes an answer on each item's scale with a reason,
 * and raises the dispute (Dispute__c, Open, then one Dispute_Item__c per answer). Anyone else, or
 * outside the window, is told why there is no form. The agent follows their dispute here: its
 * status, then each answer's decision with the arbitrator's note.
 *
 * The agent cannot delete a dispute, so a dispute whose answers were not all saved is kept, Open:
 * the form then adds the missing answers to it (the arbitrator cannot take an Open dispute without
 * answers under review), or the agent withdraws it.
 */
export default class DisputeRequest extends LightningElement {
    @api recordId: string | undefined;

    queryResult: RefreshableGraphqlResult | undefined;
    drafts: Record<string, AnswerDraft> = {};
    summary = '';
    problems: DraftProblem[] = [];
    /** Per answer, the platform's refusal from the last attempt to add it. */
    refusals: Record<string, string> = {};
    saveMessage: string | null = null;
    saving = false;
    confirmingWithdrawal = false;

    get queryVariables(): Record<string, unknown> | undefined {
        return this.recordId ? { assessmentId: this.recordId } : undefined;
    }

    @wire(graphql, { query: DISPUTE_REQUEST_QUERY, variables: '$queryVariables' })
    wiredAssessment(result: RefreshableGraphqlResult): void {
        this.queryResult = result;
    }

    get isLoading(): boolean {
        return !this.queryResult || (!this.queryResult.data && !this.queryResult.errors);
    }

    get loadError(): string | null {
        return this.queryResult?.errors ? errorSummary(this.queryResult.errors) : null;
    }

    private get data(): unknown {
        return this.loadError ? undefined : this.queryResult?.data;
    }

    private get assessment(): GraphqlNode | null {
        return recordNodes(this.data, 'Assessment__c')[0] ?? null;
    }

    private get isAgent(): boolean {
        return sameRecordId(textValue(this.assessment, 'Agent__c'), USER_ID);
    }

    get assessmentName(): string {
        return textValue(this.assessment, 'Name') ?? 'this assessment';
    }

    private get answers(): AssessmentAnswer[] {
        return recordNodes(this.data, 'Assessment_Response__c').map(toAnswer);
    }

    /** The assessment's disputes, newest first. */
    private get disputes(): AgentDispute[] {
        return recordNodes(this.data, 'Dispute__c').map((node) => ({
            id: recordId(node) ?? '',
            name: textValue(node, 'Name') ?? 'Your dispute',
            status: textValue(node, 'Status__c') ?? '',
            statusLabel: displayText(node, 'Status__c') ?? '',
            levelLabel: displayText(node, 'Level__c') ?? '',
            arbitratorName: textValue(node, 'Arbitrator__r.Name')
        }));
    }

    get activeDispute(): AgentDispute | null {
        return this.disputes.find((dispute) => isDisputeActive(dispute.status)) ?? null;
    }

    /** The dispute the agent follows here: the active one, else the latest decided one (a withdrawn one is gone). */
    private get shownDispute(): AgentDispute | null {
        return (
            this.activeDispute ??
            this.disputes.find((dispute) => isDisputeClosed(dispute.status) && dispute.status !== 'Withdrawn') ??
            null
        );
    }

    private get window(): DisputeWindow {
        return disputeWindow({
            isAgent: this.isAgent,
            assessmentStatus: textValue(this.assessment, 'Status__c'),
            deadline: textValue(this.assessment, 'Dispute_Deadline__c'),
            now: new Date(),
            formatDateTime: (moment) => dateTimeFormat.format(moment)
        });
    }

    get deadlineText(): string {
        const window = this.window;
        return window.open ? dateTimeFormat.format(window.deadline) : '';
    }

    get notVisible(): boolean {
        return !this.isLoading && !this.loadError && this.assessment === null;
    }

    /** Why there is no form: for anyone but the agent, or with no open dispute of theirs and the window shut. */
    get unavailableReason(): string | null {
        if (this.isLoading || this.loadError || !this.assessment) {
            return null;
        }
        const window = this.window;
        if (window.open) {
            return null;
        }
        if (this.isAgent && this.activeDispute) {
            return this.activeDispute.status === 'Open'
                ? `${window.reason} No more answers can be added to ${this.activeDispute.name}.`
                : null;
        }
        return window.reason;
    }

    get showDispute(): boolean {
        return this.isAgent && this.shownDispute !== null;
    }

    get activeDisputeIsOpen(): boolean {
        return this.activeDispute?.status === 'Open';
    }

    get disputeDescription(): string {
        const dispute = this.shownDispute;
        if (!dispute) {
            return '';
        }
        if (dispute.status === 'Open') {
            return `${dispute.name} is open: it goes to your team lead for review.`;
        }
        if (!isDisputeActive(dispute.status)) {
            const who = dispute.arbitratorName ? ` by ${dispute.arbitratorName}` : '';
            return `${dispute.name} was decided${who} (${dispute.levelLabel}): ${dispute.statusLabel}.`;
        }
        const preposition = dispute.status === 'Escalated' ? 'to' : 'by';
        const who = dispute.arbitratorName ? ` ${preposition} ${dispute.arbitratorName}` : '';
        return `${dispute.name} is ${dispute.statusLabel.toLowerCase()}${who} (${dispute.levelLabel}). You will see each answer's decision here.`;
    }

    /**
     * The answers of the agent's dispute, with their decisions once it is decided (not before: an
     * arbitrator interrupted half-way may still change what they saved).
     */
    get savedAnswers(): SavedAnswer[] {
        const dispute = this.shownDispute;
        if (!dispute) {
            return [];
        }
        const decided = !isDisputeActive(dispute.status);
        const answers = new Map(this.answers.map((answer) => [answer.responseId.slice(0, 15), answer]));
        return recordNodes(this.data, 'Dispute_Item__c')
            .filter((item) => sameRecordId(textValue(item, 'Dispute__c'), dispute.id))
            .map((item) => {
                const answer = answers.get((textValue(item, 'Assessment_Response__c') ?? '').slice(0, 15));
                // The answer as disputed: an overturned one reads differently on the assessment now.
                const original = answerLabel(textValue(item, 'Original_Answer__c') ?? answer?.answer);
                const proposed = answerLabel(textValue(item, 'Proposed_Answer__c'));
                const outcome = decided ? textValue(item, 'Outcome__c') : null;
                const question = answer?.question ?? 'An answer no longer on this assessment';
                return {
                    key: recordId(item) ?? '',
                    claim: `“${question}”: ${original} → you ${decided ? 'proposed' : 'propose'} ${proposed}.`,
                    reason: textValue(item, 'Reason__c') ?? '',
                    decision: decisionText(outcome, original, proposed),
                    note: decided ? textValue(item, 'Decision_Note__c') : null
                };
            });
    }

    get hasSavedAnswers(): boolean {
        return this.savedAnswers.length > 0;
    }

    get showForm(): boolean {
        if (this.isLoading || this.loadError || !this.assessment || !this.isAgent || !this.window.open) {
            return false;
        }
        return this.activeDispute === null || this.activeDispute.status === 'Open';
    }

    /** Answers not yet in the open dispute, each with the agent's draft. */
    get answerRows(): AnswerRow[] {
        const disputed = new Set(
            recordNodes(this.data, 'Dispute_Item__c')
                .filter((item) => sameRecordId(textValue(item, 'Dispute__c'), this.activeDispute?.id))
                .map((item) => (textValue(item, 'Assessment_Response__c') ?? '').slice(0, 15))
        );
        return this.answers
            .filter((answer) => !disputed.has(answer.responseId.slice(0, 15)))
            .map((answer) => {
                const draft = this.drafts[answer.responseId] ?? EMPTY_DRAFT;
                const problems = this.problems
                    .filter((problem) => problem.responseId === answer.responseId)
                    .map((problem) => problem.message);
                const refusal = this.refusals[answer.responseId];
                const detail = [
                    answer.section,
                    `answered ${answerLabel(answer.answer)}`,
                    answer.coachingOnly ? 'coaching only, not scored' : null
                ]
                    .filter((part) => part !== null)
                    .join(' · ');
                return {
                    key: answer.responseId,
                    responseId: answer.responseId,
                    question: answer.question,
                    detail,
                    comment: answer.comment,
                    checkboxLabel: `Dispute “${answer.question}”`,
                    proposalLabel: `Answer you propose for “${answer.question}”`,
                    reasonLabel: `Why you dispute “${answer.question}”`,
                    options: proposedAnswers(answer.scale, answer.naAllowed, answer.answer).map((value) => ({
                        label: answerLabel(value),
                        value
                    })),
                    selected: draft.selected,
                    proposed: draft.proposed,
                    reason: draft.reason,
                    problem: [...problems, ...(refusal ? [`Not saved: ${refusal}`] : [])].join(' ') || null
                };
            });
    }

    get hasAnswerRows(): boolean {
        return this.answerRows.length > 0;
    }

    get formProblems(): string[] {
        return this.problems.map((problem) => problem.message);
    }

    get hasFormProblems(): boolean {
        return this.problems.length > 0;
    }

    get submitLabel(): string {
        return this.activeDispute ? `Add to ${this.activeDispute.name}` : 'Raise dispute';
    }

    get showSummary(): boolean {
        return this.activeDispute === null;
    }

    private updateDraft(event: Event, change: Partial<AnswerDraft>): void {
        const responseId = (event.target as HTMLElement).dataset.responseId ?? '';
        this.drafts = { ...this.drafts, [responseId]: { ...(this.drafts[responseId] ?? EMPTY_DRAFT), ...change } };
        this.problems = this.problems.filter(
            (problem) => problem.responseId !== responseId && problem.responseId !== ''
        );
    }

    handleSelect(event: CustomEvent<{ checked: boolean }>): void {
        this.updateDraft(event, { selected: event.detail.checked });
    }

    handleProposal(event: CustomEvent<{ value: string }>): void {
        this.updateDraft(event, { proposed: event.detail.value });
    }

    handleReason(event: CustomEvent<{ value: string }>): void {
        this.updateDraft(event, { reason: event.detail.value ?? '' });
    }

    handleSummary(event: CustomEvent<{ value: string }>): void {
        this.summary = event.detail.value ?? '';
    }

    async handleSubmit(): Promise<void> {
        const answers = this.answerRows.map((row) =>
            this.answers.find((answer) => answer.responseId === row.responseId)!
        );
        this.problems = draftProblems(answers, this.drafts);
        this.saveMessage = null;
        if (this.problems.length > 0) {
            return;
        }
        this.saving = true;
        try {
            const dispute = this.activeDispute ?? (await this.raiseDispute());
            if (dispute) {
                await this.addAnswers(
                    dispute,
                    answers.filter((answer) => this.drafts[answer.responseId]?.selected)
                );
            }
        } finally {
            this.saving = false;
        }
    }

    /** Creates the Open dispute; on refusal says so and returns null, with nothing saved. */
    private async raiseDispute(): Promise<{ id: string; name: string } | null> {
        const fields: Record<string, unknown> = { Assessment__c: this.recordId, Status__c: 'Open' };
        if (this.summary.trim() !== '') {
            fields.Summary__c = this.summary.trim();
        }
        try {
            const record = await createRecord({ apiName: 'Dispute__c', fields });
            const name = record.fields?.Name?.value;
            return { id: record.id, name: typeof name === 'string' ? name : 'Your dispute' };
        } catch (error) {
            this.saveMessage = `The dispute was not raised, and nothing was saved: ${errorSummary(error)}`;
            this.toast('Dispute not raised', this.saveMessage, 'error');
            return null;
        }
    }

    /**
     * Adds each disputed answer in turn (one at a time: they all update the same dispute's counts),
     * keeping on after a refusal so the agent learns about every answer at once.
     */
    private async addAnswers(dispute: { id: string; name: string }, answers: AssessmentAnswer[]): Promise<void> {
        const refusals: Record<string, string> = {};
        const drafts = { ...this.drafts };
        await answers.reduce(async (previous, answer) => {
            await previous;
            try {
                await createRecord({
                    apiName: 'Dispute_Item__c',
                    fields: disputedAnswerFields(dispute.id, answer, drafts[answer.responseId])
                });
                delete drafts[answer.responseId];
            } catch (error) {
                refusals[answer.responseId] = errorSummary(error);
            }
        }, Promise.resolve());
        this.drafts = drafts;
        this.refusals = refusals;
        const refused = Object.keys(refusals).length;
        if (refused === 0) {
            this.summary = '';
            this.toast(
                'Dispute raised',
                `${dispute.name}: ${answers.length} answer${answers.length === 1 ? '' : 's'} disputed.`,
                'success'
            );
        } else {
            this.saveMessage =
                `${dispute.name} is saved, but ${refused} of ${answers.length} answers were not added (each says why below). ` +
                'Fix them and add them again, or withdraw the dispute.';
            this.toast('Dispute incomplete', this.saveMessage, 'warning');
        }
        await this.refresh();
    }

    handleWithdrawRequest(): void {
        this.confirmingWithdrawal = true;
    }

    handleWithdrawCancel(): void {
        this.confirmingWithdrawal = false;
    }

    async handleWithdrawConfirm(): Promise<void> {
        const dispute = this.activeDispute;
        if (!dispute) {
            return;
        }
        this.saving = true;
        this.saveMessage = null;
        try {
            await updateRecord({ fields: { Id: dispute.id, Status__c: 'Withdrawn' } });
            this.confirmingWithdrawal = false;
            this.refusals = {};
            this.toast('Dispute withdrawn', `${dispute.name} is withdrawn.`, 'success');
            await this.refresh();
        } catch (error) {
            this.saveMessage = `${dispute.name} was not withdrawn: ${errorSummary(error)}`;
            this.toast('Dispute not withdrawn', this.saveMessage, 'error');
        } finally {
            this.saving = false;
        }
    }

    /**
     * Reads the dispute again, and tells the page the assessment changed: its dispute counts roll up
     * from it. What was saved stays saved if this fails: the card says so rather than report a failed save.
     */
    private async refresh(): Promise<void> {
        const refreshes: Promise<unknown>[] = [this.queryResult?.refresh() ?? Promise.resolve()];
        if (this.recordId) {
            refreshes.push(notifyRecordUpdateAvailable([{ recordId: this.recordId }]));
        }
        try {
            await Promise.all(refreshes);
        } catch (error) {
            this.saveMessage = `Saved, but the card could not read the dispute again: ${errorSummary(error)} Reload the page.`;
        }
    }

    private toast(title: string, message: string, variant: 'success' | 'warning' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
