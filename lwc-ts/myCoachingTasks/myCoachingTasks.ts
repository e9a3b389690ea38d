import { LightningElement, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { gql, graphql, type RefreshableGraphqlResult } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import { formatDate } from 'c/calendarDates';
import { errorMessages } from 'c/platformErrors';

interface Field<T> {
    value: T | null;
    displayValue?: string | null;
}

interface TaskNode {
    Id: string;
    Name: Field<string>;
    status: Field<string>;
    behavior: Field<string>;
    dueDate: Field<string>;
    overdue: Field<boolean>;
    agent: { Name: Field<string> } | null;
    coach: { Name: Field<string> } | null;
}

interface TaskConnection {
    edges: Array<{ node: TaskNode }>;
}

interface MyCoachingData {
    uiapi: { query: { asAgent: TaskConnection; asCoach: TaskConnection } };
}

export interface CoachingRow {
    id: string;
    name: string;
    openLabel: string;
    behavior: string;
    /** What happens next, from my side: "To acknowledge", "Waiting for Alex Agent to acknowledge", … */
    nextStep: string;
    needsMe: boolean;
    dueDate: string;
    overdue: boolean;
}

/**
 * Open coaching (Open or Acknowledged) where I am the coached agent, and where I am the coach;
 * earliest due first. (The local org takes no fragments, so both selections are written out.)
 */
const MY_COACHING_QUERY = gql`
    query myCoachingTasks($userId: ID) {
        uiapi {
            query {
                asAgent: Coaching_Task__c(
                    where: { Agent__c: { eq: $userId }, Status__c: { in: ["Open", "Acknowledged"] } }
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
                            }
                            behavior: Behavior__c {
                                value
                            }
                            dueDate: Due_Date__c {
                                value
                            }
                            overdue: Overdue__c {
                                value
                            }
                            agent: Agent__r {
                                Name {
                                    value
                                }
                            }
                            coach: Coach__r {
                                Name {
                                    value
                                }
                            }
                        }
                    }
                }
                asCoach: Coaching_Task__c(
                    where: { Coach__c: { eq: $userId }, Status__c: { in: ["Open", "Acknowledged"] } }
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
                            }
                            behavior: Behavior__c {
                                value
                            }
                            dueDate: Due_Date__c {
                                value
                            }
                            overdue: Overdue__c {
                                value
                            }
                            agent: Agent__r {
                                Name {
                                    value
                                }
                            }
                            coach: Coach__r {
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
 * My open coaching (app and home pages): the tasks I am coached on, to acknowledge, and the ones I
 * coach, to complete once acknowledged; due dates, overdue ones marked (the model's Overdue__c).
 * Each opens its record page, where the coaching task card takes the step.
 */
export default class MyCoachingTasks extends NavigationMixin(LightningElement) {
    asAgent: CoachingRow[] | undefined;
    asCoach: CoachingRow[] | undefined;
    errors: string[] = [];
    refreshing = false;
    private wiredResult: RefreshableGraphqlResult<MyCoachingData> | undefined;

    variables = { userId: USER_ID };

    @wire(graphql, { query: MY_COACHING_QUERY, variables: '$variables' })
    wiredCoaching(result: RefreshableGraphqlResult<MyCoachingData>): void {
        this.wiredResult = result;
        if (result.errors) {
            this.errors = errorMessages(result.errors);
            this.asAgent = undefined;
            this.asCoach = undefined;
        } else if (result.data) {
            this.errors = [];
            this.asAgent = result.data.uiapi.query.asAgent.edges.map(({ node }) => agentRow(node));
            this.asCoach = result.data.uiapi.query.asCoach.edges.map(({ node }) => coachRow(node));
        }
    }

    get isLoading(): boolean {
        return !this.asAgent && this.errors.length === 0;
    }

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    /** The lists that have something in them: coaching I receive first, then coaching I give. */
    get sections(): Array<{ key: string; heading: string; rows: CoachingRow[] }> {
        return [
            { key: 'agent', heading: 'Coaching for me', rows: this.asAgent ?? [] },
            { key: 'coach', heading: 'Coaching I give', rows: this.asCoach ?? [] }
        ].filter((section) => section.rows.length > 0);
    }

    get hasTasks(): boolean {
        return this.sections.length > 0;
    }

    get hasNothing(): boolean {
        return Boolean(this.asAgent) && !this.hasTasks;
    }

    /** "2 to acknowledge, 1 to complete, 1 overdue." */
    get summary(): string {
        const mine = [...(this.asAgent ?? []), ...(this.asCoach ?? [])];
        const toAcknowledge = (this.asAgent ?? []).filter((row) => row.needsMe).length;
        const toComplete = (this.asCoach ?? []).filter((row) => row.needsMe).length;
        const overdue = new Set(mine.filter((row) => row.overdue).map((row) => row.id)).size;
        return `${toAcknowledge} to acknowledge, ${toComplete} to complete, ${overdue} overdue.`;
    }

    async handleRefresh(): Promise<void> {
        if (!this.wiredResult?.refresh) {
            return;
        }
        this.refreshing = true;
        try {
            await this.wiredResult.refresh();
        } catch (error) {
            this.errors = errorMessages(error);
        } finally {
            this.refreshing = false;
        }
    }

    handleOpen(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.id;
        if (recordId) {
            this[NavigationMixin.Navigate]({
                type: 'standard__recordPage',
                attributes: { recordId, objectApiName: 'Coaching_Task__c', actionName: 'view' }
            });
        }
    }
}

function coachingRow(node: TaskNode, nextStep: string, needsMe: boolean): CoachingRow {
    const name = node.Name.value ?? node.Id;
    return {
        id: node.Id,
        name,
        openLabel: `Open coaching task ${name}`,
        behavior: node.behavior.value ?? '',
        nextStep,
        needsMe,
        dueDate: formatDate(node.dueDate.value, LOCALE) || 'No due date',
        overdue: node.overdue.value === true
    };
}

/** As the coached agent, I acknowledge an Open task; then the coach completes it. */
function agentRow(node: TaskNode): CoachingRow {
    const coach = node.coach?.Name.value ?? 'the coach';
    return node.status.value === 'Open'
        ? coachingRow(node, `To acknowledge · coach: ${coach}`, true)
        : coachingRow(node, `Acknowledged · ${coach} completes it`, false);
}

/** As the coach, I complete a task once the agent has acknowledged it. */
function coachRow(node: TaskNode): CoachingRow {
    const agent = node.agent?.Name.value ?? 'the agent';
    return node.status.value === 'Acknowledged'
        ? coachingRow(node, `To complete · agent: ${agent}`, true)
        : coachingRow(node, `Waiting for ${agent} to acknowledge`, false);
}
