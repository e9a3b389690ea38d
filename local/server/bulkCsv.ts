import { parse } from 'csv-parse/sync';
import { SalesforceError } from '../org/salesforceError';

/**
 * CSV as Bulk API 2.0 speaks it (Bulk API 2.0 Developer Guide, "Prepare CSV Files"): a header row
 * of field names, one row per record, the job's column delimiter and line ending, `#N/A` for
 * "set this field to null", and results with every value quoted.
 */
export const COLUMN_DELIMITERS: Record<string, string> = {
    COMMA: ',',
    TAB: '\t',
    PIPE: '|',
    SEMICOLON: ';',
    CARET: '^',
    BACKQUOTE: '`'
};

export const LINE_ENDINGS: Record<string, string> = { LF: '\n', CRLF: '\r\n' };

export interface CsvTable {
    columns: string[];
    rows: string[][];
}

export function parseJobCsv(text: string, columnDelimiter: string): CsvTable {
    let records: string[][];
    try {
        records = parse(text, {
            delimiter: COLUMN_DELIMITERS[columnDelimiter] ?? ',',
            relax_column_count: false,
            skip_empty_lines: true,
            bom: true
        }) as string[][];
    } catch (error) {
        throw new SalesforceError(400, 'INVALIDJOB', `The CSV data could not be read: ${(error as Error).message}`);
    }
    if (records.length === 0) {
        return { columns: [], rows: [] };
    }
    const [columns, ...rows] = records;
    return { columns: columns.map((column) => column.trim()), rows };
}

function quoted(value: string): string {
    return `"${value.replace(/"/g, '""')}"`;
}

export function writeCsv(columns: string[], rows: string[][], columnDelimiter = 'COMMA', lineEnding = 'LF'): string {
    const delimiter = COLUMN_DELIMITERS[columnDelimiter] ?? ',';
    const newline = LINE_ENDINGS[lineEnding] ?? '\n';
    return [columns, ...rows].map((row) => row.map(quoted).join(delimiter) + newline).join('');
}
