import { startPreviewHarness, type PreviewHarness } from './harness/previewHarness';

/** The preview signs people in as the persona chosen, and every call then runs as that user. */
describe('the preview signs in as the chosen persona', () => {
    let harness: PreviewHarness;

    beforeAll(async () => {
        harness = await startPreviewHarness();
    });

    afterAll(async () => {
        await harness?.close();
    });

    it.each([
        ['admin@verity.local', 'Avery Admin'],
        ['evaluator@verity.local', 'Eli Evaluator'],
        ['agent@verity.local', 'Ana Agent']
    ])('%s sees the page as %s, with no console error and no failed request', async (username, name) => {
        const { page, problems } = await harness.openAs(username);
        await page.getByText(name).first().waitFor();
        await page.waitForLoadState('networkidle');
        await harness.screenshot(page, `home-${username.split('@')[0]}`);
        expect(problems).toEqual([]);
        await page.context().close();
    });

    it('refuses a username the local org does not have, naming it', async () => {
        const response = await fetch(new URL('/preview/persona', harness.preview.url), {
            method: 'POST',
            body: JSON.stringify({ username: 'nobody@verity.local' })
        });
        expect(response.status).toBe(400);
        expect(await response.text()).toContain('nobody@verity.local');
    });
});
