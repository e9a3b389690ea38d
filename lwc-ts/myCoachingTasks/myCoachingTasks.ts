import { LightningElement, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { gql, graphql, type RefreshableGraphqlResult } from 'lightning/graphql';
import { getObjectInfo, type ObjectInfo } from 'lightning/uiObjectInfoApi';
import type { WireResult } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import COACHING_TASK from '@salesforce/schema/Coaching_Task__c';
import STATUS from '@salesforce/schema/Coaching_Task__c.Status__c';
import COMPLETED_AT from '@salesforce/schema/Coaching_Task__c.Completed_At__c';
import LOCALE from '@salesforce/i18n/locale';
import { formatDate } from 'c/calendarDates';
import { errorMessages } from 'c/platformErrors';
import { openedRecordPage, refreshList } from 'c/recordLists';
import type { GraphqlField as Field } from 'c/graphqlRecords';

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
 * earliest due first. Both lists show the same fields of a task: one fragment names them.
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
                            ...coachingTaskRow
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
                            ...coachingTaskRow
                        }
                    }
                }
            }
        }
    }

    fragment coachingTaskRow on Coaching_Task__c {
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
`;

/**
 * My open coaching (app and home pages): the tasks I am coached on, to acknowledge, and the ones I
 * coach, to complete once acknowledged; due dates, overdue ones marked (the model's Overdue__c).
 * Each opens its record page, where the coaching task card takes the step.
 */
export default class MyCoachingTasks extends NavigationMixin(LightningElement) {
    private agentTasks: TaskNode[] | undefined;
    private coachTasks: TaskNode[] = [];
    /** Whether I may write what completing writes; a coach without it waits for a QA manager. */
    canComplete = false;
    errors: string[] = [];
    refreshing = false;
    private wiredResult: RefreshableGraphqlResult<MyCoachingData> | undefined;

    variables = { userId: USER_ID };

    @wire(graphql, { query: MY_COACHING_QUERY, variables: '$variables' })
    wiredCoaching(result: RefreshableGraphqlResult<MyCoachingData>): void {
        this.wiredResult = result;
        if (result.errors) {
            this.errors = errorMessages(result.errors);
            this.agentTasks = undefined;
            this.coachTasks = [];
        } else if (result.data) {
            this.errors = [];
            this.agentTasks = result.data.uiapi.query.asAgent.edges.map(({ node }) => node);
            this.coachTasks = result.data.uiapi.query.asCoach.edges.map(({ node }) => node);
        }
    }

    @wire(getObjectInfo, { objectApiName: COACHING_TASK })
    wiredObjectInfo({ data }: WireResult<ObjectInfo>): void {
        if (data) {
            this.canComplete = [STATUS, COMPLETED_AT].every(
                (field) => data.fields[field.fieldApiName as string]?.updateable === true
            );
        }
    }

    get asAgent(): CoachingRow[] {
        return (this.agentTasks ?? []).map(agentRow);
    }

    get asCoach(): CoachingRow[] {
        return this.coachTasks.map((node) => coachRow(node, this.canComplete));
    }

    get isLoading(): boolean {
        return !this.agentTasks && this.errors.length === 0;
    }

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    /** The lists that have something in them: coaching I receive first, then coaching I give. */
    get sections(): Array<{ key: string; heading: string; rows: CoachingRow[] }> {
        return [
            { key: 'agent', heading: 'Coaching for me', rows: this.asAgent },
            { key: 'coach', heading: 'Coaching I give', rows: this.asCoach }
        ].filter((section) => section.rows.length > 0);
    }

    get hasTasks(): boolean {
        return this.sections.length > 0;
    }

    get hasNothing(): boolean {
        return Boolean(this.agentTasks) && !this.hasTasks;
    }

    /** "2 to acknowledge, 1 to complete, 1 overdue." */
    get summary(): string {
        const mine = [...this.asAgent, ...this.asCoach];
        const toAcknowledge = this.asAgent.filter((row) => row.needsMe).length;
        const toComplete = this.asCoach.filter((row) => row.needsMe).length;
        const overdue = new Set(mine.filter((row) => row.overdue).map((row) => row.id)).size;
        return `${toAcknowledge} to acknowledge, ${toComplete} to complete, ${overdue} overdue.`;
    }

    handleRefresh(): Promise<void> {
        return refreshList(this, this.wiredResult);
    }

    handleOpen(event: Event): void {
        const page = openedRecordPage(event, 'Coaching_Task__c');
        if (page) {
            this[NavigationMixin.Navigate](page);
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

/** As the coach, I complete a task once the agent has acknowledged it, if completing is in my access. */
function coachRow(node: TaskNode, canComplete: boolean): CoachingRow {
    const agent = node.agent?.Name.value ?? 'the agent';
    if (node.status.value !== 'Acknowledged') {
        return coachingRow(node, `Waiting for ${agent} to acknowledge`, false);
    }
    return canComplete
        ? coachingRow(node, `To complete · agent: ${agent}`, true)
        : coachingRow(node, `Acknowledged by ${agent} · a QA manager marks it completed`, false);
}
