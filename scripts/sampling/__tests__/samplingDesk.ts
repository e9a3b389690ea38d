import type { Connection } from 'jsforce';
import type { JobsOrg } from '../../jobs/__tests__/localOrgHarness';

/**
 * A small contact center for the sampling job's tests: an Active phone scorecard (activated by the
 * qaAdmin persona, who holds Build_Scorecards), four agents with phone interactions in the sampled
 * week plus some that must never be picked (a chat, one before the period), three evaluators in a
 * weekly plan's pool, and one agent whose manager is in the pool.
 */
export const NOW = new Date('2026-03-02T06:00:00.000Z');
export const PLAN_NAME = 'Weekly phone sample';

export interface SamplingDesk {
    planId: string;
    scorecardId: string;
    agentIds: string[];
    evaluatorIds: string[];
    /** The agent whose manager (User.ManagerId) is evaluatorIds[2]. */
    supervisedAgentId: string;
    /** Interactions that must not be picked: a chat, and a call before the period. */
    neverPicked: string[];
}

function idOf(result: unknown): string {
    const saved = result as { id?: string | null; success: boolean };
    if (!saved.success || !saved.id) {
        throw new Error(`A seed save failed: ${JSON.stringify(result)}`);
    }
    return saved.id;
}

async function createUser(admin: Connection, profileId: string, alias: string, lastName: string): Promise<string> {
    return idOf(
        await admin.sobject('User').create({
            Username: `${alias}@sampling.verity.local`,
            FirstName: 'Test',
            LastName: lastName,
            Alias: alias,
            Email: `${alias}@sampling.verity.local`,
            ProfileId: profileId,
            TimeZoneSidKey: 'Europe/London',
            LocaleSidKey: 'en_GB',
            LanguageLocaleKey: 'en_US',
            EmailEncodingKey: 'UTF-8'
        })
    );
}

export async function seedSamplingDesk(real: JobsOrg): Promise<SamplingDesk> {
    const { admin } = real;
    const [profile] = (
        await admin.query<{ ProfileId: string }>(`SELECT ProfileId FROM User WHERE Id = '${real.user('agent').id}'`)
    ).records;
    const [evaluatorSet] = (
        await admin.query<{ Id: string }>("SELECT Id FROM PermissionSet WHERE Name = 'Verity_Evaluator'")
    ).records;
    const extraEvaluators = [
        await createUser(admin, profile.ProfileId, 'eval2', 'Evaluator Two'),
        await createUser(admin, profile.ProfileId, 'eval3', 'Evaluator Three')
    ];
    for (const id of extraEvaluators) {
        idOf(
            await admin.sobject('PermissionSetAssignment').create({ AssigneeId: id, PermissionSetId: evaluatorSet.Id })
        );
    }
    const evaluatorIds = [real.user('evaluator').id, ...extraEvaluators];
    const agentIds = [
        real.user('agent').id,
        await createUser(admin, profile.ProfileId, 'agent2', 'Agent Two'),
        await createUser(admin, profile.ProfileId, 'agent3', 'Agent Three'),
        await createUser(admin, profile.ProfileId, 'agent4', 'Agent Four')
    ];
    const supervisedAgentId = agentIds[1];
    idOf(await admin.sobject('User').update({ Id: supervisedAgentId, ManagerId: evaluatorIds[2] }));

    const scorecardId = idOf(
        await admin
            .sobject('Scorecard__c')
            .create({ Name: 'Phone quality', Channel__c: 'Phone', Status__c: 'Draft', Version__c: 1 })
    );
    idOf(
        await admin.sobject('Scorecard_Item__c').create({
            Name: 'Greeting',
            Scorecard__c: scorecardId,
            Answer_Scale__c: 'YesNo',
            Section__c: 'Conversation',
            Order__c: 1,
            Points__c: 10
        })
    );
    const qaAdmin = real.connect(real.user('qaAdmin'));
    idOf(
        await qaAdmin.sobject('Scorecard__c').update({
            Id: scorecardId,
            Status__c: 'Active',
            Activated_At__c: '2026-01-05T08:00:00.000Z',
            Active_Channel_Key__c: 'Phone|'
        })
    );

    const interactions: Record<string, unknown>[] = [];
    const neverPickedKeys: string[] = [];
    for (const [a, agentId] of agentIds.entries()) {
        const caseId = idOf(
            await admin.sobject('Case').create({ Subject: `Billing question ${a + 1}`, Status: 'New', Origin: 'Phone' })
        );
        for (let day = 0; day < 4; day += 1) {
            interactions.push({
                Name: `Call ${a + 1}.${day + 1}`,
                External_Id__c: `S-${a}-${day}`,
                Case__c: caseId,
                Agent__c: agentId,
                Channel__c: 'Phone',
                Queue__c: 'Billing',
                // Spread over the sampled week, 23 Feb to 1 Mar.
                Started_At__c: new Date(Date.UTC(2026, 1, 23 + day * 2, 9 + a)).toISOString(),
                ...(a === 3 && day === 0 ? { AI_Flagged__c: true, AI_Flag_Reason__c: 'negative sentiment' } : {})
            });
        }
        interactions.push({
            Name: `Chat ${a + 1}`,
            External_Id__c: `S-${a}-chat`,
            Case__c: caseId,
            Agent__c: agentId,
            Channel__c: 'Chat',
            Started_At__c: '2026-02-25T10:00:00.000Z'
        });
        interactions.push({
            Name: `Old call ${a + 1}`,
            External_Id__c: `S-${a}-old`,
            Case__c: caseId,
            Agent__c: agentId,
            Channel__c: 'Phone',
            Started_At__c: '2026-02-20T10:00:00.000Z'
        });
        neverPickedKeys.push(`S-${a}-chat`, `S-${a}-old`);
    }
    const saved = await admin.sobject('Interaction__c').create(interactions, { allOrNone: true });
    const idByKey = new Map(interactions.map((row, index) => [row.External_Id__c as string, idOf(saved[index])]));

    const qaManager = real.connect(real.user('qaManager'));
    const planId = idOf(
        await qaManager.sobject('Sampling_Plan__c').create({
            Name: PLAN_NAME,
            Scorecard__c: scorecardId,
            Cadence__c: 'Weekly',
            Quota_Type__c: 'Per Agent',
            Per_Agent_Quota__c: 2,
            Lookback_Days__c: 7,
            Next_Run_At__c: NOW.toISOString(),
            Filter_Definition__c: JSON.stringify({ channel: 'Phone' }),
            Prioritize_AI_Flags__c: true,
            Exclude_Self__c: true,
            Exclude_Own_Supervisor__c: true,
            Active__c: false
        })
    );
    const members = evaluatorIds.map((evaluatorId) => ({
        Member_Key__c: `${planId}:${evaluatorId}`,
        Sampling_Plan__c: planId,
        Evaluator__c: evaluatorId,
        Capacity__c: 10,
        Available__c: true
    }));
    await qaManager.sobject('Sampling_Pool_Member__c').create(members, { allOrNone: true });
    idOf(await qaManager.sobject('Sampling_Plan__c').update({ Id: planId, Active__c: true }));
    return {
        planId,
        scorecardId,
        agentIds,
        evaluatorIds,
        supervisedAgentId,
        neverPicked: neverPickedKeys.map((key) => idByKey.get(key) as string)
    };
}
