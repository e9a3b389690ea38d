/** Validation rules of Dispute__c and Dispute_Item__c: who disputes what, when, and how it is decided. */
import type { SObjectRecord } from '../../../local/formulas';
import { allowed, insert, refused, ruleCases, transitionCases, update, type StatusMove } from '../support/cases';
import {
    USERS,
    by,
    dispute,
    disputeItem,
    recordId,
    response,
    scorecardItem,
    submittedAssessment
} from '../support/verityRecords';

const D = 'Dispute__c';
const I = 'Dispute_Item__c';
const agent = by('agent');
const arbitrator = by('arbitrator');
const manager = by('manager', 'Arbitrate_Disputes', 'Manage_Assessments');
// The QA Admin's permissions, with and without the one that loads past disputes (a migration or the seed).
const admin = by('admin', 'Arbitrate_Disputes', 'Manage_Assessments');
const loader = by('admin', 'Arbitrate_Disputes', 'Manage_Assessments', 'Load_QA_History');
const historyOnly = by('admin', 'Load_QA_History');
const MONTH_LATER = '2025-04-07T12:00:00.000Z';
const STATUSES = ['Open', 'Under Review', 'Escalated', 'Upheld', 'Overturned', 'Partially Upheld', 'Withdrawn'];
const MOVES: StatusMove[] = [
    ['Open', 'Under Review'],
    ['Open', 'Withdrawn'],
    ['Under Review', 'Escalated'],
    ['Under Review', 'Upheld'],
    ['Under Review', 'Overturned'],
    ['Under Review', 'Partially Upheld'],
    ['Under Review', 'Withdrawn'],
    ['Escalated', 'Upheld'],
    ['Escalated', 'Overturned'],
    ['Escalated', 'Partially Upheld'],
    ['Escalated', 'Withdrawn']
];
const decided = { Resolution__c: 'Checked the recording.', Resolved_At__c: '2025-03-10T11:00:00.000Z' };
const underReview = (overrides: SObjectRecord = {}): SObjectRecord =>
    dispute({ Status__c: 'Under Review', ...overrides });
// Submitted 2025-03-07 12:00 UTC: with the 7-day window the deadline is 2025-03-14 12:00 UTC.
const onAssessment = (assessmentOverrides: SObjectRecord): SObjectRecord =>
    dispute({ Assessment__r: submittedAssessment(assessmentOverrides) });

export const DISPUTE_RULE_CASES = [
    ...ruleCases(D, 'Dispute_On_Submitted_Assessment', [
        refused(
            'a dispute on an assessment in progress',
            insert(onAssessment({ Status__c: 'In Progress', Submitted_At__c: null }), agent)
        ),
        refused('a dispute on a final assessment', insert(onAssessment({ Status__c: 'Final' }), agent)),
        refused(
            'a second dispute while one is under way (Disputed)',
            insert(onAssessment({ Status__c: 'Disputed' }), agent)
        ),
        allowed('a dispute on a submitted assessment', insert(dispute(), agent))
    ]),
    ...ruleCases(D, 'Dispute_Raised_By_Agent', [
        refused('another agent disputing', insert(dispute(), by('otherAgent'))),
        refused('the evaluator disputing', insert(dispute(), by('evaluator'))),
        refused('the QA Admin raising it for the agent', insert(dispute(), admin)),
        allowed('the assessed agent disputing', insert(dispute(), agent)),
        allowed('a history loader raising a past dispute for the agent', insert(dispute(), loader)),
        allowed('the arbitrator updating it later', update(dispute(), { Status__c: 'Under Review' }, arbitrator))
    ]),
    ...ruleCases(D, 'Dispute_Inside_Window', [
        refused(
            'a dispute a second after the window closed',
            insert(dispute(), { ...agent, now: '2025-03-14T12:00:01.000Z' })
        ),
        refused('a dispute a month later', insert(dispute(), { ...agent, now: MONTH_LATER })),
        refused('the QA Admin loading it a month later', insert(dispute(), { ...admin, now: MONTH_LATER })),
        refused(
            'a history loader disputing an assessment without a submission time',
            insert(onAssessment({ Submitted_At__c: null }), { ...loader, now: MONTH_LATER })
        ),
        allowed('a history loader loading it a month later', insert(dispute(), { ...loader, now: MONTH_LATER })),
        refused(
            'a dispute on an assessment without a submission time',
            insert(onAssessment({ Submitted_At__c: null }), agent)
        ),
        allowed(
            'a dispute on the last second of the window',
            insert(dispute(), { ...agent, now: '2025-03-14T12:00:00.000Z' })
        ),
        allowed('a dispute three days after submission', insert(dispute(), agent)),
        allowed(
            'updating a dispute after the window (it was raised in time)',
            update(dispute(), { Status__c: 'Withdrawn' }, { ...agent, now: MONTH_LATER })
        )
    ]),
    ...ruleCases(D, 'Dispute_Status_Start', [
        refused('a new dispute already Upheld', insert(dispute({ Status__c: 'Upheld', ...decided }), agent)),
        allowed('a new dispute Open', insert(dispute(), agent))
    ]),
    ...transitionCases(
        D,
        'Dispute_Status_Transitions',
        'Status__c',
        STATUSES,
        MOVES,
        (status) => dispute({ Status__c: status }),
        manager
    ),
    ...ruleCases(D, 'Dispute_Escalation_Level', [
        refused('escalated but still at level 1', update(underReview(), { Status__c: 'Escalated' }, manager)),
        refused(
            'sent back from level 2 to level 1',
            update(underReview({ Level__c: 'Level 2' }), { Level__c: 'Level 1' }, manager)
        ),
        allowed(
            'escalated to level 2',
            update(underReview(), { Status__c: 'Escalated', Level__c: 'Level 2' }, manager)
        ),
        allowed('reviewed at level 1', update(dispute(), { Status__c: 'Under Review' }, manager))
    ]),
    ...ruleCases(D, 'Dispute_Outcome_Recorded', [
        refused(
            'upheld without a resolution',
            update(
                underReview({ Decided_Item_Count__c: 2 }),
                { Status__c: 'Upheld', Resolved_At__c: decided.Resolved_At__c },
                manager
            )
        ),
        refused(
            'overturned without a time',
            update(
                underReview({ Decided_Item_Count__c: 2, Overturned_Item_Count__c: 2 }),
                { Status__c: 'Overturned', Resolution__c: decided.Resolution__c },
                manager
            )
        ),
        refused(
            'decided without an arbitrator',
            update(
                underReview({ Arbitrator__c: null, Decided_Item_Count__c: 2 }),
                { Status__c: 'Upheld', ...decided },
                manager
            )
        ),
        allowed(
            'decided with all three',
            update(underReview({ Decided_Item_Count__c: 2 }), { Status__c: 'Upheld', ...decided }, manager)
        ),
        allowed('withdrawn without them', update(dispute(), { Status__c: 'Withdrawn' }, agent))
    ]),
    ...ruleCases(D, 'Dispute_Outcome_Matches_Items', [
        refused(
            'decided while an item is undecided',
            update(
                underReview({ Decided_Item_Count__c: 1, Overturned_Item_Count__c: 0 }),
                { Status__c: 'Upheld', ...decided },
                manager
            )
        ),
        refused(
            'upheld with an item overturned',
            update(
                underReview({ Decided_Item_Count__c: 2, Overturned_Item_Count__c: 1 }),
                { Status__c: 'Upheld', ...decided },
                manager
            )
        ),
        refused(
            'overturned with an item upheld',
            update(
                underReview({ Decided_Item_Count__c: 2, Overturned_Item_Count__c: 1 }),
                { Status__c: 'Overturned', ...decided },
                manager
            )
        ),
        refused(
            'partially upheld with every item overturned',
            update(
                underReview({ Decided_Item_Count__c: 2, Overturned_Item_Count__c: 2 }),
                { Status__c: 'Partially Upheld', ...decided },
                manager
            )
        ),
        refused(
            'partially upheld with none overturned',
            update(
                underReview({ Decided_Item_Count__c: 2, Overturned_Item_Count__c: 0 }),
                { Status__c: 'Partially Upheld', ...decided },
                manager
            )
        ),
        allowed(
            'upheld with none overturned',
            update(underReview({ Decided_Item_Count__c: 2 }), { Status__c: 'Upheld', ...decided }, manager)
        ),
        allowed(
            'overturned with all overturned',
            update(
                underReview({ Decided_Item_Count__c: 2, Overturned_Item_Count__c: 2 }),
                { Status__c: 'Overturned', ...decided },
                manager
            )
        ),
        allowed(
            'partially upheld with one of two overturned',
            update(
                underReview({ Decided_Item_Count__c: 2, Overturned_Item_Count__c: 1 }),
                { Status__c: 'Partially Upheld', ...decided },
                manager
            )
        )
    ]),
    ...ruleCases(D, 'Dispute_Review_Needs_Items', [
        refused(
            'reviewing a dispute that names no answer',
            update(dispute({ Item_Count__c: 0 }), { Status__c: 'Under Review' }, manager)
        ),
        allowed('reviewing one that names two', update(dispute(), { Status__c: 'Under Review' }, manager))
    ]),
    ...ruleCases(D, 'Dispute_Decided_By_Arbitrator', [
        refused(
            'a team lead who is not the arbitrator deciding',
            update(underReview({ Decided_Item_Count__c: 2 }), { Status__c: 'Upheld', ...decided }, by('coach'))
        ),
        refused('the agent taking it under review', update(dispute(), { Status__c: 'Under Review' }, agent)),
        allowed(
            'the named arbitrator deciding',
            update(underReview({ Decided_Item_Count__c: 2 }), { Status__c: 'Upheld', ...decided }, arbitrator)
        ),
        allowed(
            'a QA manager deciding',
            update(underReview({ Decided_Item_Count__c: 2 }), { Status__c: 'Upheld', ...decided }, manager)
        ),
        allowed(
            'a history loader recording a past decision',
            update(underReview({ Decided_Item_Count__c: 2 }), { Status__c: 'Upheld', ...decided }, historyOnly)
        ),
        allowed('the agent withdrawing', update(dispute(), { Status__c: 'Withdrawn' }, agent))
    ]),
    ...ruleCases(D, 'Dispute_Agent_Only_Withdraws', [
        refused('the agent escalating their own dispute', update(dispute(), { Level__c: 'Level 2' }, agent)),
        refused('the agent choosing the arbitrator', update(dispute(), { Arbitrator__c: USERS.otherAgent }, agent)),
        refused('the agent moving it under review', update(dispute(), { Status__c: 'Under Review' }, agent)),
        allowed('the agent withdrawing', update(dispute(), { Status__c: 'Withdrawn' }, agent)),
        allowed(
            'the agent as a history loader recording a past escalation',
            update(underReview(), { Status__c: 'Escalated', Level__c: 'Level 2' }, by('agent', 'Load_QA_History'))
        ),
        allowed('the agent creating it', insert(dispute(), agent)),
        allowed(
            'the arbitrator escalating',
            update(underReview(), { Status__c: 'Escalated', Level__c: 'Level 2' }, arbitrator)
        )
    ]),
    ...ruleCases(D, 'Dispute_Closed_Is_Final', [
        refused(
            'reopening an upheld dispute',
            update(dispute({ Status__c: 'Upheld', ...decided }), { Status__c: 'Under Review' }, manager)
        ),
        refused(
            'changing the arbitrator of a withdrawn dispute',
            update(dispute({ Status__c: 'Withdrawn' }), { Arbitrator__c: USERS.manager }, manager)
        ),
        allowed(
            'changing the arbitrator of an open dispute',
            update(dispute(), { Arbitrator__c: USERS.manager }, manager)
        ),
        allowed(
            'a roll-up recalculated on a decided dispute',
            update(dispute({ Status__c: 'Upheld', ...decided }), { Item_Count__c: 3 }, manager)
        )
    ])
];

const RESPONSE_ID = recordId('a04', 1);
const OTHER_ASSESSMENT = recordId('a03', 2);
const itemOf = (answerOverrides: SObjectRecord = {}): SObjectRecord =>
    disputeItem({
        Assessment_Response__r: response({ Answer__c: 'No', Assessment__r: submittedAssessment(), ...answerOverrides })
    });
const onScale = (scale: string, answer: string, extra: SObjectRecord = {}): SObjectRecord =>
    disputeItem({
        Assessment_Response__r: response({
            Answer__c: answer,
            Scorecard_Item__r: scorecardItem({ Answer_Scale__c: scale, ...extra }),
            Assessment__r: submittedAssessment()
        })
    });

// An answer decided under review, with the arbitrator's note on it.
const notedUnderReview = (overrides: SObjectRecord = {}): SObjectRecord =>
    disputeItem({
        Dispute__r: underReview(),
        Outcome__c: 'Upheld',
        Decision_Note__c: 'The recording shows no verification.',
        ...overrides
    });

export const DISPUTE_ITEM_RULE_CASES = [
    ...ruleCases(I, 'Dispute_Item_Needs_Reason', [
        refused('no reason', insert(disputeItem({ Reason__c: null }), agent)),
        refused('a blank reason', insert(disputeItem({ Reason__c: '' }), agent)),
        allowed('a reason', insert(disputeItem(), agent))
    ]),
    ...ruleCases(I, 'Dispute_Item_Needs_Response', [
        refused(
            'no disputed answer',
            insert(disputeItem({ Assessment_Response__c: null, Item_Key__c: null, Original_Answer__c: null }), agent)
        ),
        allowed('a disputed answer', insert(disputeItem(), agent))
    ]),
    ...ruleCases(I, 'Dispute_Item_Same_Assessment', [
        refused('an answer of another assessment', insert(itemOf({ Assessment__c: OTHER_ASSESSMENT }), agent)),
        allowed('an answer of the disputed assessment', insert(disputeItem(), agent))
    ]),
    ...ruleCases(I, 'Dispute_Item_Key_Matches', [
        refused(
            'a key naming another response',
            insert(disputeItem({ Item_Key__c: `${recordId('a05', 1)}:${recordId('a04', 2)}` }), agent)
        ),
        allowed('dispute id:response id', insert(disputeItem(), agent))
    ]),
    ...ruleCases(I, 'Dispute_Item_Original_Answer', [
        refused(
            'an original answer that is not the one given',
            insert(disputeItem({ Original_Answer__c: 'Yes', Proposed_Answer__c: 'No' }), agent)
        ),
        refused('rewriting the original answer later', update(disputeItem(), { Original_Answer__c: 'Yes' }, agent)),
        allowed('the answer given, copied', insert(disputeItem(), agent)),
        allowed(
            'the original kept after the answer was overturned',
            update(
                disputeItem({
                    Assessment_Response__r: response({
                        Id: RESPONSE_ID,
                        Answer__c: 'Yes',
                        Assessment__r: submittedAssessment()
                    })
                }),
                { Outcome__c: 'Overturned' },
                manager
            )
        )
    ]),
    ...ruleCases(I, 'Dispute_Item_Proposal_Differs', [
        refused('proposing the same answer', insert(disputeItem({ Proposed_Answer__c: 'No' }), agent)),
        refused('proposing nothing', insert(disputeItem({ Proposed_Answer__c: null }), agent)),
        allowed('proposing another answer', insert(disputeItem(), agent))
    ]),
    ...ruleCases(I, 'Dispute_Item_Proposal_Fits_Scale', [
        refused('proposing Partial on a Yes / No item', insert(disputeItem({ Proposed_Answer__c: 'Partial' }), agent)),
        refused(
            'proposing 5 on a Yes / Partial / No item',
            insert({ ...onScale('YesPartialNo', 'No'), Proposed_Answer__c: '5' }, agent)
        ),
        refused(
            'proposing N/A where the item does not allow it',
            insert(disputeItem({ Proposed_Answer__c: 'NA' }), agent)
        ),
        allowed(
            'proposing N/A where the item allows it',
            insert({ ...onScale('YesNo', 'No', { NA_Allowed__c: true }), Proposed_Answer__c: 'NA' }, agent)
        ),
        allowed(
            'proposing 4 on a 1 to 5 item',
            insert({ ...onScale('OneToFive', '2'), Proposed_Answer__c: '4' }, agent)
        ),
        allowed('proposing Yes on a Yes / No item', insert(disputeItem(), agent))
    ]),
    ...ruleCases(I, 'Dispute_Item_Changed_While_Open', [
        refused(
            'adding an answer to a dispute under review',
            insert(disputeItem({ Dispute__r: dispute({ Status__c: 'Under Review' }) }), agent)
        ),
        refused(
            'changing the proposal once under review',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Under Review' }) }),
                { Proposed_Answer__c: 'NA' },
                agent
            )
        ),
        allowed('adding an answer to an open dispute', insert(disputeItem(), agent)),
        allowed(
            'the arbitrator deciding under review',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Under Review' }) }),
                { Outcome__c: 'Upheld' },
                arbitrator
            )
        )
    ]),
    ...ruleCases(I, 'Dispute_Item_Outcome_By_Arbitrator', [
        refused(
            'the agent deciding their own disputed answer',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Under Review' }) }),
                { Outcome__c: 'Overturned' },
                agent
            )
        ),
        refused(
            "the agent rewriting the arbitrator's note",
            update(notedUnderReview(), { Decision_Note__c: 'The caller was verified after all.' }, agent)
        ),
        refused(
            'a team lead who is not the arbitrator writing the note',
            update(notedUnderReview(), { Decision_Note__c: 'The caller was verified after all.' }, by('coach'))
        ),
        allowed(
            'the named arbitrator deciding',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Under Review' }) }),
                { Outcome__c: 'Overturned' },
                arbitrator
            )
        ),
        allowed(
            'the named arbitrator rewriting their note',
            update(notedUnderReview(), { Decision_Note__c: 'Verified at 00:45, as the agent says.' }, arbitrator)
        ),
        allowed(
            'a history loader loading a past note',
            update(notedUnderReview(), { Decision_Note__c: 'Verified at 00:45, as the agent says.' }, historyOnly)
        ),
        allowed(
            'the agent changing their reason, not the note',
            update(disputeItem(), { Reason__c: 'I verified the caller at 00:50.' }, agent)
        ),
        allowed(
            'a QA manager deciding',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Escalated', Level__c: 'Level 2' }) }),
                { Outcome__c: 'Upheld' },
                manager
            )
        ),
        allowed(
            'a history loader recording a past decision',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Under Review' }) }),
                { Outcome__c: 'Overturned' },
                historyOnly
            )
        )
    ]),
    ...ruleCases(I, 'Dispute_Item_Outcome_During_Review', [
        refused(
            'deciding while the dispute is still Open',
            update(disputeItem(), { Outcome__c: 'Upheld' }, arbitrator)
        ),
        refused(
            'deciding after the dispute was withdrawn',
            update(disputeItem({ Dispute__r: dispute({ Status__c: 'Withdrawn' }) }), { Outcome__c: 'Upheld' }, manager)
        ),
        refused(
            'rewriting the note once the dispute is upheld',
            update(
                notedUnderReview({
                    Dispute__r: dispute({ Status__c: 'Upheld', ...decided, Decided_Item_Count__c: 2 })
                }),
                { Decision_Note__c: 'The caller was verified after all.' },
                manager
            )
        ),
        refused(
            'noting an answer while the dispute is still Open',
            update(disputeItem(), { Decision_Note__c: 'Looks right to me.' }, arbitrator)
        ),
        allowed(
            'noting an answer under review',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Under Review' }) }),
                { Decision_Note__c: 'Verified at 00:45, as the agent says.' },
                arbitrator
            )
        ),
        allowed(
            'deciding and noting in one save once escalated',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Escalated', Level__c: 'Level 2' }) }),
                { Outcome__c: 'Overturned', Decision_Note__c: 'Verified at 00:45, as the agent says.' },
                manager
            )
        ),
        allowed(
            'deciding under review',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Under Review' }) }),
                { Outcome__c: 'Upheld' },
                arbitrator
            )
        ),
        allowed(
            'deciding once escalated',
            update(
                disputeItem({ Dispute__r: dispute({ Status__c: 'Escalated', Level__c: 'Level 2' }) }),
                { Outcome__c: 'Overturned' },
                manager
            )
        )
    ])
];
