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

    it('expands named and inline fragments in place, noting the type each was written on', () => {
        const [operation] = parseGraphqlDocument(`
            query { uiapi { query { Widget__c { edges { node { Id ...widgetParts } } } } } }
            fragment widgetParts on Widget__c { Name { value } ...kindParts }
            fragment kindParts on Widget__c { kind: Kind__c { value } ... { Count__c { value } } }
        `);
        const node = operation.selections[0].selections[0].selections[0].selections[0].selections[0];
        expect(node.selections.map(({ key, fragmentTypes }) => ({ key, fragmentTypes }))).toEqual([
            { key: 'Id', fragmentTypes: undefined },
            { key: 'Name', fragmentTypes: ['Widget__c'] },
            { key: 'kind', fragmentTypes: ['Widget__c', 'Widget__c'] },
            { key: 'Count__c', fragmentTypes: ['Widget__c', 'Widget__c'] }
        ]);
        const [inline] = parseGraphqlDocument(
            '{ uiapi { ... on UIAPI { query { Widget__c { edges { cursor } } } } } }'
        );
        expect(inline.selections[0].selections[0]).toMatchObject({ key: 'query', fragmentTypes: ['UIAPI'] });
    });

    it('merges fields that answer under one name, and refuses two different fields under one name', () => {
        const [operation] = parseGraphqlDocument(`
            { uiapi { query { Widget__c { edges { node { Name { value } ...names } } } } } }
            fragment names on Widget__c { Name { displayValue } }
        `);
        const node = operation.selections[0].selections[0].selections[0].selections[0].selections[0];
        expect(node.selections).toHaveLength(1);
        expect(node.selections[0].selections.map((inner) => inner.name)).toEqual(['value', 'displayValue']);
        expect(() =>
            parseGraphqlDocument(
                '{ uiapi { query { Widget__c { edges { node { label: Name { value } label: Kind__c { value } } } } } } }'
            )
        ).toThrow(
            'Fields "label" conflict: Name and Kind__c (or their arguments) differ; give them different aliases.'
        );
    });

    it('refuses unknown, unused, repeated and self-spreading fragments, and directives', () => {
        const query = (body: string) => `{ uiapi { query { Widget__c { edges { node { ${body} } } } } } }`;
        expect(() => parseGraphqlDocument(query('...parts'))).toThrow('Unknown fragment "parts".');
        expect(() => parseGraphqlDocument(`${query('Id')} fragment parts on Widget__c { Id }`)).toThrow(
            'Fragment "parts" is never used.'
        );
        expect(() =>
            parseGraphqlDocument(
                `${query('...parts')} fragment parts on Widget__c { Id } fragment parts on Widget__c { Id }`
            )
        ).toThrow('There can be only one fragment named "parts".');
        expect(() =>
            parseGraphqlDocument(
                `${query('...a')} fragment a on Widget__c { Parent__r { ...b } } fragment b on Widget__c { ...a }`
            )
        ).toThrow('Cannot spread fragment "a" within itself (a → b → a).');
        expect(() =>
            parseGraphqlDocument(`${query('...parts @skip(if: true)')} fragment parts on Widget__c { Id }`)
        ).toThrow('Directives are not supported by the local org (on ...parts).');
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

    it('answers a query written with fragments as it answers the same query written out', async () => {
        const written = (select: string) => `
            query ($kind: Picklist) {
                uiapi {
                    query {
                        small: Widget__c(where: { Kind__c: { eq: $kind } }, orderBy: { Name: { order: ASC } }) {
                            edges { node { ${select} } }
                        }
                        large: Widget__c(where: { Kind__c: { eq: "Large" } }) {
                            edges { node { ${select} } }
                        }
                    }
                }
            }`;
        const outright = await graphql(
            written('Id Name { value } Kind__c { value displayValue } Parent__r { Name { value } }'),
            { kind: 'Small' }
        );
        const withFragments = await graphql(
            `
                ${written('...widget Kind__c { value }')}
                fragment widget on Widget__c {
                    Id
                    Name {
                        value
                    }
                    Kind__c {
                        displayValue
                    }
                    Parent__r {
                        ...widgetName
                    }
                }
                fragment widgetName on Widget__c {
                    Name {
                        value
                    }
                }
            `,
            { kind: 'Small' }
        );
        expect(withFragments.body.errors).toEqual([]);
        expect(outright.body.data.uiapi.query.small.edges).toHaveLength(3);
        expect(withFragments.body).toEqual(outright.body);
    });

    it('refuses a fragment spread where its type cannot apply, as a validation error', async () => {
        const answer = await graphql(`
            {
                uiapi {
                    query {
                        Widget__c {
                            edges {
                                node {
                                    ...caseParts
                                }
                            }
                        }
                    }
                }
            }
            fragment caseParts on Case {
                Subject {
                    value
                }
            }
        `);
        expect(answer.status).toBe(200);
        expect(answer.body.data).toBeNull();
        expect(answer.body.errors[0]).toMatchObject({
            message:
                'Fragment on Case cannot be spread here as objects of type Widget__c can never be of type Case (Subject).',
            extensions: { ErrorType: 'ValidationError' }
        });
        const onEdge = await graphql('{ uiapi { query { Widget__c { edges { ... on Widget__c { cursor } } } } } }');
        expect(onEdge.body.errors[0].message).toMatch(/objects of type Widget__cEdge can never be of type Widget__c/);
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
