import Decimal from 'decimal.js';
import type { FormulonLiteral } from 'formulon';

/*
 * The formulon functions the package's formulas use, done exactly as formulon 6.25 does them
 * (lib/formulon.js: sf$and, sf$if, sf$add, … and the argument checks in existingFunctions that run
 * first), so that a cached tree can be evaluated without formulon parsing the text again.
 * Each function answers only for arguments formulon's checks accept and its own code handles
 * without surprise; for anything else it answers undefined and the caller hands the whole
 * formula to formulon, which gives its own answer or its own error. So an error is never
 * produced here: formulon makes every one. The equivalence test evaluates every formula of the
 * package both ways.
 */

export type FormulonFunction = (args: readonly FormulonLiteral[]) => FormulonLiteral | undefined;

const MILLISECONDS_IN_DAY = 24 * 60 * 60 * 1000;

/** formulon's buildLiteralFromJs for the two kinds of value these functions make. */
function checkbox(value: boolean): FormulonLiteral {
    return { type: 'literal', value, dataType: 'checkbox', options: {} };
}

/** formulon's buildLiteralFromJs for a number: its length and scale read from its decimal text. */
function numberLiteral(value: number): FormulonLiteral {
    const digits = value.toString().replace('-', '');
    const point = digits.indexOf('.');
    const options =
        point === -1 ? { length: digits.length, scale: 0 } : { length: point, scale: digits.length - point - 1 };
    return { type: 'literal', value, dataType: 'number', options };
}

function text(value: string): FormulonLiteral {
    return { type: 'literal', value, dataType: 'text', options: { length: value.length } };
}

/** formulon's buildDateLiteral: the UTC calendar day of the moment. */
function dateLiteral(moment: Date): FormulonLiteral {
    return {
        type: 'literal',
        dataType: 'date',
        value: new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate())),
        options: {}
    };
}

function dateTimeLiteral(moment: Date): FormulonLiteral {
    return { type: 'literal', dataType: 'datetime', value: new Date(moment), options: {} };
}

/** formulon's addDays: days may be fractional; a date result then drops the time of day. */
function addDays(moment: Date, days: number): Date {
    return new Date(moment.getTime() + days * MILLISECONDS_IN_DAY);
}

/** Whether the literal is of this type and its value is what that type holds (not blank). */
function holds(literal: FormulonLiteral, dataType: string): boolean {
    if (literal.type !== 'literal' || literal.dataType !== dataType) {
        return false;
    }
    switch (dataType) {
        case 'checkbox':
            return typeof literal.value === 'boolean';
        case 'text':
        case 'picklist':
            return typeof literal.value === 'string';
        case 'number':
            return typeof literal.value === 'number';
        case 'date':
        case 'datetime':
            return literal.value instanceof Date;
        default:
            return false;
    }
}

function allCheckboxes(args: readonly FormulonLiteral[]): boolean {
    return args.length >= 1 && args.every((arg) => holds(arg, 'checkbox'));
}

/** Two arguments of one of these types, both the same type (formulon's sameParamType). */
function pairOf(args: readonly FormulonLiteral[], dataTypes: readonly string[]): string | undefined {
    if (args.length !== 2) {
        return undefined;
    }
    const [first, second] = args;
    return dataTypes.find((dataType) => holds(first, dataType) && holds(second, dataType));
}

function timeOf(literal: FormulonLiteral): number {
    return (literal.value as Date).getTime();
}

const EQUATABLE = ['text', 'number', 'checkbox', 'date', 'datetime'];
const ORDERED = ['number', 'date', 'datetime'];

/** sf$equal: dates and date-times by their moment, anything else by strict equality. */
function equal(args: readonly FormulonLiteral[]): boolean | undefined {
    const dataType = pairOf(args, EQUATABLE);
    if (dataType === undefined) {
        return undefined;
    }
    return dataType === 'date' || dataType === 'datetime'
        ? timeOf(args[0]) === timeOf(args[1])
        : args[0].value === args[1].value;
}

/** sf$greaterThan and its kin compare `value1.value` with `value2.value`; a date compares as its moment. */
function ordering(test: (left: number, right: number) => boolean): FormulonFunction {
    return (args) => {
        const dataType = pairOf(args, ORDERED);
        if (dataType === undefined) {
            return undefined;
        }
        const [left, right] =
            dataType === 'number' ? [args[0].value as number, args[1].value as number] : args.map(timeOf);
        return checkbox(test(left, right));
    };
}

/** Two finite numbers combined with decimal.js and read back as a JavaScript number, as formulon does. */
function arithmetic(
    args: readonly FormulonLiteral[],
    operate: (a: Decimal, b: Decimal) => Decimal
): FormulonLiteral | undefined {
    if (pairOf(args, ['number']) === undefined) {
        return undefined;
    }
    const [first, second] = args.map((arg) => arg.value as number);
    if (!Number.isFinite(first) || !Number.isFinite(second)) {
        return undefined;
    }
    const result = operate(new Decimal(first), new Decimal(second)).toNumber();
    return Number.isFinite(result) ? numberLiteral(result) : undefined;
}

/** What IF may return, besides a blank (formulon's check on its second and third arguments). */
const IF_RESULT_TYPES = new Set(['text', 'number', 'date', 'datetime', 'checkbox', 'geolocation', 'null']);
/** What ISBLANK accepts. A picklist is refused by formulon, as by Salesforce. */
const BLANKABLE_TYPES = new Set(['text', 'number', 'date', 'datetime', 'geolocation', 'null']);

/** The functions done here, by formulon's id (operators are calls: `a = b` is `equal`). */
export const FORMULON_FUNCTIONS: ReadonlyMap<string, FormulonFunction> = new Map<string, FormulonFunction>([
    ['and', (args) => (allCheckboxes(args) ? checkbox(args.every((arg) => arg.value === true)) : undefined)],
    ['or', (args) => (allCheckboxes(args) ? checkbox(args.some((arg) => arg.value === true)) : undefined)],
    ['not', (args) => (args.length === 1 && holds(args[0], 'checkbox') ? checkbox(!args[0].value) : undefined)],
    [
        'if',
        (args) =>
            args.length === 3 &&
            holds(args[0], 'checkbox') &&
            IF_RESULT_TYPES.has(args[1].dataType) &&
            IF_RESULT_TYPES.has(args[2].dataType)
                ? args[args[0].value ? 1 : 2]
                : undefined
    ],
    [
        'isblank',
        (args) =>
            args.length === 1 && args[0].type === 'literal' && BLANKABLE_TYPES.has(args[0].dataType)
                ? checkbox(args[0].dataType === 'null' || args[0].value === '')
                : undefined
    ],
    [
        'ispickval',
        (args) =>
            args.length === 2 && holds(args[0], 'picklist') && holds(args[1], 'text')
                ? checkbox(args[0].value === args[1].value)
                : undefined
    ],
    // TEXT of a picklist is its value; formulon formats numbers and dates its own way, left to it.
    ['text', (args) => (args.length === 1 && holds(args[0], 'picklist') ? text(args[0].value as string) : undefined)],
    [
        'equal',
        (args) => {
            const same = equal(args);
            return same === undefined ? undefined : checkbox(same);
        }
    ],
    [
        'unequal',
        (args) => {
            const same = equal(args);
            return same === undefined ? undefined : checkbox(!same);
        }
    ],
    ['greaterThan', ordering((left, right) => left > right)],
    ['greaterThanOrEqual', ordering((left, right) => left >= right)],
    ['lessThan', ordering((left, right) => left < right)],
    ['lessThanOrEqual', ordering((left, right) => left <= right)],
    [
        'add',
        // A date or date-time plus days, and text & text; formulon adds numbers with decimal.js, left to it.
        (args) => {
            if (args.length !== 2) {
                return undefined;
            }
            const [first, second] = args;
            for (const [moment, days] of [
                [first, second],
                [second, first]
            ]) {
                if (holds(days, 'number') && holds(moment, 'date')) {
                    return dateLiteral(addDays(moment.value as Date, days.value as number));
                }
                if (holds(days, 'number') && holds(moment, 'datetime')) {
                    return dateTimeLiteral(addDays(moment.value as Date, days.value as number));
                }
            }
            if (holds(first, 'number') && holds(second, 'number')) {
                return arithmetic(args, (a, b) => a.plus(b));
            }
            return holds(first, 'text') && holds(second, 'text')
                ? text((first.value as string) + (second.value as string))
                : undefined;
        }
    ],
    // Numbers with decimal.js, as formulon's sf$subtract/sf$multiply/sf$divide do; dates and the rest left to it.
    ['subtract', (args) => arithmetic(args, (a, b) => a.minus(b))],
    ['multiply', (args) => arithmetic(args, (a, b) => a.times(b))],
    // A division by zero is left to formulon, which answers it its own way.
    ['divide', (args) => (args[1]?.value === 0 ? undefined : arithmetic(args, (a, b) => a.dividedBy(b)))]
]);
