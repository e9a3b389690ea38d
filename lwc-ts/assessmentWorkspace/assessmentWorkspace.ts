import { LightningElement, api, wire } from 'lwc';
import { getFieldValue, getRecord, type RecordRepresentation, type WireResult } from 'lightning/uiRecordApi';
import INTERACTION_FIELD from '@salesforce/schema/Assessment__c.Interaction__c';
import type { CiteTarget, CitedTurn } from 'c/assessmentForm';
import type { SelectedTurn } from 'c/interactionTranscript';
import { errorSummary } from 'c/platformErrors';

interface FormElement extends HTMLElement {
    citeTurn(turn: CitedTurn): boolean;
}

/**
 * The evaluator's workspace on an assessment: the form and the interaction's transcript side by
 * side. The two are siblings; a turn selected in the transcript reaches the form through this
 * parent, which cites it as the evidence of the item last focused in the form.
 */
export default class AssessmentWorkspace extends LightningElement {
    @api recordId: string | undefined;

    private interactionId: string | null = null;
    private interactionError: unknown;
    private citeTarget: CiteTarget | null = null;

    @wire(getRecord, { recordId: '$recordId', fields: [INTERACTION_FIELD] })
    wiredAssessment({ data, error }: WireResult<RecordRepresentation>): void {
        if (data) {
            const interactionId = getFieldValue(data, INTERACTION_FIELD);
            this.interactionId = typeof interactionId === 'string' ? interactionId : null;
            this.interactionError = undefined;
        } else if (error) {
            this.interactionError = error;
        }
    }

    get transcriptRecordId(): string | undefined {
        return this.interactionId ?? undefined;
    }

    get interactionErrorText(): string | null {
        return this.interactionError ? errorSummary(this.interactionError) : null;
    }

    /** The item a selected turn is cited for: the one last focused in the form, while it may be edited. */
    get citingItemLabel(): string | null {
        return this.citeTarget?.question ?? null;
    }

    handleCiteTarget(event: CustomEvent<CiteTarget | null>): void {
        this.citeTarget = event.detail;
    }

    handleTurnSelect(event: CustomEvent<SelectedTurn>): void {
        if (!this.citingItemLabel) {
            return;
        }
        this.template?.querySelector<FormElement>('c-assessment-form')?.citeTurn(event.detail);
    }
}
