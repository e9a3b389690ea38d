import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { gql, graphql, type RefreshableGraphqlResult } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { formatDate, formatDateTime } from 'c/calendarDates';
import { sameRecordId } from 'c/disputeRules';
import { errorMessages } from 'c/platformErrors';
import { openedRecordPage, refreshList } from 'c/recordLists';
import type { GraphqlField as Field } from 'c/graphqlRecords';

type NameOf = { Name: Field<string> } | null;

interface InteractionNode {
    Id: string;
    Name: Field<string>;
    channel: Field<string>;
    startedAt: Field<string>;
    agent: NameOf;
}

interface AssessmentNode {
    Id: string;
    Name: Field<string>;
    status: Field<string>;
    type: Field<string>;
    score: Field<number>;
    autoFailed: Field<boolean>;
    dueDate: Field<string>;
    interactionId: Field<string>;
    evaluatorId: Field<string>;
    ownerId: Field<string>;
    evaluator: NameOf;
    scorecard: NameOf;
}

interface CaseQualityData {
    uiapi: {
        query: {
            interactions: { edges: Array<{ node: InteractionNode }> };
            assessments: { edges: Array<{ node: AssessmentNode }> };
        };
    };
}

export interface AssessmentRow {
    id: string;
    name: string;
    status: string;
    statusLabel: string;
    typeLabel: string;
    score: number | null;
    autoFailed: boolean;
    evaluatorName: string;
    scorecardName: string;
    dueDate: string;
    /** "Start" or "Continue" when the assessment is assigned to me and not yet submitted. */
    actionLabel: string | null;
    /** The action with the assessment it acts on, so each button says what it opens: "Start A-0001". */
    actionTitle: string;
    openTitle: string;
}

export interface InteractionGroup {
    key: string;
    heading: string;
    details: string;
    assessments: AssessmentRow[];
    hasAssessments: boolean;
}

/** The statuses in which the assigned evaluator still works on an assessment, and the word for it. */
const WORK_ACTIONS: Readonly<Record<string, string>> = { Assigned: 'Start', 'In Progress': 'Continue' };

// Aliases keep the answer's shape when the platform adds the package namespace to the API names.
const CASE_QUALITY_QUERY = gql`
    query caseQuality($caseId: ID) {
        uiapi {
            query {
                interactions: Interaction__c(
                    where: { Case__c: { eq: $caseId } }
                    orderBy: { Started_At__c: { order: ASC } }
                    first: 50
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            channel: Channel__c {
                                value
                                displayValue
                            }
                            startedAt: Started_At__c {
                                value
                            }
                            agent: Agent__r {
                                Name {
                                    value
                                }
                            }
                        }
                    }
                }
                assessments: Assessment__c(
                    where: { Case__c: { eq: $caseId } }
                    orderBy: { Due_Date__c: { order: ASC, nulls: LAST }, Name: { order: ASC } }
                    first: 100
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            status: Status__c {
                                value
                                displayValue
                            }
                            type: Type__c {
                                value
                                displayValue
                            }
                            score: Score__c {
                                value
                            }
                            autoFailed: Auto_Failed__c {
                                value
                            }
                            dueDate: Due_Date__c {
                                value
                            }
                            interactionId: Interaction__c {
                                value
                            }
                            evaluatorId: Evaluator__c {
                                value
                            }
                            ownerId: OwnerId {
                                value
                            }
                            evaluator: Evaluator__r {
                                Name {
                                    value
                                }
                            }
                            scorecard: Scorecard__r {
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

/**
 * The Case record page's quality panel: the case's interactions, each with its assessments
 * (status, score and band, evaluator, due date), and "Start" or "Continue" on an assessment
 * assigned to me, which opens the assessment's record page where the assessment form lives.
 * What each person sees is what sharing lets them read: an agent sees their assessments once
 * submitted, an evaluator the ones they own.
 */
export default class CaseQualityPanel extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;

    private wiredResult: RefreshableGraphqlResult<CaseQualityData> | undefined;
    /** Every interaction of the case with its assessments. */
    groups: InteractionGroup[] = [];
    loaded = false;
    errors: string[] = [];
    refreshing = false;

    @wire(graphql, { query: CASE_QUALITY_QUERY, variables: '$variables' })
    wiredCaseQuality(result: RefreshableGraphqlResult<CaseQualityData>): void {
        this.wiredResult = result;
        if (result.errors) {
            this.errors = errorMessages(result.errors);
            this.groups = [];
        } else if (result.data) {
            this.errors = [];
            this.groups = groupsOf(result.data);
            this.loaded = true;
        }
    }

    get variables(): { caseId: string } | undefined {
        return this.recordId ? { caseId: this.recordId } : undefined;
    }

    get isLoading(): boolean {
        return !this.loaded && this.errors.length === 0;
    }

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    get isEmpty(): boolean {
        return this.loaded && !this.hasErrors && this.groups.length === 0;
    }

    handleRefresh(): Promise<void> {
        return refreshList(this, this.wiredResult);
    }

    handleOpen(event: Event): void {
        const page = openedRecordPage(event, 'Assessment__c');
        if (page) {
            this[NavigationMixin.Navigate](page);
        }
    }
}

/** The case's interactions in time order, each with its assessments; assessments of no listed interaction last. */
function groupsOf(data: CaseQualityData): InteractionGroup[] {
    const { interactions, assessments } = data.uiapi.query;
    const interactionIds = new Set(interactions.edges.map(({ node }) => node.Id));
    const groups = interactions.edges.map(({ node }) =>
        group(
            node.Id,
            interactionHeading(node),
            interactionDetails(node),
            assessments.edges
                .filter((edge) => edge.node.interactionId.value === node.Id)
                .map((edge) => assessmentRow(edge.node))
        )
    );
    const elsewhere = assessments.edges.filter(
        ({ node }) => !node.interactionId.value || !interactionIds.has(node.interactionId.value)
    );
    if (elsewhere.length > 0) {
        groups.push(
            group(
                'case',
                'Assessments of the case',
                '',
                elsewhere.map(({ node }) => assessmentRow(node))
            )
        );
    }
    return groups;
}

function group(key: string, heading: string, details: string, assessments: AssessmentRow[]): InteractionGroup {
    return { key, heading, details, assessments, hasAssessments: assessments.length > 0 };
}

function interactionHeading(node: InteractionNode): string {
    return node.Name.value ?? 'Interaction';
}

/** "Phone · Nov 2, 2026, 9:00 AM · Agent: Alex Agent" */
function interactionDetails(node: InteractionNode): string {
    const channel = node.channel.displayValue ?? node.channel.value ?? '';
    const agent = node.agent?.Name.value ? `Agent: ${node.agent.Name.value}` : '';
    return [channel, formatDateTime(node.startedAt.value, LOCALE, TIME_ZONE), agent].filter(Boolean).join(' · ');
}

function assessmentRow(node: AssessmentNode): AssessmentRow {
    const name = node.Name.value ?? node.Id;
    const status = node.status.value ?? '';
    const assignedToMe = sameRecordId(node.evaluatorId.value, USER_ID) || sameRecordId(node.ownerId.value, USER_ID);
    const actionLabel = assignedToMe ? (WORK_ACTIONS[status] ?? null) : null;
    return {
        id: node.Id,
        name,
        status,
        statusLabel: node.status.displayValue ?? status,
        typeLabel: node.type.displayValue ?? node.type.value ?? '',
        score: node.score.value,
        autoFailed: node.autoFailed.value === true,
        evaluatorName: node.evaluator?.Name.value ?? 'Unassigned',
        scorecardName: node.scorecard?.Name.value ?? '',
        dueDate: formatDate(node.dueDate.value, LOCALE) || 'No due date',
        actionLabel,
        actionTitle: actionLabel ? `${actionLabel} ${name}` : '',
        openTitle: `Open assessment ${name}`
    };
}
