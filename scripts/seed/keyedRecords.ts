import type { Connection } from 'jsforce';
import { queryAllRecords, soqlString } from '../jobs/recordWriter';
import { withRetries } from '../jobs/retry';
import { assertSaved } from './saveResults';

/**
 * For objects the data model gives no external ID (User, Case, Scorecard__c, Scorecard_Item__c,
 * Calibration_Session__c, Coaching_Task__c, Sampling_Plan__c): find records by a unique text key
 * field, create only the missing ones. Each attempt re-reads what exists first, so a retried or
 * re-run batch never creates a record twice.
 */
export async function ensureKeyedRecords(
    conn: Connection,
    objectName: string,
    keyField: string,
    records: Record<string, unknown>[]
): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const keys = records.map((record) => String(record[keyField]));
    for (let i = 0; i < keys.length; i += 100) {
        const chunk = keys.slice(i, i + 100);
        const found = await queryAllRecords<Record<string, string>>(
            conn,
            `SELECT Id, ${keyField} FROM ${objectName} WHERE ${keyField} IN (${chunk.map(soqlString).join(', ')})`
        );
        found.forEach((row) => ids.set(row[keyField], row.Id));
    }
    const missing = records.filter((record) => !ids.has(String(record[keyField])));
    for (let i = 0; i < missing.length; i += 200) {
        const batch = missing.slice(i, i + 200);
        await withRetries(async () => {
            const results = await conn.sobject(objectName).create(batch, { allOrNone: true });
            assertSaved(objectName, results, (index) => `${keyField}=${String(batch[index][keyField])}`);
            results.forEach((result, index) => {
                if (result.success && result.id) {
                    ids.set(String(batch[index][keyField]), result.id);
                }
            });
        });
    }
    return ids;
}
