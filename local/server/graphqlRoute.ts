import { SalesforceError } from '../org/salesforceError';
import { jsonBody, jsonResponse, methodNotAllowed, type ApiRequest, type ApiResponse } from './apiExchange';
import {
    checkFragmentTypes,
    GraphqlQueryError,
    GraphqlSyntaxError,
    parseGraphqlDocument,
    valueOf,
    type GraphqlField,
    type GraphqlOperation
} from './graphqlDocument';
import type { RouteContext } from './restRoutes';
import { graphqlRecordQuery, type DescribeLookup, type DescribedField } from './graphqlRecordQuery';

/**
 * `POST /graphql`: the UI API GraphQL record queries the components use (GraphQL API Developer
 * Guide, "Query Records"): `uiapi { query { Object(where, orderBy, first, after) { edges { node {
 * Id Field { value displayValue } Parent__r { Name { value } } } cursor } pageInfo { hasNextPage
 * endCursor } totalCount } } }`. Each object connection becomes one SOQL query run as the caller,
 * so the same sharing and field-level security apply. Errors are answered GraphQL's way: 200 with
 * `errors: [{ message, locations, extensions }]`.
 */
interface GraphqlRequestBody {
    query?: unknown;
    variables?: unknown;
    operationName?: unknown;
}

function pickOperation(operations: GraphqlOperation[], operationName: unknown): GraphqlOperation {
    if (typeof operationName === 'string' && operationName !== '') {
        const named = operations.find((operation) => operation.name === operationName);
        if (!named) {
            throw new GraphqlQueryError(`Unknown operation named "${operationName}".`);
        }
        return named;
    }
    if (operations.length > 1) {
        throw new GraphqlQueryError('Must provide operation name if query contains multiple operations.');
    }
    return operations[0];
}

/** The selections of `uiapi` (a UIAPI) or of `query` (a RecordQuery); no other field is served. */
function selectionsOf(field: GraphqlField, name: string, type: string): GraphqlField[] {
    if (field.name !== name) {
        throw new GraphqlQueryError(`The local org answers only uiapi { query { … } }; "${field.name}" is not served.`);
    }
    checkFragmentTypes(field.selections, type);
    return field.selections;
}

export function graphqlRoute(request: ApiRequest, context: RouteContext): ApiResponse {
    if (request.method !== 'POST') {
        throw methodNotAllowed(request.method, ['POST']);
    }
    const body = jsonBody(request) as GraphqlRequestBody | undefined;
    if (!body || typeof body.query !== 'string') {
        throw new SalesforceError(400, 'JSON_PARSER_ERROR', 'The request body must be an object with a query string.');
    }
    const describes = new Map<string, DescribedField[]>();
    const describe: DescribeLookup = (type) => {
        const key = type.toLowerCase();
        if (!describes.has(key)) {
            const described = context.org.describeSObject(context.caller, type) as { fields?: DescribedField[] };
            describes.set(key, described.fields ?? []);
        }
        return describes.get(key)!;
    };
    try {
        const operation = pickOperation(parseGraphqlDocument(body.query), body.operationName);
        if (operation.type !== 'query') {
            throw new GraphqlQueryError(`The local org answers queries only, not a ${operation.type}.`);
        }
        const variables: Record<string, unknown> = {};
        for (const [name, value] of operation.variableDefaults) {
            variables[name] = valueOf(value, {});
        }
        if (body.variables && typeof body.variables === 'object') {
            Object.assign(variables, body.variables);
        }
        const data: Record<string, unknown> = {};
        checkFragmentTypes(operation.selections, 'Query');
        for (const uiapi of operation.selections) {
            const queries: Record<string, unknown> = {};
            for (const query of selectionsOf(uiapi, 'uiapi', 'UIAPI')) {
                const objects: Record<string, unknown> = {};
                for (const connection of selectionsOf(query, 'query', 'RecordQuery')) {
                    objects[connection.key] = graphqlRecordQuery(connection, variables, context, describe);
                }
                queries[query.key] = objects;
            }
            data[uiapi.key] = queries;
        }
        return jsonResponse(200, { data, errors: [] });
    } catch (error) {
        if (error instanceof SalesforceError) {
            return graphqlError(`${error.errorCode}: ${error.message}`, 'ValidationError');
        }
        if (error instanceof GraphqlSyntaxError) {
            return graphqlError(error.message, 'InvalidSyntax');
        }
        if (error instanceof GraphqlQueryError) {
            return graphqlError(error.message, 'ValidationError');
        }
        throw error;
    }
}

function graphqlError(message: string, errorType: string): ApiResponse {
    return jsonResponse(200, {
        data: null,
        errors: [{ message, locations: [], extensions: { ErrorType: errorType } }]
    });
}
