/** Every default value of the package, evaluated from its own XML (some read the Verity Setting or TODAY()). */
import { evaluateDefaultValue } from '../../local/formulas';
import { NOW, defaultVeritySetting, schema } from './support/verityRecords';

const EXPECTED: Record<string, unknown> = {
    'Scorecard__c.Version__c': 1,
    // A percent default is written as a fraction (Salesforce Help, "Useful Default Field Value Formulas": 0.25 is 25 %).
    'Scorecard__c.Pass_Threshold__c': 80,
    'Scorecard_Item__c.NA_Allowed__c': false,
    'Scorecard_Item__c.Hard_Fail__c': false,
    'Scorecard_Item__c.Coaching_Only__c': false,
    'Assessment_Response__c.Hard_Fail__c': false,
    'Assessment_Response__c.Coaching_Only__c': false,
    'Assessment_Response__c.NA_Allowed__c': false,
    // TODAY() (2025-03-10) plus the 14 coaching days of the Default Verity Setting.
    'Coaching_Task__c.Due_Date__c': '2025-03-24',
    // The ±5 calibration tolerance of the Default Verity Setting.
    'Calibration_Session__c.Tolerance__c': 5,
    'Calibration_Session__c.Blind__c': true,
    'Sampling_Plan__c.Active__c': false,
    'Sampling_Plan__c.Lookback_Days__c': 7,
    'Sampling_Plan__c.Prioritize_AI_Flags__c': false,
    'Sampling_Plan__c.Exclude_Own_Supervisor__c': true,
    'Sampling_Plan__c.Exclude_Self__c': true,
    'Sampling_Pool_Member__c.Available__c': true,
    'Interaction__c.Resolved_First_Contact__c': false,
    'Interaction__c.AI_Flagged__c': false,
    'Score_Snapshot__c.Bonus_Eligible__c': false
};

describe('default values', () => {
    it.each(Object.entries(EXPECTED))('%s defaults to %p', (name, expected) => {
        const [object, field] = name.split('.');
        expect(evaluateDefaultValue(schema, object, field, { now: NOW })).toEqual(expected);
    });

    it('follows the Verity Setting when it changes', () => {
        const setting = defaultVeritySetting();
        const before = setting.Calibration_Tolerance__c;
        setting.Calibration_Tolerance__c = 2.5;
        try {
            expect(evaluateDefaultValue(schema, 'Calibration_Session__c', 'Tolerance__c', { now: NOW })).toBe(2.5);
        } finally {
            setting.Calibration_Tolerance__c = before;
        }
    });

    it('lists every default value of the package', () => {
        const all = [...schema.objects.values()]
            .filter((object) => object.isCustom)
            .flatMap((object) =>
                [...object.fields.values()]
                    .filter((field) => field.defaultValue !== undefined)
                    .map((field) => `${object.name}.${field.name}`)
            );
        expect(all.sort()).toEqual(Object.keys(EXPECTED).sort());
    });
});
