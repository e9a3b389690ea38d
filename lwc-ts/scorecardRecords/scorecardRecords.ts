/**
 * Scorecard records: Scorecard__c, Scorecard_Item__c and Assessment_Response__c field values read
 * into the scoring engine's terms (c/assessmentScoring), and what a new response must copy from
 * its item (Response_Copies_Item) and how it is keyed (Response_Key_Matches).
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */
export { answerFromRecord, scorecardItemFromRecord, scorecardThresholds } from './itemRecords';
export type { ScorecardItemRecord, ScorecardRecord } from './itemRecords';
export { responseCopyOf, responseKey } from './responseRecords';
export type { ResponseCopy } from './responseRecords';
