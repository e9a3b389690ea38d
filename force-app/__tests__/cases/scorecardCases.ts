/** Validation rules of Scorecard__c and Scorecard_Item__c: a scorecard in use is never edited in place. */
import type { SObjectRecord } from '../../../local/formulas';
import { allowed, insert, refused, ruleCases, transitionCases, update } from '../support/cases';
import { by, recordId, scorecard, scorecardItem } from '../support/verityRecords';

const S = 'Scorecard__c';
const I = 'Scorecard_Item__c';
const builder = by('admin', 'Build_Scorecards');
const draft = (overrides: SObjectRecord = {}): SObjectRecord =>
    scorecard({ Status__c: 'Draft', Active_Channel_Key__c: null, Activated_At__c: null, ...overrides });
const activate = { Status__c: 'Active', Active_Channel_Key__c: 'Phone|', Activated_At__c: '2025-03-10T12:00:00.000Z' };
const retire = { Status__c: 'Retired', Active_Channel_Key__c: null };
const PREVIOUS = recordId('a01', 9);

export const SCORECARD_RULE_CASES = [
    ...ruleCases(S, 'Scorecard_Status_Start', [
        refused('a new scorecard already Active', insert(scorecard(), builder)),
        allowed('a new Draft', insert(draft(), builder))
    ]),
    ...transitionCases(
        S,
        'Scorecard_Status_Transitions',
        'Status__c',
        ['Draft', 'Active', 'Retired'],
        [
            ['Draft', 'Active'],
            ['Draft', 'Retired'],
            ['Active', 'Retired']
        ],
        (status) => scorecard({ Status__c: status }),
        builder
    ),
    ...ruleCases(S, 'Scorecard_Status_By_Builder', [
        refused('a QA manager activating a scorecard', update(draft(), activate, by('manager', 'Manage_Assessments'))),
        allowed('a scorecard builder activating it', update(draft(), activate, builder)),
        allowed(
            'a QA manager saving without a status change',
            update(draft(), { Name: 'Phone quality v1 (draft)' }, by('manager'))
        )
    ]),
    ...ruleCases(S, 'Scorecard_Locked_In_Use', [
        refused(
            'changing the pass threshold of an Active scorecard',
            update(scorecard(), { Pass_Threshold__c: 85 }, builder)
        ),
        refused('renaming a Retired scorecard', update(scorecard(retire), { Name: 'Renamed' }, builder)),
        refused('moving an Active scorecard to another channel', update(scorecard(), { Channel__c: 'Chat' }, builder)),
        allowed('retiring an Active scorecard', update(scorecard(), retire, builder)),
        allowed('changing a Draft', update(draft(), { Pass_Threshold__c: 85 }, builder)),
        allowed('activating a Draft', update(draft(), activate, builder))
    ]),
    ...ruleCases(S, 'Scorecard_Activation_Needs_Items', [
        refused(
            'activating a scorecard with no scored item',
            update(draft({ Scored_Item_Count__c: 0 }), activate, builder)
        ),
        allowed('activating one with scored items', update(draft(), activate, builder))
    ]),
    ...ruleCases(S, 'Scorecard_Active_Needs_Time', [
        refused('Active without an activation time', update(draft(), { ...activate, Activated_At__c: null }, builder)),
        allowed('Active with it', update(draft(), activate, builder)),
        allowed('a Draft without it', insert(draft(), builder))
    ]),
    ...ruleCases(S, 'Scorecard_One_Active_Per_Channel', [
        refused(
            'Active without its channel key',
            update(draft(), { ...activate, Active_Channel_Key__c: null }, builder)
        ),
        refused(
            'Active with the key of another channel',
            update(draft(), { ...activate, Active_Channel_Key__c: 'Chat|' }, builder)
        ),
        refused('Retired but still holding the key', update(scorecard(), { Status__c: 'Retired' }, builder)),
        allowed('Active with "Phone|"', update(draft(), activate, builder)),
        allowed(
            'Active for complaints with "Phone|Complaint"',
            insert(scorecard({ Interaction_Type__c: 'Complaint', Active_Channel_Key__c: 'Phone|Complaint' }), builder)
        ),
        allowed('a Draft without a key', insert(draft(), builder))
    ]),
    ...ruleCases(S, 'Scorecard_Needs_Channel', [
        refused('no channel', insert(draft({ Channel__c: null }), builder)),
        allowed('a channel', insert(draft(), builder))
    ]),
    ...ruleCases(S, 'Scorecard_Thresholds_In_Range', [
        refused('no pass threshold', insert(draft({ Pass_Threshold__c: null }), builder)),
        refused('a pass threshold above 100 %', insert(draft({ Pass_Threshold__c: 120 }), builder)),
        refused(
            'an auto-fail threshold above the pass threshold',
            insert(draft({ Pass_Threshold__c: 70, Auto_Fail_Threshold__c: 75 }), builder)
        ),
        refused('a negative bonus threshold', insert(draft({ Bonus_Threshold__c: -5 }), builder)),
        allowed('80 / 75 / 70', insert(draft(), builder)),
        allowed(
            'no auto-fail or bonus threshold',
            insert(draft({ Auto_Fail_Threshold__c: null, Bonus_Threshold__c: null }), builder)
        ),
        allowed('a pass threshold of 100 %', insert(draft({ Pass_Threshold__c: 100 }), builder)),
        allowed(
            'thresholds on their limits (auto-fail = pass, bonus 100 %)',
            insert(draft({ Pass_Threshold__c: 75, Auto_Fail_Threshold__c: 75, Bonus_Threshold__c: 100 }), builder)
        ),
        allowed(
            'thresholds of 0 %',
            insert(draft({ Pass_Threshold__c: 0, Auto_Fail_Threshold__c: 0, Bonus_Threshold__c: 0 }), builder)
        )
    ]),
    ...ruleCases(S, 'Scorecard_Version_Follows_Previous', [
        refused('version 0', insert(draft({ Version__c: 0 }), builder)),
        refused('no version', insert(draft({ Version__c: null }), builder)),
        refused(
            'a new version numbered like the previous',
            insert(
                draft({
                    Version__c: 2,
                    Previous_Version__c: PREVIOUS,
                    Previous_Version__r: scorecard({ Id: PREVIOUS, Version__c: 2 })
                }),
                builder
            )
        ),
        refused(
            'a new version for another channel',
            insert(
                draft({
                    Version__c: 3,
                    Previous_Version__c: PREVIOUS,
                    Previous_Version__r: scorecard({ Id: PREVIOUS, Version__c: 2, Channel__c: 'Chat' })
                }),
                builder
            )
        ),
        allowed(
            'version 3 after version 2 on the same channel',
            insert(
                draft({
                    Version__c: 3,
                    Previous_Version__c: PREVIOUS,
                    Previous_Version__r: scorecard({ Id: PREVIOUS, Version__c: 2 })
                }),
                builder
            )
        ),
        allowed('a first version', insert(draft(), builder))
    ])
];

const ofDraft = (overrides: SObjectRecord = {}): SObjectRecord =>
    scorecardItem({ Scorecard__r: scorecard({ Status__c: 'Draft', Active_Channel_Key__c: null }), ...overrides });

export const SCORECARD_ITEM_RULE_CASES = [
    ...ruleCases(I, 'Item_Locked_In_Use', [
        refused(
            'changing the points of an item of an Active scorecard',
            update(scorecardItem(), { Points__c: 15 }, builder)
        ),
        refused('adding an item to an Active scorecard', insert(scorecardItem(), builder)),
        refused(
            'making an item of a Retired scorecard hard-fail',
            update(
                scorecardItem({ Scorecard__r: scorecard({ Status__c: 'Retired', Active_Channel_Key__c: null }) }),
                { Hard_Fail__c: true },
                builder
            )
        ),
        allowed('changing the points of an item of a Draft', update(ofDraft(), { Points__c: 15 }, builder)),
        allowed('adding an item to a Draft', insert(ofDraft(), builder)),
        allowed(
            'editing only the guidance of an Active item',
            update(scorecardItem(), { Guidance__c: 'Listen for the date of birth.' }, builder)
        )
    ]),
    ...ruleCases(I, 'Item_Points_Valid', [
        refused('a scored item worth 0', insert(ofDraft({ Points__c: 0 }), builder)),
        refused('negative points', insert(ofDraft({ Points__c: -1, Coaching_Only__c: true }), builder)),
        refused('no points', insert(ofDraft({ Points__c: null }), builder)),
        allowed('a coaching-only item worth 0', insert(ofDraft({ Points__c: 0, Coaching_Only__c: true }), builder)),
        allowed('a scored item worth 2.5', insert(ofDraft({ Points__c: 2.5 }), builder))
    ]),
    ...ruleCases(I, 'Item_Hard_Fail_Is_Scored', [
        refused(
            'hard-fail and coaching-only',
            insert(ofDraft({ Hard_Fail__c: true, Coaching_Only__c: true }), builder)
        ),
        allowed('hard-fail only', insert(ofDraft({ Hard_Fail__c: true }), builder))
    ]),
    ...ruleCases(I, 'Item_Needs_Placement', [
        refused('no answer scale', insert(ofDraft({ Answer_Scale__c: null }), builder)),
        refused('no section', insert(ofDraft({ Section__c: null }), builder)),
        refused('no order', insert(ofDraft({ Order__c: null }), builder)),
        allowed('scale, section and order', insert(ofDraft(), builder))
    ])
];
