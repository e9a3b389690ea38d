import type { Page } from 'playwright-core';
import type { OrgData } from '../local/org/orgData';
import { startPreviewHarness, type PreviewHarness, type PreviewPage } from './harness/previewHarness';

/**
 * The whole quality loop on the demo org, through the package's components on their flexipages, each
 * step as the person who does it: the evaluator scores an assigned case, the agent disputes an answer,
 * the QA manager overturns it, and coaching goes from created to acknowledged to completed. The steps
 * build on each other, so they run in order on one org.
 */

interface AssignedWork {
    id: string;
    name: string;
    caseId: string;
    evaluator: string;
    agent: string;
    items: { question: string; scale: string; hardFail: boolean }[];
}

/** The first assessment assigned on a scorecard with a hard-fail item and a 1-to-5 item. */
function assignedWork(org: OrgData): AssignedWork {
    const admin = { userId: org.users()[0].id };
    for (const assessment of org.query(
        admin,
        "SELECT Id, Name, Case__c, Scorecard__c, Evaluator__r.Username, Agent__r.Username FROM Assessment__c WHERE Status__c = 'Assigned' AND Evaluator__c != null ORDER BY Name"
    ).records) {
        const items = org
            .query(
                admin,
                `SELECT Question__c, Answer_Scale__c, Hard_Fail__c FROM Scorecard_Item__c WHERE Scorecard__c = '${String(assessment.Scorecard__c)}' AND Coaching_Only__c = false ORDER BY Order__c`
            )
            .records.map((item) => ({
                question: String(item.Question__c),
                scale: String(item.Answer_Scale__c),
                hardFail: item.Hard_Fail__c === true
            }));
        if (items.some((item) => item.hardFail) && items.some((item) => item.scale === 'OneToFive')) {
            const user = (field: string): string =>
                String((assessment[field] as Record<string, unknown> | null)?.Username ?? '');
            return {
                id: String(assessment.Id),
                name: String(assessment.Name),
                caseId: String(assessment.Case__c),
                evaluator: user('Evaluator__r'),
                agent: user('Agent__r'),
                items
            };
        }
    }
    throw new Error('The demo org has no assigned assessment on a scorecard with hard-fail and 1-to-5 items.');
}

const literally = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The percentage a score badge or summary shows ("90% · Target" → 90). */
function percentIn(text: string): number {
    const match = /(\d+(?:\.\d+)?)%/.exec(text);
    if (!match) {
        throw new Error(`No score in "${text}"`);
    }
    return Number(match[1]);
}

describe('the quality loop: score, dispute, overturn, coach', () => {
    let harness: PreviewHarness;
    let work: AssignedWork;
    let hardFailItem: AssignedWork['items'][number];
    let disputedItem: AssignedWork['items'][number];
    let submittedScore: number;
    /** The pages the running step opened, one per person signed in. */
    let opened: PreviewPage[] = [];

    const admin = (): { userId: string } => ({ userId: harness.org.users()[0].id });
    const assessmentInOrg = (): Record<string, unknown> =>
        harness.org.query(
            admin(),
            `SELECT Status__c, Score__c, Auto_Failed__c FROM Assessment__c WHERE Id = '${work.id}'`
        ).records[0];

    async function signIn(username: string, urlPath: string): Promise<Page> {
        const signedIn = await harness.openAs(username, urlPath);
        opened.push(signedIn);
        return signedIn.page;
    }

    beforeAll(async () => {
        harness = await startPreviewHarness();
        work = assignedWork(harness.org);
        hardFailItem = work.items.find((item) => item.hardFail) as AssignedWork['items'][number];
        disputedItem = work.items.find((item) => item.scale === 'OneToFive') as AssignedWork['items'][number];
    });

    /** Each step ends here: every page it opened worked without a console error or a failed request. */
    function expectCleanPages(): void {
        expect(opened.flatMap((signedIn) => signedIn.problems)).toEqual([]);
    }

    afterEach(async () => {
        await Promise.all(opened.map((signedIn) => signedIn.page.context().close()));
        opened = [];
    });

    afterAll(async () => {
        await harness?.close();
    });

    it('the evaluator starts the assigned case, cites the transcript, sees 0 and auto-failed on a failed hard-fail item, fixes it and submits', async () => {
        const page = await signIn(work.evaluator, `/lightning/r/Case/${work.caseId}/view`);
        await page.getByRole('button', { name: `Start ${work.name}` }).click();
        await page.waitForURL(new RegExp(`/lightning/r/Assessment__c/${work.id}/view`));
        const answer = async (question: string, value: string): Promise<void> => {
            await page
                .getByRole('group', { name: literally(question) })
                .getByLabel(value, { exact: true })
                .check({ force: true });
        };
        for (const item of work.items) {
            const value =
                item === hardFailItem ? 'No' : item === disputedItem ? '3' : item.scale === 'OneToFive' ? '5' : 'Yes';
            await answer(item.question, value);
        }
        // Evidence from the transcript: with the item in focus, selecting a turn cites it.
        const hardFailRow = page.locator('li', {
            has: page.getByRole('group', { name: literally(hardFailItem.question) })
        });
        await hardFailRow.getByRole('textbox', { name: 'Comment' }).focus();
        const turn = page.getByRole('listbox', { name: 'Transcript turns' }).getByRole('option').nth(2);
        const [speaker, ...words] = (await turn.innerText()).split('\n');
        await turn.click();
        const citation = `${speaker}, turn 3: “${words.join(' ').trim()}”`;
        await expect(hardFailRow.getByRole('textbox', { name: 'Evidence' }).inputValue()).resolves.toBe(citation);

        const liveScore = page.locator('.live-score');
        const autoFail = page.getByRole('alert').filter({ hasText: 'Auto-failed' });
        await expect(liveScore.innerText()).resolves.toMatch(/\b0% · Critical/);
        await expect(autoFail.innerText()).resolves.toContain(hardFailItem.question);
        await harness.screenshot(page, 'loop-evaluator-hard-fail');

        await answer(hardFailItem.question, 'Yes');
        await expect(autoFail.count()).resolves.toBe(0);
        const fixedScore = percentIn(await liveScore.innerText());
        expect(fixedScore).toBeGreaterThan(0);
        expect(fixedScore).toBeLessThan(100);

        await page.getByRole('button', { name: 'Submit', exact: true }).click();
        const savedScore = page.locator('.saved-score-value').filter({ hasText: /%/ });
        await savedScore.waitFor();
        // The platform's formula confirms what the engine showed while scoring.
        submittedScore = percentIn(await savedScore.innerText());
        expect(submittedScore).toBe(fixedScore);
        expect(assessmentInOrg()).toMatchObject({
            Status__c: 'Submitted',
            Score__c: fixedScore,
            Auto_Failed__c: false
        });
        // Long text cannot be filtered in SOQL: the cited answer is the one response with evidence.
        const evidence = harness.org
            .query(admin(), `SELECT Evidence__c FROM Assessment_Response__c WHERE Assessment__c = '${work.id}'`)
            .records.map((response) => response.Evidence__c)
            .filter((value) => value !== null);
        expect(evidence).toEqual([citation]);
        await expect(page.locator('c-assessment-form').getByRole('radio').count()).resolves.toBe(0);
        await page.getByRole('heading', { name: 'New coaching task' }).waitFor();
        await harness.screenshot(page, 'loop-evaluator-submitted');
        expectCleanPages();
    });

    it('the agent sees the submitted assessment, cannot change it, and disputes one answer', async () => {
        const page = await signIn(work.agent, `/lightning/r/Assessment__c/${work.id}/view`);
        const savedScore = page.locator('.saved-score-value').filter({ hasText: /%/ });
        await savedScore.waitFor();
        expect(percentIn(await savedScore.innerText())).toBe(submittedScore);
        await expect(page.locator('c-assessment-form').getByRole('radio').count()).resolves.toBe(0);
        await expect(page.getByRole('button', { name: 'Submit', exact: true }).count()).resolves.toBe(0);
        await expect(page.getByRole('button', { name: 'Save draft' }).count()).resolves.toBe(0);
        // The page's visibility rule keeps the coaching form from those who cannot coach (the sidebar is drawn).
        await page.getByRole('heading', { name: 'Dispute this assessment' }).waitFor();
        await expect(page.getByRole('heading', { name: 'New coaching task' }).count()).resolves.toBe(0);

        await page.getByText(`Dispute “${disputedItem.question}”`, { exact: true }).click();
        await page
            .getByRole('combobox', { name: literally(`Answer you propose for “${disputedItem.question}”`) })
            .click();
        await page.getByRole('option', { name: '5', exact: true }).click();
        await page
            .getByRole('textbox', { name: literally(`Why you dispute “${disputedItem.question}”`) })
            .fill('I read back the correct refund amount; the ledger confirms it.');
        await page.getByRole('button', { name: 'Raise dispute' }).click();
        await page.getByText('Your dispute').waitFor();
        await harness.screenshot(page, 'loop-agent-disputed');
        expectCleanPages();
        const disputes = harness.org.query(
            admin(),
            `SELECT Status__c, Item_Count__c FROM Dispute__c WHERE Assessment__c = '${work.id}'`
        ).records;
        expect(disputes).toEqual([expect.objectContaining({ Status__c: 'Open', Item_Count__c: 1 })]);
    });

    it('the QA manager takes the dispute, overturns the answer, and the score changes', async () => {
        const [dispute] = harness.org.query(
            admin(),
            `SELECT Id FROM Dispute__c WHERE Assessment__c = '${work.id}'`
        ).records;
        const page = await signIn('qa.manager@verity.local', `/lightning/r/Dispute__c/${String(dispute.Id)}/view`);
        await page.getByRole('button', { name: 'Take under review' }).click();
        await page
            .getByRole('radiogroup', { name: literally(`Decision on “${disputedItem.question}”`) })
            .getByText(/^Overturned/)
            .click();
        await page
            .getByRole('textbox', { name: 'Resolution: the decision and why' })
            .fill('The call recording confirms the amount the agent gave.');
        await page.getByRole('button', { name: 'Record decision' }).click();
        // Before and after, from the platform: the second badge changes once the rescored assessment is read.
        const scoreChange = page.locator('[data-id="score-change"]');
        await scoreChange
            .locator('c-quality-band')
            .nth(1)
            .filter({ hasNotText: `${submittedScore}%` })
            .waitFor();
        const [before, now] = await scoreChange.locator('c-quality-band').allInnerTexts();
        expect(percentIn(before)).toBe(submittedScore);
        expect(percentIn(now)).toBeGreaterThan(submittedScore);
        // The history follows every step, the assessment's closing included.
        await page.getByText('Assessment Disputed → Final').waitFor();
        await harness.screenshot(page, 'loop-qa-manager-overturned');

        const after = assessmentInOrg();
        expect(after.Score__c).toBe(percentIn(now));
        // The arbitrator's edit share lets them close the assessment with its dispute.
        expect(after.Status__c).toBe('Final');
        expectCleanPages();
    });

    it('coaching from the item goes from created to acknowledged to completed', async () => {
        let page = await signIn(work.evaluator, `/lightning/r/Assessment__c/${work.id}/view`);
        await page
            .getByRole('button', { name: /Coach on this item/ })
            .filter({ hasText: disputedItem.question })
            .click();
        const form = page.locator('c-assessment-form c-coaching-task-form');
        await form.getByText('Me', { exact: true }).click();
        await form
            .getByRole('textbox', { name: 'What was observed' })
            .fill('Read the amount before checking the ledger.');
        await form
            .getByRole('textbox', { name: 'Expected alternative' })
            .fill('Check the ledger first, then read the amount back.');
        await form.getByRole('button', { name: 'Create coaching task' }).click();
        const created = page.getByText(/Coaching task \S+ was created for this item/);
        await created.waitFor();
        const taskName = (/Coaching task (\S+) was created/.exec(await created.innerText()) as RegExpExecArray)[1];
        const status = (): unknown =>
            harness.org.query(admin(), `SELECT Status__c FROM Coaching_Task__c WHERE Name = '${taskName}'`).records[0]
                .Status__c;
        expect(status()).toBe('Open');

        page = await signIn(work.agent, '/');
        await page.getByRole('link', { name: 'My Work', exact: true }).first().click();
        await page.getByRole('button', { name: taskName, exact: true }).click();
        await page.waitForURL(/\/lightning\/r\/Coaching_Task__c\/\w{18}\/view/);
        const taskPath = new URL(page.url()).pathname;
        await page.getByRole('button', { name: 'Acknowledge coaching' }).click();
        await page.getByRole('button', { name: 'Acknowledge coaching' }).waitFor({ state: 'detached' });
        expect(status()).toBe('Acknowledged');
        await harness.screenshot(page, 'loop-agent-acknowledged');
        await expect(page.getByRole('button', { name: 'Mark coaching completed' }).count()).resolves.toBe(0);

        page = await signIn(work.evaluator, taskPath);
        await page.getByRole('button', { name: 'Mark coaching completed' }).click();
        await page.getByRole('button', { name: 'Mark coaching completed' }).waitFor({ state: 'detached' });
        expect(status()).toBe('Completed');
        await harness.screenshot(page, 'loop-coach-completed');
        expectCleanPages();
    });
});
