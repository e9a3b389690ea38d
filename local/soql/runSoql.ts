import { isAggregateQuery, isPlainCount, runAggregateQuery } from './aggregateQuery';
import { parseSoql } from './parseSoql';
import { readableObject } from './queryScope';
import { countRecords, runRecordQuery } from './recordQuery';
import type { SoqlContext, SoqlResult } from './soqlContext';

/**
 * Runs one SOQL query over the local org's store as `context.access` allows: every record of the
 * answer (the engine pages it), in the shapes the REST API returns. Refusals are SalesforceErrors.
 */
export function runSoql(soql: string, context: SoqlContext): SoqlResult {
    const query = parseSoql(soql);
    const object = readableObject(context, query.sObject ?? '');
    if (isPlainCount(query)) {
        return { totalSize: countRecords(context, query, object), records: [] };
    }
    const records = isAggregateQuery(query)
        ? runAggregateQuery(context, query, object)
        : runRecordQuery(context, query, object);
    return { totalSize: records.length, records };
}
