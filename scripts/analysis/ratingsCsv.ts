import { parse } from 'csv-parse/sync';
import type { RatingRecord } from 'c/agreementStatistics';
import { UsageError } from '../cli/exitCodes';

const HEADER = ['unit', 'rater', 'value'];

/**
 * Reads ratings in long form — a CSV with the header `unit,rater,value`, one rating a line, an
 * empty value for a missing rating — and names the line of anything malformed.
 */
export function readRatingsCsv(text: string, source: string): RatingRecord[] {
    let rows: { record: string[]; info: { lines: number } }[];
    try {
        rows = parse(text, { info: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true });
    } catch (error) {
        throw new UsageError(`${source}: not a readable CSV file: ${(error as Error).message}`);
    }
    if (rows.length === 0) {
        throw new UsageError(
            `${source}: the file is empty; it needs the header unit,rater,value and one rating a line.`
        );
    }
    const header = rows[0].record.map((cell) => cell.toLowerCase());
    if (header.join(',') !== HEADER.join(',')) {
        throw new UsageError(
            `${source}, line ${rows[0].info.lines}: the header must be unit,rater,value, got ${rows[0].record.join(',')}.`
        );
    }
    if (rows.length === 1) {
        throw new UsageError(`${source}: the file has a header but no ratings.`);
    }
    return rows.slice(1).map(({ record, info }) => {
        const where = `${source}, line ${info.lines}`;
        if (record.length !== 3) {
            throw new UsageError(`${where}: expected 3 columns (unit,rater,value), got ${record.length}.`);
        }
        const [unit, rater, valueText] = record;
        if (unit === '') {
            throw new UsageError(`${where}: the unit is empty.`);
        }
        if (rater === '') {
            throw new UsageError(`${where}: the rater is empty.`);
        }
        const value = valueText === '' ? null : Number(valueText);
        if (value !== null && !Number.isFinite(value)) {
            throw new UsageError(
                `${where}: the value "${valueText}" is not a number (leave it empty for a missing rating).`
            );
        }
        return { unit, rater, value };
    });
}
