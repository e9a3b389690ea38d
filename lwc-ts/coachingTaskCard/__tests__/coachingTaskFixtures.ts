/** A Coaching_Task__c as getRecord provisions it (UI API Record), for the card's tests. */

/** sfdx-lwc-jest's default running user. */
export const ME = '005000000000000000';
export const AGENT = '005000000000001AAA';
export const COACH = '005000000000002AAA';
export const TASK_ID = 'a04000000000001AAA';
export const ASSESSMENT_ID = 'a02000000000001AAA';

const value = (v: unknown, displayValue: string | null = null) => ({ value: v, displayValue });
const named = (apiName: string, name: string) => ({ apiName, fields: { Name: value(name) } });

export function coachingTask(
    status: string,
    people: { agent?: string; coach?: string } = {},
    extra: Record<string, unknown> = {}
) {
    const agent = people.agent ?? AGENT;
    const coach = people.coach ?? COACH;
    return {
        apiName: 'Coaching_Task__c',
        id: TASK_ID,
        fields: {
            Name: value('CT-00042'),
            Status__c: value(status, status),
            Behavior__c: value('identity-check'),
            Observed__c: value('The caller was not asked for their date of birth.'),
            Expected_Alternative__c: value('Verify two identity details before discussing the account.'),
            Due_Date__c: value('2026-11-16', '11/16/2026'),
            Overdue__c: value(false),
            Agent__c: value(agent),
            Agent__r: value(named('User', 'Alex Agent'), 'Alex Agent'),
            Coach__c: value(coach),
            Coach__r: value(named('User', 'Casey Coach'), 'Casey Coach'),
            Assessment__c: value(ASSESSMENT_ID),
            Assessment__r: value(named('Assessment__c', 'A-0001'), 'A-0001'),
            Scorecard_Item__r: value(
                { apiName: 'Scorecard_Item__c', fields: { Question__c: value('Verified the caller’s identity') } },
                null
            ),
            Acknowledged_At__c: value(status === 'Open' ? null : '2026-11-03T15:30:00.000Z'),
            Completed_At__c: value(status === 'Completed' ? '2026-11-10T16:00:00.000Z' : null),
            ...extra
        }
    };
}

/** Coaching_Task__c's object info for a viewer who may edit exactly these fields (UI API Object Info). */
export function objectInfoEditing(...editable: string[]) {
    const names = ['Status__c', 'Acknowledged_At__c', 'Completed_At__c', 'Observed__c'];
    return {
        apiName: 'Coaching_Task__c',
        createable: true,
        updateable: true,
        fields: Object.fromEntries(
            names.map((apiName) => [apiName, { apiName, updateable: editable.includes(apiName) }])
        )
    };
}

/** What an agent may edit (Verity_Agent), and what a QA manager may (Verity_QA_Manager). */
export const AGENT_EDITS = ['Status__c', 'Acknowledged_At__c'];
export const MANAGER_EDITS = ['Status__c', 'Acknowledged_At__c', 'Completed_At__c', 'Observed__c'];
