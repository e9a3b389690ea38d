/** Every case table, for the tests that run them and check nothing is left out. */
import { ASSESSMENT_FIELD_CASES, ASSESSMENT_RULE_CASES } from './assessmentCases';
import { COACHING_FIELD_CASES, COACHING_RULE_CASES } from './coachingCases';
import { DISPUTE_ITEM_RULE_CASES, DISPUTE_RULE_CASES } from './disputeCases';
import {
    CALIBRATION_RULE_CASES,
    INTERACTION_RULE_CASES,
    KPI_RULE_CASES,
    RUN_RULE_CASES,
    SAMPLING_RULE_CASES
} from './operationsCases';
import { RESPONSE_FIELD_CASES, RESPONSE_RULE_CASES } from './responseCases';
import { SCORECARD_ITEM_RULE_CASES, SCORECARD_RULE_CASES } from './scorecardCases';

export const ALL_RULE_CASES = [
    ...SCORECARD_RULE_CASES,
    ...SCORECARD_ITEM_RULE_CASES,
    ...ASSESSMENT_RULE_CASES,
    ...RESPONSE_RULE_CASES,
    ...DISPUTE_RULE_CASES,
    ...DISPUTE_ITEM_RULE_CASES,
    ...COACHING_RULE_CASES,
    ...CALIBRATION_RULE_CASES,
    ...SAMPLING_RULE_CASES,
    ...RUN_RULE_CASES,
    ...INTERACTION_RULE_CASES,
    ...KPI_RULE_CASES
];

export const ALL_FIELD_CASES = [...ASSESSMENT_FIELD_CASES, ...RESPONSE_FIELD_CASES, ...COACHING_FIELD_CASES];
