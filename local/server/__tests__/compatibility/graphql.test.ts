import { seedDesk, startRealOrg, type Desk, type RealOrg } from './realOrg';

/**
 * The UI API GraphQL endpoint through jsforce (`POST /services/data/v65.0/graphql`) on the real
 * engine, against the GraphQL API Developer Guide: `uiapi { query { Object(where, orderBy, first,
 * after) { edges { node { Id Field { value displayValue } } } pageInfo { hasNextPage endCursor }
 * totalCount } } }`, answered `{ data, errors }`.
 */
let real: RealOrg;
let desk: Desk;

beforeAll(async () => {
    real = await startRealOrg();
    desk = await seedDesk(real);
    const rows = [
        ['G-1', 'Phone', 300, 5],
        ['G-2', 'Chat', 120, 2],
        ['G-3', 'Phone', 600, 3],
        ['G-4', 'Email', 900, 4],
        ['G-5', 'Phone', 60, 1]
    ] as const;
    const saved = await real.admin.sobject('Interaction__c').create(
        rows.map(([Name, Channel__c, Handle_Time_Seconds__c, CSAT__c]) => ({
            Name,
            Channel__c,
            Handle_Time_Seconds__c,
            CSAT__c,
            Queue__c: 'graph',
            Case__c: desk.caseId
        })),
        { allOrNone: true }
    );
    if (!saved.every((result) => result.success)) {
        throw new Error(`The GraphQL seed failed: ${JSON.stringify(saved)}`);
    }
});

afterAll(async () => {
    await real.close();
});

const graphql = (query: string, variables?: Record<string, unknown>): Promise<any> =>
    real.admin.requestPost('/graphql', { query, variables });

const PHONE_PAGE = `
    query phones($first: Int, $after: String) {
        uiapi {
            query {
                Interaction__c(
                    where: { and: [{ Queue__c: { eq: "graph" } }, { Channel__c: { eq: "Phone" } }] }
                    orderBy: { Handle_Time_Seconds__c: { order: DESC } }
                    first: $first
                    after: $after
                ) {
                    edges {
                        node {
                            Id
                            Name { value }
                            Channel__c { value displayValue }
                            Handle_Time_Seconds__c { value }
                            Case__r { Subject { value } }
                        }
                        cursor
                    }
                    pageInfo { hasNextPage endCursor }
                    totalCount
                }
            }
        }
    }`;

describe('UI API GraphQL', () => {
    it('answers where, orderBy and first with edges, pageInfo and totalCount', async () => {
        const answer = await graphql(PHONE_PAGE, { first: 2 });
        expect(answer.errors ?? []).toEqual([]);
        const connection = answer.data.uiapi.query.Interaction__c;
        expect(connection.totalCount).toBe(3);
        expect(connection.edges.map((edge: any) => edge.node.Name.value)).toEqual(['G-3', 'G-1']);
        const node = connection.edges[0].node;
        expect(node.Id).toMatch(/^[a-zA-Z0-9]{18}$/);
        expect(node.Channel__c).toEqual({ value: 'Phone', displayValue: 'Phone' });
        expect(node.Handle_Time_Seconds__c).toEqual({ value: 600 });
        expect(node.Case__r).toEqual({ Subject: { value: 'Billing dispute' } });
        expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: expect.any(String) });
        expect(connection.edges[1].cursor).toBe(connection.pageInfo.endCursor);
    });

    it('pages on with after: the endCursor of the page before', async () => {
        const first = await graphql(PHONE_PAGE, { first: 2 });
        const after = first.data.uiapi.query.Interaction__c.pageInfo.endCursor;
        const second = await graphql(PHONE_PAGE, { first: 2, after });
        const connection = second.data.uiapi.query.Interaction__c;
        expect(connection.edges.map((edge: any) => edge.node.Name.value)).toEqual(['G-5']);
        expect(connection.pageInfo.hasNextPage).toBe(false);
    });

    it('takes or, in, ranges and a default page size of 10', async () => {
        const answer = await graphql(`
            query {
                uiapi {
                    query {
                        Interaction__c(
                            where: {
                                Queue__c: { eq: "graph" }
                                or: [{ Channel__c: { in: ["Chat", "Email"] } }, { CSAT__c: { gte: 5 } }]
                            }
                            orderBy: { Name: { order: ASC } }
                        ) {
                            edges {
                                node {
                                    Name {
                                        value
                                    }
                                    CSAT__c {
                                        value
                                    }
                                }
                            }
                            totalCount
                        }
                    }
                }
            }
        `);
        expect(answer.errors ?? []).toEqual([]);
        const connection = answer.data.uiapi.query.Interaction__c;
        expect(connection.edges.map((edge: any) => edge.node.Name.value)).toEqual(['G-1', 'G-2', 'G-4']);
        expect(connection.totalCount).toBe(3);
    });

    it('shows formula and roll-up fields', async () => {
        const answer = await graphql(`
            query {
                uiapi {
                    query {
                        Assessment__c(where: { Id: { eq: "${desk.assessmentId}" } }) {
                            edges { node { Score__c { value } Points_Possible__c { value } Band__c { value } } }
                        }
                    }
                }
            }`);
        expect(answer.data.uiapi.query.Assessment__c.edges[0].node).toEqual({
            Score__c: { value: 66.67 },
            Points_Possible__c: { value: 30 },
            Band__c: { value: 'Critical' }
        });
    });

    it('answers an unknown field in the errors list, not with a wrong answer', async () => {
        const answer = await graphql(`
            query {
                uiapi {
                    query {
                        Interaction__c {
                            edges {
                                node {
                                    Nope__c {
                                        value
                                    }
                                }
                            }
                        }
                    }
                }
            }
        `);
        expect(answer.errors.length).toBeGreaterThan(0);
        expect(answer.errors[0]).toMatchObject({ message: expect.stringContaining('Nope__c') });
        expect(answer.data ?? null).toBeNull();
    });
});
