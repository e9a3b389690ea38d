/** Records as the platform hands them to the assessment form's wires, for its tests. */

export const ASSESSMENT_ID = 'a01000000000001AAA';
export const SCORECARD_ID = 'a02000000000001AAA';
/** sfdx-lwc-jest's running user (`@salesforce/user/Id`), as the assigned evaluator. */
export const ME = '005000000000000AAA';
export const SOMEONE_ELSE = '005000000000009AAA';

export const IDENTITY_ID = 'a03000000000001AAA';
export const RESOLUTION_ID = 'a03000000000002AAA';
export const ACCURACY_ID = 'a03000000000003AAA';
export const ESCALATION_ID = 'a03000000000004AAA';
export const UPSELL_ID = 'a03000000000005AAA';

const field = (value: unknown) => ({ value, displayValue: null });

export interface AssessmentFacts {
    status?: string;
    type?: string;
    evaluatorId?: string;
    score?: number | null;
    band?: string | null;
    autoFailed?: boolean;
    autoFailThreshold?: number | null;
    overallComment?: string | null;
    /** False: the person cannot read Overall_Comment__c, so getRecord (an optional field) leaves it out. */
    overallCommentReadable?: boolean;
}

/** Assessment__c as getRecord gives it, its scorecard as a spanning field. */
export function assessmentRecord(facts: AssessmentFacts = {}) {
    return {
        apiName: 'Assessment__c',
        id: ASSESSMENT_ID,
        fields: {
            Name: field('A-0042'),
            Status__c: field(facts.status ?? 'Assigned'),
            Type__c: field(facts.type ?? 'Standard'),
            Evaluator__c: field(facts.evaluatorId ?? ME),
            Scorecard__c: field(SCORECARD_ID),
            Score__c: field(facts.score ?? null),
            Band__c: field(facts.band ?? null),
            Auto_Failed__c: field(facts.autoFailed ?? false),
            ...(facts.overallCommentReadable === false
                ? {}
                : { Overall_Comment__c: field(facts.overallComment ?? null) }),
            Scorecard__r: {
                value: {
                    apiName: 'Scorecard__c',
                    id: SCORECARD_ID,
                    fields: {
                        Name: field('Phone v1'),
                        Pass_Threshold__c: field(80),
                        Auto_Fail_Threshold__c: field(
                            facts.autoFailThreshold === undefined ? 75 : facts.autoFailThreshold
                        )
                    }
                },
                displayValue: 'Phone v1'
            }
        }
    };
}

interface ItemFacts {
    id: string;
    section: string;
    order: number;
    question: string;
    points: number;
    scale: 'YesNo' | 'YesPartialNo' | 'OneToFive';
    naAllowed?: boolean;
    hardFail?: boolean;
    coachingOnly?: boolean;
    guidance?: string | null;
}

export function itemNode(facts: ItemFacts) {
    return {
        node: {
            Id: facts.id,
            Name: field(`Item ${facts.order}`),
            Section__c: field(facts.section),
            Order__c: field(facts.order),
            Question__c: field(facts.question),
            Guidance__c: field(facts.guidance ?? null),
            Points__c: field(facts.points),
            Answer_Scale__c: field(facts.scale),
            NA_Allowed__c: field(facts.naAllowed ?? false),
            Hard_Fail__c: field(facts.hardFail ?? false),
            Coaching_Only__c: field(facts.coachingOnly ?? false)
        }
    };
}

/** The Phone scorecard's shape: a hard-fail check, partial credit, 1–5, N/A and a coaching-only item. */
export const ITEMS = [
    // Listed out of order: the form orders by Order__c.
    itemNode({
        id: RESOLUTION_ID,
        section: 'Resolution',
        order: 2,
        question: 'Resolved the need or set a clear next step',
        points: 20,
        scale: 'YesPartialNo'
    }),
    itemNode({
        id: IDENTITY_ID,
        section: 'Compliance',
        order: 1,
        question: 'Verified the customer before discussing the account',
        points: 10,
        scale: 'YesNo',
        hardFail: true,
        guidance: 'Yes: name and two security answers checked before any account detail.'
    }),
    itemNode({
        id: ACCURACY_ID,
        section: 'Resolution',
        order: 3,
        question: 'Gave accurate information',
        points: 15,
        scale: 'OneToFive'
    }),
    itemNode({
        id: ESCALATION_ID,
        section: 'Conversation',
        order: 4,
        question: 'Handled escalation requests calmly',
        points: 10,
        scale: 'YesPartialNo',
        naAllowed: true
    }),
    itemNode({
        id: UPSELL_ID,
        section: 'Conversation',
        order: 5,
        question: 'Offered a relevant product',
        points: 1,
        scale: 'YesNo',
        naAllowed: true,
        coachingOnly: true
    })
];

export function responseNode(
    id: string,
    itemId: string,
    answer: string | null,
    comment: string | null = null,
    evidence: string | null = null
) {
    return {
        node: {
            Id: id,
            Scorecard_Item__c: field(itemId),
            Answer__c: field(answer),
            Comment__c: field(comment),
            Evidence__c: field(evidence)
        }
    };
}

/** The form query's answer. */
export function formData(responses: unknown[] = [], items: unknown[] = ITEMS) {
    return {
        uiapi: {
            query: {
                Scorecard_Item__c: { edges: items },
                Assessment_Response__c: { edges: responses }
            }
        }
    };
}

/** What object info tells the form: edit access to the overall comment, and whether coaching may be created. */
export interface FormAccess {
    overallCommentUpdateable?: boolean;
    coachingCreateable?: boolean;
}

export function assessmentObjectInfo(access: FormAccess = {}) {
    return {
        apiName: 'Assessment__c',
        createable: true,
        updateable: true,
        fields: {
            Status__c: { apiName: 'Status__c', updateable: true },
            Overall_Comment__c: {
                apiName: 'Overall_Comment__c',
                updateable: access.overallCommentUpdateable ?? true
            }
        }
    };
}

export function coachingObjectInfo(access: FormAccess = {}) {
    const createable = access.coachingCreateable ?? true;
    return {
        apiName: 'Coaching_Task__c',
        createable,
        fields: {
            Status__c: { apiName: 'Status__c', updateable: createable },
            Completed_At__c: { apiName: 'Completed_At__c', updateable: createable }
        }
    };
}

/** The object a getObjectInfo config names (an @salesforce/schema import or a string). */
export function objectInfoFor(apiName: string) {
    return (config: { objectApiName: string | { objectApiName: string } }): boolean =>
        (typeof config.objectApiName === 'string' ? config.objectApiName : config.objectApiName.objectApiName) ===
        apiName;
}
