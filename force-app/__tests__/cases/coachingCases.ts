/** Validation rules and formula fields of Coaching_Task__c: raised from an assessment, acknowledged by the agent, completed by the coach. */
import type { SObjectRecord } from '../../../local/formulas';
import {
    allowed,
    fieldCases,
    insert,
    refused,
    ruleCases,
    transitionCases,
    update,
    type StatusMove
} from '../support/cases';
import { USERS, by, coachingTask, recordId, scorecardItem } from '../support/verityRecords';

const C = 'Coaching_Task__c';
const agent = by('agent');
const coach = by('coach');
const manager = by('manager', 'Manage_Assessments');
const STATUSES = ['Open', 'Acknowledged', 'Completed', 'Cancelled'];
const MOVES: StatusMove[] = [
    ['Open', 'Acknowledged'],
    ['Open', 'Cancelled'],
    ['Acknowledged', 'Completed'],
    ['Acknowledged', 'Cancelled']
];
const completed = { Status__c: 'Completed', Completed_At__c: '2025-03-10T09:00:00.000Z' };
const acknowledged = (overrides: SObjectRecord = {}): SObjectRecord =>
    coachingTask({ Status__c: 'Acknowledged', Acknowledged_At__c: '2025-03-09T10:00:00.000Z', ...overrides });

export const COACHING_RULE_CASES = [
    ...ruleCases(C, 'Coaching_Status_Start', [
        refused('a new task already Completed', insert(coachingTask({ Status__c: 'Completed' }), coach)),
        allowed('a new task Open', insert(coachingTask(), coach))
    ]),
    ...transitionCases(
        C,
        'Coaching_Status_Transitions',
        'Status__c',
        STATUSES,
        MOVES,
        (status) => coachingTask({ Status__c: status }),
        manager
    ),
    ...ruleCases(C, 'Coaching_Agent_Matches_Assessment', [
        refused(
            'coaching someone other than the assessed agent',
            insert(coachingTask({ Agent__c: USERS.otherAgent }), coach)
        ),
        refused('coaching nobody', insert(coachingTask({ Agent__c: null }), coach)),
        allowed('coaching the assessed agent', insert(coachingTask(), coach))
    ]),
    ...ruleCases(C, 'Coaching_Needs_Coach_And_Due_Date', [
        refused('no coach', insert(coachingTask({ Coach__c: null }), manager)),
        refused('no due date', insert(coachingTask({ Due_Date__c: null }), coach)),
        allowed('a coach and a due date', insert(coachingTask(), coach))
    ]),
    ...ruleCases(C, 'Coaching_Acknowledged_By_Agent', [
        refused(
            'the coach acknowledging for the agent',
            update(coachingTask(), { Status__c: 'Acknowledged', Acknowledged_At__c: '2025-03-10T09:00:00.000Z' }, coach)
        ),
        allowed(
            'the agent acknowledging',
            update(coachingTask(), { Status__c: 'Acknowledged', Acknowledged_At__c: '2025-03-10T09:00:00.000Z' }, agent)
        )
    ]),
    ...ruleCases(C, 'Coaching_Agent_Only_Acknowledges', [
        refused('the agent moving the due date', update(coachingTask(), { Due_Date__c: '2025-04-30' }, agent)),
        refused(
            'the agent completing their own coaching',
            update(acknowledged(), { Status__c: 'Completed', Completed_At__c: '2025-03-10T09:00:00.000Z' }, agent)
        ),
        refused('the agent changing the coach', update(coachingTask(), { Coach__c: USERS.otherAgent }, agent)),
        allowed(
            'the agent acknowledging',
            update(coachingTask(), { Status__c: 'Acknowledged', Acknowledged_At__c: '2025-03-10T09:00:00.000Z' }, agent)
        ),
        allowed('the coach moving the due date', update(coachingTask(), { Due_Date__c: '2025-04-30' }, coach))
    ]),
    ...ruleCases(C, 'Coaching_Completed_By_Coach', [
        refused(
            'another user completing it',
            update(
                acknowledged(),
                { Status__c: 'Completed', Completed_At__c: '2025-03-10T09:00:00.000Z' },
                by('evaluator')
            )
        ),
        refused(
            'an evaluator naming themself coach and completing it in the same save',
            update(acknowledged(), { Coach__c: USERS.evaluator, ...completed }, by('evaluator'))
        ),
        refused(
            'an evaluator cancelling it as they name themself coach',
            update(coachingTask(), { Coach__c: USERS.evaluator, Status__c: 'Cancelled' }, by('evaluator'))
        ),
        allowed('the coach completing it', update(acknowledged(), completed, coach)),
        allowed(
            'the coach completing it as they hand it on (the coach before the save completes)',
            update(acknowledged(), { Coach__c: USERS.secondEvaluator, ...completed }, coach)
        ),
        allowed('a QA manager cancelling it', update(coachingTask(), { Status__c: 'Cancelled' }, manager))
    ]),
    ...ruleCases(C, 'Coaching_Coach_Changed_By_Manager', [
        refused(
            'an evaluator making themself the coach',
            update(coachingTask(), { Coach__c: USERS.evaluator }, by('evaluator'))
        ),
        refused(
            'the coach handing it to another evaluator',
            update(coachingTask(), { Coach__c: USERS.secondEvaluator }, coach)
        ),
        refused('an evaluator removing the coach', update(coachingTask(), { Coach__c: null }, by('evaluator'))),
        refused(
            'a history loader changing the coach (nothing loads a coach after creation)',
            update(coachingTask(), { Coach__c: USERS.evaluator }, by('admin', 'Load_QA_History'))
        ),
        allowed('a QA manager changing the coach', update(coachingTask(), { Coach__c: USERS.evaluator }, manager)),
        allowed('an evaluator naming the coach when creating it', insert(coachingTask(), by('evaluator'))),
        allowed('the coach moving the due date', update(coachingTask(), { Due_Date__c: '2025-04-30' }, coach))
    ]),
    ...ruleCases(C, 'Coaching_Timestamps', [
        refused('acknowledged without a time', update(coachingTask(), { Status__c: 'Acknowledged' }, agent)),
        refused('completed without a completion time', update(acknowledged(), { Status__c: 'Completed' }, coach)),
        allowed(
            'completed with both times',
            update(acknowledged(), { Status__c: 'Completed', Completed_At__c: '2025-03-10T09:00:00.000Z' }, coach)
        ),
        allowed('open without times', insert(coachingTask(), coach))
    ]),
    ...ruleCases(C, 'Coaching_Item_On_Scorecard', [
        refused(
            'an item of another scorecard',
            insert(
                coachingTask({
                    Scorecard_Item__c: recordId('a02', 7),
                    Scorecard_Item__r: scorecardItem({ Scorecard__c: recordId('a01', 2) })
                }),
                coach
            )
        ),
        allowed(
            "an item of the assessment's scorecard",
            insert(coachingTask({ Scorecard_Item__c: recordId('a02', 1), Scorecard_Item__r: scorecardItem() }), coach)
        ),
        allowed('no item', insert(coachingTask(), coach))
    ])
];

export const COACHING_FIELD_CASES = [
    ...fieldCases(C, 'Overdue__c', [
        ['open and due yesterday', coachingTask({ Due_Date__c: '2025-03-09' }), true],
        ['acknowledged and due yesterday', acknowledged({ Due_Date__c: '2025-03-09' }), true],
        ['due today', coachingTask({ Due_Date__c: '2025-03-10' }), false],
        [
            'completed late',
            acknowledged({
                Status__c: 'Completed',
                Completed_At__c: '2025-03-10T09:00:00.000Z',
                Due_Date__c: '2025-03-01'
            }),
            false
        ],
        ['no due date', coachingTask({ Due_Date__c: null }), false]
    ])
];
