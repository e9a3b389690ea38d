import { LightningElement, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { gql, graphql, type RefreshableGraphqlResult } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import CAN_EVALUATE from '@salesforce/customPermission/Evaluate_Assessments';
import { formatDate } from 'c/calendarDates';
import { errorMessages } from 'c/platformErrors';
import { openedRecordPage, refreshList } from 'c/recordLists';
import type { GraphqlField as Field } from 'c/graphqlRecords';

interface QueueNode {
    Id: string;
    Name: Field<string>;
    status: Field<string>;
    dueDate: Field<string>;
    overdue: Field<boolean>;
    scorecardId: Field<string>;
    scorecard: { Name: Field<string> } | null;
    case: { CaseNumber: Field<string>; Subject: Field<string> } | null;
    agent: { Name: Field<string> } | null;
}

interface QueueData {
    uiapi: {
        query: {
            assessments: { edges: Array<{ node: QueueNode }>; pageInfo: { hasNextPage: boolean } };
        };
    };
}

export interface QueueItem {
    id: string;
    name: string;
    openLabel: string;
    caseNumber: string;
    caseSubject: string;
    agentName: string;
    scorecardId: string;
    scorecardName: string;
    status: string;
    statusLabel: string;
    dueDate: string;
    overdue: boolean;
}

interface Option {
    label: string;
    value: string;
}

const ALL = 'all';
/** The most a queue shows at once; a longer queue says so. */
const QUEUE_SIZE = 200;

/**
 * "My assigned assessments" as the list view defines it: owned by me (the assigned evaluator owns
 * the assessment, a rule of the model) and Assigned or In Progress. Earliest due first, undated last.
 */
const QUEUE_QUERY = gql`
    query myAssessmentQueue($ownerId: ID, $size: Int) {
        uiapi {
            query {
                assessments: Assessment__c(
                    where: { OwnerId: { eq: $ownerId }, Status__c: { in: ["Assigned", "In Progress"] } }
                    orderBy: { Due_Date__c: { order: ASC, nulls: LAST }, Name: { order: ASC } }
                    first: $size
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
                            dueDate: Due_Date__c {
                                value
                            }
                            overdue: Overdue__c {
                                value
                            }
                            scorecardId: Scorecard__c {
                                value
                            }
                            scorecard: Scorecard__r {
                                Name {
                                    value
                                }
                            }
                            case: Case__r {
                                CaseNumber {
                                    value
                                }
                                Subject {
                                    value
                                }
                            }
                            agent: Agent__r {
                                Name {
                                    value
                                }
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                    }
                }
            }
        }
    }
`;

/**
 * The evaluator's assessment queue (app and home pages): the assessments assigned to me by due
 * date, overdue ones marked (the model's Overdue__c), counts of what is waiting, filters by
 * scorecard and status; opening an item goes to its record page.
 */
export default class AssessmentQueue extends NavigationMixin(LightningElement) {
    canEvaluate = CAN_EVALUATE;
    items: QueueItem[] | undefined;
    truncated = false;
    errors: string[] = [];
    scorecardFilter = ALL;
    statusFilter = ALL;
    refreshing = false;
    private wiredResult: RefreshableGraphqlResult<QueueData> | undefined;

    /** Undefined for someone who does not evaluate, so the query never runs for them. */
    get variables(): { ownerId: string; size: number } | undefined {
        return this.canEvaluate ? { ownerId: USER_ID, size: QUEUE_SIZE } : undefined;
    }

    @wire(graphql, { query: QUEUE_QUERY, variables: '$variables' })
    wiredQueue(result: RefreshableGraphqlResult<QueueData>): void {
        this.wiredResult = result;
        if (result.errors) {
            this.errors = errorMessages(result.errors);
            this.items = undefined;
        } else if (result.data) {
            const { edges, pageInfo } = result.data.uiapi.query.assessments;
            this.errors = [];
            this.items = edges.map(({ node }) => queueItem(node));
            this.truncated = pageInfo.hasNextPage;
        }
    }

    get isLoading(): boolean {
        return this.canEvaluate && !this.items && this.errors.length === 0;
    }

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    get hasWork(): boolean {
        return (this.items?.length ?? 0) > 0;
    }

    get hasNoWork(): boolean {
        return this.items?.length === 0;
    }

    get visibleItems(): QueueItem[] {
        return (this.items ?? []).filter(
            (item) =>
                (this.scorecardFilter === ALL || item.scorecardId === this.scorecardFilter) &&
                (this.statusFilter === ALL || item.status === this.statusFilter)
        );
    }

    get hasVisibleItems(): boolean {
        return this.visibleItems.length > 0;
    }

    /** "12 assigned to you: 9 not started, 3 in progress, 2 overdue." */
    get summary(): string {
        const items = this.items ?? [];
        const count = (status: string) => items.filter((item) => item.status === status).length;
        const overdue = items.filter((item) => item.overdue).length;
        const more = this.truncated ? ` Showing the first ${QUEUE_SIZE}.` : '';
        return (
            `${items.length} assigned to you: ${count('Assigned')} not started, ` +
            `${count('In Progress')} in progress, ${overdue} overdue.${more}`
        );
    }

    /** "Showing 3 of 12." while a filter hides some. */
    get filterSummary(): string {
        const total = this.items?.length ?? 0;
        const shown = this.visibleItems.length;
        return shown === total ? '' : `Showing ${shown} of ${total}.`;
    }

    get scorecardOptions(): Option[] {
        const names = new Map<string, string>();
        for (const item of this.items ?? []) {
            names.set(item.scorecardId, item.scorecardName);
        }
        const scorecards = [...names].map(([value, label]) => ({ value, label }));
        scorecards.sort((a, b) => a.label.localeCompare(b.label, LOCALE));
        return [{ label: 'All scorecards', value: ALL }, ...scorecards];
    }

    get statusOptions(): Option[] {
        return [
            { label: 'All open work', value: ALL },
            { label: 'Assigned (not started)', value: 'Assigned' },
            { label: 'In Progress', value: 'In Progress' }
        ];
    }

    handleScorecardFilter(event: CustomEvent<{ value: string }>): void {
        this.scorecardFilter = event.detail.value;
    }

    handleStatusFilter(event: CustomEvent<{ value: string }>): void {
        this.statusFilter = event.detail.value;
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

function queueItem(node: QueueNode): QueueItem {
    const name = node.Name.value ?? node.Id;
    const status = node.status.value ?? '';
    return {
        id: node.Id,
        name,
        openLabel: `Open assessment ${name}`,
        caseNumber: node.case?.CaseNumber.value ?? '',
        caseSubject: node.case?.Subject.value ?? '',
        agentName: node.agent?.Name.value ?? '',
        scorecardId: node.scorecardId.value ?? '',
        scorecardName: node.scorecard?.Name.value ?? '',
        status,
        statusLabel: node.status.displayValue ?? status,
        dueDate: formatDate(node.dueDate.value, LOCALE) || 'No due date',
        overdue: node.overdue.value === true
    };
}
