import { LightningElement, api } from 'lwc';
import { callOrg, session } from 'preview/session';
import { urlOf } from 'preview/router';
import { iconNameOf } from 'shell/objectIcons';
import { errorMessage } from 'shell/orgErrors';
import {
    displayAt,
    recordNameOf,
    type ListInfo,
    type ListRecordCollection,
    type NavItem,
    type RecordRepresentation
} from 'shell/uiApiRecords';

/** The rows a work card shows, and how many it counts before saying "50+". */
const SHOWN_ROWS = 5;
const COUNTED_ROWS = 50;

interface WorkList {
    objectApiName: string;
    listViewApiName: string;
}

/** The package's list views that hold each role's work, most pressing first. */
const WORK_BY_ROLE: Record<string, WorkList[]> = {
    Evaluator: [
        { objectApiName: 'Assessment__c', listViewApiName: 'My_Assigned_Assessments' },
        { objectApiName: 'Assessment__c', listViewApiName: 'Overdue_Assessments' },
        { objectApiName: 'Calibration_Session__c', listViewApiName: 'Upcoming_Calibration_Sessions' }
    ],
    Agent: [
        { objectApiName: 'Coaching_Task__c', listViewApiName: 'Awaiting_Acknowledgement' },
        { objectApiName: 'Coaching_Task__c', listViewApiName: 'Coaching_Due_This_Week' },
        { objectApiName: 'Assessment__c', listViewApiName: 'Submitted_Assessments' },
        { objectApiName: 'Dispute__c', listViewApiName: 'Open_Disputes' }
    ],
    'QA manager': [
        { objectApiName: 'Dispute__c', listViewApiName: 'Open_Disputes' },
        { objectApiName: 'Dispute__c', listViewApiName: 'Escalated_Disputes' },
        { objectApiName: 'Coaching_Task__c', listViewApiName: 'Overdue_Coaching' },
        { objectApiName: 'Assessment__c', listViewApiName: 'Auto_Failed_Assessments' },
        { objectApiName: 'Calibration_Session__c', listViewApiName: 'Upcoming_Calibration_Sessions' }
    ],
    'QA admin': [
        { objectApiName: 'Sampling_Run__c', listViewApiName: 'Failed_Sampling_Runs' },
        { objectApiName: 'Sampling_Plan__c', listViewApiName: 'Active_Sampling_Plans' },
        { objectApiName: 'Scorecard__c', listViewApiName: 'Draft_Scorecards' },
        { objectApiName: 'Dispute__c', listViewApiName: 'Escalated_Disputes' }
    ],
    'System administrator': [
        { objectApiName: 'Sampling_Run__c', listViewApiName: 'Recent_Sampling_Runs' },
        { objectApiName: 'Sampling_Plan__c', listViewApiName: 'Active_Sampling_Plans' },
        { objectApiName: 'Dispute__c', listViewApiName: 'Open_Disputes' },
        { objectApiName: 'Assessment__c', listViewApiName: 'Overdue_Assessments' }
    ]
};

const ROLE_WORK: Record<string, string> = {
    Evaluator: 'Score the interactions assigned to you and join your calibration sessions.',
    Agent: 'Acknowledge your coaching, follow your scores and dispute an answer you disagree with.',
    'QA manager': 'Arbitrate disputes, follow coaching and watch the assessments that failed.',
    'QA admin': 'Keep the sampling plans running and the scorecards ready.',
    'System administrator': 'Watch the sampling runs and everything the program has open.'
};

interface CardRow {
    key: string;
    name: string;
    url: string;
    detail: string;
}

interface WorkCard {
    key: string;
    title: string;
    count: string;
    countLabel: string;
    iconName: string;
    listUrl: string;
    rows: CardRow[];
    hasRows: boolean;
    emptyText: string;
    error: string | null;
}

/**
 * Home: a greeting, and the work the signed-in person's role has, as cards of the package's list
 * views that matter to them (assigned assessments, disputes, coaching due), each with its count,
 * its first records and a link to the whole list. Only lists of objects the app shows them, and
 * only what the local org returns for them.
 */
export default class HomePage extends LightningElement {
    @api navItems: NavItem[] = [];

    loading = true;
    cards: WorkCard[] = [];

    override connectedCallback(): void {
        this.dispatchEvent(new CustomEvent('shelltitle', { bubbles: true, composed: true, detail: 'Home' }));
        this.load();
    }

    get greeting(): string {
        return `Welcome, ${session.name}`;
    }

    get roleLine(): string {
        return `${session.persona}. ${ROLE_WORK[session.persona] ?? 'The Verity QA app shows what your permission sets let you see.'}`;
    }

    get hasCards(): boolean {
        return this.cards.length > 0;
    }

    get noWork(): boolean {
        return !this.loading && this.cards.length === 0;
    }

    private async load(): Promise<void> {
        const shown = new Map(
            (this.navItems ?? []).filter((item) => item.objectApiName).map((item) => [item.objectApiName, item])
        );
        const lists = (WORK_BY_ROLE[session.persona] ?? []).filter((list) => shown.has(list.objectApiName));
        this.cards = await Promise.all(
            lists.map((list) => this.loadCard(list, shown.get(list.objectApiName) as NavItem))
        );
        this.loading = false;
    }

    private async loadCard(list: WorkList, navItem: NavItem): Promise<WorkCard> {
        const listUrl = urlOf({
            type: 'standard__objectPage',
            attributes: { objectApiName: list.objectApiName, actionName: 'list' },
            state: { filterName: list.listViewApiName }
        });
        const card: WorkCard = {
            key: `${list.objectApiName}.${list.listViewApiName}`,
            title: list.listViewApiName.replace(/_/g, ' '),
            count: '',
            countLabel: '',
            iconName: iconNameOf(navItem.iconUrl),
            listUrl,
            rows: [],
            hasRows: false,
            emptyText: '',
            error: null
        };
        try {
            const [info, page] = await Promise.all([
                callOrg<ListInfo>(`ui-api/list-info/${list.objectApiName}/${list.listViewApiName}`),
                callOrg<ListRecordCollection>(
                    `ui-api/list-records/${list.objectApiName}/${list.listViewApiName}?pageSize=${COUNTED_ROWS}`
                )
            ]);
            const detailColumns = info.displayColumns.filter((column) => column.lookupId !== 'Id').slice(0, 2);
            card.title = info.label;
            card.count = `${page.records.length}${page.nextPageToken ? '+' : ''}`;
            card.countLabel = `${card.count} in ${info.label}`;
            card.rows = page.records.slice(0, SHOWN_ROWS).map((record: RecordRepresentation) => ({
                key: record.id,
                name: recordNameOf(record),
                url: `/lightning/r/${record.apiName}/${record.id}/view`,
                detail: detailColumns
                    .map((column) => displayAt(record, column.fieldApiName))
                    .filter(Boolean)
                    .join(' · ')
            }));
            card.hasRows = card.rows.length > 0;
            card.emptyText = `Nothing in ${info.label.toLowerCase()}.`;
        } catch (error) {
            card.error = errorMessage(error);
        }
        return card;
    }
}
