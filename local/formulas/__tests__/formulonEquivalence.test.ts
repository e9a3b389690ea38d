import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as formulon from 'formulon';
import { createRandom } from 'c/seededRandom';
import { flowFormula } from '../../org/recordFlows';
import { evaluateFormulaText } from '../evaluateFormula';
import { evaluateDefaultValue, evaluateFormulaField } from '../formulaFields';
import * as formulonEvaluator from '../formulonEvaluator';
import { childText, readMetadataXml } from '../../metadata/metadataXml';
import { readPackageSchema } from '../packageSchema';
import type { ObjectDefinition, PackageSchema, SObjectRecord } from '../schemaTypes';
import { violatesRule } from '../validationRules';
import type { EvaluationOptions } from '../formulaScope';
import { randomOptions, randomRecord } from './support/randomRecords';

/*
 * The local evaluator answers from cached trees with its own copy of the formulon functions the
 * package uses (formulonEvaluator, formulonFunctions). Here every formula of the real package and
 * of the test fixtures — formula fields, validation rules, default values, flow entry conditions —
 * is evaluated on many seeded random records, and every time the evaluator is asked for an answer
 * it is asked formulon.parse too, on the same text and values: the two must be identical, error
 * objects and thrown exceptions included.
 */

const RECORDS_PER_FORMULA = 100;
/**
 * A record can ask for up to 2^8 evaluations (blank comparisons tried both ways), and formulon.parse
 * takes a millisecond or more: past this many calls of one formula, every tenth is compared.
 */
const COMPARED_IN_FULL = 200;

const SOURCES = {
    package: path.join(__dirname, '..', '..', '..', 'force-app', 'main', 'default'),
    shop: path.join(__dirname, 'fixtures', 'shop'),
    desk: path.join(__dirname, '..', '..', 'org', '__tests__', 'fixtures', 'desk'),
    qa: path.join(__dirname, '..', '..', 'soql', '__tests__', 'fixtures', 'qa')
};

interface Formula {
    name: string;
    object: ObjectDefinition;
    evaluate: (record: SObjectRecord, options: EvaluationOptions) => unknown;
}

function flowConditions(sourceDir: string): { name: string; object: string; condition: string }[] {
    const dir = path.join(sourceDir, 'flows');
    if (!fs.existsSync(dir)) {
        return [];
    }
    return fs
        .readdirSync(dir)
        .filter((file) => file.endsWith('.flow-meta.xml'))
        .flatMap((file) => {
            const flow = readMetadataXml(path.join(dir, file), 'Flow');
            const start = (flow.start as Record<string, unknown>[] | undefined)?.[0] as Parameters<typeof childText>[0];
            const formula = childText(start, 'filterFormula');
            const object = childText(start, 'object');
            const name = file.replace('.flow-meta.xml', '');
            return formula && object ? [{ name, object, condition: flowFormula(name, formula) }] : [];
        });
}

function formulasOf(schema: PackageSchema, sourceDir: string): Formula[] {
    const formulas: Formula[] = [];
    for (const object of schema.objects.values()) {
        for (const field of object.fields.values()) {
            if (field.formula !== undefined) {
                formulas.push({
                    name: `${object.name}.${field.name}`,
                    object,
                    evaluate: (record, options) =>
                        evaluateFormulaField(schema, object.name, field.name, record, options)
                });
            }
            if (field.defaultValue !== undefined) {
                formulas.push({
                    name: `${object.name}.${field.name} (default)`,
                    object,
                    evaluate: (_record, options) => evaluateDefaultValue(schema, object.name, field.name, options)
                });
            }
        }
        for (const rule of object.validationRules) {
            formulas.push({
                name: `${object.name}.${rule.name}`,
                object,
                evaluate: (record, options) => violatesRule(schema, object.name, rule.name, record, options)
            });
        }
    }
    for (const flow of flowConditions(sourceDir)) {
        const object = schema.objects.get(flow.object.toLowerCase());
        if (object) {
            formulas.push({
                name: `flow ${flow.name}`,
                object,
                evaluate: (record, options) =>
                    evaluateFormulaText(flow.condition, {
                        schema,
                        object,
                        record,
                        options,
                        formulaName: `flow ${flow.name}`,
                        kind: 'validationRule',
                        blankNumbers: 'blank',
                        chain: []
                    })
            });
        }
    }
    return formulas;
}

/** What a call gave: its result, or the exception it threw. */
function outcome(call: () => unknown): { result?: unknown; thrown?: string } {
    try {
        return { result: call() };
    } catch (error) {
        return { thrown: `${(error as Error).name}: ${(error as Error).message}` };
    }
}

describe.each(Object.entries(SOURCES))('every formula of %s, evaluated both ways', (label, sourceDir) => {
    const schema = readPackageSchema(sourceDir);
    const formulas = formulasOf(schema, sourceDir);
    const real = formulonEvaluator.evaluateWithFormulon;
    const totals = { asked: 0, answeredByFormulon: 0 };

    afterEach(() => jest.restoreAllMocks());

    it('has formulas to compare', () => {
        expect(formulas.length).toBeGreaterThanOrEqual(label === 'package' ? 100 : 2);
    });

    it.each(formulas.map((formula) => [formula.name, formula] as const))(
        '%s gives what formulon.parse gives, on random records',
        (_name, formula) => {
            // The module object itself: `import * as` gives a copy, which formulonEvaluator does not call through.
            const parse = jest.spyOn(jest.requireActual<typeof formulon>('formulon'), 'parse');
            const mismatches: unknown[] = [];
            let asked = 0;
            let answeredByFormulon = 0;
            jest.spyOn(formulonEvaluator, 'evaluateWithFormulon').mockImplementation((text, values) => {
                asked += 1;
                const before = parse.mock.calls.length;
                const ours = outcome(() => real(text, values));
                answeredByFormulon += parse.mock.calls.length - before;
                if (asked <= COMPARED_IN_FULL || asked % 10 === 0) {
                    const theirs = outcome(() => formulon.parse(text, values));
                    // Kept, not thrown: the evaluation around this call would catch it as the formula's error.
                    if (!isDeepStrictEqual(ours, theirs)) {
                        mismatches.push({ text, values, ours, theirs });
                    }
                }
                if (ours.thrown !== undefined) {
                    throw new Error(ours.thrown);
                }
                return ours.result as ReturnType<typeof real>;
            });
            const random = createRandom(`formulon equivalence ${label} ${formula.name}`);
            let refusedBeforeEvaluation = 0;
            for (let index = 0; index < RECORDS_PER_FORMULA; index += 1) {
                const record = randomRecord(random, schema, formula.object);
                const options = randomOptions(random, schema, formula.object, record);
                const askedBefore = asked;
                const { thrown } = outcome(() => formula.evaluate(record, options));
                if (asked === askedBefore && thrown?.startsWith('FormulaError')) {
                    refusedBeforeEvaluation += 1;
                }
            }
            expect(mismatches.slice(0, 3)).toEqual([]);
            totals.asked += asked;
            totals.answeredByFormulon += answeredByFormulon;
            // Most records reach the evaluator; a formula refused outright (a cycle) never does.
            expect(asked + refusedBeforeEvaluation).toBeGreaterThanOrEqual(RECORDS_PER_FORMULA);
        }
    );

    it('answers most calls without formulon', () => {
        // The cached path answers most of the time: formulon is left only what the copy does not do.
        expect(totals.asked).toBeGreaterThan(formulas.length * RECORDS_PER_FORMULA * 0.5);
        expect(totals.answeredByFormulon / totals.asked).toBeLessThan(label === 'package' ? 0.35 : 0.6);
    });
});
