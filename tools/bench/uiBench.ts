/**
 * Benchmark of the assessment form (issue 9): with a 60-item scorecard, the time from the form's
 * data arriving (the response of its GraphQL query, the last of its data) to the form being
 * interactive (every item rendered and a click on an answer showing in the live score), measured
 * in Chromium through the preview, median of several page loads (target ≤ 300 ms).
 *
 * The page is the preview's Assessment record page with the workspace (form and transcript) on it,
 * laid out from a bench page written into a copy of the package source, so the measure does not
 * depend on what else the package's own page places. The org is a fresh local org in a temporary
 * folder, with the data written through jsforce (./uiBenchData). Run with `npm run bench:ui`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsforce from 'jsforce';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, assertChromiumInstalled } from '../../browser-tests/harness/chromiumPath';
import { openLocalOrg } from '../../local/org/openLocalOrg';
import { bundlePreview } from '../../local/preview/previewBundle';
import { startPreviewServer } from '../../local/preview/previewServer';
import { startLocalOrgServer } from '../../local/server';
import { packageBin, runCommand } from '../shared/runCommand';
import type { BenchLine } from './benchLine';
import { BENCH_ITEM_COUNT, createBenchAssessment } from './uiBenchData';
import { formProbeScript, type FormProbe } from './uiProbe';

const ROOT = path.join(__dirname, '..', '..');
const SOURCE = path.join(ROOT, 'force-app', 'main', 'default');
const BUNDLE_DIR = path.join(ROOT, '.cache', 'bench-ui', 'preview');
const TARGET_MS = 300;
const WARM_UP_LOADS = 1;
const MEASURED_LOADS = 7;
const PAGE_NAME = 'Verity_Bench_Assessment_Page';

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const BENCH_PAGE = `<?xml version="1.0" encoding="UTF-8" ?>
<FlexiPage xmlns="http://soap.sforce.com/2006/04/metadata">
    <flexiPageRegions>
        <itemInstances>
            <componentInstance>
                <componentName>c:assessmentWorkspace</componentName>
                <identifier>assessmentWorkspace</identifier>
            </componentInstance>
        </itemInstances>
        <mode>Replace</mode>
        <name>main</name>
        <type>Region</type>
    </flexiPageRegions>
    <masterLabel>Bench Assessment Record Page</masterLabel>
    <sobjectType>Assessment__c</sobjectType>
    <template>
        <name>flexipage:recordHomeSingleColTemplateDesktop</name>
    </template>
    <type>RecordPage</type>
</FlexiPage>
`;

const BENCH_OVERRIDE = `
    <actionOverrides>
        <actionName>View</actionName>
        <content>${PAGE_NAME}</content>
        <formFactor>Large</formFactor>
        <skipRecordTypeSelect>false</skipRecordTypeSelect>
        <type>Flexipage</type>
        <pageOrSobjectType>Assessment__c</pageOrSobjectType>
    </actionOverrides>`;

/** A copy of the package source whose Verity QA app opens assessments in the bench page. */
function benchSource(folder: string): string {
    const source = path.join(folder, 'source');
    fs.cpSync(SOURCE, source, { recursive: true, filter: (file) => !file.includes(`${path.sep}lwc${path.sep}`) });
    fs.writeFileSync(path.join(source, 'flexipages', `${PAGE_NAME}.flexipage-meta.xml`), BENCH_PAGE);
    const appFile = path.join(source, 'applications', 'Verity_QA.app-meta.xml');
    const app = fs
        .readFileSync(appFile, 'utf8')
        .replace(
            /\s*<actionOverrides>(?:(?!<\/actionOverrides>)[\s\S])*?Assessment__c<\/pageOrSobjectType>\s*<\/actionOverrides>/g,
            ''
        );
    fs.writeFileSync(appFile, app.replace(/(<CustomApplication[^>]*>)/, `$1${BENCH_OVERRIDE}`));
    return source;
}

export async function runUiBench(): Promise<BenchLine[]> {
    assertChromiumInstalled();
    // The preview serves the components as built: build them from the sources being measured.
    const build = await runCommand(process.execPath, [packageBin('tsx', 'dist/cli.mjs'), 'tools/build.ts'], {
        cwd: ROOT
    });
    if (build.exitCode !== 0) {
        throw new Error(`bench:ui could not build the components:\n${build.output}`);
    }
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-ui-bench-'));
    const org = openLocalOrg({ dbPath: path.join(folder, 'org.sqlite'), sourceDir: SOURCE });
    const orgServer = await startLocalOrgServer({ org, port: 0 });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
        const users = org.users();
        const persona = (name: string) => {
            const user = users.find((candidate) => candidate.persona === name);
            if (!user) {
                throw new Error(`The local org has no ${name} persona.`);
            }
            return user;
        };
        const connectAs = (accessToken: string) =>
            new jsforce.Connection({ instanceUrl: orgServer.instanceUrl, accessToken, version: org.apiVersion });
        const evaluator = persona('evaluator');
        const { assessmentId } = await createBenchAssessment(
            connectAs(persona('admin').accessToken),
            connectAs(persona('qaAdmin').accessToken),
            evaluator.id,
            persona('agent').id,
            new Date()
        );
        await bundlePreview(ROOT, BUNDLE_DIR);
        const preview = await startPreviewServer({
            org,
            orgUrl: orgServer.instanceUrl,
            root: ROOT,
            bundleDir: BUNDLE_DIR,
            sourceDir: benchSource(folder),
            port: 0
        });
        try {
            const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
            await context.addInitScript({ content: formProbeScript(BENCH_ITEM_COUNT) });
            const page = await context.newPage();
            const signIn = await page.request.post(new URL('/preview/persona', preview.url).toString(), {
                data: { username: evaluator.username }
            });
            if (signIn.status() !== 204) {
                throw new Error(`The preview refused to sign in the evaluator: ${await signIn.text()}`);
            }
            const toInteractive: number[] = [];
            const rendering: number[] = [];
            for (let load = 0; load < WARM_UP_LOADS + MEASURED_LOADS; load += 1) {
                await page.goto(new URL(`/lightning/r/Assessment__c/${assessmentId}/view`, preview.url).toString());
                await page.waitForFunction(
                    () => (globalThis as unknown as { __verityFormProbe?: FormProbe }).__verityFormProbe?.scoreAt,
                    undefined,
                    { timeout: 30_000 }
                );
                const probe = await page.evaluate(
                    () => (globalThis as unknown as { __verityFormProbe: FormProbe }).__verityFormProbe
                );
                if (probe.dataAt === null || probe.itemsAt === null || probe.scoreAt === null) {
                    throw new Error(`The form's GraphQL request was not seen: ${JSON.stringify(probe)}`);
                }
                if (!probe.scoreAfter?.includes('100%')) {
                    // The first item answered Yes, nothing else answered: the live score is 100 %.
                    throw new Error(`The live score did not follow the answer: ${JSON.stringify(probe)}`);
                }
                if (load >= WARM_UP_LOADS) {
                    toInteractive.push(probe.scoreAt - probe.dataAt);
                    rendering.push(probe.itemsAt - probe.dataAt);
                }
            }
            const result = median(toInteractive);
            return [
                {
                    name: `assessment form, ${BENCH_ITEM_COUNT} items: data arrived → interactive (median of ${MEASURED_LOADS})`,
                    value: `${result.toFixed(0)} ms`,
                    target: `≤ ${TARGET_MS} ms`,
                    ok: result <= TARGET_MS
                },
                {
                    name: '  of which every item rendered (median)',
                    value: `${median(rendering).toFixed(0)} ms`
                },
                {
                    name: '  slowest load',
                    value: `${Math.max(...toInteractive).toFixed(0)} ms`
                }
            ];
        } finally {
            await preview.close();
        }
    } finally {
        await browser.close();
        await orgServer.close();
        org.close();
        fs.rmSync(folder, { recursive: true, force: true });
    }
}
