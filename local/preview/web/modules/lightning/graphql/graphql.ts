import type { GraphqlError, GraphqlResult, RefreshableGraphqlResult } from 'lightning/graphql';
import { gql, graphql as QueryWire } from '../uiGraphQLApi/uiGraphQLApi';

/**
 * lightning/graphql, the module that supersedes lightning/uiGraphQLApi (LWC Developer Guide,
 * "lightning/graphql Wire Adapter (v2)"): the same wire, whose values carry their own `refresh`
 * instead of a refreshGraphQL function ("refresh": it reuses the current query, variables and
 * operation name, and resolves when fresh data is delivered through the wire).
 */
export { gql };

export class graphql extends QueryWire {
    constructor(dataCallback: (value: RefreshableGraphqlResult) => void) {
        // Every value this wire emits comes from result() below, so each one has its refresh.
        super(dataCallback as (value: GraphqlResult) => void);
    }

    protected override result(data: unknown, errors: GraphqlError[] | undefined): RefreshableGraphqlResult {
        return { ...super.result(data, errors), refresh: () => this.refresh() };
    }
}
