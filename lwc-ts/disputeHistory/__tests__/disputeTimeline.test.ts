import { disputeTimeline, userIdsInHistory, type FieldChange, type FieldHistory } from '../disputeTimeline';

const LEAD = '0055L0000000009QAA';
const QA_MANAGER = '0055L0000000006QAA';
const ITEM = 'a065L000000000DQAQ';
const RESPONSE = 'a015L000000005gQAA';
const OTHER_RESPONSE = 'a015L000000005hQAA';

const dispute = {
    name: 'D-00007',
    createdAt: '2026-10-31T10:00:00.000Z',
    createdBy: 'Maria Okafor',
    summary: 'The greeting was there.',
    status: 'Overturned',
    levelLabel: 'Level 2: QA manager',
    arbitratorName: 'Emma Haddad',
    resolvedAt: '2026-11-02T09:00:00.000Z',
    resolution: 'The name is said at 00:02.'
};
const answers = [
    {
        id: ITEM,
        question: 'Greets the customer by name',
        createdAt: '2026-10-31T10:00:01.000Z',
        createdBy: 'Maria Okafor',
        original: 'No',
        proposed: 'Yes',
        reason: 'I used the name from the CRM.',
        outcome: 'Overturned',
        note: 'Said at 00:02, before the account number.',
        responseId: RESPONSE
    }
];

const change = (
    parentId: string,
    field: string,
    oldValue: string | null,
    newValue: string | null,
    at: string,
    by: string
): FieldChange => ({
    parentId,
    field,
    oldValue,
    newValue,
    at,
    by
});

const REVIEW = '2026-11-01T08:00:00.000Z';
const ESCALATION = '2026-11-01T15:00:00.000Z';
const DECISION = '2026-11-02T09:00:00.000Z';

const history: FieldHistory = {
    dispute: [
        change('D', 'created', null, null, dispute.createdAt, 'Maria Okafor'),
        change('D', 'Arbitrator__c', null, LEAD, REVIEW, 'Sofia Silva'),
        change('D', 'Status__c', 'Open', 'Under Review', REVIEW, 'Sofia Silva'),
        change('D', 'Level__c', 'Level 1', 'Level 2', ESCALATION, 'Sofia Silva'),
        change('D', 'Arbitrator__c', LEAD, QA_MANAGER, ESCALATION, 'Sofia Silva'),
        change('D', 'Status__c', 'Under Review', 'Escalated', ESCALATION, 'Sofia Silva'),
        change('D', 'Resolved_At__c', null, DECISION, DECISION, 'Emma Haddad'),
        change('D', 'Status__c', 'Escalated', 'Overturned', DECISION, 'Emma Haddad')
    ],
    answers: [
        change(ITEM, 'Outcome__c', null, 'Overturned', '2026-11-02T08:59:58.000Z', 'Emma Haddad'),
        change(ITEM, 'Decision_Note__c', null, 'Said at 00:02.', '2026-11-02T08:59:58.000Z', 'Emma Haddad')
    ],
    responses: [
        // Before the dispute: the evaluator's own edit, not part of its story.
        change(RESPONSE, 'Answer__c', 'Yes', 'No', '2026-10-28T11:00:00.000Z', 'Ivy Evans'),
        change(RESPONSE, 'Answer__c', 'No', 'Yes', '2026-11-02T08:59:59.000Z', 'Emma Haddad'),
        change(OTHER_RESPONSE, 'Answer__c', 'No', 'Yes', '2026-11-02T08:59:59.000Z', 'Emma Haddad')
    ],
    assessment: [
        change('A', 'Status__c', 'In Progress', 'Submitted', '2026-10-28T11:00:00.000Z', 'Ivy Evans'),
        change('A', 'Status__c', 'Submitted', 'Disputed', REVIEW, 'Sofia Silva'),
        change('A', 'Status__c', 'Disputed', 'Final', '2026-11-02T09:00:01.000Z', 'Emma Haddad')
    ]
};

describe('disputeTimeline from field history', () => {
    const names = new Map([
        [LEAD.slice(0, 15), 'Sofia Silva'],
        [QA_MANAGER.slice(0, 15), 'Emma Haddad']
    ]);
    const steps = disputeTimeline(dispute, answers, history, names);

    it('tells every step, oldest first, with who and when', () => {
        expect(steps.map((step) => [step.at, step.who, step.title])).toEqual([
            [dispute.createdAt, 'Maria Okafor', 'D-00007 raised'],
            ['2026-10-31T10:00:01.000Z', 'Maria Okafor', 'Disputed “Greets the customer by name”: No, proposed Yes'],
            [REVIEW, 'Sofia Silva', 'Taken under review'],
            [REVIEW, 'Sofia Silva', 'Assessment Submitted → Disputed'],
            [ESCALATION, 'Sofia Silva', 'Escalated to level 2'],
            ['2026-11-02T08:59:58.000Z', 'Emma Haddad', '“Greets the customer by name”: Overturned'],
            [
                '2026-11-02T08:59:59.000Z',
                'Emma Haddad',
                'Answer to “Greets the customer by name” changed from No to Yes'
            ],
            [DECISION, 'Emma Haddad', 'Decided: Overturned'],
            ['2026-11-02T09:00:01.000Z', 'Emma Haddad', 'Assessment Disputed → Final']
        ]);
    });

    it('gives each step its detail: the reason, the level and arbitrator, the note the decision was saved with, the resolution', () => {
        const detail = (title: string) => steps.find((step) => step.title === title)?.detail;
        expect(detail('D-00007 raised')).toBe('The greeting was there.');
        expect(detail('Disputed “Greets the customer by name”: No, proposed Yes')).toBe(
            'I used the name from the CRM.'
        );
        expect(detail('Taken under review')).toBe('Arbitrator: Sofia Silva');
        expect(detail('Escalated to level 2')).toBe('Level 2: QA manager\nArbitrator: Emma Haddad');
        // The history keeps the note as it was saved with the decision, not as it reads now.
        expect(detail('“Greets the customer by name”: Overturned')).toBe('Said at 00:02.');
        expect(detail('Decided: Overturned')).toBe('The name is said at 00:02.');
    });

    describe('the arbitrator’s note, a long text whose values Salesforce does not keep', () => {
        const DECIDED_AT = '2026-11-02T08:59:58.000Z';
        const EDITED_AT = '2026-11-03T10:00:00.000Z';
        const notedSteps = (answerChanges: FieldChange[]) =>
            disputeTimeline(dispute, answers, { ...history, answers: answerChanges }, names).filter((step) =>
                step.title.startsWith('“Greets')
            );

        it('reads as the answer’s note now on the decision it was saved with', () => {
            expect(
                notedSteps([
                    change(ITEM, 'Outcome__c', null, 'Overturned', DECIDED_AT, 'Emma Haddad'),
                    change(ITEM, 'Decision_Note__c', null, null, DECIDED_AT, 'Emma Haddad')
                ]).map((step) => [step.title, step.detail])
            ).toEqual([['“Greets the customer by name”: Overturned', 'Said at 00:02, before the account number.']]);
        });

        it('is a step of its own when edited later, and the decision no longer claims today’s words', () => {
            expect(
                notedSteps([
                    change(ITEM, 'Outcome__c', null, 'Overturned', DECIDED_AT, 'Emma Haddad'),
                    change(ITEM, 'Decision_Note__c', null, null, DECIDED_AT, 'Emma Haddad'),
                    change(ITEM, 'Decision_Note__c', null, null, EDITED_AT, 'Mina Manager')
                ]).map((step) => [step.at, step.who, step.title, step.detail])
            ).toEqual([
                [DECIDED_AT, 'Emma Haddad', '“Greets the customer by name”: Overturned', null],
                [
                    EDITED_AT,
                    'Mina Manager',
                    "“Greets the customer by name”: arbitrator's note written",
                    'Said at 00:02, before the account number.'
                ]
            ]);
        });

        it('says the last change removed the note when the answer has none now, and an earlier one only changed it', () => {
            const withoutNote = answers.map((answer) => ({ ...answer, note: null }));
            const LATER = '2026-11-04T10:00:00.000Z';
            expect(
                disputeTimeline(
                    dispute,
                    withoutNote,
                    {
                        ...history,
                        answers: [
                            change(ITEM, 'Outcome__c', null, 'Overturned', DECIDED_AT, 'Emma Haddad'),
                            change(ITEM, 'Decision_Note__c', null, null, EDITED_AT, 'Mina Manager'),
                            change(ITEM, 'Decision_Note__c', null, null, LATER, 'Mina Manager')
                        ]
                    },
                    names
                )
                    .filter((step) => step.title.startsWith('“Greets'))
                    .map((step) => [step.title, step.detail])
            ).toEqual([
                ['“Greets the customer by name”: Overturned', null],
                ["“Greets the customer by name”: arbitrator's note changed", null],
                ["“Greets the customer by name”: arbitrator's note removed", null]
            ]);
        });

        it('says a note was removed where the history keeps the values', () => {
            expect(
                notedSteps([
                    change(ITEM, 'Outcome__c', null, 'Overturned', DECIDED_AT, 'Emma Haddad'),
                    change(ITEM, 'Decision_Note__c', 'Said at 00:02.', null, EDITED_AT, 'Mina Manager')
                ]).map((step) => [step.title, step.detail])
            ).toEqual([
                ['“Greets the customer by name”: Overturned', null],
                ["“Greets the customer by name”: arbitrator's note removed", null]
            ]);
        });
    });

    it('keeps the name Salesforce records beside a lookup id, and shows an id it cannot name', () => {
        const named = disputeTimeline(dispute, answers, {
            ...history,
            dispute: [
                change('D', 'Arbitrator__c', null, 'Sofia Silva', REVIEW, 'Sofia Silva'),
                change('D', 'Arbitrator__c', null, LEAD, REVIEW, 'Sofia Silva'),
                change('D', 'Status__c', 'Open', 'Under Review', REVIEW, 'Sofia Silva'),
                change('D', 'Arbitrator__c', LEAD, QA_MANAGER, ESCALATION, 'Sofia Silva')
            ]
        });
        expect(named.find((step) => step.title === 'Taken under review')?.detail).toBe('Arbitrator: Sofia Silva');
        expect(named.find((step) => step.title === 'Arbitrator changed')?.detail).toBe(`Arbitrator: ${QA_MANAGER}`);
    });

    it('tells two status changes of one moment apart, and leaves out the assessment’s submission', () => {
        const sameMoment = disputeTimeline(
            dispute,
            answers,
            {
                ...history,
                dispute: [
                    change('D', 'Arbitrator__c', null, LEAD, DECISION, 'Sofia Silva'),
                    change('D', 'Status__c', 'Open', 'Under Review', DECISION, 'Sofia Silva'),
                    change('D', 'Status__c', 'Under Review', 'Overturned', DECISION, 'Sofia Silva')
                ],
                assessment: [change('A', 'Status__c', 'Assigned', 'Submitted', dispute.createdAt, 'Ivy Evans')]
            },
            names
        );
        const at = sameMoment.filter((step) => step.at === DECISION && step.who === 'Sofia Silva');
        expect(at.map((step) => [step.title, step.detail])).toEqual([
            ['Taken under review', 'Arbitrator: Sofia Silva'],
            ['Decided: Overturned', 'The name is said at 00:02.']
        ]);
        expect(sameMoment.some((step) => step.title.startsWith('Assessment'))).toBe(false);
    });

    it('lists the arbitrators history names by id only, to look up', () => {
        expect(userIdsInHistory(history)).toEqual([LEAD, QA_MANAGER]);
        expect(userIdsInHistory(null)).toEqual([]);
    });
});

describe('disputeTimeline from the records alone', () => {
    it('tells what the records keep, and lists steps without a time last', () => {
        const steps = disputeTimeline(dispute, answers, null);
        expect(steps.map((step) => [step.at, step.who, step.title])).toEqual([
            [dispute.createdAt, 'Maria Okafor', 'D-00007 raised'],
            ['2026-10-31T10:00:01.000Z', 'Maria Okafor', 'Disputed “Greets the customer by name”: No, proposed Yes'],
            [DECISION, 'Emma Haddad', 'Decided: Overturned'],
            [null, null, 'Escalated to level 2']
        ]);
        expect(steps[2].detail).toBe(
            '“Greets the customer by name”: Overturned. Said at 00:02, before the account number.\n' +
                'The name is said at 00:02.'
        );
    });

    it('tells an open dispute with its arbitrator, and a withdrawn one without a decider', () => {
        const reviewing = disputeTimeline(
            {
                ...dispute,
                status: 'Under Review',
                levelLabel: 'Level 1: team lead',
                arbitratorName: 'Sofia Silva',
                resolvedAt: null,
                resolution: null
            },
            answers,
            null
        );
        expect(reviewing[reviewing.length - 1]).toEqual(
            expect.objectContaining({ at: null, title: 'Under Review with Sofia Silva' })
        );
        const withdrawn = disputeTimeline(
            { ...dispute, status: 'Withdrawn', levelLabel: 'Level 1: team lead', resolvedAt: null, resolution: null },
            answers,
            null
        );
        expect(withdrawn[withdrawn.length - 1]).toEqual(
            expect.objectContaining({ at: null, who: null, title: 'Withdrawn by the agent' })
        );
    });
});
