import { caseWithInteraction, evaluatorWithAssignedWork } from './harness/demoPeople';
import { startPreviewHarness, type PreviewHarness } from './harness/previewHarness';

/**
 * A person moves through the Verity QA app as in Lightning Experience: the app's tabs, list views,
 * record pages laid out from the package's flexipages; each persona sees only what their
 * permission sets allow, because every call goes to the local org with their token.
 */
describe('the Verity QA app in the preview', () => {
    let harness: PreviewHarness;

    beforeAll(async () => {
        harness = await startPreviewHarness();
    });

    afterAll(async () => {
        await harness?.close();
    });

    it('an evaluator opens their assigned assessments from the app navigation and opens one', async () => {
        const evaluator = evaluatorWithAssignedWork(harness.org);
        const { page, problems } = await harness.openAs(evaluator.username);
        await page.getByText(evaluator.name).first().waitFor();
        await page.getByRole('link', { name: 'Assessments', exact: true }).first().click();
        await page.waitForURL(/\/lightning\/o\/Assessment__c\//);
        await page.waitForLoadState('networkidle');
        await harness.screenshot(page, 'assessments-list-evaluator');
        const firstRecord = page.locator('a[href*="/lightning/r/Assessment__c/"]').first();
        await firstRecord.waitFor();
        const name = (await firstRecord.textContent())?.trim() ?? '';
        await firstRecord.click();
        await page.waitForURL(/\/lightning\/r\/Assessment__c\/\w{18}\/view/);
        await page.getByText(name).first().waitFor();
        await page.waitForLoadState('networkidle');
        await harness.screenshot(page, 'assessment-record-evaluator');
        expect(problems).toEqual([]);
        await page.context().close();
    });

    it('the Case record page is laid out from the package flexipage, and reload lands on the same page', async () => {
        const found = caseWithInteraction(harness.org);
        const { page, problems } = await harness.openAs(
            'qa.manager@verity.local',
            `/lightning/r/Case/${found.id}/view`
        );
        await page.getByText(found.caseNumber).first().waitFor();
        await page.waitForLoadState('networkidle');
        await harness.screenshot(page, 'case-record-qa-manager');
        await page.reload();
        await page.getByText(found.caseNumber).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(page.url()).toContain(`/lightning/r/Case/${found.id}/view`);
        expect(problems).toEqual([]);
        await page.context().close();
    });

    it('an agent sees no sampling plans tab, and a sampling plan URL tells them they have no access', async () => {
        const { page, problems } = await harness.openAs('agent@verity.local');
        await page.getByText('Ana Agent').first().waitFor();
        await page.waitForLoadState('networkidle');
        await expect(page.getByRole('link', { name: 'Sampling Plans', exact: true }).count()).resolves.toBe(0);
        const admin = { userId: harness.org.users()[0].id };
        const [plan] = harness.org.query(admin, 'SELECT Id FROM Sampling_Plan__c LIMIT 1').records;
        await page.goto(
            new URL(`/lightning/r/Sampling_Plan__c/${String(plan.Id)}/view`, harness.preview.url).toString()
        );
        await page.waitForLoadState('networkidle');
        await harness.screenshot(page, 'sampling-plan-agent');
        await expect(
            page
                .getByText(/access|not exist|not found|insufficient/i)
                .first()
                .isVisible()
        ).resolves.toBe(true);
        // The only problems are the local org's refusals of that object and record (Chromium logs each 404).
        const refusal = (problem: string): boolean =>
            (problem.startsWith('HTTP 404') &&
                (problem.includes(String(plan.Id)) || problem.includes('/Sampling_Plan__c'))) ||
            problem.includes('the server responded with a status of 404');
        expect(problems.some(refusal)).toBe(true);
        expect(problems.filter((problem) => !refusal(problem))).toEqual([]);
        await page.context().close();
    });

    it('the persona switcher signs in as someone else and the page follows', async () => {
        const { page, problems } = await harness.openAs('admin@verity.local');
        await page.getByText('Avery Admin').first().waitFor();
        await page
            .getByRole('button', { name: /Avery Admin|switch|persona/i })
            .first()
            .click();
        await page.getByText('Mina Manager').first().click();
        await page.getByText('Mina Manager').first().waitFor();
        await page.waitForLoadState('networkidle');
        await expect(page.getByText('QA manager').first().isVisible()).resolves.toBe(true);
        expect(problems).toEqual([]);
        await page.context().close();
    });
});
