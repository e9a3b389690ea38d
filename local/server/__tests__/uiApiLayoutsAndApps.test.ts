/**
 * UI API layouts (from the package's page layouts) and apps (from its CustomApplication and tabs),
 * per caller, on the real package.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readApplications } from '../../metadata/customApplications';
import { readPageLayouts } from '../../metadata/pageLayouts';
import { newUser, openUiApiOrg, PACKAGE_SOURCE, type UiApiOrg } from './uiApiOrg';

jest.setTimeout(30_000);

let ui: UiApiOrg;

beforeAll(async () => {
    ui = await openUiApiOrg();
});

afterAll(async () => {
    await ui?.close();
});

interface Item {
    editableForNew: boolean;
    editableForUpdate: boolean;
    label: string;
    layoutComponents: { apiName: string | null; componentType: string }[];
    lookupIdApiName: string | null;
    required: boolean;
    uiBehavior: string | null;
}
interface Section {
    heading: string;
    columns: number;
    rows: number;
    useHeading: boolean;
    layoutRows: { layoutItems: Item[] }[];
}

/** The field items of each column of a section, top to bottom (rows hold one item per column). */
function columnsOf(section: Section): Item[][] {
    return Array.from({ length: section.columns }, (_, column) =>
        section.layoutRows
            .map((row) => row.layoutItems[column])
            .filter((item) => item.layoutComponents[0].componentType === 'Field')
    );
}

describe('GET ui-api/layout/{objectApiName}', () => {
    it('answers every layout of the package as its XML lays it out', async () => {
        const layouts = readPageLayouts(PACKAGE_SOURCE);
        expect(layouts.length).toBeGreaterThanOrEqual(14);
        for (const layout of layouts) {
            const answer = await ui.call('qaAdmin', 'GET', `layout/${layout.objectName}?layoutType=Full&mode=View`);
            expect(answer.status).toBe(200);
            expect(answer.body).toMatchObject({
                id: expect.stringMatching(/^00h\w{15}$/),
                layoutType: 'Full',
                mode: 'View',
                objectApiName: layout.objectName,
                recordTypeId: '012000000000000AAA',
                saveOptions: []
            });
            const sections: Section[] = answer.body.sections;
            expect(sections.map((section) => section.heading)).toEqual(layout.sections.map((section) => section.label));
            sections.forEach((section, index) => {
                const declared = layout.sections[index].columns.map((column) => column.filter((slot) => slot.field));
                const served = columnsOf(section);
                expect(served.map((column) => column.map((item) => item.layoutComponents[0].apiName))).toEqual(
                    declared.map((column) => column.map((slot) => slot.field))
                );
                expect(served.map((column) => column.map((item) => item.uiBehavior))).toEqual(
                    declared.map((column) => column.map((slot) => slot.behavior))
                );
                expect(section.rows).toBe(Math.max(...declared.map((column) => column.length)));
            });
        }
    });

    it('marks required, read-only and lookup items, and what the caller may edit', async () => {
        const evaluator = (await ui.call('evaluator', 'GET', 'layout/Assessment__c')).body;
        const items: Item[] = evaluator.sections.flatMap((section: Section) =>
            section.layoutRows.flatMap((row) => row.layoutItems)
        );
        const item = (apiName: string): Item =>
            items.find((candidate) => candidate.layoutComponents[0].apiName === apiName) as Item;
        expect(item('Case__c')).toMatchObject({
            label: 'Case',
            lookupIdApiName: 'Case__c',
            required: true,
            editableForNew: true,
            editableForUpdate: true,
            uiBehavior: 'Required'
        });
        expect(item('Score__c')).toMatchObject({
            editableForNew: false,
            editableForUpdate: false,
            uiBehavior: 'Readonly'
        });
        expect(item('Name')).toMatchObject({ label: 'Assessment Number', lookupIdApiName: 'Id' });
        expect(item('CreatedById')).toMatchObject({ label: 'Created By', lookupIdApiName: 'CreatedById' });
        // An evaluator cannot write the reassignment reason; the agent edits nothing on an assessment.
        expect(item('Reassignment_Reason__c')).toMatchObject({ editableForUpdate: false, uiBehavior: 'Edit' });
        const agent = (await ui.call('agent', 'GET', 'layout/Assessment__c')).body;
        const agentItems: Item[] = agent.sections.flatMap((section: Section) =>
            section.layoutRows.flatMap((row) => row.layoutItems)
        );
        expect(agentItems.some((candidate) => candidate.editableForUpdate || candidate.editableForNew)).toBe(false);
    });

    it('leaves calculated and platform-set fields off the Create mode layout', async () => {
        const create = (await ui.call('evaluator', 'GET', 'layout/Assessment__c?mode=Create')).body;
        expect(create.mode).toBe('Create');
        const names = create.sections.flatMap((section: Section) =>
            section.layoutRows.flatMap((row) => row.layoutItems.map((item) => item.layoutComponents[0].apiName))
        );
        expect(names).toEqual(expect.arrayContaining(['Case__c', 'Scorecard__c', 'Due_Date__c']));
        for (const computed of ['Name', 'Score__c', 'Band__c', 'Points_Earned__c', 'CreatedById']) {
            expect(names).not.toContain(computed);
        }
        expect(create.sections.map((section: Section) => section.heading)).toEqual(['Information', 'Notes']);
    });

    it('gives an object without layout metadata the plain layout, and refuses what it does not serve', async () => {
        const plain = (await ui.call('evaluator', 'GET', 'layout/Case')).body;
        expect(plain.id).toBeNull();
        expect(plain.sections.map((section: Section) => section.heading)).toEqual([
            'Information',
            'System Information'
        ]);
        expect(plain.sections[0].layoutRows[0].layoutItems[0].layoutComponents[0].apiName).toBe('CaseNumber');
        expect((await ui.call('evaluator', 'GET', 'layout/Assessment__c?layoutType=Compact')).status).toBe(400);
        expect((await ui.call('evaluator', 'GET', 'layout/Assessment__c?mode=Clone')).status).toBe(400);
        expect((await ui.call('agent', 'GET', 'layout/Sampling_Plan__c')).status).toBe(404);
    });
});

describe('GET ui-api/apps', () => {
    const verity = readApplications(PACKAGE_SOURCE).find((application) => application.name === 'Verity_QA');

    it('answers the Verity QA app from its metadata, with the navigation the agent may use', async () => {
        const answer = await ui.call('agent', 'GET', 'apps');
        expect(answer.status).toBe(200);
        expect(answer.body.apps).toHaveLength(1);
        const app = answer.body.apps[0];
        expect(app).toMatchObject({
            appId: expect.stringMatching(/^02u\w{15}$/),
            description: verity?.description,
            developerName: 'Verity_QA',
            formFactors: ['Large'],
            headerColor: '#0B5CAB',
            label: 'Verity QA',
            selected: true,
            type: 'Lightning',
            userNavItems: []
        });
        expect(app.startUrl).toBe(`/lightning/app/${app.appId}`);
        // Sampling and calibration are for QA managers: the agent reads neither, so their tabs are not shown.
        expect(app.navItems.map((item: { developerName: string }) => item.developerName)).toEqual([
            'standard-home',
            'Verity_My_Work',
            'Assessment__c',
            'Dispute__c',
            'Coaching_Task__c',
            'Scorecard__c',
            'Interaction__c',
            'Score_Snapshot__c',
            'Award__c',
            'standard-Case',
            'standard-report',
            'standard-Dashboard'
        ]);
        const [home, myWork, assessments] = app.navItems;
        expect(home).toMatchObject({
            itemType: 'Standard',
            standardType: 'Home',
            label: 'Home',
            pageReference: { type: 'standard__namedPage', attributes: { pageName: 'home' }, state: {} }
        });
        // A Lightning page tab (Navigation Item: TabFlexiPage) opens its page by the tab's name.
        expect(myWork).toEqual({
            availableInClassic: false,
            availableInLightning: true,
            color: null,
            content: '/lightning/n/Verity_My_Work',
            custom: true,
            developerName: 'Verity_My_Work',
            iconUrl: '/img/icon/t4v35/custom/custom19_120.png',
            id: null,
            itemType: 'TabFlexiPage',
            label: 'My Work',
            objectApiName: null,
            objectLabel: null,
            objectLabelPlural: null,
            pageReference: { type: 'standard__navItemPage', attributes: { apiName: 'Verity_My_Work' }, state: {} },
            standardType: null
        });
        expect(assessments).toMatchObject({
            itemType: 'Entity',
            label: 'Assessments',
            objectApiName: 'Assessment__c',
            objectLabel: 'Assessment',
            custom: true,
            iconUrl: '/img/icon/t4v35/custom/custom18_120.png',
            content: '/lightning/o/Assessment__c/home',
            pageReference: {
                type: 'standard__objectPage',
                attributes: { objectApiName: 'Assessment__c', actionName: 'home' },
                state: {}
            }
        });
        expect(
            app.navItems.find((item: { developerName: string }) => item.developerName === 'standard-report')
        ).toMatchObject({
            label: 'Reports',
            objectApiName: 'Report'
        });
    });

    it("shows the administrator every tab of the app in the metadata's order", async () => {
        const app = (await ui.call('admin', 'GET', 'apps')).body.apps[0];
        expect(app.navItems.map((item: { developerName: string }) => item.developerName)).toEqual(verity?.tabs);
    });

    it('shows the My Work tab to each persona whose permission set shows it, and not on a None setting', async () => {
        const tabsOf = async (persona: string, org = ui): Promise<string[]> =>
            (await org.call(persona, 'GET', 'apps')).body.apps[0].navItems.map(
                (item: { developerName: string }) => item.developerName
            );
        for (const persona of ['evaluator', 'qaManager', 'qaAdmin', 'admin']) {
            expect((await tabsOf(persona)).slice(0, 2)).toEqual(['standard-home', 'Verity_My_Work']);
        }
        // The same package with the agent's setting for the tab turned to None.
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-apps-'));
        fs.cpSync(PACKAGE_SOURCE, copy, { recursive: true, filter: (source) => path.basename(source) !== 'lwc' });
        const agentSet = path.join(copy, 'permissionsets', 'Verity_Agent.permissionset-meta.xml');
        const granted = '<tab>Verity_My_Work</tab>\n        <visibility>Visible</visibility>';
        const text = fs.readFileSync(agentSet, 'utf8');
        expect(text).toContain(granted);
        fs.writeFileSync(agentSet, text.replace(granted, granted.replace('Visible', 'None')));
        const withoutGrant = await openUiApiOrg(copy);
        try {
            expect(await tabsOf('agent', withoutGrant)).not.toContain('Verity_My_Work');
            expect(await tabsOf('evaluator', withoutGrant)).toContain('Verity_My_Work');
        } finally {
            await withoutGrant.close();
            fs.rmSync(copy, { recursive: true, force: true });
        }
    });

    it('answers one app by its ID and the selected app, and no app to a user without it', async () => {
        const listed = (await ui.call('evaluator', 'GET', 'apps')).body.apps[0];
        const byId = await ui.call('evaluator', 'GET', `apps/${listed.appId}`);
        expect(byId.body).toEqual(listed);
        expect((await ui.call('evaluator', 'GET', `apps/${listed.appId.slice(0, 15)}`)).body).toEqual(listed);
        expect((await ui.call('evaluator', 'GET', 'apps/selected')).body).toEqual(listed);
        expect((await ui.call('evaluator', 'GET', 'apps/02u000000000000AAA')).status).toBe(404);
        const outsider = newUser(ui.org, ui.as.admin, 'outsider', []);
        expect((await ui.call(outsider.token, 'GET', 'apps')).body.apps).toEqual([]);
        expect((await ui.call(outsider.token, 'GET', 'apps/selected')).status).toBe(404);
    });
});
