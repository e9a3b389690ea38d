/**
 * An assessment scored the way the platform scores it, only from the package's own metadata:
 * scorecard and item records → Assessment_Response__c records carrying the snapshot the data model
 * copies from each item → their formula fields → the Assessment__c roll-up summaries over them →
 * the Assessment__c formula fields Score__c, Auto_Failed__c, Band__c and Passed__c.
 */
import { computeRollupSummary, evaluateFormulaField, violatesRule, type SObjectRecord } from '../../../local/formulas';
import type { Answer, AnswerScale } from 'c/assessmentScoring';
import { NOW, assessment, by, recordId, response, schema, scorecard, scorecardItem } from './verityRecords';

/** One scorecard item and the evaluator's answer to it (null: not answered yet). */
export interface ItemAnswer {
    section: string;
    points: number;
    scale: AnswerScale;
    naAllowed: boolean;
    hardFail: boolean;
    coachingOnly: boolean;
    answer: Answer | null;
}

/** A scorecard with its thresholds (percent, as the REST API shows them) and one assessment's answers. */
export interface ScoredAssessment {
    passThreshold: number;
    autoFailThreshold: number | null;
    items: ItemAnswer[];
}

/** What one response's formula fields show. */
export interface ResponsePoints {
    itemId: string;
    earned: number;
    possible: number;
    hardFailFailed: boolean;
}

/** What the data model shows for the assessment. */
export interface PlatformScore {
    responses: ResponsePoints[];
    pointsEarned: number;
    pointsPossible: number;
    hardFailFailures: number;
    answeredItemCount: number;
    scoredItemCount: number;
    score: number | null;
    band: string | null;
    autoFailed: boolean;
    passed: boolean;
}

/** The record id of the n-th item (0-based) of a case; the engine uses the same ids. */
export const itemIdAt = (index: number): string => recordId('a02', index + 1);

// The rules a scorecard, its items and the answers must pass to be saved at all: the cases compared
// are ones the platform accepts. (Rules about who saves when are left to validationRules.test.ts.)
const SCORECARD_RULES = ['Scorecard_Thresholds_In_Range'];
const ITEM_RULES = ['Item_Points_Valid', 'Item_Hard_Fail_Is_Scored', 'Item_Needs_Placement'];
const RESPONSE_RULES = [
    'Response_Copies_Item',
    'Response_Item_On_Scorecard',
    'Response_Answer_Fits_Scale',
    'Response_NA_Only_Where_Allowed'
];

function number(value: unknown, where: string): number {
    if (typeof value !== 'number') {
        throw new TypeError(`${where} should be a number, got ${JSON.stringify(value)}.`);
    }
    return value;
}

function checkbox(value: unknown, where: string): boolean {
    if (typeof value !== 'boolean') {
        throw new TypeError(`${where} should be true or false, got ${JSON.stringify(value)}.`);
    }
    return value;
}

function brokenRules(object: string, rules: readonly string[], record: SObjectRecord): string[] {
    return rules.filter((rule) => violatesRule(schema, object, rule, record, by('evaluator')));
}

/** A number the field cannot hold (more digits before the point than precision − scale allow). */
function outOfRange(object: string, field: string, value: unknown): string[] {
    const definition = schema.objects.get(object.toLowerCase())?.fields.get(field.toLowerCase());
    if (typeof value !== 'number' || definition?.precision === undefined || definition.scale === undefined) {
        return [];
    }
    const limit = 10 ** (definition.precision - definition.scale);
    return Math.abs(value) < limit
        ? []
        : [`${object}.${field} ${value} (Number(${definition.precision}, ${definition.scale}))`];
}

/** The records of the case: scorecard, items, and one response per item on one assessment. */
export function platformRecords(scored: ScoredAssessment): {
    card: SObjectRecord;
    items: SObjectRecord[];
    responses: SObjectRecord[];
    parent: SObjectRecord;
} {
    const card = scorecard({
        Pass_Threshold__c: scored.passThreshold,
        Auto_Fail_Threshold__c: scored.autoFailThreshold,
        Bonus_Threshold__c: null
    });
    const parent = assessment({ Scorecard__r: card });
    const items = scored.items.map((item, index) =>
        scorecardItem({
            Id: itemIdAt(index),
            Name: `Item ${index + 1}`,
            Scorecard__r: card,
            Section__c: item.section,
            Order__c: index + 1,
            Points__c: item.points,
            Answer_Scale__c: item.scale,
            NA_Allowed__c: item.naAllowed,
            Hard_Fail__c: item.hardFail,
            Coaching_Only__c: item.coachingOnly
        })
    );
    // Each response carries the snapshot of its item (points, scale, flags), as the data model copies it.
    const responses = items.map((item, index) =>
        response({
            Id: recordId('a04', index + 1),
            Assessment__r: parent,
            Scorecard_Item__r: item,
            Item_Points__c: item.Points__c,
            Answer_Scale__c: item.Answer_Scale__c,
            Hard_Fail__c: item.Hard_Fail__c,
            Coaching_Only__c: item.Coaching_Only__c,
            NA_Allowed__c: item.NA_Allowed__c,
            Answer__c: scored.items[index]?.answer ?? null
        })
    );
    return { card, items, responses, parent };
}

/**
 * What the data model would refuse in the case: the validation rules a scorecard, its items and
 * the answers must pass, and numbers too large for their fields. Empty for a case it accepts.
 */
export function refusals(scored: ScoredAssessment): string[] {
    const { card, items, responses } = platformRecords(scored);
    const refused = [
        ...brokenRules('Scorecard__c', SCORECARD_RULES, card),
        ...outOfRange('Scorecard__c', 'Pass_Threshold__c', card.Pass_Threshold__c),
        ...outOfRange('Scorecard__c', 'Auto_Fail_Threshold__c', card.Auto_Fail_Threshold__c),
        ...items.flatMap((item) => [
            ...brokenRules('Scorecard_Item__c', ITEM_RULES, item),
            ...outOfRange('Scorecard_Item__c', 'Points__c', item.Points__c)
        ]),
        ...responses.flatMap((answer) => brokenRules('Assessment_Response__c', RESPONSE_RULES, answer))
    ];
    return [...new Set(refused)];
}

/** Scores the case through the data model's formulas and roll-ups. */
export function platformScore(scored: ScoredAssessment): PlatformScore {
    const { items, responses, parent } = platformRecords(scored);
    const options = { now: NOW };
    const responseField = (record: SObjectRecord, field: string): unknown =>
        evaluateFormulaField(schema, 'Assessment_Response__c', field, record, options);
    const rollup = (field: string): number =>
        number(computeRollupSummary(schema, 'Assessment__c', field, responses, options), `Assessment__c.${field}`);

    const rolledUp: SObjectRecord = {
        ...parent,
        Points_Earned__c: rollup('Points_Earned__c'),
        Points_Possible__c: rollup('Points_Possible__c'),
        Hard_Fail_Failures__c: rollup('Hard_Fail_Failures__c'),
        Answered_Item_Count__c: rollup('Answered_Item_Count__c'),
        Response_Count__c: rollup('Response_Count__c')
    };
    const assessmentField = (field: string): unknown =>
        evaluateFormulaField(schema, 'Assessment__c', field, rolledUp, options);
    const score = assessmentField('Score__c');
    const band = assessmentField('Band__c');
    if (score !== null && typeof score !== 'number') {
        throw new TypeError(`Assessment__c.Score__c should be a number or blank, got ${JSON.stringify(score)}.`);
    }
    if (band !== null && typeof band !== 'string') {
        throw new TypeError(`Assessment__c.Band__c should be text or blank, got ${JSON.stringify(band)}.`);
    }
    return {
        responses: responses.map((record, index) => ({
            itemId: itemIdAt(index),
            earned: number(responseField(record, 'Points_Earned__c'), 'Assessment_Response__c.Points_Earned__c'),
            possible: number(responseField(record, 'Points_Possible__c'), 'Assessment_Response__c.Points_Possible__c'),
            hardFailFailed: checkbox(
                responseField(record, 'Hard_Fail_Failed__c'),
                'Assessment_Response__c.Hard_Fail_Failed__c'
            )
        })),
        pointsEarned: number(rolledUp.Points_Earned__c, 'Assessment__c.Points_Earned__c'),
        pointsPossible: number(rolledUp.Points_Possible__c, 'Assessment__c.Points_Possible__c'),
        hardFailFailures: number(rolledUp.Hard_Fail_Failures__c, 'Assessment__c.Hard_Fail_Failures__c'),
        answeredItemCount: number(rolledUp.Answered_Item_Count__c, 'Assessment__c.Answered_Item_Count__c'),
        scoredItemCount: number(
            computeRollupSummary(schema, 'Scorecard__c', 'Scored_Item_Count__c', items, options),
            'Scorecard__c.Scored_Item_Count__c'
        ),
        score,
        band,
        autoFailed: checkbox(assessmentField('Auto_Failed__c'), 'Assessment__c.Auto_Failed__c'),
        passed: checkbox(assessmentField('Passed__c'), 'Assessment__c.Passed__c')
    };
}
