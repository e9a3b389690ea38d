import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openLocalOrg } from '../../local/org/openLocalOrg';
import type { OrgData } from '../../local/org/orgData';
import { startPreviewServer, type PreviewServer } from '../../local/preview/previewServer';
import { startLocalOrgServer, type LocalOrgServer } from '../../local/server';
import { CHROMIUM, CHROMIUM_ARGS } from './chromiumPath';
import {
    DEMO_NOW,
    DEMO_ORG_TEMPLATE,
    PACKAGE_SOURCE,
    PREVIEW_BUNDLE_DIR,
    PROJECT_ROOT,
    SCREENSHOT_DIR
} from './fixturePaths';

/**
 * One browser test file's world: its own copy of the seeded demo org, the local org's API and the
 * preview on free ports, and one Chromium. Every page opened through it records console errors,
 * uncaught exceptions and failed requests, so a test can insist a page loaded cleanly.
 */
export interface PreviewPage {
    page: Page;
    /** Console errors, page errors and failed or refused requests seen so far. */
    problems: string[];
}

export interface PreviewHarness {
    org: OrgData;
    orgServer: LocalOrgServer;
    preview: PreviewServer;
    /** Opens `path` of the preview signed in as the user with that username. */
    openAs(username: string, urlPath?: string): Promise<PreviewPage>;
    /** Saves a full-page screenshot under test-results/screenshots/. */
    screenshot(page: Page, name: string): Promise<void>;
    close(): Promise<void>;
}

function watch(page: Page): string[] {
    const problems: string[] = [];
    page.on('console', (message) => {
        if (message.type() === 'error') {
            problems.push(`console error: ${message.text()}`);
        }
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) =>
        problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? ''})`)
    );
    page.on('response', (response) => {
        if (response.status() >= 400) {
            problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
        }
    });
    return problems;
}

export async function startPreviewHarness(): Promise<PreviewHarness> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-browser-'));
    const dbPath = path.join(folder, 'org.sqlite');
    fs.copyFileSync(DEMO_ORG_TEMPLATE, dbPath);
    const org = openLocalOrg({ dbPath, sourceDir: PACKAGE_SOURCE, clock: () => DEMO_NOW });
    const orgServer = await startLocalOrgServer({ org, port: 0 });
    const preview = await startPreviewServer({
        org,
        orgUrl: orgServer.instanceUrl,
        root: PROJECT_ROOT,
        bundleDir: PREVIEW_BUNDLE_DIR,
        sourceDir: PACKAGE_SOURCE,
        port: 0
    });
    let browser: Browser;
    try {
        // playwright gives each launch a fresh, temporary profile.
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    } catch (error) {
        await preview.close();
        await orgServer.close();
        org.close();
        throw error;
    }
    return {
        org,
        orgServer,
        preview,
        async openAs(username, urlPath = '/') {
            // Each persona gets its own browser context: its own cookie, as a separate login would.
            const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
            // The browser's clock is the org's: submissions, due dates and dispute windows are on the demo's day.
            await context.clock.setFixedTime(DEMO_NOW);
            const page = await context.newPage();
            const problems = watch(page);
            const response = await page.request.post(new URL('/preview/persona', preview.url).toString(), {
                data: { username }
            });
            if (response.status() !== 204) {
                throw new Error(`The preview refused to sign in ${username}: ${await response.text()}`);
            }
            await page.goto(new URL(urlPath, preview.url).toString());
            return { page, problems };
        },
        async screenshot(page, name) {
            fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
            await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
        },
        async close() {
            await browser.close();
            await preview.close();
            await orgServer.close();
            org.close();
            fs.rmSync(folder, { recursive: true, force: true });
        }
    };
}
