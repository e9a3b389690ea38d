/**
 * Every formula field of the package, evaluated from its own XML by the local evaluator, on
 * records with known values (the cases are in ./cases).
 */
import { evaluateFormulaField } from '../../local/formulas';
import { ALL_FIELD_CASES } from './cases/allCases';
import type { FieldCase } from './support/cases';
import { NOW, schema } from './support/verityRecords';

describe('formula fields', () => {
    it.each(
        ALL_FIELD_CASES.map((entry): [string, FieldCase] => [`${entry.object}.${entry.field}: ${entry.title}`, entry])
    )('%s', (_name, entry) => {
        expect(
            evaluateFormulaField(schema, entry.object, entry.field, entry.record, { now: NOW, ...entry.options })
        ).toEqual(entry.expected);
    });

    it('has cases for every formula field of the package, with at least two different values', () => {
        const thin: string[] = [];
        for (const object of schema.objects.values()) {
            for (const field of [...object.fields.values()].filter((candidate) => candidate.formula !== undefined)) {
                const values = new Set(
                    ALL_FIELD_CASES.filter((entry) => entry.object === object.name && entry.field === field.name).map(
                        (entry) => JSON.stringify(entry.expected)
                    )
                );
                if (values.size < 2) {
                    thin.push(`${object.name}.${field.name}`);
                }
            }
        }
        expect(thin).toEqual([]);
    });
});
