// The older module is the one under test here.
// eslint-disable-next-line @lwc/lwc/newer-version-available
import type * as Declared from 'lightning/uiGraphQLApi';
import type * as DeclaredV2 from 'lightning/graphql';
import { emissions, FakeLocalOrg, openPreviewPage, settle } from '../../../preview/recordCache/__tests__/fakeLocalOrg';

type GraphqlApi = typeof import('../uiGraphQLApi');
type GraphqlV2Api = typeof import('../../graphql/graphql');
type RecordApi = typeof import('../../uiRecordApi/uiRecordApi');
// The implementations must be what the package's components compile against (checked by npm run build).
const conformsToDeclarations = (api: GraphqlApi): typeof Declared => api;
const v2ConformsToDeclarations = (api: GraphqlV2Api): typeof DeclaredV2 => api;

const CASE = '500000000000001AAA';
const OTHER_CASE = '500000000000002AAA';

function casesAnswer(subject: string) {
    return {
        data: {
            uiapi: {
                query: {
                    Case: {
                        edges: [{ node: { Id: CASE, Subject: { value: subject, displayValue: null } } }],
                        pageInfo: { hasNextPage: false, endCursor: null },
                        totalCount: 1
                    }
                }
            }
        }
    };
}

let org: FakeLocalOrg;
let api: GraphqlApi;
let v2: GraphqlV2Api;
let records: RecordApi;

beforeEach(async () => {
    openPreviewPage();
    org = new FakeLocalOrg();
    org.install();
    await jest.isolateModulesAsync(async () => {
        api = conformsToDeclarations(await import('../uiGraphQLApi')) as GraphqlApi;
        v2 = v2ConformsToDeclarations(await import('../../graphql/graphql')) as GraphqlV2Api;
        records = await import('../../uiRecordApi/uiRecordApi');
    });
});

function casesQuery() {
    return api.gql`
        query openCases($status: Picklist) {
            uiapi { query { Case(where: { Status: { eq: $status } }) { edges { node { Id Subject { value } } } } } }
        }
    `;
}

function wireQuery(config: Record<string, unknown>) {
    const seen = emissions<Declared.GraphqlResult>();
    const wire = new api.graphql(seen.callback);
    wire.connect();
    wire.update(config as never);
    return { wire, seen };
}

describe('gql', () => {
    it('keeps the query text, with interpolated fragments and values in place', () => {
        const subjectFields = api.gql`fragment subjectFields on Case { Subject { value } }`;
        const document = api.gql`query { uiapi { query { Case(first: ${5}) { edges { node { ...subjectFields } } } } } } ${subjectFields}`;

        expect(document.kind).toBe('Document');
        expect(document.source).toBe(
            'query { uiapi { query { Case(first: 5) { edges { node { ...subjectFields } } } } } } fragment subjectFields on Case { Subject { value } }'
        );
        expect(Object.isFrozen(document)).toBe(true);
    });
});

describe('graphql', () => {
    it('posts the query, variables and operation name and emits { data, errors }', async () => {
        org.on('POST', 'graphql', { body: casesAnswer('Billing dispute') });
        const { seen } = wireQuery({ query: casesQuery(), variables: { status: 'New' }, operationName: 'openCases' });
        expect(seen.values).toEqual([{ data: undefined, errors: undefined }]);
        await settle();

        expect(org.calls).toHaveLength(1);
        expect(org.calls[0].headers['Content-Type']).toBe('application/json');
        expect(org.calls[0].body).toEqual({
            query: casesQuery().source,
            variables: { status: 'New' },
            operationName: 'openCases'
        });
        expect(seen.last().errors).toBeUndefined();
        expect(seen.last().data.uiapi.query.Case.edges[0].node.Subject.value).toBe('Billing dispute');
    });

    it('gives errors undefined when the org answers an empty errors list', async () => {
        org.on('POST', 'graphql', { body: { ...casesAnswer('Billing dispute'), errors: [] } });
        const { seen } = wireQuery({ query: casesQuery() });
        await settle();

        expect(seen.last().errors).toBeUndefined();
        expect(seen.last().data.uiapi.query.Case.totalCount).toBe(1);
    });

    it('waits while the variables are undefined', async () => {
        const { seen } = wireQuery({ query: casesQuery(), variables: undefined });
        await settle();

        expect(org.calls).toHaveLength(0);
        expect(seen.values).toHaveLength(1);
    });

    it('passes the GraphQL errors the org answers with', async () => {
        const errors = [{ message: 'Validation error: field Subjekt undefined', locations: [{ line: 2, column: 5 }] }];
        org.on('POST', 'graphql', { body: { data: null, errors } });
        const { seen } = wireQuery({ query: casesQuery() });
        await settle();

        expect(seen.last()).toEqual({ data: undefined, errors });
    });

    it('turns a failed call into GraphQL errors carrying the org message and status', async () => {
        org.on('POST', 'graphql', {
            status: 403,
            body: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'No access to Case' }]
        });
        const { seen } = wireQuery({ query: casesQuery() });
        await settle();

        expect(seen.last()).toEqual({
            data: undefined,
            errors: [{ message: 'No access to Case', extensions: { status: 403 } }]
        });
    });

    it('runs again when a record in its result is saved, not when another record is', async () => {
        let subject = 'Billing dispute';
        org.on('POST', 'graphql', () => ({ body: casesAnswer(subject) }));
        org.on('PATCH', /^ui-api\/records\//, (call) => ({ body: { id: call.resource.split('/').pop(), fields: {} } }));
        const { seen } = wireQuery({ query: casesQuery() });
        await settle();

        await records.updateRecord({ fields: { Id: OTHER_CASE, Subject: 'Unrelated' } });
        expect(org.callsTo('POST', 'graphql')).toHaveLength(1);

        subject = 'Billing dispute (escalated)';
        await records.updateRecord({ fields: { Id: CASE, Subject: subject } });
        expect(org.callsTo('POST', 'graphql')).toHaveLength(2);
        expect(seen.last().data.uiapi.query.Case.edges[0].node.Subject.value).toBe('Billing dispute (escalated)');
    });

    it('runs again on refreshGraphQL, resolving once the new data is emitted', async () => {
        let subject = 'Billing dispute';
        org.on('POST', 'graphql', () => ({ body: casesAnswer(subject) }));
        const { seen } = wireQuery({ query: casesQuery() });
        await settle();

        subject = 'Refund issued';
        await api.refreshGraphQL(seen.last());

        expect(org.calls).toHaveLength(2);
        expect(seen.last().data.uiapi.query.Case.edges[0].node.Subject.value).toBe('Refund issued');
    });

    it('refuses to refresh a value the wire did not provision', async () => {
        await expect(api.refreshGraphQL({ data: undefined, errors: undefined })).rejects.toThrow(
            'refreshGraphQL needs the very value the graphql wire provisioned'
        );
    });
});

describe('lightning/graphql', () => {
    it('is the same wire, with refresh on each value', async () => {
        let subject = 'Billing dispute';
        org.on('POST', 'graphql', () => ({ body: casesAnswer(subject) }));
        const seen = emissions<DeclaredV2.RefreshableGraphqlResult>();
        const wire = new v2.graphql(seen.callback);
        wire.connect();
        wire.update({ query: v2.gql`query { uiapi { query { Case { edges { node { Id } } } } } }` });
        await settle();
        expect(seen.last().data.uiapi.query.Case.edges[0].node.Id).toBe(CASE);

        subject = 'Refund issued';
        await seen.last().refresh();

        expect(org.calls).toHaveLength(2);
        expect(seen.last().data.uiapi.query.Case.edges[0].node.Subject.value).toBe('Refund issued');
    });
});
