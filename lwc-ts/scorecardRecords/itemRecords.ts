/**
 * Scorecard__c and Scorecard_Item__c as the scoring engine reads them. The field values are the
 * API's: a percent as shown (80 for 80 %), checkboxes as true/false, picklists by API value.
 * The data model requires every value read here (Item_Needs_Placement, Item_Points_Valid,
 * Scorecard_Thresholds_In_Range), so a blank one is an error naming the record and the field,
 * never a guess.
 */
import {
    ANSWER_SCALES,
    SCALE_ANSWERS,
    validateScorecardItem,
    type Answer,
    type AnswerScale,
    type Scorecard,
    type ScorecardItem
} from 'c/assessmentScoring';

/** The Scorecard_Item__c fields that decide how an answer scores. */
export interface ScorecardItemRecord {
    readonly Id: string;
    readonly Section__c: string | null;
    readonly Order__c: number | null;
    readonly Points__c: number | null;
    readonly Answer_Scale__c: string | null;
    readonly NA_Allowed__c: boolean | null;
    readonly Hard_Fail__c: boolean | null;
    readonly Coaching_Only__c: boolean | null;
}

/** The Scorecard__c thresholds, in percent as the API gives them. */
export interface ScorecardRecord {
    readonly Pass_Threshold__c: number | null;
    readonly Auto_Fail_Threshold__c: number | null;
}

const ANSWERS: readonly string[] = ['NA', ...new Set(Object.values(SCALE_ANSWERS).flat())];

function required<T>(value: T | null | undefined, recordId: string, field: string, what: string): T {
    if (value === null || value === undefined || value === '') {
        throw new RangeError(`Scorecard item ${recordId} has no ${field}: ${what}.`);
    }
    return value;
}

function checkbox(value: boolean | null | undefined, recordId: string, field: string): boolean {
    if (value !== true && value !== false && value !== null && value !== undefined) {
        throw new TypeError(`Scorecard item ${recordId}: ${field} must be true or false, got ${String(value)}.`);
    }
    // A checkbox is never blank on the platform; a record read without the field counts as unchecked.
    return value === true;
}

/** One Scorecard_Item__c as the engine's ScorecardItem (id = the record Id). */
export function scorecardItemFromRecord(record: ScorecardItemRecord): ScorecardItem {
    if (record === null || typeof record !== 'object' || typeof record.Id !== 'string' || record.Id === '') {
        throw new TypeError(`A scorecard item record needs its Id, got ${JSON.stringify(record)}.`);
    }
    const id = record.Id;
    const scale = required(record.Answer_Scale__c, id, 'Answer_Scale__c', 'every item needs an answer scale');
    if (!ANSWER_SCALES.includes(scale as AnswerScale)) {
        throw new RangeError(
            `Scorecard item ${id} has the answer scale "${scale}"; Answer_Scale__c is one of ${ANSWER_SCALES.join(', ')}.`
        );
    }
    return validateScorecardItem({
        id,
        section: required(record.Section__c, id, 'Section__c', 'every item sits in a section'),
        order: required(record.Order__c, id, 'Order__c', 'every item has a place on the form'),
        points: required(record.Points__c, id, 'Points__c', 'every item has points, 0 at least'),
        answerScale: scale as AnswerScale,
        naAllowed: checkbox(record.NA_Allowed__c, id, 'NA_Allowed__c'),
        hardFail: checkbox(record.Hard_Fail__c, id, 'Hard_Fail__c'),
        coachingOnly: checkbox(record.Coaching_Only__c, id, 'Coaching_Only__c')
    });
}

/** The scorecard's thresholds as the engine's Scorecard holds them; band limits stay the engine's defaults. */
export function scorecardThresholds(
    scorecard: ScorecardRecord
): Pick<Scorecard, 'passThreshold' | 'autoFailThreshold'> {
    if (scorecard === null || typeof scorecard !== 'object') {
        throw new TypeError(`A scorecard record is needed, got ${String(scorecard)}.`);
    }
    const passThreshold = scorecard.Pass_Threshold__c;
    if (passThreshold === null || passThreshold === undefined) {
        throw new RangeError('The scorecard has no Pass_Threshold__c: every scorecard sets the score that passes.');
    }
    return { passThreshold, autoFailThreshold: scorecard.Auto_Fail_Threshold__c ?? null };
}

/** Assessment_Response__c.Answer__c as an engine Answer: null when blank, an error for a value off the picklist. */
export function answerFromRecord(value: unknown, responseId: string): Answer | null {
    if (value === null || value === undefined || value === '') {
        return null;
    }
    if (typeof value !== 'string' || !ANSWERS.includes(value)) {
        throw new RangeError(
            `Response ${responseId} has the answer ${JSON.stringify(value)}; Answer__c is one of ${ANSWERS.join(', ')}.`
        );
    }
    return value as Answer;
}
