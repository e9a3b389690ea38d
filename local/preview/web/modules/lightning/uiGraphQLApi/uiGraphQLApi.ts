// This module is lightning/uiGraphQLApi: it implements the declarations it imports.
// eslint-disable-next-line @lwc/lwc/newer-version-available
import type { GraphqlConfig, GraphqlDocument, GraphqlError, GraphqlResult } from 'lightning/uiGraphQLApi';
import { fetchResponseOf, OrgWireAdapter } from 'preview/wireAdapter';

/**
 * lightning/uiGraphQLApi on the local org's GraphQL endpoint (LWC Developer Guide, "graphql").
 *
 * When a record changes (a save through uiRecordApi, or notifyRecordUpdateAvailable), only the
 * wires whose last result holds that record (a node `Id`) run their query again. That is what
 * the platform does ("Update Cached Query Results": Lightning Data Service emits a new value when
 * a record contained in a query result changes, and does not reevaluate whether records still
 * match). Re-running every query would hide, in the preview, a component that forgets to refresh
 * after creating a record, and it would fail on Salesforce.
 */

function isDocument(value: unknown): value is GraphqlDocument {
    return typeof value === 'object' && value !== null && (value as GraphqlDocument).kind === 'Document';
}

/** The query as text: interpolated documents (fragments) by their text, anything else as a string. */
export function gql(strings: TemplateStringsArray, ...values: unknown[]): GraphqlDocument {
    const source = strings.reduce((text, part, index) => {
        const value = values[index - 1];
        return text + (isDocument(value) ? value.source : String(value)) + part;
    });
    return Object.freeze({ kind: 'Document', source });
}

interface GraphqlResponse {
    data?: unknown;
    errors?: GraphqlError[];
}

/** The wire each provisioned value came from, for refreshGraphQL. */
const wiresByResult = new WeakMap<object, graphql>();

/** Node Ids anywhere in a result: the records it holds. */
function recordIdsIn(value: unknown, found: string[] = []): string[] {
    if (Array.isArray(value)) {
        value.forEach((item) => recordIdsIn(item, found));
    } else if (typeof value === 'object' && value !== null) {
        for (const [key, nested] of Object.entries(value)) {
            if (key === 'Id' && typeof nested === 'string') {
                found.push(nested);
            } else {
                recordIdsIn(nested, found);
            }
        }
    }
    return found;
}

/** An HTTP failure as GraphQL errors: the UI API's messages, else the status line. */
function errorsOf(error: unknown): GraphqlError[] {
    const response = fetchResponseOf(error);
    const body = response.body as { message?: string } | Array<{ message?: string }> | undefined;
    const messages = (Array.isArray(body) ? body : [body]).flatMap((item) => (item?.message ? [item.message] : []));
    return (messages.length > 0 ? messages : [`${response.status} ${response.statusText}`]).map((message) => ({
        message,
        extensions: { status: response.status }
    }));
}

export class graphql extends OrgWireAdapter<GraphqlConfig, GraphqlResponse, GraphqlResult> {
    protected loading(): GraphqlResult {
        return this.result(undefined, undefined);
    }

    protected fetchData(config: GraphqlConfig): Promise<GraphqlResponse> {
        const body = {
            query: config.query.source,
            variables: config.variables ?? {},
            operationName: config.operationName
        };
        return this.readOrg('graphql', { method: 'POST', body });
    }

    /** The org answers `errors: []` when all went well; the wire then gives errors undefined. */
    protected provisioned(response: GraphqlResponse): GraphqlResult {
        const errors = response.errors?.length ? response.errors : undefined;
        return this.result(response.data ?? undefined, errors);
    }

    protected failed(error: unknown): GraphqlResult {
        return this.result(undefined, errorsOf(error));
    }

    protected override recordsRead(_config: GraphqlConfig, response: GraphqlResponse | undefined): string[] {
        return recordIdsIn(response?.data);
    }

    /** Each value the wire provisions; the newer module adds its refresh here. */
    protected result(data: unknown, errors: GraphqlError[] | undefined): GraphqlResult {
        const value: GraphqlResult = { data, errors };
        wiresByResult.set(value, this);
        return value;
    }
}

/**
 * LWC Developer Guide, "refreshGraphQL(result)": runs the wire's query again; resolves once the
 * wire has the latest data (it emits only if the data changed).
 */
export function refreshGraphQL(result: GraphqlResult): Promise<void> {
    const wire = wiresByResult.get(result);
    if (!wire) {
        return Promise.reject(
            new Error('refreshGraphQL needs the very value the graphql wire provisioned ({ data, errors }), not a copy')
        );
    }
    return wire.refresh();
}
