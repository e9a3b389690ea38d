/** Validation rules and formula fields of Assessment__c: saves they must refuse and allow, values they must show. */
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
import {
    CASE_ID,
    OTHER_CASE_ID,
    USERS,
    assessment,
    by,
    calibrationSession,
    interaction,
    recordId,
    scorecard,
    submittedAssessment
} from '../support/verityRecords';

const A = 'Assessment__c';
const STATUSES = ['Assigned', 'In Progress', 'Submitted', 'Disputed', 'Final', 'Cancelled'];
const MOVES: StatusMove[] = [
    ['Assigned', 'In Progress'],
    ['Assigned', 'Submitted'],
    ['Assigned', 'Cancelled'],
    ['In Progress', 'Submitted'],
    ['In Progress', 'Cancelled'],
    ['Submitted', 'Disputed'],
    ['Submitted', 'Final'],
    ['Disputed', 'Submitted'],
    ['Disputed', 'Final']
];
const manager = by('manager', 'Manage_Assessments');
const evaluator = by('evaluator');
const ORIGINAL = recordId('a03', 9);
const SESSION = recordId('a08', 1);
const OTHER_SCORECARD = recordId('a01', 2);

export const ASSESSMENT_RULE_CASES = [
    ...ruleCases(A, 'Assessment_Status_Start', [
        refused('a new assessment that is already Submitted', insert(submittedAssessment(), evaluator)),
        refused('a new assessment that is Final', insert(submittedAssessment({ Status__c: 'Final' }), manager)),
        allowed('a new assessment that starts Assigned', insert(assessment({ Status__c: 'Assigned' }), evaluator)),
        allowed('a new assessment that starts In Progress', insert(assessment(), evaluator))
    ]),
    ...transitionCases(
        A,
        'Assessment_Status_Transitions',
        'Status__c',
        STATUSES,
        MOVES,
        (status) => assessment({ Status__c: status }),
        manager
    ),
    ...ruleCases(A, 'Assessment_Editors', [
        refused('the agent changing the due date', update(assessment(), { Due_Date__c: '2025-03-31' }, by('agent'))),
        refused(
            'another evaluator submitting',
            update(assessment(), { Status__c: 'Submitted' }, by('secondEvaluator'))
        ),
        refused(
            'the agent raising the status to Final',
            update(submittedAssessment(), { Status__c: 'Final' }, by('agent'))
        ),
        allowed('the assigned evaluator submitting', update(assessment(), { Status__c: 'Submitted' }, evaluator)),
        allowed('a QA manager changing the due date', update(assessment(), { Due_Date__c: '2025-03-31' }, manager)),
        allowed(
            'a roll-up recalculated while the agent raises a dispute',
            update(submittedAssessment(), { Open_Dispute_Count__c: 1 }, by('agent'))
        ),
        allowed('anyone creating it (the sampling job)', insert(assessment(), by('admin')))
    ]),
    ...ruleCases(A, 'Assessment_Reassignment_Reason', [
        refused(
            'moving to another evaluator without a reason',
            update(assessment(), { Evaluator__c: USERS.secondEvaluator, OwnerId: USERS.secondEvaluator }, manager)
        ),
        refused(
            'moving again with the previous reason',
            update(
                assessment({ Reassignment_Reason__c: 'Evaluator on leave' }),
                { Evaluator__c: USERS.secondEvaluator, OwnerId: USERS.secondEvaluator },
                manager
            )
        ),
        allowed(
            'moving with a new reason',
            update(
                assessment({ Reassignment_Reason__c: 'Evaluator on leave' }),
                {
                    Evaluator__c: USERS.secondEvaluator,
                    OwnerId: USERS.secondEvaluator,
                    Reassignment_Reason__c: 'Workload'
                },
                manager
            )
        ),
        allowed(
            'the first assignment of an unassigned assessment',
            update(
                assessment({ Evaluator__c: null, OwnerId: recordId('00g', 1) }),
                { Evaluator__c: USERS.evaluator, OwnerId: USERS.evaluator },
                manager
            )
        )
    ]),
    ...ruleCases(A, 'Assessment_Owner_Is_Evaluator', [
        refused('an evaluator who does not own the record', insert(assessment({ OwnerId: USERS.manager }), manager)),
        allowed('the evaluator owning the record', insert(assessment(), manager)),
        allowed(
            'an unassigned assessment in a queue',
            insert(assessment({ Evaluator__c: null, OwnerId: recordId('00g', 1) }), manager)
        )
    ]),
    ...ruleCases(A, 'Assessment_Needs_Agent', [
        refused('no agent', insert(assessment({ Agent__c: null }), evaluator)),
        allowed('an agent', insert(assessment(), evaluator))
    ]),
    ...ruleCases(A, 'Assessment_Evaluator_Not_Agent', [
        refused(
            'the agent evaluating their own Standard assessment',
            insert(assessment({ Evaluator__c: USERS.agent, OwnerId: USERS.agent }), manager)
        ),
        refused('someone else scoring a Self assessment', insert(assessment({ Type__c: 'Self' }), manager)),
        allowed(
            'the agent scoring their Self assessment',
            insert(assessment({ Type__c: 'Self', Evaluator__c: USERS.agent, OwnerId: USERS.agent }), by('agent'))
        ),
        allowed('an evaluator scoring a Standard assessment', insert(assessment(), evaluator)),
        allowed('an unassigned assessment', insert(assessment({ Evaluator__c: null }), manager))
    ]),
    ...ruleCases(A, 'Assessment_Submission_Complete', [
        refused(
            'submitting with 4 of 5 scored items answered',
            update(
                assessment({ Answered_Item_Count__c: 4 }),
                { Status__c: 'Submitted', Submitted_At__c: '2025-03-10T11:00:00.000Z' },
                evaluator
            )
        ),
        allowed(
            'submitting with all 5 answered',
            update(
                assessment({ Answered_Item_Count__c: 5 }),
                { Status__c: 'Submitted', Submitted_At__c: '2025-03-10T11:00:00.000Z' },
                evaluator
            )
        ),
        allowed(
            'saving an unfinished assessment without submitting',
            update(assessment({ Answered_Item_Count__c: 2 }), { Due_Date__c: '2025-03-20' }, evaluator)
        )
    ]),
    ...ruleCases(A, 'Assessment_Submission_Needs_Evaluator', [
        refused(
            'submitting an unassigned assessment',
            update(assessment({ Evaluator__c: null, Answered_Item_Count__c: 5 }), { Status__c: 'Submitted' }, manager)
        ),
        allowed(
            'submitting an assigned one',
            update(assessment({ Answered_Item_Count__c: 5 }), { Status__c: 'Submitted' }, evaluator)
        )
    ]),
    ...ruleCases(A, 'Assessment_Submitted_At_Set', [
        refused('Submitted without a submission time', insert(submittedAssessment({ Submitted_At__c: null }), manager)),
        refused(
            'Final without a submission time',
            update(submittedAssessment(), { Status__c: 'Final', Submitted_At__c: null }, manager)
        ),
        allowed(
            'Submitted with its time',
            update(assessment(), { Status__c: 'Submitted', Submitted_At__c: '2025-03-10T11:00:00.000Z' }, evaluator)
        ),
        allowed('In Progress without one', insert(assessment(), evaluator))
    ]),
    ...ruleCases(A, 'Assessment_Submitted_At_Not_Future', [
        refused(
            'a submission time an hour ahead',
            update(assessment(), { Submitted_At__c: '2025-03-10T13:00:00.000Z' }, evaluator)
        ),
        allowed(
            'a submission time an hour ago',
            update(assessment(), { Submitted_At__c: '2025-03-10T11:00:00.000Z' }, evaluator)
        ),
        allowed(
            'a submission time of now',
            update(assessment(), { Submitted_At__c: '2025-03-10T12:00:00.000Z' }, evaluator)
        ),
        allowed(
            'clearing it',
            update(assessment({ Submitted_At__c: '2025-03-10T11:00:00.000Z' }), { Submitted_At__c: null }, evaluator)
        )
    ]),
    ...ruleCases(A, 'Assessment_Locked_After_Submission', [
        refused(
            'the evaluator changing the agent after submission',
            update(submittedAssessment(), { Agent__c: USERS.otherAgent }, evaluator)
        ),
        refused(
            'the evaluator moving the submission time of a final assessment',
            update(
                submittedAssessment({ Status__c: 'Final' }),
                { Submitted_At__c: '2025-03-01T12:00:00.000Z' },
                evaluator
            )
        ),
        refused(
            'the evaluator rewriting the overall comment of a submitted assessment',
            update(
                submittedAssessment({ Overall_Comment__c: 'Good verification.' }),
                { Overall_Comment__c: 'Verification missed.' },
                evaluator
            )
        ),
        refused(
            'the evaluator adding an overall comment to a final assessment',
            update(
                submittedAssessment({ Status__c: 'Final' }),
                { Overall_Comment__c: 'Verification missed.' },
                evaluator
            )
        ),
        allowed(
            'a QA manager correcting the agent after submission',
            update(submittedAssessment(), { Agent__c: USERS.otherAgent }, manager)
        ),
        allowed(
            'a QA manager correcting the overall comment after submission',
            update(submittedAssessment(), { Overall_Comment__c: 'Verification missed.' }, manager)
        ),
        allowed(
            'the evaluator submitting with the overall comment in the same save',
            update(
                assessment(),
                {
                    Status__c: 'Submitted',
                    Submitted_At__c: '2025-03-10T11:00:00.000Z',
                    Overall_Comment__c: 'Good verification.'
                },
                evaluator
            )
        ),
        allowed(
            'the evaluator rewriting the overall comment in progress',
            update(
                assessment({ Overall_Comment__c: 'Good verification.' }),
                { Overall_Comment__c: 'Verification missed.' },
                evaluator
            )
        ),
        allowed(
            'the evaluator changing the agent before submission',
            update(assessment(), { Agent__c: USERS.otherAgent }, evaluator)
        ),
        allowed(
            'the evaluator submitting (the time is set in the same save)',
            update(assessment(), { Status__c: 'Submitted', Submitted_At__c: '2025-03-10T11:00:00.000Z' }, evaluator)
        )
    ]),
    ...ruleCases(A, 'Assessment_Scorecard_Fixed', [
        refused(
            'changing the scorecard once answers exist',
            update(
                assessment({ Response_Count__c: 3 }),
                { Scorecard__c: OTHER_SCORECARD, Scorecard__r: scorecard({ Id: OTHER_SCORECARD }) },
                evaluator
            )
        ),
        allowed(
            'changing it before any answer',
            update(
                assessment(),
                { Scorecard__c: OTHER_SCORECARD, Scorecard__r: scorecard({ Id: OTHER_SCORECARD }) },
                evaluator
            )
        )
    ]),
    ...ruleCases(A, 'Assessment_Scorecard_Active', [
        refused(
            'a new assessment on a Draft scorecard',
            insert(
                assessment({ Scorecard__r: scorecard({ Status__c: 'Draft', Active_Channel_Key__c: null }) }),
                evaluator
            )
        ),
        refused(
            'switching to a Retired scorecard',
            update(
                assessment(),
                {
                    Scorecard__c: OTHER_SCORECARD,
                    Scorecard__r: scorecard({ Id: OTHER_SCORECARD, Status__c: 'Retired', Active_Channel_Key__c: null })
                },
                evaluator
            )
        ),
        allowed('a new assessment on an Active scorecard', insert(assessment(), evaluator)),
        allowed(
            'finishing an assessment whose scorecard was retired since',
            update(
                assessment({ Scorecard__r: scorecard({ Status__c: 'Retired', Active_Channel_Key__c: null }) }),
                { Due_Date__c: '2025-03-20' },
                evaluator
            )
        )
    ]),
    ...ruleCases(A, 'Assessment_Type_Links', [
        refused('a Re-evaluation without its original', insert(assessment({ Type__c: 'Re-evaluation' }), manager)),
        refused(
            'a Standard assessment naming an original',
            insert(
                assessment({
                    Original_Assessment__c: ORIGINAL,
                    Original_Assessment__r: submittedAssessment({ Id: ORIGINAL })
                }),
                manager
            )
        ),
        refused(
            'a Calibration assessment without its session',
            insert(assessment({ Type__c: 'Calibration' }), manager)
        ),
        refused(
            'a Standard assessment naming a session',
            insert(
                assessment({ Calibration_Session__c: SESSION, Calibration_Session__r: calibrationSession() }),
                manager
            )
        ),
        allowed(
            'a Re-evaluation naming its original',
            insert(
                assessment({
                    Type__c: 'Re-evaluation',
                    Evaluator__c: USERS.secondEvaluator,
                    OwnerId: USERS.secondEvaluator,
                    Original_Assessment__c: ORIGINAL,
                    Original_Assessment__r: submittedAssessment({ Id: ORIGINAL })
                }),
                manager
            )
        ),
        allowed(
            'a Calibration assessment naming its session',
            insert(
                assessment({
                    Type__c: 'Calibration',
                    Calibration_Session__c: SESSION,
                    Calibration_Session__r: calibrationSession()
                }),
                manager
            )
        ),
        allowed('a plain Standard assessment', insert(assessment(), manager))
    ]),
    ...ruleCases(A, 'Assessment_Reevaluation_Matches', [
        refused(
            're-scored by the first evaluator',
            insert(
                assessment({
                    Type__c: 'Re-evaluation',
                    Original_Assessment__c: ORIGINAL,
                    Original_Assessment__r: submittedAssessment({ Id: ORIGINAL })
                }),
                manager
            )
        ),
        refused(
            're-scoring another case',
            insert(
                assessment({
                    Type__c: 'Re-evaluation',
                    Evaluator__c: USERS.secondEvaluator,
                    OwnerId: USERS.secondEvaluator,
                    Original_Assessment__c: ORIGINAL,
                    Original_Assessment__r: submittedAssessment({ Id: ORIGINAL, Case__c: OTHER_CASE_ID })
                }),
                manager
            )
        ),
        refused(
            're-scoring on another scorecard',
            insert(
                assessment({
                    Type__c: 'Re-evaluation',
                    Evaluator__c: USERS.secondEvaluator,
                    OwnerId: USERS.secondEvaluator,
                    Original_Assessment__c: ORIGINAL,
                    Original_Assessment__r: submittedAssessment({ Id: ORIGINAL, Scorecard__c: OTHER_SCORECARD })
                }),
                manager
            )
        ),
        allowed(
            'a second evaluator, same case and scorecard',
            insert(
                assessment({
                    Type__c: 'Re-evaluation',
                    Evaluator__c: USERS.secondEvaluator,
                    OwnerId: USERS.secondEvaluator,
                    Original_Assessment__c: ORIGINAL,
                    Original_Assessment__r: submittedAssessment({ Id: ORIGINAL })
                }),
                manager
            )
        ),
        allowed(
            'a re-evaluation not yet assigned',
            insert(
                assessment({
                    Type__c: 'Re-evaluation',
                    Evaluator__c: null,
                    OwnerId: recordId('00g', 1),
                    Original_Assessment__c: ORIGINAL,
                    Original_Assessment__r: submittedAssessment({ Id: ORIGINAL })
                }),
                manager
            )
        )
    ]),
    ...ruleCases(A, 'Assessment_Calibration_Matches', [
        refused(
            'a session on another case',
            insert(
                assessment({
                    Type__c: 'Calibration',
                    Calibration_Session__c: SESSION,
                    Calibration_Session__r: calibrationSession({ Case__c: OTHER_CASE_ID })
                }),
                manager
            )
        ),
        refused(
            'a session with another scorecard',
            insert(
                assessment({
                    Type__c: 'Calibration',
                    Calibration_Session__c: SESSION,
                    Calibration_Session__r: calibrationSession({ Scorecard__c: OTHER_SCORECARD })
                }),
                manager
            )
        ),
        refused(
            'a session on another interaction',
            insert(
                assessment({
                    Type__c: 'Calibration',
                    Calibration_Session__c: SESSION,
                    Calibration_Session__r: calibrationSession({ Interaction__c: recordId('a0c', 1) })
                }),
                manager
            )
        ),
        allowed(
            'the session case, interaction and scorecard',
            insert(
                assessment({
                    Type__c: 'Calibration',
                    Interaction__c: recordId('a0c', 1),
                    Interaction__r: interaction(),
                    Calibration_Session__c: SESSION,
                    Calibration_Session__r: calibrationSession({ Interaction__c: recordId('a0c', 1) })
                }),
                manager
            )
        )
    ]),
    ...ruleCases(A, 'Assessment_Interaction_On_Case', [
        refused(
            'an interaction of another case',
            insert(
                assessment({
                    Interaction__c: recordId('a0c', 2),
                    Interaction__r: interaction({ Case__c: OTHER_CASE_ID })
                }),
                evaluator
            )
        ),
        allowed(
            'an interaction of the case',
            insert(
                assessment({ Interaction__c: recordId('a0c', 1), Interaction__r: interaction({ Case__c: CASE_ID }) }),
                evaluator
            )
        ),
        allowed('no interaction', insert(assessment(), evaluator))
    ]),
    ...ruleCases(A, 'Assessment_Disputed_Needs_Dispute', [
        refused('Disputed without an open dispute', update(submittedAssessment(), { Status__c: 'Disputed' }, manager)),
        allowed(
            'Disputed with an open dispute',
            update(submittedAssessment({ Open_Dispute_Count__c: 1 }), { Status__c: 'Disputed' }, manager)
        )
    ]),
    ...ruleCases(A, 'Assessment_Closing_Needs_Disputes_Closed', [
        refused(
            'Final while a dispute is open',
            update(
                submittedAssessment({ Status__c: 'Disputed', Open_Dispute_Count__c: 1 }),
                { Status__c: 'Final' },
                manager
            )
        ),
        refused(
            'back to Submitted while a dispute is open',
            update(
                submittedAssessment({ Status__c: 'Disputed', Open_Dispute_Count__c: 1 }),
                { Status__c: 'Submitted' },
                manager
            )
        ),
        allowed(
            'Final once the disputes are closed',
            update(submittedAssessment({ Status__c: 'Disputed' }), { Status__c: 'Final' }, manager)
        ),
        allowed('Final straight from Submitted', update(submittedAssessment(), { Status__c: 'Final' }, manager))
    ])
];

const scored = (earned: number, possible: number, failures = 0, card: SObjectRecord = {}): SObjectRecord =>
    submittedAssessment({
        Points_Earned__c: earned,
        Points_Possible__c: possible,
        Hard_Fail_Failures__c: failures,
        Scorecard__r: scorecard(card)
    });

export const ASSESSMENT_FIELD_CASES = [
    ...fieldCases(A, 'Score__c', [
        ['earned over possible', scored(30, 40), 75],
        ['rounded half up to 2 decimals', scored(6, 7), 85.71],
        ['0 when a hard-fail item failed, whatever was earned', scored(40, 40, 1), 0],
        ['blank when nothing is possible', scored(0, 0), null]
    ]),
    ...fieldCases(A, 'Auto_Failed__c', [
        ['a failed hard-fail item', scored(40, 40, 1), true],
        ['below the auto-fail threshold (72.5 < 75)', scored(29, 40), true],
        ['exactly at the threshold (75)', scored(30, 40), false],
        ['74.995 %, shown as 75.00', scored(149.99, 200), false],
        ['74.9949 %, shown as 74.99', scored(7499.49, 10000), true],
        ['no auto-fail threshold on the scorecard', scored(29, 40, 0, { Auto_Fail_Threshold__c: null }), false],
        ['not scored yet', scored(0, 0), false]
    ]),
    ...fieldCases(A, 'Band__c', [
        ['85 is on target', scored(34, 40), 'Target'],
        ['80 is acceptable', scored(32, 40), 'Acceptable'],
        ['84.995 % is shown as 85.00: on target', scored(169.99, 200), 'Target'],
        ['84.9949 % is shown as 84.99: acceptable', scored(8499.49, 10000), 'Acceptable'],
        ['79.995 % is shown as 80.00: acceptable', scored(159.99, 200), 'Acceptable'],
        ['79.75 needs improvement', scored(31.9, 40), 'Needs Improvement'],
        ['69.995 % is shown as 70.00: needs improvement', scored(139.99, 200), 'Needs Improvement'],
        ['70 needs improvement', scored(28, 40), 'Needs Improvement'],
        ['69.75 is critical', scored(27.9, 40), 'Critical'],
        ['an auto-failed 0 is critical', scored(40, 40, 1), 'Critical'],
        ['no score, no band', scored(0, 0), null]
    ]),
    ...fieldCases(A, 'Passed__c', [
        ['at the pass threshold (80)', scored(32, 40), true],
        ['just below it (79.75)', scored(31.9, 40), false],
        ['79.995 %, shown as 80.00', scored(159.99, 200), true],
        ['79.9949 %, shown as 79.99', scored(7999.49, 10000), false],
        ['auto-failed by a hard-fail item', scored(40, 40, 1), false],
        [
            'auto-failed below a threshold above the pass mark',
            scored(33, 40, 0, { Pass_Threshold__c: 80, Auto_Fail_Threshold__c: 85 }),
            false
        ],
        ['not scored yet', scored(0, 0), false]
    ]),
    ...fieldCases(A, 'Dispute_Deadline__c', [
        [
            'submission time plus the 7-day window',
            submittedAssessment({ Submitted_At__c: '2025-03-07T12:00:00.000Z' }),
            '2025-03-14T12:00:00.000Z'
        ],
        ['blank until submitted', assessment(), null]
    ]),
    ...fieldCases(A, 'Counts_In_Quality_Score__c', [
        ['a submitted Standard assessment', submittedAssessment(), true],
        ['a final Document assessment', submittedAssessment({ Type__c: 'Document', Status__c: 'Final' }), true],
        ['a Calibration assessment', submittedAssessment({ Type__c: 'Calibration' }), false],
        ['a Re-evaluation', submittedAssessment({ Type__c: 'Re-evaluation' }), false],
        ['an assessment still in progress', assessment(), false]
    ]),
    ...fieldCases(A, 'Overdue__c', [
        [
            'in progress and due yesterday',
            assessment({ Due_Date__c: '2025-03-09' }),
            true,
            { now: '2025-03-10T12:00:00.000Z' }
        ],
        ['due today', assessment({ Due_Date__c: '2025-03-10' }), false, { now: '2025-03-10T12:00:00.000Z' }],
        [
            'submitted after its due date',
            submittedAssessment({ Due_Date__c: '2025-03-01' }),
            false,
            { now: '2025-03-10T12:00:00.000Z' }
        ],
        ['no due date', assessment({ Due_Date__c: null }), false, { now: '2025-03-10T12:00:00.000Z' }]
    ])
];
