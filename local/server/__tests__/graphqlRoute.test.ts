import { parseGraphqlDocument } from '../graphqlDocument';
import { decodeCursor, encodeCursor } from '../graphqlRecordQuery';
import { startHarness, V, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
    harness = await startHarness();
    const parent = await harness.call('POST', `${V}/sobjects/Widget__c`, { Name: 'Parent', Kind__c: 'Large' });
    for (const [name, count] of [
        ['a', 1],
        ['b', 2],
        ['c', 3]
    ] as const) {
        await harness.call('POST', `${V}/sobjects/Widget__c`, {
            Name: name,
            Count__c: count,
            Kind__c: 'Small',
            Parent__c: parent.body.id
        });
    }
});

afterEach(async () => {
    await harness.close();
});

const graphql = (query: string, variables?: Record<string, unknown>) =>
    harness.call('POST', `${V}/graphql`, { query, variables });

describe('GraphQL documents', () => {
    it('reads operations, variables with defaults, aliases, arguments and nested selections', () => {
        const [operation] = parseGraphqlDocument(`
            query widgets($kind: Picklist = "Small", $first: Int) {
                uiapi { query { small: Widget__c(where: { Kind__c: { eq: $kind } }, first: $first) {
                    edges { node { Id Name { value } } } # a comment
                } } }
            }`);
        expect(operation.name).toBe('widgets');
        expect(operation.variableDefaults.get('kind')).toEqual({ kind: 'string', value: 'Small' });
        const connection = operation.selections[0].selections[0].selections[0];
        expect(connection).toMatchObject({ key: 'small', name: 'Widget__c' });
        expect(connection.arguments.get('first')).toEqual({ kind: 'variable', name: 'first' });
    });

    it('refuses fragments rather than half-understand them', () => {
        expect(() => parseGraphqlDocument('query { ...Parts }')).toThrow(/Fragments are not supported/);
    });

    it('keeps cursors opaque but round-trips the position', () => {
        expect(decodeCursor(encodeCursor(42))).toBe(42);
        expect(encodeCursor(1)).not.toContain('1:');
    });
});

describe('POST /graphql', () => {
    it('compiles where, orderBy and first to SOQL and shapes edges, pageInfo and totalCount', async () => {
        const answer = await graphql(
            `
                query ($first: Int) {
                    uiapi {
                        query {
                            Widget__c(
                                where: { and: [{ Kind__c: { eq: "Small" } }, { Count__c: { gt: 1 } }] }
                                orderBy: { Name: { order: DESC } }
                                first: $first
                            ) {
                                edges {
                                    node {
                                        Id
                                        Name {
                                            value
                                        }
                                        Kind__c {
                                            value
                                            displayValue
                                        }
                                        Parent__r {
                                            Name {
                                                value
                                            }
                                        }
                                    }
                                }
                                pageInfo {
                                    hasNextPage
                                    endCursor
                                }
                                totalCount
                            }
                        }
                    }
                }
            `,
            { first: 1 }
        );
        expect(answer.status).toBe(200);
        expect(harness.org.soql.slice(-2)).toEqual([
            "SELECT Id, Name, Kind__c, Parent__r.Name FROM Widget__c WHERE (Kind__c = 'Small' AND Count__c > 1) ORDER BY Name DESC LIMIT 2",
            "SELECT COUNT() FROM Widget__c WHERE (Kind__c = 'Small' AND Count__c > 1)"
        ]);
        const connection = answer.body.data.uiapi.query.Widget__c;
        expect(connection.edges).toEqual([
            {
                node: {
                    Id: expect.any(String),
                    Name: { value: 'c' },
                    Kind__c: { value: 'Small', displayValue: 'Small one' },
                    Parent__r: { Name: { value: 'Parent' } }
                }
            }
        ]);
        expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(1) });
        expect(connection.totalCount).toBe(2);
        expect(answer.body.errors).toEqual([]);
    });

    it('pages with after until hasNextPage is false', async () => {
        const names: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 5; page += 1) {
            const answer: Awaited<ReturnType<typeof graphql>> = await graphql(
                `
                    query ($after: String) {
                        uiapi {
                            query {
                                Widget__c(first: 2, after: $after, orderBy: { Name: { order: ASC } }) {
                                    edges {
                                        node {
                                            Name {
                                                value
                                            }
                                        }
                                    }
                                    pageInfo {
                                        hasNextPage
                                        endCursor
                                    }
                                }
                            }
                        }
                    }
                `,
                { after }
            );
            const connection = answer.body.data.uiapi.query.Widget__c;
            names.push(...connection.edges.map((edge: any) => edge.node.Name.value));
            if (!connection.pageInfo.hasNextPage) {
                break;
            }
            after = connection.pageInfo.endCursor;
        }
        expect(names).toEqual(['a', 'b', 'c', 'Parent']);
    });

    it("answers the org's refusal and bad syntax as GraphQL errors with 200", async () => {
        const unknown = await graphql('{ uiapi { query { Nothing__c { edges { node { Id } } } } } }');
        expect(unknown.status).toBe(200);
        expect(unknown.body.data).toBeNull();
        expect(unknown.body.errors[0].message).toMatch(/^NOT_FOUND/);
        const broken = await graphql('{ uiapi { query { Widget__c(first: ) } } }');
        expect(broken.body.errors[0].extensions.ErrorType).toBe('InvalidSyntax');
        const mutation = await graphql('mutation { uiapi { x } }');
        expect(mutation.body.errors[0].message).toMatch(/queries only/);
    });
});
