import type { OrgData } from '../../local/org/orgData';

/** People of the seeded demo contact center, found by what they do rather than by a name fixed in a test. */
export function evaluatorWithAssignedWork(org: OrgData): { username: string; name: string } {
    const admin = { userId: org.users()[0].id };
    const [assessment] = org.query(
        admin,
        "SELECT Evaluator__c FROM Assessment__c WHERE Status__c = 'Assigned' AND Evaluator__c != null ORDER BY Name LIMIT 1"
    ).records;
    if (!assessment) {
        throw new Error('The demo org has no assigned assessment: the demo seed or its sampling did not run.');
    }
    const [user] = org.query(
        admin,
        `SELECT Username, Name FROM User WHERE Id = '${String(assessment.Evaluator__c)}'`
    ).records;
    return { username: String(user.Username), name: String(user.Name) };
}

/** The first Case of the demo that has an interaction, with its number. */
export function caseWithInteraction(org: OrgData): { id: string; caseNumber: string } {
    const admin = { userId: org.users()[0].id };
    const [interaction] = org.query(admin, 'SELECT Case__c FROM Interaction__c ORDER BY Name LIMIT 1').records;
    const [found] = org.query(
        admin,
        `SELECT Id, CaseNumber FROM Case WHERE Id = '${String(interaction.Case__c)}'`
    ).records;
    return { id: String(found.Id), caseNumber: String(found.CaseNumber) };
}
