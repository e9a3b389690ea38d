import { LightningElement, api, wire } from 'lwc';
import { gql, graphql, type RefreshableGraphqlResult } from 'lightning/graphql';
import {
    createRecord,
    getFieldValue,
    getRecord,
    notifyRecordUpdateAvailable,
    updateRecord,
    type RecordRepresentation,
    type WireResult
} from 'lightning/uiRecordApi';
import { getObjectInfo, type ObjectInfo } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import LOCALE from '@salesforce/i18n/locale';
import USER_ID from '@salesforce/user/Id';
import CAN_EVALUATE from '@salesforce/customPermission/Evaluate_Assessments';
import CAN_MANAGE from '@salesforce/customPermission/Manage_Assessments';
import ASSESSMENT_OBJECT from '@salesforce/schema/Assessment__c';
import COACHING_TASK_OBJECT from '@salesforce/schema/Coaching_Task__c';
import NAME_FIELD from '@salesforce/schema/Assessment__c.Name';
import STATUS_FIELD from '@salesforce/schema/Assessment__c.Status__c';
import TYPE_FIELD from '@salesforce/schema/Assessment__c.Type__c';
import EVALUATOR_FIELD from '@salesforce/schema/Assessment__c.Evaluator__c';
import SCORECARD_FIELD from '@salesforce/schema/Assessment__c.Scorecard__c';
import SCORE_FIELD from '@salesforce/schema/Assessment__c.Score__c';
import BAND_FIELD from '@salesforce/schema/Assessment__c.Band__c';
import AUTO_FAILED_FIELD from '@salesforce/schema/Assessment__c.Auto_Failed__c';
import OVERALL_COMMENT_FIELD from '@salesforce/schema/Assessment__c.Overall_Comment__c';
import SCORECARD_NAME_FIELD from '@salesforce/schema/Assessment__c.Scorecard__r.Name';
import PASS_THRESHOLD_FIELD from '@salesforce/schema/Assessment__c.Scorecard__r.Pass_Threshold__c';
import AUTO_FAIL_THRESHOLD_FIELD from '@salesforce/schema/Assessment__c.Scorecard__r.Auto_Fail_Threshold__c';
import { scoreAssessment, type Answer, type AssessmentScore, type Scorecard } from 'c/assessmentScoring';
import { sameRecordId } from 'c/disputeRules';
import { errorSummary } from 'c/platformErrors';
import { scorecardThresholds } from 'c/scorecardRecords';
import { answerChoices, ANSWER_LABELS, failingAnswerText, SCALE_LABELS } from './answerChoices';
import { offersCoaching, readOnlyReason } from './formAccess';
import { readFormData, type FormItem, type SavedResponse } from './formItems';
import { BLANK_DRAFT, citationText, hasUnsavedChanges, mergeSaved, withCitation, type ItemDraft } from './itemDrafts';
import { responseCreateInput, responseUpdateInput } from './responseSaves';

const ASSESSMENT_FIELDS = [
    NAME_FIELD,
    STATUS_FIELD,
    TYPE_FIELD,
    EVALUATOR_FIELD,
    SCORECARD_FIELD,
    SCORE_FIELD,
    BAND_FIELD,
    AUTO_FAILED_FIELD,
    SCORECARD_NAME_FIELD,
    PASS_THRESHOLD_FIELD,
    AUTO_FAIL_THRESHOLD_FIELD
];
/** Optional: a field the person cannot read is left out of the record instead of failing the whole read. */
const OPTIONAL_ASSESSMENT_FIELDS = [OVERALL_COMMENT_FIELD];

/** Percents and points as the platform stores them: up to 2 decimals. */
const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** The item a cited turn goes to, as the citetarget event names it. */
export interface CiteTarget {
    itemId: string;
    question: string;
}

/** The turn a workspace asks the form to cite (what c-interaction-transcript's turnselect carries). */
export interface CitedTurn {
    turnNumber: number;
    speaker: string;
    text: string;
}

interface ChoiceView {
    value: Answer;
    label: string;
    inputId: string;
    checked: boolean;
}

interface ItemView {
    id: string;
    number: number;
    question: string;
    pointsText: string;
    hardFail: boolean;
    hardFailText: string;
    coachingOnly: boolean;
    guidance: string | null;
    guidanceId: string;
    guidanceExpanded: string;
    guidanceHidden: boolean;
    guidanceButtonText: string;
    groupName: string;
    choices: ChoiceView[];
    answerText: string;
    comment: string;
    evidence: string;
    error: string | null;
    rowClass: string;
    /** Coaching may be started from this item, and whether its coaching task form is open. */
    coachable: boolean;
    coaching: boolean;
    coachingExpanded: string;
    /** What the item's last coaching task created says, or null. */
    coachedText: string | null;
}

/** What c-coaching-task-form's coachingtaskcreated carries. */
interface CreatedCoaching {
    recordId: string;
    name: string | null;
}

interface SectionView {
    name: string;
    scoreText: string;
    items: ItemView[];
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** What a saved draft wrote, in words. */
function draftSavedText(answers: number, overallComment: boolean): string {
    if (answers === 0 && overallComment) {
        return 'The overall comment saved.';
    }
    return `${plural(answers, 'answer', 'answers')}${overallComment ? ' and the overall comment' : ''} saved.`;
}

/**
 * The assessment form: the scorecard's items by section, the right answer control for each scale
 * (a radio button group: Tab between items, arrow keys between answers), N/A where allowed, a
 * comment and evidence per item, hard-fail and coaching-only items marked, guidance on demand; the
 * live score, band and auto-fail warning as answers change (c/assessmentScoring over the items as
 * stored); save a draft, resume it, submit when every scored item is answered. What is saved is
 * scored by the platform: its Score__c, Band__c and Auto_Failed__c are shown beside the live score.
 * The evaluator's overall comment is saved with the answers. Each item offers coaching (a
 * c-coaching-task-form under it) to whoever may create it, whether or not the answers may change.
 */
export default class AssessmentForm extends LightningElement {
    @api recordId: string | undefined;

    saving = false;
    formError: string | null = null;
    private assessment: RecordRepresentation | undefined;
    private assessmentError: unknown;
    private itemsResult: RefreshableGraphqlResult | undefined;
    private itemsError: string | null = null;
    private itemsLoaded = false;
    private formItems: FormItem[] = [];
    private scorecard: Scorecard | null = null;
    private saved: Record<string, SavedResponse> = {};
    private drafts: Record<string, ItemDraft> = {};
    private score: AssessmentScore | null = null;
    private itemErrors: Record<string, string> = {};
    private expandedGuidance: Record<string, boolean> = {};
    private activeItemId: string | null = null;
    /** The overall comment as typed, and as the platform holds it. */
    overallComment = '';
    private savedOverallComment = '';
    /** Field-level security on Overall_Comment__c, from object info; false until it is known. */
    private overallCommentUpdateable = false;
    private canCreateCoaching = false;
    /** Items whose coaching task form is open, and what each item's last created task says. */
    private openCoaching: Record<string, boolean> = {};
    private coachedText: Record<string, string> = {};
    /** The item whose coaching toggle takes the focus back once its form has closed. */
    private refocusCoachingOf: string | null = null;

    @wire(getRecord, {
        recordId: '$recordId',
        fields: ASSESSMENT_FIELDS,
        optionalFields: OPTIONAL_ASSESSMENT_FIELDS
    })
    wiredAssessment({ data, error }: WireResult<RecordRepresentation>): void {
        if (data) {
            this.assessment = data;
            this.assessmentError = undefined;
            const arrived = getFieldValue(data, OVERALL_COMMENT_FIELD);
            // Like the answers: a comment with unsaved changes keeps what the evaluator typed.
            if (this.overallComment === this.savedOverallComment) {
                this.overallComment = typeof arrived === 'string' ? arrived : '';
            }
            this.savedOverallComment = typeof arrived === 'string' ? arrived : '';
            if (this.activeItemId !== null && !this.editable) {
                this.activeItemId = null;
                this.announceCiteTarget(null);
            }
            this.rescore();
        } else if (error) {
            this.assessmentError = error;
        }
    }

    @wire(graphql, {
        query: gql`
            query assessmentFormItems($scorecardId: ID, $assessmentId: ID) {
                uiapi {
                    query {
                        Scorecard_Item__c(
                            where: { Scorecard__c: { eq: $scorecardId } }
                            orderBy: { Order__c: { order: ASC } }
                            first: 2000
                        ) {
                            edges {
                                node {
                                    Id
                                    Name {
                                        value
                                    }
                                    Section__c {
                                        value
                                    }
                                    Order__c {
                                        value
                                    }
                                    Question__c {
                                        value
                                    }
                                    Guidance__c {
                                        value
                                    }
                                    Points__c {
                                        value
                                    }
                                    Answer_Scale__c {
                                        value
                                    }
                                    NA_Allowed__c {
                                        value
                                    }
                                    Hard_Fail__c {
                                        value
                                    }
                                    Coaching_Only__c {
                                        value
                                    }
                                }
                            }
                        }
                        Assessment_Response__c(where: { Assessment__c: { eq: $assessmentId } }, first: 2000) {
                            edges {
                                node {
                                    Id
                                    Scorecard_Item__c {
                                        value
                                    }
                                    Answer__c {
                                        value
                                    }
                                    Comment__c {
                                        value
                                    }
                                    Evidence__c {
                                        value
                                    }
                                }
                            }
                        }
                    }
                }
            }
        `,
        variables: '$itemsVariables'
    })
    wiredItems(result: RefreshableGraphqlResult): void {
        this.itemsResult = result;
        if (result.errors) {
            this.itemsError = errorSummary(result.errors);
            return;
        }
        if (!result.data) {
            return;
        }
        try {
            const { items, responses } = readFormData(result.data);
            this.itemsLoaded = true;
            this.formItems = items;
            this.drafts = mergeSaved(this.drafts, this.saved, responses);
            this.saved = responses;
            this.itemsError = null;
        } catch (error) {
            this.itemsError = errorSummary(error);
        }
        this.rescore();
    }

    @wire(getObjectInfo, { objectApiName: ASSESSMENT_OBJECT })
    wiredAssessmentInfo({ data, error }: WireResult<ObjectInfo>): void {
        if (data) {
            this.overallCommentUpdateable =
                data.fields[OVERALL_COMMENT_FIELD.fieldApiName as string]?.updateable === true;
        } else if (error) {
            this.overallCommentUpdateable = false;
        }
    }

    @wire(getObjectInfo, { objectApiName: COACHING_TASK_OBJECT })
    wiredCoachingInfo({ data, error }: WireResult<ObjectInfo>): void {
        if (data) {
            this.canCreateCoaching = data.createable;
        } else if (error) {
            this.canCreateCoaching = false;
        }
    }

    get itemsVariables(): Record<string, string> | undefined {
        const scorecardId = getFieldValue(this.assessment, SCORECARD_FIELD);
        return this.recordId && typeof scorecardId === 'string'
            ? { scorecardId, assessmentId: this.recordId }
            : undefined;
    }

    // ----- what the form shows -----

    get cardTitle(): string {
        const name = getFieldValue(this.assessment, NAME_FIELD);
        const scorecard = getFieldValue(this.assessment, SCORECARD_NAME_FIELD);
        return [name ? `Assessment ${String(name)}` : 'Assessment', scorecard ? String(scorecard) : null]
            .filter(Boolean)
            .join(' · ');
    }

    get loadError(): string | null {
        if (this.assessmentError) {
            return errorSummary(this.assessmentError);
        }
        return this.itemsError;
    }

    get isLoading(): boolean {
        return !this.loadError && this.score === null;
    }

    get isReady(): boolean {
        return !this.loadError && this.score !== null;
    }

    get status(): string | null {
        const status = getFieldValue(this.assessment, STATUS_FIELD);
        return typeof status === 'string' ? status : null;
    }

    get readOnlyReason(): string | null {
        const evaluator = getFieldValue(this.assessment, EVALUATOR_FIELD);
        return readOnlyReason({
            status: this.status,
            isEvaluator: sameRecordId(USER_ID, typeof evaluator === 'string' ? evaluator : null),
            canEvaluate: CAN_EVALUATE === true,
            canManage: CAN_MANAGE === true
        });
    }

    get editable(): boolean {
        return this.readOnlyReason === null;
    }

    /** Shown unless the person cannot read the field (then the record leaves it out). */
    get showsOverallComment(): boolean {
        return getFieldValue(this.assessment, OVERALL_COMMENT_FIELD) !== undefined;
    }

    get overallCommentEditable(): boolean {
        return this.editable && this.overallCommentUpdateable;
    }

    get overallCommentText(): string {
        return this.overallComment.trim() === '' ? 'No overall comment.' : this.overallComment;
    }

    private get overallCommentChanged(): boolean {
        return this.overallCommentEditable && this.overallComment !== this.savedOverallComment;
    }

    get coachingOffered(): boolean {
        const type = getFieldValue(this.assessment, TYPE_FIELD);
        return offersCoaching({
            status: this.status,
            type: typeof type === 'string' ? type : null,
            canCreateCoaching: this.canCreateCoaching
        });
    }

    get liveScore(): number | null {
        return this.score?.score ?? null;
    }

    get progressText(): string {
        if (!this.score) {
            return '';
        }
        const scored = this.formItems.filter((formItem) => !formItem.item.coachingOnly).length;
        const answered = scored - this.score.missingItemIds.length;
        return `${answered} of ${plural(scored, 'scored item', 'scored items')} answered`;
    }

    get autoFailWarning(): string | null {
        const score = this.score;
        if (!score || !score.autoFailed) {
            return null;
        }
        if (score.hardFailItemIds.length > 0) {
            const failed = this.formItems.filter((formItem) => score.hardFailItemIds.includes(formItem.item.id));
            const named = failed.map((formItem) => `“${formItem.question}”`).join(', ');
            return `Auto-failed: the hard-fail ${failed.length === 1 ? 'item' : 'items'} ${named} ${
                failed.length === 1 ? 'was' : 'were'
            } failed, so the score is 0.`;
        }
        return `Auto-failed: the score is below the scorecard's auto-fail threshold of ${numberFormat.format(
            this.scorecard?.autoFailThreshold ?? 0
        )}%.`;
    }

    get savedScoreText(): string {
        const score = getFieldValue(this.assessment, SCORE_FIELD);
        if (typeof score !== 'number') {
            return 'Not scored yet';
        }
        const band = getFieldValue(this.assessment, BAND_FIELD);
        return `${numberFormat.format(score)}%${band ? ` · ${String(band)}` : ''}`;
    }

    get savedAutoFailed(): boolean {
        return getFieldValue(this.assessment, AUTO_FAILED_FIELD) === true;
    }

    get hasUnsavedChanges(): boolean {
        return this.overallCommentChanged || this.dirtyItems().length > 0;
    }

    get saveDisabled(): boolean {
        return this.saving || !this.hasUnsavedChanges;
    }

    get submitBlockedReason(): string | null {
        if (!this.score) {
            return null;
        }
        const missing = this.score.missingItemIds;
        if (missing.length === 0) {
            return null;
        }
        const first = this.formItems.find((formItem) => formItem.item.id === missing[0]);
        return `Answer ${plural(missing.length, 'more scored item', 'more scored items')} to submit (next: “${
            first?.question ?? missing[0]
        }”).`;
    }

    get submitDisabled(): boolean {
        return this.saving || this.submitBlockedReason !== null;
    }

    /** Sections in the order of their first item, each with its items in scorecard order, numbered as shown. */
    get sections(): SectionView[] {
        const score = this.score;
        const coachable = this.coachingOffered;
        const sections = new Map<string, SectionView>();
        for (const formItem of this.formItems) {
            const name = formItem.item.section;
            if (!sections.has(name)) {
                const sectionScore = score?.sections.find((candidate) => candidate.section === name)?.score ?? null;
                sections.set(name, {
                    name,
                    scoreText: sectionScore === null ? '' : `${numberFormat.format(sectionScore)}%`,
                    items: []
                });
            }
        }
        let number = 0;
        for (const section of sections.values()) {
            for (const formItem of this.formItems) {
                if (formItem.item.section === section.name) {
                    number += 1;
                    section.items.push(this.itemView(formItem, number, coachable));
                }
            }
        }
        return [...sections.values()];
    }

    private itemView(formItem: FormItem, number: number, coachable: boolean): ItemView {
        const { item } = formItem;
        const draft = this.drafts[item.id] ?? BLANK_DRAFT;
        const expanded = this.expandedGuidance[item.id] === true;
        const key = item.id;
        return {
            id: item.id,
            number,
            question: formItem.question,
            pointsText: item.coachingOnly
                ? `${SCALE_LABELS[item.answerScale]} · not scored`
                : `${numberFormat.format(item.points)} ${item.points === 1 ? 'point' : 'points'} · ${
                      SCALE_LABELS[item.answerScale]
                  }`,
            hardFail: item.hardFail,
            hardFailText: `answered ${failingAnswerText(item)}, it fails the whole assessment`,
            coachingOnly: item.coachingOnly,
            guidance: formItem.guidance,
            guidanceId: `guidance-${key}`,
            guidanceExpanded: String(expanded),
            guidanceHidden: !expanded,
            guidanceButtonText: expanded ? 'Hide guidance' : 'Show guidance',
            groupName: `answer-${key}`,
            choices: answerChoices(item).map((answer) => ({
                value: answer,
                label: ANSWER_LABELS[answer],
                inputId: `answer-${key}-${answer}`,
                checked: draft.answer === answer
            })),
            answerText: draft.answer === null ? 'Not answered' : ANSWER_LABELS[draft.answer],
            comment: draft.comment,
            evidence: draft.evidence,
            error: this.itemErrors[item.id] ?? null,
            rowClass: `form-item${item.id === this.activeItemId ? ' form-item_active' : ''}${
                this.itemErrors[item.id] ? ' slds-has-error' : ''
            }`,
            coachable,
            coaching: coachable && this.openCoaching[item.id] === true,
            coachingExpanded: String(coachable && this.openCoaching[item.id] === true),
            coachedText: this.coachedText[item.id] ?? null
        };
    }

    // ----- what the evaluator does -----

    handleAnswerChange(event: Event): void {
        const input = event.target as HTMLInputElement;
        this.setDraft(input.dataset.itemId as string, { answer: input.value as Answer });
    }

    handleCommentChange(event: CustomEvent<{ value: string }>): void {
        const input = event.target as HTMLElement;
        this.setDraft(input.dataset.itemId as string, { comment: event.detail.value ?? '' });
    }

    handleEvidenceChange(event: CustomEvent<{ value: string }>): void {
        const input = event.target as HTMLElement;
        this.setDraft(input.dataset.itemId as string, { evidence: event.detail.value ?? '' });
    }

    handleOverallCommentChange(event: CustomEvent<{ value: string }>): void {
        this.overallComment = event.detail.value ?? '';
    }

    handleCoachingToggle(event: Event): void {
        const itemId = (event.currentTarget as HTMLElement).dataset.itemId as string;
        this.openCoaching = { ...this.openCoaching, [itemId]: !this.openCoaching[itemId] };
    }

    /** The item's coaching task was created (c-coaching-task-form toasts it too): close its form and say so. */
    handleCoachingCreated(event: CustomEvent<CreatedCoaching>): void {
        const itemId = (event.currentTarget as HTMLElement).dataset.itemId as string;
        const { name } = event.detail;
        this.openCoaching = { ...this.openCoaching, [itemId]: false };
        this.coachedText = {
            ...this.coachedText,
            [itemId]: `${name ? `Coaching task ${name}` : 'A coaching task'} was created for this item.`
        };
        this.refocusCoachingOf = itemId;
    }

    override renderedCallback(): void {
        const itemId = this.refocusCoachingOf;
        if (itemId) {
            // The focus was in the form that just closed: give it back to the item's coaching toggle.
            this.refocusCoachingOf = null;
            this.template
                ?.querySelector<HTMLButtonElement>(`button.coaching-toggle[data-item-id="${itemId}"]`)
                ?.focus();
        }
    }

    handleGuidanceToggle(event: Event): void {
        const itemId = (event.currentTarget as HTMLElement).dataset.itemId as string;
        this.expandedGuidance = { ...this.expandedGuidance, [itemId]: !this.expandedGuidance[itemId] };
    }

    handleItemFocus(event: FocusEvent): void {
        const itemId = (event.currentTarget as HTMLElement).dataset.itemId as string;
        if (itemId === this.activeItemId || !this.editable) {
            return;
        }
        this.activeItemId = itemId;
        const formItem = this.formItems.find((candidate) => candidate.item.id === itemId);
        this.announceCiteTarget({ itemId, question: formItem?.question ?? itemId });
    }

    handleSave(): Promise<void> {
        return this.save(false);
    }

    handleSubmit(): Promise<void> {
        return this.save(true);
    }

    /**
     * Cites a transcript turn as the evidence of the item last focused in the form. Returns false,
     * changing nothing, when no item has been focused or the form is read only.
     */
    @api
    citeTurn(turn: CitedTurn): boolean {
        const itemId = this.activeItemId;
        if (!itemId || !this.editable) {
            return false;
        }
        const draft = this.drafts[itemId] ?? BLANK_DRAFT;
        this.setDraft(itemId, { evidence: withCitation(draft.evidence, citationText(turn)) });
        return true;
    }

    private setDraft(itemId: string, change: Partial<ItemDraft>): void {
        const draft = { ...(this.drafts[itemId] ?? BLANK_DRAFT), ...change };
        this.drafts = { ...this.drafts, [itemId]: draft };
        if (this.itemErrors[itemId]) {
            const errors = { ...this.itemErrors };
            delete errors[itemId];
            this.itemErrors = errors;
        }
        if ('answer' in change) {
            this.rescore();
        }
    }

    private rescore(): void {
        if (!this.assessment || !this.itemsLoaded) {
            this.score = null;
            return;
        }
        try {
            this.scorecard = {
                ...scorecardThresholds({
                    Pass_Threshold__c: getFieldValue(this.assessment, PASS_THRESHOLD_FIELD) as number | null,
                    Auto_Fail_Threshold__c: getFieldValue(this.assessment, AUTO_FAIL_THRESHOLD_FIELD) as number | null
                }),
                items: this.formItems.map((formItem) => formItem.item)
            };
            const answers = Object.fromEntries(
                Object.entries(this.drafts).map(([itemId, draft]) => [itemId, draft.answer])
            );
            this.score = scoreAssessment(this.scorecard, answers);
        } catch (error) {
            this.itemsError = errorSummary(error);
            this.score = null;
        }
    }

    private dirtyItems(): { formItem: FormItem; draft: ItemDraft }[] {
        return this.formItems
            .filter((formItem) => hasUnsavedChanges(this.drafts[formItem.item.id], this.saved[formItem.item.id]))
            .map((formItem) => ({ formItem, draft: this.drafts[formItem.item.id] }));
    }

    /**
     * Saves every changed answer (creating new responses, updating existing ones), moving an
     * Assigned assessment to In Progress first; with `submit`, then submits it. A changed overall
     * comment goes with the first of those assessment updates (its own update when there is none).
     * Stops at the first refusal and shows the platform's words; drafts not saved stay as typed.
     */
    private async save(submit: boolean): Promise<void> {
        const assessmentId = this.recordId;
        if (this.saving || !this.editable || !assessmentId) {
            return;
        }
        this.saving = true;
        this.formError = null;
        const pending = this.dirtyItems();
        const comment = this.overallCommentChanged ? this.overallComment : null;
        let commentFields: Record<string, unknown> =
            comment === null ? {} : { [OVERALL_COMMENT_FIELD.fieldApiName as string]: comment || null };
        const commentSent = (): void => {
            if (comment !== null) {
                this.savedOverallComment = comment;
            }
            commentFields = {};
        };
        let wrote = false;
        try {
            if ((pending.length > 0 || comment !== null) && this.status === 'Assigned') {
                await updateRecord({ fields: { Id: assessmentId, Status__c: 'In Progress', ...commentFields } });
                commentSent();
                wrote = true;
            }
            // One at a time: each save recalculates the assessment's roll-ups, and the first refusal stops the rest.
            await pending.reduce(
                (previous, { formItem, draft }) =>
                    previous.then(async () => {
                        await this.saveResponse(assessmentId, formItem, draft);
                        wrote = true;
                    }),
                Promise.resolve()
            );
            if (submit) {
                await updateRecord({
                    fields: {
                        Id: assessmentId,
                        Status__c: 'Submitted',
                        Submitted_At__c: new Date().toISOString(),
                        ...commentFields
                    }
                });
                commentSent();
                wrote = true;
            } else if (Object.keys(commentFields).length > 0) {
                await updateRecord({ fields: { Id: assessmentId, ...commentFields } });
                commentSent();
                wrote = true;
            }
            this.toast(
                submit ? 'Assessment submitted' : 'Draft saved',
                submit ? 'The score shown is now the platform’s.' : draftSavedText(pending.length, comment !== null),
                'success'
            );
        } catch (error) {
            const refusal = errorSummary(error);
            this.formError = refusal;
            this.toast(submit ? 'The assessment was not submitted' : 'The draft was not saved', refusal, 'error');
        } finally {
            this.saving = false;
        }
        if (wrote) {
            // Roll-ups and formulas changed on the assessment; new responses are not in the query yet.
            await Promise.all([
                notifyRecordUpdateAvailable([{ recordId: assessmentId }]),
                this.itemsResult?.refresh?.()
            ]);
        }
    }

    private async saveResponse(assessmentId: string, formItem: FormItem, draft: ItemDraft): Promise<void> {
        const itemId = formItem.item.id;
        const existing = this.saved[itemId];
        try {
            const record = existing
                ? await updateRecord(responseUpdateInput(existing.responseId, draft))
                : await createRecord(responseCreateInput(assessmentId, formItem.item, draft));
            this.saved = {
                ...this.saved,
                [itemId]: { responseId: existing?.responseId ?? record.id, ...draft }
            };
        } catch (error) {
            this.itemErrors = { ...this.itemErrors, [itemId]: errorSummary(error) };
            throw error;
        }
    }

    /**
     * `citetarget`: the item a cited transcript turn would go to (the item last focused), or null
     * once there is none, as when the assessment is submitted and the form turns read only.
     */
    private announceCiteTarget(target: CiteTarget | null): void {
        this.dispatchEvent(new CustomEvent('citetarget', { detail: target }));
    }

    private toast(title: string, message: string, variant: 'success' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
