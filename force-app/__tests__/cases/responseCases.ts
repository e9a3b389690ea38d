/** Validation rules and formula fields of Assessment_Response__c: the answers and the points they earn. */
import type { SObjectRecord } from '../../../local/formulas';
import { allowed, fieldCases, insert, refused, ruleCases, update } from '../support/cases';
import { assessment, by, recordId, response, scorecardItem, submittedAssessment } from '../support/verityRecords';

const R = 'Assessment_Response__c';
const evaluator = by('evaluator');
const manager = by('manager', 'Manage_Assessments');
const OTHER_SCORECARD = recordId('a01', 2);

const onScale = (scale: string, extra: SObjectRecord = {}): SObjectRecord =>
    scorecardItem({ Answer_Scale__c: scale, ...extra });
const answered = (answer: string, item: SObjectRecord = scorecardItem(), extra: SObjectRecord = {}): SObjectRecord =>
    response({ Scorecard_Item__r: item, Answer__c: answer, ...extra });

export const RESPONSE_RULE_CASES = [
    ...ruleCases(R, 'Response_Key_Matches', [
        refused(
            'a key naming another item',
            insert(response({ Response_Key__c: `${recordId('a03', 1)}:${recordId('a02', 2)}` }), evaluator)
        ),
        refused('no key', insert(response({ Response_Key__c: null }), evaluator)),
        allowed('assessment id:item id', insert(response(), evaluator))
    ]),
    ...ruleCases(R, 'Response_Copies_Item', [
        refused('points that differ from the item', insert(response({ Item_Points__c: 12 }), evaluator)),
        refused('no points copied', insert(response({ Item_Points__c: null }), evaluator)),
        refused('another answer scale', insert(response({ Answer_Scale__c: 'OneToFive' }), evaluator)),
        refused('a hard-fail flag the item does not have', insert(response({ Hard_Fail__c: true }), evaluator)),
        refused('a coaching-only flag the item does not have', insert(response({ Coaching_Only__c: true }), evaluator)),
        refused('N/A allowed where the item does not allow it', insert(response({ NA_Allowed__c: true }), evaluator)),
        allowed(
            'an exact copy of the item',
            insert(
                response({
                    Scorecard_Item__r: scorecardItem({ Hard_Fail__c: true, NA_Allowed__c: true, Points__c: 7.5 })
                }),
                evaluator
            )
        )
    ]),
    ...ruleCases(R, 'Response_Item_On_Scorecard', [
        refused(
            'an item of another scorecard',
            insert(response({ Scorecard_Item__r: scorecardItem({ Scorecard__c: OTHER_SCORECARD }) }), evaluator)
        ),
        allowed("an item of the assessment's scorecard", insert(response(), evaluator))
    ]),
    ...ruleCases(R, 'Response_Answer_Fits_Scale', [
        refused('Partial on a Yes / No item', insert(answered('Partial'), evaluator)),
        refused('4 on a Yes / No item', insert(answered('4'), evaluator)),
        refused('Yes on a 1 to 5 item', insert(answered('Yes', onScale('OneToFive')), evaluator)),
        refused('3 on a Yes / Partial / No item', insert(answered('3', onScale('YesPartialNo')), evaluator)),
        allowed('Yes on a Yes / No item', insert(answered('Yes'), evaluator)),
        allowed(
            'Partial on a Yes / Partial / No item',
            insert(answered('Partial', onScale('YesPartialNo')), evaluator)
        ),
        allowed('5 on a 1 to 5 item', insert(answered('5', onScale('OneToFive')), evaluator)),
        allowed('no answer yet', insert(response(), evaluator)),
        allowed('N/A (judged by its own rule)', insert(answered('NA'), evaluator))
    ]),
    ...ruleCases(R, 'Response_NA_Only_Where_Allowed', [
        refused('N/A where the item does not allow it', insert(answered('NA'), evaluator)),
        allowed(
            'N/A where the item allows it',
            insert(answered('NA', scorecardItem({ NA_Allowed__c: true })), evaluator)
        ),
        allowed('a real answer', insert(answered('No'), evaluator))
    ]),
    ...ruleCases(R, 'Response_Editors', [
        refused('the agent answering', update(response(), { Answer__c: 'Yes' }, by('agent'))),
        refused('another evaluator answering', update(response(), { Answer__c: 'Yes' }, by('secondEvaluator'))),
        refused('another evaluator creating an answer', insert(response(), by('secondEvaluator'))),
        allowed('the assigned evaluator answering', update(response(), { Answer__c: 'Yes' }, evaluator)),
        allowed('a QA manager answering', update(response(), { Answer__c: 'Yes' }, manager)),
        allowed(
            'someone saving without changing the answer',
            update(answered('Yes'), { Coaching_Note__c: 'x' }, by('secondEvaluator'))
        )
    ]),
    ...ruleCases(R, 'Response_Locked_After_Submission', [
        refused(
            'the evaluator changing an answer after submission',
            update(
                answered('No', scorecardItem(), { Assessment__r: submittedAssessment() }),
                { Answer__c: 'Yes' },
                evaluator
            )
        ),
        refused(
            'the evaluator adding an answer to a disputed assessment',
            insert(
                answered('Yes', scorecardItem(), { Assessment__r: submittedAssessment({ Status__c: 'Disputed' }) }),
                evaluator
            )
        ),
        refused(
            'even a QA manager changing a final assessment',
            update(
                answered('No', scorecardItem(), { Assessment__r: submittedAssessment({ Status__c: 'Final' }) }),
                { Answer__c: 'Yes' },
                manager
            )
        ),
        refused(
            'even a QA manager changing a cancelled assessment',
            update(
                answered('No', scorecardItem(), { Assessment__r: assessment({ Status__c: 'Cancelled' }) }),
                { Answer__c: 'Yes' },
                manager
            )
        ),
        allowed(
            'a QA manager applying a dispute outcome',
            update(
                answered('No', scorecardItem(), { Assessment__r: submittedAssessment({ Status__c: 'Disputed' }) }),
                { Answer__c: 'Yes' },
                manager
            )
        ),
        allowed('the evaluator answering while in progress', update(response(), { Answer__c: 'Yes' }, evaluator)),
        allowed(
            'the evaluator answering an assigned assessment',
            insert(
                answered('Yes', scorecardItem(), { Assessment__r: assessment({ Status__c: 'Assigned' }) }),
                evaluator
            )
        )
    ])
];

const scoredAs = (answer: string, itemOverrides: SObjectRecord = {}): SObjectRecord =>
    answered(answer, scorecardItem(itemOverrides));

export const RESPONSE_FIELD_CASES = [
    ...fieldCases(R, 'Points_Earned__c', [
        ['Yes earns the points', scoredAs('Yes'), 10],
        ['No earns nothing', scoredAs('No'), 0],
        ['Partial earns half', scoredAs('Partial', { Answer_Scale__c: 'YesPartialNo', Points__c: 5 }), 2.5],
        ['4 of 5 earns three quarters', scoredAs('4', { Answer_Scale__c: 'OneToFive', Points__c: 10 }), 7.5],
        [
            '2 of 5 earns a quarter, to 4 decimals',
            scoredAs('2', { Answer_Scale__c: 'OneToFive', Points__c: 7.25 }),
            1.8125
        ],
        ['1 of 5 earns nothing', scoredAs('1', { Answer_Scale__c: 'OneToFive' }), 0],
        ['N/A earns nothing', scoredAs('NA', { NA_Allowed__c: true }), 0],
        ['a coaching-only item earns nothing', scoredAs('Yes', { Coaching_Only__c: true, Points__c: 5 }), 0],
        ['an unanswered item earns nothing', response(), 0]
    ]),
    ...fieldCases(R, 'Points_Possible__c', [
        ['an answered item counts its points', scoredAs('No'), 10],
        [
            'a 1 to 5 item counts its points whatever the answer',
            scoredAs('1', { Answer_Scale__c: 'OneToFive', Points__c: 8 }),
            8
        ],
        ['N/A leaves the maximum too', scoredAs('NA', { NA_Allowed__c: true }), 0],
        ['a coaching-only item is never possible', scoredAs('No', { Coaching_Only__c: true, Points__c: 5 }), 0],
        ['an unanswered item is not possible yet', response(), 0]
    ]),
    ...fieldCases(R, 'Hard_Fail_Failed__c', [
        ['a hard-fail item answered No', scoredAs('No', { Hard_Fail__c: true }), true],
        [
            'a hard-fail 1 to 5 item answered 1',
            scoredAs('1', { Hard_Fail__c: true, Answer_Scale__c: 'OneToFive' }),
            true
        ],
        [
            'a hard-fail 1 to 5 item answered 2',
            scoredAs('2', { Hard_Fail__c: true, Answer_Scale__c: 'OneToFive' }),
            false
        ],
        ['a hard-fail item answered Yes', scoredAs('Yes', { Hard_Fail__c: true }), false],
        ['a hard-fail item answered N/A', scoredAs('NA', { Hard_Fail__c: true, NA_Allowed__c: true }), false],
        ['an ordinary item answered No', scoredAs('No'), false]
    ]),
    ...fieldCases(R, 'Counts_Toward_Completion__c', [
        ['an answered scored item', scoredAs('Partial', { Answer_Scale__c: 'YesPartialNo' }), true],
        ['a scored item answered N/A', scoredAs('NA', { NA_Allowed__c: true }), true],
        ['an unanswered scored item', response(), false],
        ['an answered coaching-only item', scoredAs('Yes', { Coaching_Only__c: true, Points__c: 0 }), false]
    ])
];
