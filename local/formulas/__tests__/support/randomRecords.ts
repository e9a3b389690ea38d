import type { RandomSource } from 'c/seededRandom';
import type { EvaluationOptions } from '../../formulaScope';
import type { FieldDefinition, ObjectDefinition, PackageSchema, SObjectRecord } from '../../schemaTypes';

/*
 * Seeded random records typed from the field metadata, for comparing two evaluations of the same
 * formulas: blanks, empty text, edge numbers and equal ids come up often, so that every branch
 * of a formula and every blank comparison is reached.
 */

/** A few ids, in 18 and 15 characters, so that lookups and owners are often equal. */
const IDS = ['005000000000001AAA', '005000000000002AAA', '005000000000001', 'a01000000000003AAA'];
const TEXTS = ['', 'Phone', 'NA', 'Calibration', 'needs review', 'Ünïcode ✓', 'x'];
const NUMBERS = [0, 1, -1, 2, 5, 6, 0.5, 0.8, 1.25, 4.999, -2.5, 7, 80, 100, 123456.789, 1e-7];

function pick<T>(random: RandomSource, items: readonly T[]): T {
    return items[random.nextInt(items.length)];
}

function pad(value: number): string {
    return String(value).padStart(2, '0');
}

function randomDate(random: RandomSource): string {
    return `${2024 + random.nextInt(3)}-${pad(1 + random.nextInt(12))}-${pad(1 + random.nextInt(28))}`;
}

function randomDateTime(random: RandomSource): string {
    const time = `${pad(random.nextInt(24))}:${pad(random.nextInt(60))}:${pad(random.nextInt(60))}`;
    return random.nextFloat() < 0.5 ? `${randomDate(random)}T${time}.000Z` : `${randomDate(random)}T${time}+02:00`;
}

/** A value of the field's type as the REST API shows it; blank about a fifth of the time. */
export function randomFieldValue(random: RandomSource, field: FieldDefinition): unknown {
    if (random.nextFloat() < 0.2) {
        return null;
    }
    switch (field.valueType) {
        case 'text':
            return pick(random, TEXTS);
        case 'id':
            return pick(random, IDS);
        case 'picklist':
            return pick(random, [...(field.picklistValues ?? []), '', 'NA', 'Not a value']);
        case 'number':
        case 'percent':
            return pick(random, NUMBERS);
        case 'checkbox':
            return random.nextFloat() < 0.5;
        case 'date':
            return randomDate(random);
        case 'datetime':
            return randomDateTime(random);
        default:
            return null;
    }
}

/** Where a record carries the parent a lookup points to: `Agent__r` for `Agent__c`, `Owner` for `OwnerId`. */
function parentKey(field: FieldDefinition): string | undefined {
    if (field.parentPathName) {
        return field.parentPathName;
    }
    return field.name.toLowerCase().endsWith('__c') ? `${field.name.slice(0, -3)}__r` : undefined;
}

/** A record of the object with every field set (formula fields are left to be computed), parents `depth` deep. */
export function randomRecord(
    random: RandomSource,
    schema: PackageSchema,
    object: ObjectDefinition,
    depth = 2
): SObjectRecord {
    const record: SObjectRecord = {};
    for (const field of object.fields.values()) {
        if (field.formula !== undefined) {
            continue;
        }
        record[field.name] = randomFieldValue(random, field);
        const key = parentKey(field);
        const parentObject = schema.objects.get(field.referenceTo?.[0]?.toLowerCase() ?? '');
        if (field.valueType === 'id' && key && parentObject && depth > 0 && record[field.name] !== null) {
            // Now and then the parent is missing, which the evaluator refuses the same way both times.
            if (random.nextFloat() < 0.95) {
                record[key] = randomRecord(random, schema, parentObject, depth - 1);
            }
        }
    }
    return record;
}

/** The save around the record: an insert or an update (with a prior record), a user, permissions, a clock. */
export function randomOptions(
    random: RandomSource,
    schema: PackageSchema,
    object: ObjectDefinition,
    record: SObjectRecord
): EvaluationOptions {
    const prior =
        random.nextFloat() < 0.5
            ? undefined
            : Object.fromEntries(
                  Object.entries(randomRecord(random, schema, object, 0)).map(([name, value]) => [
                      name,
                      random.nextFloat() < 0.5 ? record[name] : value
                  ])
              );
    return {
        prior,
        user: { Id: pick(random, IDS) },
        permissions: [...schema.customPermissions].filter(() => random.nextFloat() < 0.5),
        now: randomDateTime(random).replace('+02:00', 'Z'),
        today: random.nextFloat() < 0.5 ? undefined : randomDate(random)
    };
}
