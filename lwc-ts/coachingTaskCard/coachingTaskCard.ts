import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import {
    getRecord,
    getFieldValue,
    updateRecord,
    type RecordRepresentation,
    type WireResult
} from 'lightning/uiRecordApi';
import { getObjectInfo, type ObjectInfo } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import MANAGES_ASSESSMENTS from '@salesforce/customPermission/Manage_Assessments';
import COACHING_TASK from '@salesforce/schema/Coaching_Task__c';
import NAME from '@salesforce/schema/Coaching_Task__c.Name';
import STATUS from '@salesforce/schema/Coaching_Task__c.Status__c';
import BEHAVIOR from '@salesforce/schema/Coaching_Task__c.Behavior__c';
import OBSERVED from '@salesforce/schema/Coaching_Task__c.Observed__c';
import EXPECTED from '@salesforce/schema/Coaching_Task__c.Expected_Alternative__c';
import DUE_DATE from '@salesforce/schema/Coaching_Task__c.Due_Date__c';
import OVERDUE from '@salesforce/schema/Coaching_Task__c.Overdue__c';
import AGENT from '@salesforce/schema/Coaching_Task__c.Agent__c';
import AGENT_NAME from '@salesforce/schema/Coaching_Task__c.Agent__r.Name';
import COACH from '@salesforce/schema/Coaching_Task__c.Coach__c';
import COACH_NAME from '@salesforce/schema/Coaching_Task__c.Coach__r.Name';
import ASSESSMENT from '@salesforce/schema/Coaching_Task__c.Assessment__c';
import ASSESSMENT_NAME from '@salesforce/schema/Coaching_Task__c.Assessment__r.Name';
import ITEM_QUESTION from '@salesforce/schema/Coaching_Task__c.Scorecard_Item__r.Question__c';
import ACKNOWLEDGED_AT from '@salesforce/schema/Coaching_Task__c.Acknowledged_At__c';
import COMPLETED_AT from '@salesforce/schema/Coaching_Task__c.Completed_At__c';
import { formatDate, formatDateTime } from 'c/calendarDates';
import { sameRecordId } from 'c/disputeRules';
import { errorMessages } from 'c/platformErrors';

const FIELDS = [
    NAME,
    STATUS,
    BEHAVIOR,
    OBSERVED,
    EXPECTED,
    DUE_DATE,
    OVERDUE,
    AGENT,
    COACH,
    ASSESSMENT,
    ACKNOWLEDGED_AT,
    COMPLETED_AT
];
// Names behind lookups the viewer may not be allowed to read are optional: the card shows without them.
const OPTIONAL_FIELDS = [AGENT_NAME, COACH_NAME, ASSESSMENT_NAME, ITEM_QUESTION];

/** The coaching path the model enforces (Coaching_Status_Transitions). */
const STEPS = ['Open', 'Acknowledged', 'Completed'];

/**
 * A coaching task on its record page: what was observed, the expected alternative, the due date,
 * and the one step the viewer may take, as the model allows it: the coached agent acknowledges an
 * Open task; the coach (or a QA manager) completes an Acknowledged one. A step also needs the
 * fields it writes to be editable for the viewer (their permission sets), so a button shows only
 * when the platform would take the save. The platform decides in the end; a refusal is shown in
 * its words.
 */
export default class CoachingTaskCard extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;

    record: RecordRepresentation | undefined;
    /** The fields the viewer may edit on coaching tasks (field-level security). */
    editableFields = new Set<string>();
    loadErrors: string[] = [];
    saveErrors: string[] = [];
    saving = false;

    @wire(getRecord, { recordId: '$recordId', fields: FIELDS, optionalFields: OPTIONAL_FIELDS })
    wiredTask({ data, error }: WireResult<RecordRepresentation>): void {
        if (data) {
            this.record = data;
            this.loadErrors = [];
        } else if (error) {
            this.record = undefined;
            this.loadErrors = errorMessages(error);
        }
    }

    @wire(getObjectInfo, { objectApiName: COACHING_TASK })
    wiredObjectInfo({ data }: WireResult<ObjectInfo>): void {
        // Without the object info no step is offered: a button the platform would refuse is worse.
        if (data) {
            this.editableFields = new Set(
                Object.values(data.fields)
                    .filter((field) => field.updateable)
                    .map((field) => field.apiName)
            );
        }
    }

    get isLoading(): boolean {
        return !this.record && this.loadErrors.length === 0;
    }

    get hasLoadErrors(): boolean {
        return this.loadErrors.length > 0;
    }

    get hasSaveErrors(): boolean {
        return this.saveErrors.length > 0;
    }

    private text(field: typeof NAME): string {
        const value = getFieldValue(this.record, field);
        return value === null || value === undefined ? '' : String(value);
    }

    get cardTitle(): string {
        const name = this.text(NAME);
        return name ? `Coaching ${name}` : 'Coaching';
    }

    get status(): string {
        return this.text(STATUS);
    }

    get behavior(): string {
        return this.text(BEHAVIOR) || 'Not named';
    }

    get observed(): string {
        return this.text(OBSERVED) || 'Not written';
    }

    get expected(): string {
        return this.text(EXPECTED) || 'Not written';
    }

    get itemQuestion(): string {
        return this.text(ITEM_QUESTION) || 'The whole assessment';
    }

    get dueDate(): string {
        return formatDate(this.text(DUE_DATE), LOCALE) || 'No due date';
    }

    get isOverdue(): boolean {
        return getFieldValue(this.record, OVERDUE) === true;
    }

    get agentName(): string {
        return this.text(AGENT_NAME) || 'No agent';
    }

    get coachName(): string {
        return this.text(COACH_NAME) || 'No coach';
    }

    get assessmentName(): string {
        return this.text(ASSESSMENT_NAME) || this.text(ASSESSMENT);
    }

    get acknowledgedAt(): string {
        return formatDateTime(this.text(ACKNOWLEDGED_AT), LOCALE, TIME_ZONE);
    }

    get completedAt(): string {
        return formatDateTime(this.text(COMPLETED_AT), LOCALE, TIME_ZONE);
    }

    get isCancelled(): boolean {
        return this.status === 'Cancelled';
    }

    get currentStep(): string {
        return STEPS.includes(this.status) ? this.status : 'Open';
    }

    get steps(): Array<{ label: string; value: string }> {
        return STEPS.map((step) => ({ label: step, value: step }));
    }

    private get isAgent(): boolean {
        return sameRecordId(this.text(AGENT), USER_ID);
    }

    /** The coach, or a QA manager (Coaching_Completed_By_Coach). */
    private get completesIt(): boolean {
        return sameRecordId(this.text(COACH), USER_ID) || MANAGES_ASSESSMENTS;
    }

    private mayWrite(...fields: Array<typeof STATUS>): boolean {
        return fields.every((field) => this.editableFields.has(field.fieldApiName as string));
    }

    /** Only the coached agent acknowledges, and only an Open task (Coaching_Acknowledged_By_Agent). */
    get canAcknowledge(): boolean {
        return this.status === 'Open' && this.isAgent && this.mayWrite(STATUS, ACKNOWLEDGED_AT);
    }

    /** Only the coach or a QA manager completes, and only an Acknowledged task. */
    get canComplete(): boolean {
        return this.status === 'Acknowledged' && this.completesIt && this.mayWrite(STATUS, COMPLETED_AT);
    }

    /** What the viewer waits for, when there is nothing for them to do. */
    get waitingFor(): string {
        if (this.status === 'Open' && !this.isAgent) {
            return `Waiting for ${this.agentName} to acknowledge.`;
        }
        if (this.status === 'Acknowledged' && !this.canComplete) {
            return this.completesIt
                ? 'Completing coaching is not in your access: a QA manager marks it completed.'
                : `${this.coachName} completes it after the coaching.`;
        }
        return '';
    }

    handleAcknowledge(): Promise<void> {
        return this.moveTo('Acknowledged', ACKNOWLEDGED_AT, 'Coaching acknowledged');
    }

    handleComplete(): Promise<void> {
        return this.moveTo('Completed', COMPLETED_AT, 'Coaching completed');
    }

    handleOpenAssessment(): void {
        const recordId = this.text(ASSESSMENT);
        if (recordId) {
            this[NavigationMixin.Navigate]({
                type: 'standard__recordPage',
                attributes: { recordId, objectApiName: 'Assessment__c', actionName: 'view' }
            });
        }
    }

    /** The status and the moment it changed, as Coaching_Timestamps requires, in one save. */
    private async moveTo(status: string, stampField: typeof NAME, done: string): Promise<void> {
        if (!this.recordId) {
            return;
        }
        this.saving = true;
        this.saveErrors = [];
        try {
            await updateRecord({
                fields: {
                    Id: this.recordId,
                    [STATUS.fieldApiName as string]: status,
                    [stampField.fieldApiName as string]: new Date().toISOString()
                }
            });
            this.dispatchEvent(
                new ShowToastEvent({ title: done, message: `${this.cardTitle} is ${status}.`, variant: 'success' })
            );
        } catch (error) {
            this.saveErrors = errorMessages(error);
        } finally {
            this.saving = false;
        }
    }
}
