import type { Page } from 'playwright-core';
import type { OrgData } from '../local/org/orgData';
import { DEMO_NOW } from './harness/fixturePaths';
import { startPreviewHarness, type PreviewHarness, type PreviewPage } from './harness/previewHarness';

/**
 * A dispute that goes to level 2 on the demo org: the agent disputes a submitted assessment, their
 * team lead takes it under review and escalates it to their own manager, who upholds the answer. Each
 * arbitrator in turn may close the evaluator's assessment, through the share the arbitrator flow gives.
 */

interface DisputableWork {
    id: string;
    name: string;
    agent: string;
    teamLead: string;
    qaManager: { username: string; name: string };
}

/** A submitted assessment still inside its dispute window, with no dispute, whose agent has a team lead above whom is a manager. */
function disputableWork(org: OrgData): DisputableWork {
    const admin = { userId: org.users()[0].id };
    const [found] = org.query(
        admin,
        `SELECT Id, Name, Agent__r.Username, Agent__r.Manager.Username, Agent__r.Manager.Manager.Username, Agent__r.Manager.Manager.Name FROM Assessment__c WHERE Status__c = 'Submitted' AND Type__c = 'Standard' AND Open_Dispute_Count__c = 0 AND Dispute_Deadline__c > ${DEMO_NOW.toISOString().replace('.000', '')} AND Agent__r.Manager.ManagerId != null ORDER BY Name LIMIT 1`
    ).records;
    if (!found) {
        throw new Error(
            'The demo org has no submitted assessment inside its dispute window: the demo seed did not run.'
        );
    }
    const agent = found.Agent__r as { Username: string; Manager: Record<string, unknown> };
    const teamLead = agent.Manager as { Username: string; Manager: { Username: string; Name: string } };
    return {
        id: String(found.Id),
        name: String(found.Name),
        agent: agent.Username,
        teamLead: teamLead.Username,
        qaManager: { username: teamLead.Manager.Username, name: teamLead.Manager.Name }
    };
}

describe('a dispute escalated to level 2', () => {
    let harness: PreviewHarness;
    let work: DisputableWork;
    let disputeId: string;
    let opened: PreviewPage[] = [];

    const admin = (): { userId: string } => ({ userId: harness.org.users()[0].id });
    const inOrg = (soql: string): Record<string, unknown> => harness.org.query(admin(), soql).records[0];

    async function signIn(username: string, urlPath: string): Promise<Page> {
        const signedIn = await harness.openAs(username, urlPath);
        opened.push(signedIn);
        return signedIn.page;
    }

    /** Each step ends here: every page it opened worked without a console error or a failed request. */
    function expectCleanPages(): void {
        expect(opened.flatMap((signedIn) => signedIn.problems)).toEqual([]);
    }

    beforeAll(async () => {
        harness = await startPreviewHarness();
        work = disputableWork(harness.org);
    });

    afterEach(async () => {
        await Promise.all(opened.map((signedIn) => signedIn.page.context().close()));
        opened = [];
    });

    afterAll(async () => {
        await harness?.close();
    });

    it('the agent disputes one answer', async () => {
        const page = await signIn(work.agent, `/lightning/r/Assessment__c/${work.id}/view`);
        await page
            .getByText(/^Dispute “/)
            .first()
            .click();
        await page.getByRole('combobox', { name: /^Answer you propose for/ }).click();
        // The proposal's first choice (the transcript's turns are options too: look inside the combobox).
        await page.locator('lightning-base-combobox-item').first().click();
        await page.getByRole('textbox', { name: /^Why you dispute/ }).fill('The call shows otherwise at 02:15.');
        await page.getByRole('button', { name: 'Raise dispute' }).click();
        await page.getByText('Your dispute').waitFor();
        const dispute = inOrg(`SELECT Id, Status__c, Item_Count__c FROM Dispute__c WHERE Assessment__c = '${work.id}'`);
        expect(dispute).toMatchObject({ Status__c: 'Open', Item_Count__c: 1 });
        disputeId = String(dispute.Id);
        expectCleanPages();
    });

    it('the team lead takes it under review, which marks the assessment Disputed, and escalates it', async () => {
        const page = await signIn(work.teamLead, `/lightning/r/Dispute__c/${disputeId}/view`);
        await page.getByRole('button', { name: 'Take under review' }).click();
        const escalate = page.getByRole('button', { name: `Escalate to ${work.qaManager.name} (level 2)` });
        await escalate.click();
        // Saved and read again: the team lead is no longer the arbitrator, so the button goes.
        await escalate.waitFor({ state: 'detached' });
        await harness.screenshot(page, 'escalation-team-lead');
        expect(inOrg(`SELECT Status__c FROM Assessment__c WHERE Id = '${work.id}'`).Status__c).toBe('Disputed');
        expect(inOrg(`SELECT Status__c, Level__c FROM Dispute__c WHERE Id = '${disputeId}'`)).toMatchObject({
            Status__c: 'Escalated',
            Level__c: 'Level 2'
        });
        expectCleanPages();
    });

    it('the QA manager upholds the answer at level 2 and closes the assessment', async () => {
        const page = await signIn(work.qaManager.username, `/lightning/r/Dispute__c/${disputeId}/view`);
        // An escalated dispute is already in review: the level-2 arbitrator decides it.
        await page
            .getByRole('radiogroup', { name: /Decision on “/ })
            .getByText(/^Upheld/)
            .click();
        await page
            .getByRole('textbox', { name: 'Resolution: the decision and why' })
            .fill('The answer stands: the recording supports the evaluator.');
        await page.getByRole('button', { name: 'Record decision' }).click();
        await page.getByText('Assessment Disputed → Final').waitFor();
        await harness.screenshot(page, 'escalation-qa-manager-upheld');
        expect(inOrg(`SELECT Status__c, Level__c FROM Dispute__c WHERE Id = '${disputeId}'`)).toMatchObject({
            Status__c: 'Upheld',
            Level__c: 'Level 2'
        });
        expect(inOrg(`SELECT Status__c FROM Assessment__c WHERE Id = '${work.id}'`).Status__c).toBe('Final');
        expectCleanPages();
    });
});
