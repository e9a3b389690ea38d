import type { FormulaValueType } from '../formulas';
import { malformedQuery } from './soqlErrors';
import { fragment, type SqlFragment } from './sqlFragment';

/**
 * SOQL date functions (SOQL Reference, "Date Functions") over the stored text
 * (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS.sss+0000`), in SQL so no row goes through JavaScript.
 * Times are UTC (the local org's users all work in GMT); the fiscal year is the calendar year.
 */
const DATE_FUNCTIONS = new Set([
    'CALENDAR_YEAR',
    'CALENDAR_MONTH',
    'CALENDAR_QUARTER',
    'DAY_IN_MONTH',
    'DAY_IN_WEEK',
    'DAY_IN_YEAR',
    'DAY_ONLY',
    'HOUR_IN_DAY',
    'WEEK_IN_MONTH',
    'WEEK_IN_YEAR',
    'FISCAL_YEAR',
    'FISCAL_MONTH',
    'FISCAL_QUARTER'
]);

export function isDateFunction(name: string): boolean {
    return DATE_FUNCTIONS.has(name.toUpperCase());
}

export interface DateFunctionSql {
    sql: SqlFragment;
    /** DAY_ONLY gives a date; every other one a whole number. */
    valueType: FormulaValueType;
}

export function dateFunctionSql(
    name: string,
    argument: SqlFragment,
    argumentType: FormulaValueType,
    fieldName: string
): DateFunctionSql {
    const upper = name.toUpperCase();
    if (argumentType !== 'date' && argumentType !== 'datetime') {
        throw malformedQuery(`${upper}(${fieldName}): date functions need a date or date/time field.`);
    }
    if ((upper === 'DAY_ONLY' || upper === 'HOUR_IN_DAY') && argumentType !== 'datetime') {
        throw malformedQuery(`${upper}(${fieldName}): ${upper} needs a date/time field.`);
    }
    const x = argument.sql;
    const part = (start: number, length: number): string => `CAST(substr(${x}, ${start}, ${length}) AS INTEGER)`;
    const dayOfYear = `CAST(strftime('%j', substr(${x}, 1, 10)) AS INTEGER)`;
    let sql: string;
    switch (upper) {
        case 'CALENDAR_YEAR':
        case 'FISCAL_YEAR':
            sql = part(1, 4);
            break;
        case 'CALENDAR_MONTH':
        case 'FISCAL_MONTH':
            sql = part(6, 2);
            break;
        case 'CALENDAR_QUARTER':
        case 'FISCAL_QUARTER':
            sql = `((${part(6, 2)} + 2) / 3)`;
            break;
        case 'DAY_IN_MONTH':
            sql = part(9, 2);
            break;
        // 1 = Sunday … 7 = Saturday.
        case 'DAY_IN_WEEK':
            sql = `(CAST(strftime('%w', substr(${x}, 1, 10)) AS INTEGER) + 1)`;
            break;
        case 'DAY_IN_YEAR':
            sql = dayOfYear;
            break;
        case 'DAY_ONLY':
            sql = `substr(${x}, 1, 10)`;
            break;
        case 'HOUR_IN_DAY':
            sql = part(12, 2);
            break;
        // Week 1 is days 1–7 of the month / year, whatever weekday they fall on.
        case 'WEEK_IN_MONTH':
            sql = `((${part(9, 2)} - 1) / 7 + 1)`;
            break;
        case 'WEEK_IN_YEAR':
            sql = `((${dayOfYear} - 1) / 7 + 1)`;
            break;
        default:
            throw malformedQuery(`The function ${name} is not supported by the local org's SOQL.`);
    }
    // The argument appears several times in some expressions; repeat its parameters to match.
    const uses = sql.split(x).length - 1;
    const params = Array.from({ length: uses }, () => argument.params).flat();
    return { sql: fragment(sql, params), valueType: upper === 'DAY_ONLY' ? 'date' : 'number' };
}
