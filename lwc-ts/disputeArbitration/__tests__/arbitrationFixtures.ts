// Records of one dispute as the component's GraphQL query and getRecord wire answer them.

export const ME = '005000000000000000';
export const AGENT_ID = '0055L000000000LQAQ';
export const LEAD_ID = '0055L0000000009QAA';
export const QA_MANAGER_ID = '0055L0000000006QAA';
export const DISPUTE_ID = 'a055L0000000006QAA';
export const ASSESSMENT_ID = 'a005L000000000mQAA';
export const GREETING_ITEM = 'a065L000000000DQAQ';
export const RESOLUTION_ITEM = 'a065L000000000EQAQ';
export const GREETING_RESPONSE = 'a015L000000005gQAA';
export const RESOLUTION_RESPONSE = 'a015L000000005hQAA';

const field = (value: unknown, displayValue: string | null = null) => ({ value, displayValue });
const connection = (nodes: unknown[]) => ({ edges: nodes.map((node) => ({ node })) });

export interface DisputeScenario {
    status?: string;
    level?: string;
    arbitratorId?: string | null;
    arbitratorName?: string | null;
    agentId?: string;
    resolution?: string | null;
    resolvedAt?: string | null;
    outcomes?: [string | null, string | null];
    notes?: [string | null, string | null];
    currentAnswers?: [string, string];
    withAnswers?: boolean;
    managerId?: string | null;
    managerName?: string | null;
}

export function disputeAnswer(scenario: DisputeScenario = {}): unknown {
    const outcomes = scenario.outcomes ?? [null, null];
    const notes = scenario.notes ?? [null, null];
    const current = scenario.currentAnswers ?? ['No', 'Partial'];
    const withAnswers = scenario.withAnswers ?? true;
    return {
        uiapi: {
            query: {
                Dispute__c: connection([
                    {
                        Id: DISPUTE_ID,
                        Name: field('D-00007'),
                        Status__c: field(scenario.status ?? 'Under Review', scenario.status ?? 'Under Review'),
                        Level__c: field(
                            scenario.level ?? 'Level 1',
                            scenario.level === 'Level 2' ? 'Level 2: QA manager' : 'Level 1: team lead'
                        ),
                        Arbitrator__c: field(scenario.arbitratorId === undefined ? ME : scenario.arbitratorId),
                        Arbitrator__r:
                            scenario.arbitratorName === null
                                ? null
                                : { Name: field(scenario.arbitratorName ?? 'Sofia Silva') },
                        Assessment__c: field(ASSESSMENT_ID),
                        Assessment__r: {
                            Agent__c: field(scenario.agentId ?? AGENT_ID),
                            Agent__r: { Name: field('Maria Okafor') },
                            Evaluator__r: { Name: field('Ivy Evans') }
                        },
                        Summary__c: field('Two answers miss what happened.'),
                        Resolution__c: field(scenario.resolution ?? null),
                        Resolved_At__c: field(scenario.resolvedAt ?? null),
                        Item_Count__c: field(withAnswers ? 2 : 0)
                    }
                ]),
                Dispute_Item__c: connection(
                    withAnswers
                        ? [
                              {
                                  Id: GREETING_ITEM,
                                  Name: field('DI-000001'),
                                  Original_Answer__c: field('No'),
                                  Proposed_Answer__c: field('Yes'),
                                  Reason__c: field('I used the name from the CRM.'),
                                  Outcome__c: field(outcomes[0]),
                                  Decision_Note__c: field(notes[0]),
                                  Assessment_Response__c: field(GREETING_RESPONSE),
                                  Assessment_Response__r: {
                                      Answer__c: field(current[0]),
                                      Comment__c: field('No greeting by name'),
                                      Evidence__c: field('00:04 Agent: Hello, how can I help?'),
                                      Hard_Fail__c: field(false),
                                      Scorecard_Item__r: {
                                          Question__c: field('Greets the customer by name'),
                                          Section__c: field('Conversation')
                                      }
                                  }
                              },
                              {
                                  Id: RESOLUTION_ITEM,
                                  Name: field('DI-000002'),
                                  Original_Answer__c: field('Partial'),
                                  Proposed_Answer__c: field('Yes'),
                                  Reason__c: field('The refund was issued on the call.'),
                                  Outcome__c: field(outcomes[1]),
                                  Decision_Note__c: field(notes[1]),
                                  Assessment_Response__c: field(RESOLUTION_RESPONSE),
                                  Assessment_Response__r: {
                                      Answer__c: field(current[1]),
                                      Comment__c: field(null),
                                      Evidence__c: field(null),
                                      Hard_Fail__c: field(true),
                                      Scorecard_Item__r: {
                                          Question__c: field('Resolves the issue'),
                                          Section__c: field('Resolution')
                                      }
                                  }
                              }
                          ]
                        : []
                ),
                User: connection([
                    {
                        Id: ME,
                        ManagerId: field(scenario.managerId === undefined ? QA_MANAGER_ID : scenario.managerId),
                        Manager:
                            scenario.managerName === null
                                ? null
                                : { Name: field(scenario.managerName ?? 'Emma Haddad') }
                    }
                ])
            }
        }
    };
}

export function assessmentRecord(
    status: string,
    score: number | null,
    openDisputes: number,
    autoFailed = false
): unknown {
    return {
        apiName: 'Assessment__c',
        id: ASSESSMENT_ID,
        fields: {
            Name: field('A-000048'),
            Status__c: field(status, status),
            Score__c: field(score),
            Band__c: field(null),
            Auto_Failed__c: field(autoFailed),
            Open_Dispute_Count__c: field(openDisputes)
        }
    };
}

export function refusal(message: string): unknown {
    return {
        status: 400,
        statusText: 'Bad Request',
        body: {
            message,
            output: { errors: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message }], fieldErrors: {} }
        }
    };
}
