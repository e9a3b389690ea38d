import fs from 'node:fs';
import jsforce from 'jsforce';
import { openLocalOrg } from '../../local/org/openLocalOrg';
import { bundlePreview } from '../../local/preview/previewBundle';
import { startLocalOrgServer } from '../../local/server';
import { prepareDemo } from '../../scripts/seed/demoCenter';
import {
    DEMO_NOW,
    DEMO_ORG_TEMPLATE,
    FIXTURE_DIR,
    PACKAGE_SOURCE,
    PREVIEW_BUNDLE_DIR,
    PROJECT_ROOT
} from './fixturePaths';

const quiet = { json: true, result: () => undefined, note: () => undefined };

/** Seeds the demo contact center once into a template database (the slow part of every browser test). */
async function seedDemoTemplate(): Promise<void> {
    fs.rmSync(DEMO_ORG_TEMPLATE, { force: true });
    const building = `${DEMO_ORG_TEMPLATE}.building`;
    for (const suffix of ['', '-wal', '-shm']) {
        fs.rmSync(building + suffix, { force: true });
    }
    const org = openLocalOrg({ dbPath: building, sourceDir: PACKAGE_SOURCE, clock: () => DEMO_NOW });
    const server = await startLocalOrgServer({ org, port: 0 });
    try {
        const admin = org.users()[0];
        const conn = new jsforce.Connection({
            instanceUrl: server.instanceUrl,
            accessToken: admin.accessToken,
            version: org.apiVersion
        });
        await prepareDemo(conn, quiet, admin.id, DEMO_NOW);
    } finally {
        await server.close();
        await new Promise((resolve) => setTimeout(resolve, 50));
        org.close();
    }
    fs.renameSync(building, DEMO_ORG_TEMPLATE);
}

async function prepareFixtures(): Promise<void> {
    fs.mkdirSync(FIXTURE_DIR, { recursive: true });
    await Promise.all([bundlePreview(PROJECT_ROOT, PREVIEW_BUNDLE_DIR), seedDemoTemplate()]);
}

prepareFixtures().then(
    () => undefined,
    (error: Error) => {
        console.error(error.stack ?? error.message);
        process.exitCode = 1;
    }
);
