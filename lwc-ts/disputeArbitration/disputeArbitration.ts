import { LightningElement, api, wire } from 'lwc';
import { gql, graphql, type RefreshableGraphqlResult } from 'lightning/graphql';
import {
    getFieldValue,
    getRecord,
    notifyRecordUpdateAvailable,
    updateRecord,
    type RecordRepresentation,
    type WireResult
} from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import ARBITRATE_DISPUTES from '@salesforce/customPermission/Arbitrate_Disputes';
import { answerLabel, disputeOutcome, isDisputeClosed, isDisputeInReview, sameRecordId } from 'c/disputeRules';
import {
    displayText,
    isChecked,
    numberValue,
    recordId,
    recordNodes,
    textValue,
    type GraphqlNode
} from 'c/graphqlRecords';
import { errorSummary } from 'c/platformErrors';
import {
    assessmentFollowUp,
    decisionProblems,
    decisionSaves,
    escalationSave,
    reviewSave,
    type AnswerDecision,
    type AssessmentFollowUp,
    type DisputeFacts,
    type DisputedAnswer,
    type RecordSave
} from './arbitrationSteps';

const DISPUTE_ARBITRATION_QUERY = gql`
    query disputeArbitration($disputeId: ID, $userId: ID) {
        uiapi {
            query {
                Dispute__c(where: { Id: { eq: $disputeId } }) {
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
                            Arbitrator__c {
                                value
                            }
                            Arbitrator__r {
                                Name {
                                    value
                                }
                            }
                            Assessment__c {
                                value
                            }
                            Assessment__r {
                                Agent__c {
                                    value
                                }
                                Agent__r {
                                    Name {
                                        value
                                    }
                                }
                                Evaluator__r {
                                    Name {
                                        value
                                    }
                                }
                            }
                            Summary__c {
                                value
                            }
                            Resolution__c {
                                value
                            }
                            Resolved_At__c {
                                value
                            }
                            Item_Count__c {
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
                            Name {
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
                            Assessment_Response__c {
                                value
                            }
                            Assessment_Response__r {
                                Answer__c {
                                    value
                                }
                                Comment__c {
                                    value
                                }
                                Evidence__c {
                                    value
                                }
                                Hard_Fail__c {
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
                }
                User(where: { Id: { eq: $userId } }) {
                    edges {
                        node {
                            Id
                            ManagerId {
                                value
                            }
                            Manager {
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

const ASSESSMENT_FIELDS = [
    'Assessment__c.Name',
    'Assessment__c.Status__c',
    'Assessment__c.Score__c',
    'Assessment__c.Band__c',
    'Assessment__c.Auto_Failed__c',
    'Assessment__c.Open_Dispute_Count__c'
];

interface PlatformScore {
    score: number | null;
    band: string;
    autoFailed: boolean;
}

interface AnswerView extends DisputedAnswer {
    key: string;
    heading: string;
    section: string | null;
    hardFail: boolean;
    originalLabel: string;
    proposedLabel: string;
    changedSince: string | null;
    comment: string | null;
    evidence: string | null;
    outcomeLabel: string;
    decisionLabel: string;
    decisionOptions: { label: string; value: string }[];
    decisionValue: string;
    noteLabel: string;
    noteValue: string;
}

/** The platform's words as a sentence, so the component's own can follow them. */
function asSentence(text: string): string {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Saves one after another, each relying on those before it; stops at the first refusal. */
async function saveInOrder(saves: readonly RecordSave[], index = 0): Promise<{ index: number; error: unknown } | null> {
    if (index >= saves.length) {
        return null;
    }
    try {
        await updateRecord({ fields: saves[index].fields });
    } catch (error) {
        return { index, error };
    }
    return saveInOrder(saves, index + 1);
}

function toDisputedAnswer(node: GraphqlNode): DisputedAnswer {
    return {
        itemId: recordId(node) ?? '',
        itemName: textValue(node, 'Name') ?? '',
        question: textValue(node, 'Assessment_Response__r.Scorecard_Item__r.Question__c') ?? 'Untitled item',
        responseId: textValue(node, 'Assessment_Response__c'),
        original: textValue(node, 'Original_Answer__c'),
        proposed: textValue(node, 'Proposed_Answer__c'),
        reason: textValue(node, 'Reason__c'),
        outcome: textValue(node, 'Outcome__c'),
        note: textValue(node, 'Decision_Note__c'),
        currentAnswer: textValue(node, 'Assessment_Response__r.Answer__c')
    };
}

/**
 * The arbitrator's side of a dispute, on the dispute's record page: each disputed answer with the
 * evaluator's answer, comment and evidence beside the agent's proposal and reason; taking the
 * dispute under review, escalating it to level 2, and deciding each answer (Upheld / Overturned)
 * with a note, kept on the answer (Decision_Note__c) and shown under its decision. The dispute's
 * outcome follows from the answers; an overturned answer is changed on its response, so the
 * platform rescores the assessment, and the score before and after is the platform's. Anyone who
 * is neither the dispute's arbitrator nor a holder of Arbitrate_Disputes (and never the assessed
 * agent) sees it read-only.
 */
export default class DisputeArbitration extends LightningElement {
    /** Times in the user's Salesforce time zone, as the record details show them (not the browser's). */
    readonly timeZone = TIME_ZONE;

    @api recordId: string | undefined;

    queryResult: RefreshableGraphqlResult | undefined;
    assessmentRecord: RecordRepresentation | undefined;
    assessmentError: unknown;
    decisions: Record<string, AnswerDecision> = {};
    resolution = '';
    problems: string[] = [];
    actionMessage: string | null = null;
    busy = false;
    scoreBefore: PlatformScore | null = null;

    get queryVariables(): Record<string, unknown> | undefined {
        return this.recordId ? { disputeId: this.recordId, userId: USER_ID } : undefined;
    }

    @wire(graphql, { query: DISPUTE_ARBITRATION_QUERY, variables: '$queryVariables' })
    wiredDispute(result: RefreshableGraphqlResult): void {
        this.queryResult = result;
    }

    @wire(getRecord, { recordId: '$assessmentId', fields: ASSESSMENT_FIELDS })
    wiredAssessment({ data, error }: WireResult<RecordRepresentation>): void {
        this.assessmentRecord = data;
        this.assessmentError = error;
    }

    get isLoading(): boolean {
        return !this.queryResult || (!this.queryResult.data && !this.queryResult.errors);
    }

    get loadError(): string | null {
        return this.queryResult?.errors ? errorSummary(this.queryResult.errors) : null;
    }

    private get dispute(): GraphqlNode | null {
        return this.loadError ? null : (recordNodes(this.queryResult?.data, 'Dispute__c')[0] ?? null);
    }

    get notVisible(): boolean {
        return !this.isLoading && !this.loadError && this.dispute === null;
    }

    get ready(): boolean {
        return this.dispute !== null;
    }

    get assessmentId(): string | undefined {
        return textValue(this.dispute, 'Assessment__c') ?? undefined;
    }

    get disputeName(): string {
        return textValue(this.dispute, 'Name') ?? 'This dispute';
    }

    get status(): string | null {
        return textValue(this.dispute, 'Status__c');
    }

    get statusLabel(): string {
        return displayText(this.dispute, 'Status__c') ?? '';
    }

    get levelLabel(): string {
        return displayText(this.dispute, 'Level__c') ?? '';
    }

    get arbitratorName(): string {
        return textValue(this.dispute, 'Arbitrator__r.Name') ?? 'Not named yet';
    }

    get agentName(): string {
        return textValue(this.dispute, 'Assessment__r.Agent__r.Name') ?? '';
    }

    get evaluatorName(): string {
        return textValue(this.dispute, 'Assessment__r.Evaluator__r.Name') ?? '';
    }

    get summary(): string | null {
        return textValue(this.dispute, 'Summary__c');
    }

    get savedResolution(): string | null {
        return textValue(this.dispute, 'Resolution__c');
    }

    get resolvedAt(): string | null {
        return textValue(this.dispute, 'Resolved_At__c');
    }

    get assessmentName(): string {
        const name = getFieldValue(this.assessmentRecord, 'Assessment__c.Name');
        return typeof name === 'string' ? name : 'The assessment';
    }

    get assessmentLoadError(): string | null {
        return this.assessmentError ? errorSummary(this.assessmentError) : null;
    }

    /** The platform's score as it stands (Score__c, Band__c, Auto_Failed__c). */
    get platformScore(): PlatformScore | null {
        if (!this.assessmentRecord) {
            return null;
        }
        const score = getFieldValue(this.assessmentRecord, 'Assessment__c.Score__c');
        const band = getFieldValue(this.assessmentRecord, 'Assessment__c.Band__c');
        return {
            score: typeof score === 'number' ? score : null,
            band: typeof band === 'string' ? band : '',
            autoFailed: getFieldValue(this.assessmentRecord, 'Assessment__c.Auto_Failed__c') === true
        };
    }

    get showScoreChange(): boolean {
        return this.scoreBefore !== null && this.platformScore !== null;
    }

    private get facts(): DisputeFacts {
        return {
            id: this.recordId ?? '',
            name: this.disputeName,
            arbitratorId: textValue(this.dispute, 'Arbitrator__c')
        };
    }

    /** The named arbitrator, or a holder of Arbitrate_Disputes; never the agent whose work is disputed. */
    get canArbitrate(): boolean {
        if (sameRecordId(textValue(this.dispute, 'Assessment__r.Agent__c'), USER_ID)) {
            return false;
        }
        return ARBITRATE_DISPUTES === true || sameRecordId(this.facts.arbitratorId, USER_ID);
    }

    get readOnlyNote(): string | null {
        if (!this.ready || this.canArbitrate || this.isClosed) {
            return null;
        }
        return `Only the arbitrator (${this.arbitratorName}) or a QA manager decides ${this.disputeName}; you see it as it stands.`;
    }

    get canTakeUnderReview(): boolean {
        return this.canArbitrate && this.status === 'Open';
    }

    get hasNoAnswers(): boolean {
        return (numberValue(this.dispute, 'Item_Count__c') ?? 0) === 0;
    }

    get canDecide(): boolean {
        return this.canArbitrate && isDisputeInReview(this.status);
    }

    get canEscalate(): boolean {
        return this.canDecide && this.status === 'Under Review';
    }

    get isClosed(): boolean {
        return isDisputeClosed(this.status);
    }

    private get levelTwoArbitrator(): { id: string | null; name: string | null } {
        const me = recordNodes(this.queryResult?.data, 'User')[0];
        return { id: textValue(me, 'ManagerId'), name: textValue(me, 'Manager.Name') };
    }

    get escalateLabel(): string {
        const name = this.levelTwoArbitrator.name;
        return name ? `Escalate to ${name} (level 2)` : 'Escalate to level 2';
    }

    private get disputedAnswers(): DisputedAnswer[] {
        return recordNodes(this.queryResult?.data, 'Dispute_Item__c').map(toDisputedAnswer);
    }

    get answers(): AnswerView[] {
        const nodes = recordNodes(this.queryResult?.data, 'Dispute_Item__c');
        return this.disputedAnswers.map((answer, index) => {
            const node = nodes[index];
            const decision = this.decisions[answer.itemId];
            const original = answerLabel(answer.original);
            const proposed = answerLabel(answer.proposed);
            return {
                ...answer,
                key: answer.itemId,
                heading: `${answer.itemName} · ${answer.question}`,
                section: textValue(node, 'Assessment_Response__r.Scorecard_Item__r.Section__c'),
                hardFail: isChecked(node, 'Assessment_Response__r.Hard_Fail__c'),
                originalLabel: original,
                proposedLabel: proposed,
                changedSince:
                    answer.responseId !== null && answer.currentAnswer !== answer.original
                        ? `Now ${answerLabel(answer.currentAnswer)} on the assessment.`
                        : null,
                comment: textValue(node, 'Assessment_Response__r.Comment__c'),
                evidence: textValue(node, 'Assessment_Response__r.Evidence__c'),
                outcomeLabel: answer.outcome ?? 'Not decided yet',
                decisionLabel: `Decision on “${answer.question}”`,
                decisionOptions: [
                    { label: `Upheld: ${original} stands`, value: 'Upheld' },
                    { label: `Overturned: ${proposed} replaces ${original}`, value: 'Overturned' }
                ],
                decisionValue: decision?.outcome ?? answer.outcome ?? '',
                noteLabel: `Note on “${answer.question}” (optional)`,
                noteValue: decision?.note ?? answer.note ?? ''
            };
        });
    }

    get hasAnswers(): boolean {
        return this.disputedAnswers.length > 0;
    }

    /** Every answer's decision: what the arbitrator chose here, else what is saved. */
    private get currentDecisions(): Record<string, AnswerDecision> {
        return Object.fromEntries(
            this.disputedAnswers.map((answer) => [
                answer.itemId,
                this.decisions[answer.itemId] ?? { outcome: answer.outcome ?? '', note: answer.note ?? '' }
            ])
        );
    }

    get outcomePreview(): string {
        try {
            return `Outcome: ${disputeOutcome(Object.values(this.currentDecisions).map((decision) => decision.outcome))}`;
        } catch {
            return 'Outcome: decide every answer first';
        }
    }

    get followUp(): AssessmentFollowUp | null {
        if (!this.canArbitrate || !this.assessmentRecord) {
            return null;
        }
        const status = getFieldValue(this.assessmentRecord, 'Assessment__c.Status__c');
        const open = getFieldValue(this.assessmentRecord, 'Assessment__c.Open_Dispute_Count__c');
        return assessmentFollowUp(
            this.status,
            typeof status === 'string' ? status : null,
            typeof open === 'number' ? open : null
        );
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    handleDecision(event: CustomEvent<{ value: string }>): void {
        this.changeDecision(event, { outcome: event.detail.value });
    }

    handleNote(event: CustomEvent<{ value: string }>): void {
        this.changeDecision(event, { note: event.detail.value ?? '' });
    }

    private changeDecision(event: Event, change: Partial<AnswerDecision>): void {
        const itemId = (event.target as HTMLElement).dataset.itemId ?? '';
        this.decisions = { ...this.decisions, [itemId]: { ...this.currentDecisions[itemId], ...change } };
        this.problems = [];
    }

    handleResolution(event: CustomEvent<{ value: string }>): void {
        this.resolution = event.detail.value ?? '';
        this.problems = [];
    }

    private get arbitrator(): { userId: string; mayArbitrateAny: boolean } {
        return { userId: USER_ID, mayArbitrateAny: ARBITRATE_DISPUTES === true };
    }

    async handleTakeUnderReview(): Promise<void> {
        await this.act([reviewSave(this.facts, this.arbitrator)], `${this.disputeName} is under review.`);
    }

    async handleEscalate(): Promise<void> {
        const levelTwo = this.levelTwoArbitrator;
        const to = levelTwo.name ? ` to ${levelTwo.name}` : '';
        await this.act([escalationSave(this.facts, levelTwo.id)], `${this.disputeName} is escalated${to} (level 2).`);
    }

    async handleRecordDecision(): Promise<void> {
        const decisions = this.currentDecisions;
        this.problems = decisionProblems(this.disputedAnswers, decisions, this.resolution);
        if (this.problems.length > 0) {
            return;
        }
        const { outcome, saves } = decisionSaves(
            this.facts,
            this.arbitrator,
            this.disputedAnswers,
            decisions,
            this.resolution,
            new Date()
        );
        this.scoreBefore = this.platformScore;
        const done = await this.act(saves, `${this.disputeName} is decided: ${outcome}.`);
        if (done) {
            this.decisions = {};
            this.resolution = '';
        }
    }

    async handleFollowUp(): Promise<void> {
        this.busy = true;
        this.actionMessage = null;
        try {
            await this.followUpAssessment();
        } finally {
            this.busy = false;
        }
    }

    /**
     * Runs the saves in order and stops at the first refusal, saying what was saved and what was
     * not; then brings the assessment's status in step with the dispute's.
     */
    private async act(saves: RecordSave[], success: string): Promise<boolean> {
        this.busy = true;
        this.actionMessage = null;
        try {
            const refused = await saveInOrder(saves);
            if (refused) {
                const saved = saves.slice(0, refused.index).map((done) => done.purpose);
                this.actionMessage =
                    `Could not ${saves[refused.index].purpose}: ${asSentence(errorSummary(refused.error))}` +
                    (saved.length > 0
                        ? ` Already saved: ${saved.join('; ')}. Try again to finish.`
                        : ' Nothing was saved.');
                this.toast('Not saved', this.actionMessage, 'error');
                await this.refresh();
                return false;
            }
            await this.refresh();
            this.toast('Saved', success, 'success');
            await this.followUpAssessment();
            return true;
        } finally {
            this.busy = false;
        }
    }

    private async followUpAssessment(): Promise<void> {
        const due = this.followUp;
        if (!due || !this.assessmentId) {
            return;
        }
        try {
            await updateRecord({ fields: { Id: this.assessmentId, Status__c: due.status } });
            await this.refresh();
        } catch (error) {
            this.actionMessage =
                `${this.disputeName} is ${this.statusLabel.toLowerCase()}, but the assessment could not ${due.purpose}: ` +
                `${asSentence(errorSummary(error))} Someone who may edit the assessment can finish with “${due.label}”.`;
            this.toast('Assessment not updated', this.actionMessage, 'warning');
        }
    }

    /** Fresh dispute data, and the assessment re-read so its score is the platform's after the change. */
    private async refresh(): Promise<void> {
        const refreshes: Promise<unknown>[] = [];
        if (this.queryResult) {
            refreshes.push(this.queryResult.refresh());
        }
        if (this.assessmentId) {
            refreshes.push(notifyRecordUpdateAvailable([{ recordId: this.assessmentId }]));
        }
        await Promise.all(refreshes);
    }

    private toast(title: string, message: string, variant: 'success' | 'warning' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
