import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import { malformedQuery, unsupported } from './soqlErrors';

/** Clauses the local org answers; anything else the parser recognises is refused by name. */
const ANSWERED_CLAUSES = new Set([
    'fields',
    'sObject',
    'relationshipName',
    'where',
    'limit',
    'offset',
    'groupBy',
    'having',
    'orderBy'
]);

const CLAUSE_NAMES: Readonly<Record<string, string>> = {
    sObjectAlias: 'An object alias in FROM',
    sObjectPrefix: 'An object alias in FROM',
    usingScope: 'USING SCOPE',
    withDataCategory: 'WITH DATA CATEGORY',
    withSecurityEnforced: 'WITH SECURITY_ENFORCED',
    withAccessLevel: 'WITH USER_MODE / SYSTEM_MODE',
    for: 'FOR VIEW / REFERENCE / UPDATE',
    update: 'UPDATE TRACKING / VIEWSTAT'
};

/** Refuses the clauses of one (sub)query that the local org does not implement. */
export function refuseUnansweredClauses(query: object): void {
    for (const [key, value] of Object.entries(query)) {
        if (value === undefined || ANSWERED_CLAUSES.has(key)) {
            continue;
        }
        throw unsupported(CLAUSE_NAMES[key] ?? `The clause ${key}`);
    }
}

/**
 * Parses SOQL with @jetstreamapp/soql-parser-js. A syntax error is MALFORMED_QUERY with the
 * parser's own explanation, as the platform answers a query it cannot read.
 */
export function parseSoql(soql: string): Query {
    if (typeof soql !== 'string' || soql.trim() === '') {
        throw malformedQuery('The query is empty.');
    }
    let query: Query;
    try {
        query = parseQuery(soql);
    } catch (error) {
        throw malformedQuery((error as Error).message);
    }
    if (!query.sObject) {
        throw malformedQuery('The query has no FROM object.');
    }
    refuseUnansweredClauses(query);
    return query;
}
