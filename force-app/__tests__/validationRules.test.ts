/**
 * Every validation rule of the package, evaluated from its own XML by the local evaluator, on
 * saves it must refuse and saves it must allow (the cases are in ./cases).
 */
import { violatesRule } from '../../local/formulas';
import { ALL_RULE_CASES } from './cases/allCases';
import type { RuleCase } from './support/cases';
import { schema } from './support/verityRecords';

describe('validation rules', () => {
    it.each(
        ALL_RULE_CASES.map((entry): [string, RuleCase] => [`${entry.object}.${entry.rule}: ${entry.title}`, entry])
    )('%s', (_name, entry) => {
        expect(violatesRule(schema, entry.object, entry.rule, entry.record, entry.options)).toBe(entry.violates);
    });

    it('has, for every active rule of the package, a save it refuses and a save it allows', () => {
        const missing: string[] = [];
        for (const object of schema.objects.values()) {
            for (const rule of object.validationRules.filter((candidate) => candidate.active)) {
                const cases = ALL_RULE_CASES.filter(
                    (entry) => entry.object === object.name && entry.rule === rule.name
                );
                if (!cases.some((entry) => entry.violates) || !cases.some((entry) => !entry.violates)) {
                    missing.push(`${object.name}.${rule.name}`);
                }
            }
        }
        expect(missing).toEqual([]);
    });
});
