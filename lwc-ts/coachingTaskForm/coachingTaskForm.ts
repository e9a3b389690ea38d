import { LightningElement, api, wire } from 'lwc';
import { gql, graphql, type GraphqlResult } from 'lightning/graphql';
import {
    createRecord,
    getFieldValue,
    getRecordCreateDefaults,
    notifyRecordUpdateAvailable,
    type RecordDefaultsRepresentation,
    type RecordRepresentation,
    type WireResult
} from 'lightning/uiRecordApi';
import { getObjectInfo, type ObjectInfo } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import COACHING_TASK from '@salesforce/schema/Coaching_Task__c';
import NAME from '@salesforce/schema/Coaching_Task__c.Name';
import ASSESSMENT from '@salesforce/schema/Coaching_Task__c.Assessment__c';
import AGENT from '@salesforce/schema/Coaching_Task__c.Agent__c';
import COACH from '@salesforce/schema/Coaching_Task__c.Coach__c';
import SCORECARD_ITEM from '@salesforce/schema/Coaching_Task__c.Scorecard_Item__c';
import BEHAVIOR from '@salesforce/schema/Coaching_Task__c.Behavior__c';
import OBSERVED from '@salesforce/schema/Coaching_Task__c.Observed__c';
import EXPECTED from '@salesforce/schema/Coaching_Task__c.Expected_Alternative__c';
import DUE_DATE from '@salesforce/schema/Coaching_Task__c.Due_Date__c';
import STATUS from '@salesforce/schema/Coaching_Task__c.Status__c';
import COMPLETED_AT from '@salesforce/schema/Coaching_Task__c.Completed_At__c';
import { formatDate, todayIn } from 'c/calendarDates';
import { sameRecordId } from 'c/disputeRules';
import { errorMessages, errorSummary } from 'c/platformErrors';
import type { GraphqlField as Field } from 'c/graphqlRecords';

interface AssessmentContext {
    uiapi: {
        query: {
            assessment: {
                edges: Array<{
                    node: {
                        Id: string;
                        Name: Field<string>;
                        agentId: Field<string>;
                        agent: {
                            Name: Field<string>;
                            managerId: Field<string>;
                            manager: { Name: Field<string> } | null;
                        } | null;
                        scorecardId: Field<string>;
                    };
                }>;
            };
            responses: {
                edges: Array<{ node: { Id: string; itemId: Field<string>; answer: Field<string> } }>;
            };
        };
    };
}

interface ScorecardItems {
    uiapi: {
        query: {
            items: {
                edges: Array<{
                    node: {
                        Id: string;
                        question: Field<string>;
                        section: Field<string>;
                        behavior: Field<string>;
                    };
                }>;
            };
        };
    };
}

interface CoachChoice {
    label: string;
    value: string;
}

interface CoachableItem {
    id: string;
    label: string;
    behavior: string;
}

/** The picker's choice for coaching on the assessment as a whole. */
const WHOLE_ASSESSMENT = 'whole';

const ASSESSMENT_QUERY = gql`
    query coachingAssessment($assessmentId: ID) {
        uiapi {
            query {
                assessment: Assessment__c(where: { Id: { eq: $assessmentId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            agentId: Agent__c {
                                value
                            }
                            agent: Agent__r {
                                Name {
                                    value
                                }
                                managerId: ManagerId {
                                    value
                                }
                                manager: Manager {
                                    Name {
                                        value
                                    }
                                }
                            }
                            scorecardId: Scorecard__c {
                                value
                            }
                        }
                    }
                }
                responses: Assessment_Response__c(where: { Assessment__c: { eq: $assessmentId } }, first: 500) {
                    edges {
                        node {
                            Id
                            itemId: Scorecard_Item__c {
                                value
                            }
                            answer: Answer__c {
                                value
                                displayValue
                            }
                        }
                    }
                }
            }
        }
    }
`;

const ITEMS_QUERY = gql`
    query coachingItems($scorecardId: ID) {
        uiapi {
            query {
                items: Scorecard_Item__c(
                    where: { Scorecard__c: { eq: $scorecardId } }
                    orderBy: { Order__c: { order: ASC } }
                    first: 500
                ) {
                    edges {
                        node {
                            Id
                            question: Question__c {
                                value
                            }
                            section: Section__c {
                                value
                            }
                            behavior: Behavior_Tag__c {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

/**
 * A coaching task from an assessment: the behavior observed, the expected alternative and a due
 * date, for the assessment's agent. Hosted by the assessment form under an item (assessment and
 * item given), or placed on the Assessment record page, where it offers the scorecard's items.
 *
 * The coach is the agent's manager (their team lead), or me only when I could complete the
 * coaching: the coach completes it (Coaching_Completed_By_Coach), and completing writes Status__c
 * and Completed_At__c, so "me" is offered only when both are editable for me (as they are for an
 * evaluator and a QA manager).
 *
 * Once the task is created it toasts, clears, and dispatches `coachingtaskcreated` (not bubbling)
 * with `{ recordId, name }`: the new task's Id and the name the platform gave it (null if unread).
 *
 * The due date suggested is the platform's own default for a new task (getRecordCreateDefaults:
 * today plus the program's coaching due days); left as suggested it is not sent, so the platform's
 * default decides it. When the defaults cannot be read the date starts empty and the person
 * chooses it (a task needs one: Coaching_Needs_Coach_And_Due_Date).
 */
export default class CoachingTaskForm extends LightningElement {
    /** The assessment the coaching comes from (given by a host). */
    @api assessmentId: string | undefined;
    /** The scorecard item coached (given by a host); without it, the form offers the items. */
    @api scorecardItemId: string | undefined;
    /** The coached agent (given by a host); without it, the assessment's agent. */
    @api agentId: string | undefined;
    /** The record page's record: the assessment, when placed on its page. */
    @api recordId: string | undefined;

    canCreate: boolean | undefined;
    /** Whether I could complete coaching I give: the fields completing writes are editable for me. */
    canComplete = false;
    assessmentName = '';
    assessmentAgentId: string | null = null;
    agentName = '';
    managerId: string | null = null;
    managerName = '';
    chosenCoachId = '';
    scorecardId: string | undefined;
    items: CoachableItem[] = [];
    answers = new Map<string, string>();
    loadErrors: string[] = [];
    formErrors: string[] = [];
    /** The due date the platform gives a new task; null until its defaults are read, or if they cannot be. */
    defaultDueDate: string | null = null;
    defaultDueDateUnknown = false;

    chosenItemId = '';
    observed = '';
    expected = '';
    dueDate = '';
    private dueDateTouched = false;
    saving = false;

    @wire(getObjectInfo, { objectApiName: COACHING_TASK })
    wiredObjectInfo({ data, error }: WireResult<ObjectInfo>): void {
        if (data) {
            this.canCreate = data.createable;
            this.canComplete = [STATUS, COMPLETED_AT].every(
                (field) => data.fields[field.fieldApiName as string]?.updateable === true
            );
        } else if (error) {
            this.canCreate = false;
            this.loadErrors = errorMessages(error);
        }
    }

    @wire(graphql, { query: ASSESSMENT_QUERY, variables: '$assessmentVariables' })
    wiredAssessment({ data, errors }: GraphqlResult<AssessmentContext>): void {
        if (errors) {
            this.loadErrors = errorMessages(errors);
            return;
        }
        if (!data) {
            return;
        }
        const [edge] = data.uiapi.query.assessment.edges;
        if (!edge) {
            this.loadErrors = [
                `The assessment ${this.effectiveAssessmentId ?? ''} was not found or is not shared with you.`
            ];
            return;
        }
        this.assessmentName = edge.node.Name.value ?? edge.node.Id;
        this.assessmentAgentId = edge.node.agentId.value;
        this.agentName = edge.node.agent?.Name.value ?? '';
        this.managerId = edge.node.agent?.managerId.value ?? null;
        this.managerName = edge.node.agent?.manager?.Name.value ?? '';
        this.scorecardId = edge.node.scorecardId.value ?? undefined;
        this.answers = new Map();
        for (const { node } of data.uiapi.query.responses.edges) {
            if (node.itemId.value && node.answer.value) {
                this.answers.set(node.itemId.value, node.answer.displayValue ?? node.answer.value);
            }
        }
    }

    @wire(graphql, { query: ITEMS_QUERY, variables: '$itemVariables' })
    wiredItems({ data, errors }: GraphqlResult<ScorecardItems>): void {
        if (errors) {
            this.loadErrors = errorMessages(errors);
        } else if (data) {
            this.items = data.uiapi.query.items.edges.map(({ node }) => {
                const section = node.section.value ? `${node.section.value} · ` : '';
                return {
                    id: node.Id,
                    label: `${section}${node.question.value ?? node.Id}`,
                    behavior: node.behavior.value ?? node.question.value ?? ''
                };
            });
        }
    }

    // Asked only of someone who may create coaching: the platform refuses anyone else.
    @wire(getRecordCreateDefaults, { objectApiName: '$objectToCreate', optionalFields: [DUE_DATE] })
    wiredDefaults({ data, error }: WireResult<RecordDefaultsRepresentation>): void {
        if (!data && !error) {
            return;
        }
        const due = data ? getFieldValue(data.record, DUE_DATE) : null;
        this.defaultDueDate = typeof due === 'string' ? due : null;
        this.defaultDueDateUnknown = this.defaultDueDate === null;
        if (!this.dueDateTouched) {
            this.dueDate = this.defaultDueDate ?? '';
        }
    }

    get objectToCreate(): string | undefined {
        return this.canCreate ? COACHING_TASK.objectApiName : undefined;
    }

    get effectiveAssessmentId(): string | undefined {
        return this.assessmentId ?? this.recordId;
    }

    get assessmentVariables(): { assessmentId: string } | undefined {
        const assessmentId = this.effectiveAssessmentId;
        return assessmentId ? { assessmentId } : undefined;
    }

    get itemVariables(): { scorecardId: string } | undefined {
        return this.scorecardId ? { scorecardId: this.scorecardId } : undefined;
    }

    get coachedAgentId(): string | null {
        return this.agentId ?? this.assessmentAgentId;
    }

    get today(): string {
        return todayIn(TIME_ZONE);
    }

    get dueDateHelp(): string | undefined {
        return this.defaultDueDate
            ? `Suggested: the program's default, ${formatDate(this.defaultDueDate, LOCALE)}.`
            : undefined;
    }

    get hasLoadErrors(): boolean {
        return this.loadErrors.length > 0;
    }

    get hasFormErrors(): boolean {
        return this.formErrors.length > 0;
    }

    get hasNoAssessment(): boolean {
        return !this.effectiveAssessmentId;
    }

    get isLoading(): boolean {
        return !this.hasNoAssessment && !this.hasLoadErrors && (this.canCreate === undefined || !this.assessmentName);
    }

    get cannotCreate(): boolean {
        return this.canCreate === false && !this.hasLoadErrors;
    }

    get hasNoAgent(): boolean {
        return Boolean(this.assessmentName) && !this.coachedAgentId;
    }

    get showForm(): boolean {
        return (
            this.canCreate === true &&
            Boolean(this.assessmentName) &&
            Boolean(this.coachedAgentId) &&
            !this.hasNoCoach &&
            !this.hasLoadErrors
        );
    }

    /** The assessment and its agent are known, but nobody here may coach them. */
    get showNoCoach(): boolean {
        return this.canCreate === true && Boolean(this.coachedAgentId) && this.hasNoCoach && !this.hasLoadErrors;
    }

    get offersItems(): boolean {
        return !this.scorecardItemId;
    }

    get itemOptions(): Array<{ label: string; value: string }> {
        return [
            { label: 'The whole assessment (no single item)', value: WHOLE_ASSESSMENT },
            ...this.items.map((item) => {
                const answer = this.answers.get(item.id);
                return { label: answer ? `${item.label} (answered ${answer})` : item.label, value: item.id };
            })
        ];
    }

    /** The item coached: the host's, or the one chosen; undefined for the whole assessment. */
    get coachedItem(): CoachableItem | undefined {
        const id = this.scorecardItemId ?? (this.chosenItemId === WHOLE_ASSESSMENT ? '' : this.chosenItemId);
        return id ? (this.items.find((item) => item.id === id) ?? { id, label: '', behavior: '' }) : undefined;
    }

    get fixedItemLabel(): string {
        return this.coachedItem?.label ?? '';
    }

    get subject(): string {
        const agent = this.agentName ? ` for ${this.agentName}` : '';
        return `From assessment ${this.assessmentName}${agent}.`;
    }

    /** Who may coach: the agent's manager, and me when I could complete the coaching. */
    get coachOptions(): CoachChoice[] {
        const options: CoachChoice[] = [];
        if (this.managerId) {
            options.push({
                label: `${this.managerName || 'The agent’s manager'} (the agent’s manager)`,
                value: this.managerId
            });
        }
        if (this.canComplete && !sameRecordId(this.managerId, USER_ID)) {
            options.push({ label: 'Me', value: USER_ID });
        }
        return options;
    }

    get coachId(): string {
        const options = this.coachOptions;
        return options.some((option) => option.value === this.chosenCoachId)
            ? this.chosenCoachId
            : (options[0]?.value ?? '');
    }

    get hasNoCoach(): boolean {
        return this.coachOptions.length === 0;
    }

    handleCoachChange(event: CustomEvent<{ value: string }>): void {
        this.chosenCoachId = event.detail.value;
    }

    handleItemChange(event: CustomEvent<{ value: string }>): void {
        this.chosenItemId = event.detail.value;
    }

    handleObservedChange(event: CustomEvent<{ value: string }>): void {
        this.observed = event.detail.value;
    }

    handleExpectedChange(event: CustomEvent<{ value: string }>): void {
        this.expected = event.detail.value;
    }

    handleDueDateChange(event: CustomEvent<{ value: string }>): void {
        this.dueDate = event.detail.value ?? '';
        this.dueDateTouched = true;
    }

    /** What the person still has to fill in, in the order of the form. */
    private missing(): string[] {
        const missing: string[] = [];
        if (this.offersItems && !this.chosenItemId) {
            missing.push('Choose the item to coach, or the whole assessment.');
        }
        if (!this.observed.trim()) {
            missing.push('Write what was observed.');
        }
        if (!this.expected.trim()) {
            missing.push('Write the expected alternative.');
        }
        if (!this.dueDate) {
            missing.push('Give a due date.');
        }
        return missing;
    }

    async handleCreate(): Promise<void> {
        // Marks each empty required field where it is; the list below says the same in words.
        this.template
            ?.querySelectorAll<HTMLElement & { reportValidity(): boolean }>(
                'lightning-input, lightning-textarea, lightning-combobox'
            )
            .forEach((input) => input.reportValidity());
        this.formErrors = this.missing();
        const assessmentId = this.effectiveAssessmentId;
        if (this.formErrors.length > 0 || !assessmentId) {
            return;
        }
        const item = this.coachedItem;
        const fields: Record<string, unknown> = {
            [ASSESSMENT.fieldApiName as string]: assessmentId,
            [AGENT.fieldApiName as string]: this.coachedAgentId,
            [COACH.fieldApiName as string]: this.coachId,
            [OBSERVED.fieldApiName as string]: this.observed.trim(),
            [EXPECTED.fieldApiName as string]: this.expected.trim()
        };
        if (item) {
            fields[SCORECARD_ITEM.fieldApiName as string] = item.id;
            if (item.behavior) {
                fields[BEHAVIOR.fieldApiName as string] = item.behavior;
            }
        }
        if (this.dueDateTouched) {
            fields[DUE_DATE.fieldApiName as string] = this.dueDate;
        }
        // No Status__c: a new task starts Open by the picklist's default (Coaching_Status_Start), so
        // creating coaching never needs edit access to the status.
        this.saving = true;
        let created: RecordRepresentation;
        try {
            created = await createRecord({ apiName: COACHING_TASK.objectApiName, fields });
        } catch (error) {
            this.formErrors = errorMessages(error);
            this.dispatchEvent(
                new ShowToastEvent({
                    title: 'Coaching task not created',
                    message: errorSummary(error),
                    variant: 'error'
                })
            );
            return;
        } finally {
            this.saving = false;
        }
        // The name and due date the platform gave the task, not the ones the form sent.
        const name = getFieldValue(created, NAME);
        const due = getFieldValue(created, DUE_DATE);
        const dueText = typeof due === 'string' ? ` Due ${formatDate(due, LOCALE)}.` : '';
        this.dispatchEvent(
            new ShowToastEvent({
                title: typeof name === 'string' ? `Coaching task ${name} created` : 'Coaching task created',
                message: `The agent acknowledges it next.${dueText}`,
                variant: 'success'
            })
        );
        this.dispatchEvent(
            new CustomEvent('coachingtaskcreated', {
                detail: { recordId: created.id, name: typeof name === 'string' ? name : null }
            })
        );
        this.reset();
        // The assessment's coaching count (a roll-up) changed on the server. The task exists whatever
        // happens here: a refresh that fails only leaves the count as it was until the page reads it again.
        await notifyRecordUpdateAvailable([{ recordId: assessmentId }]).catch(() => undefined);
    }

    private reset(): void {
        this.observed = '';
        this.expected = '';
        this.chosenItemId = '';
        this.dueDateTouched = false;
        this.dueDate = this.defaultDueDate ?? '';
        this.formErrors = [];
    }
}
