import type { OrgData } from '../local/org/orgData';
import { evaluatorWithAssignedWork } from './harness/demoPeople';
import { startPreviewHarness, type PreviewHarness, type PreviewPage } from './harness/previewHarness';

/**
 * My Work, the Verity QA app's Lightning page tab: opened from the app bar, laid out from the
 * package's flexipage (the assessment queue beside my coaching), each card showing the signed-in
 * person's own work from the local org.
 */

/** What the seeded org says a person should find on My Work: the first row of each card. */
function firstOwnedAssessment(org: OrgData, username: string): string {
    const admin = { userId: org.users()[0].id };
    const [owner] = org.query(admin, `SELECT Id FROM User WHERE Username = '${username}'`).records;
    const [assessment] = org.query(
        admin,
        `SELECT Name FROM Assessment__c WHERE OwnerId = '${String(owner.Id)}' AND Status__c IN ('Assigned', 'In Progress') ORDER BY Due_Date__c ASC NULLS LAST, Name ASC LIMIT 1`
    ).records;
    if (!assessment) {
        throw new Error(`The demo org has no assessment in the queue of ${username}.`);
    }
    return String(assessment.Name);
}

/** An agent of the demo who has open coaching, with the earliest due of their tasks. */
function agentWithOpenCoaching(org: OrgData): { username: string; name: string; task: string } {
    const admin = { userId: org.users()[0].id };
    const [task] = org.query(
        admin,
        "SELECT Name, Agent__r.Username, Agent__r.Name FROM Coaching_Task__c WHERE Status__c IN ('Open', 'Acknowledged') ORDER BY Due_Date__c ASC NULLS LAST, Name ASC LIMIT 1"
    ).records as { Name: string; Agent__r: { Username: string; Name: string } }[];
    if (!task) {
        throw new Error('The demo org has no open coaching task: the demo seed did not run.');
    }
    return { username: task.Agent__r.Username, name: task.Agent__r.Name, task: task.Name };
}

/** Signs in, waits for the app bar, and opens My Work from it. */
async function openMyWork(harness: PreviewHarness, username: string, name: string): Promise<PreviewPage> {
    const opened = await harness.openAs(username);
    const { page } = opened;
    await page.getByText(name).first().waitFor();
    await page.getByRole('link', { name: 'My Work', exact: true }).click();
    await page.waitForURL(/\/lightning\/n\/Verity_My_Work$/);
    return opened;
}

describe('My Work in the preview', () => {
    let harness: PreviewHarness;

    beforeAll(async () => {
        harness = await startPreviewHarness();
    });

    afterAll(async () => {
        await harness?.close();
    });

    it('an evaluator opens My Work from the app bar and sees their queue beside their coaching', async () => {
        const evaluator = evaluatorWithAssignedWork(harness.org);
        const firstInQueue = firstOwnedAssessment(harness.org, evaluator.username);
        const { page, problems } = await openMyWork(harness, evaluator.username, evaluator.name);

        const queue = page.locator('[data-region="column1"] [data-component="c:assessmentQueue"]');
        const coaching = page.locator('[data-region="column2"] [data-component="c:myCoachingTasks"]');
        await queue.getByRole('button', { name: firstInQueue, exact: true }).waitFor();
        await expect(queue.locator('tr[data-row]').count()).resolves.toBeGreaterThan(0);
        await expect(queue.getByText('My assessment queue', { exact: true }).isVisible()).resolves.toBe(true);
        await coaching.getByText('My coaching', { exact: true }).waitFor();
        await page.waitForLoadState('networkidle');
        // The tab is the current one, and the page names itself.
        await expect(
            page.getByRole('link', { name: 'My Work', exact: true }).getAttribute('aria-current')
        ).resolves.toBe('page');
        expect(await page.title()).toMatch(/^My Work \| /);
        await harness.screenshot(page, 'my-work-evaluator');
        expect(problems).toEqual([]);
        await page.context().close();
    });

    it('an agent sees My Work with their open coaching, and the queue says it is for evaluators', async () => {
        const agent = agentWithOpenCoaching(harness.org);
        const { page, problems } = await openMyWork(harness, agent.username, agent.name);

        const coaching = page.locator('[data-region="column2"] [data-component="c:myCoachingTasks"]');
        await coaching.getByRole('button', { name: agent.task, exact: true }).waitFor();
        await expect(coaching.locator('[data-task]').count()).resolves.toBeGreaterThan(0);
        const queue = page.locator('[data-region="column1"] [data-component="c:assessmentQueue"]');
        await queue.getByText('The assessment queue is for evaluators.').waitFor();
        await page.waitForLoadState('networkidle');
        await harness.screenshot(page, 'my-work-agent');
        expect(problems).toEqual([]);
        await page.context().close();
    });

    it('the built-in agent persona, coached on nothing yet, is told so on My Work', async () => {
        const { page, problems } = await openMyWork(harness, 'agent@verity.local', 'Ana Agent');
        const coaching = page.locator('[data-region="column2"] [data-component="c:myCoachingTasks"]');
        await coaching.getByText('No open coaching for you.').waitFor();
        await page.waitForLoadState('networkidle');
        expect(problems).toEqual([]);
        await page.context().close();
    });
});
