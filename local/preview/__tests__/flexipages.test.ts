import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OrgData } from '../../org/orgData';
import { layoutRelatedLists, readFlexipage, recordPageFor, tabPageFor } from '../flexipages';
import { startPreviewServer } from '../previewServer';

const PACKAGE = path.resolve(__dirname, '../../../force-app/main/default');

function write(dir: string, file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `<?xml version="1.0" encoding="UTF-8"?>\n${text}`);
}

/** A package with an object-level override, a Lightning page tab, a tabset and Dynamic Forms fields. */
function fixturePackage(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-flexipages-'));
    write(
        dir,
        'objects/Dispute__c/Dispute__c.object-meta.xml',
        `<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <actionOverrides><actionName>View</actionName><content>Dispute_Page</content><formFactor>Large</formFactor><type>Flexipage</type></actionOverrides>
    <label>Dispute</label>
</CustomObject>`
    );
    write(
        dir,
        'flexipages/Dispute_Page.flexipage-meta.xml',
        `<FlexiPage xmlns="http://soap.sforce.com/2006/04/metadata">
    <flexiPageRegions>
        <itemInstances><componentInstance>
            <componentInstanceProperties><name>body</name><value>detailFacet</value></componentInstanceProperties>
            <componentInstanceProperties><name>title</name><value>Standard.Tab.detail</value></componentInstanceProperties>
            <componentName>flexipage:tab</componentName><identifier>detailTab</identifier>
        </componentInstance></itemInstances>
        <name>tabsFacet</name><type>Facet</type>
    </flexiPageRegions>
    <flexiPageRegions>
        <itemInstances><fieldInstance>
            <fieldInstanceProperties><name>uiBehavior</name><value>readonly</value></fieldInstanceProperties>
            <fieldItem>Record.Status__c</fieldItem><identifier>statusField</identifier>
        </fieldInstance></itemInstances>
        <name>detailFacet</name><type>Facet</type>
    </flexiPageRegions>
    <flexiPageRegions>
        <itemInstances><componentInstance>
            <componentInstanceProperties><name>tabs</name><value>tabsFacet</value></componentInstanceProperties>
            <componentName>flexipage:tabset</componentName><identifier>tabset</identifier>
        </componentInstance></itemInstances>
        <itemInstances><componentInstance>
            <componentName>c:disputePanel</componentName><identifier>disputePanel</identifier>
            <visibilityRule>
                <booleanFilter>1 OR 2</booleanFilter>
                <criteria><leftValue>{!Record.Status__c}</leftValue><operator>EQUAL</operator><rightValue>Open</rightValue></criteria>
                <criteria><leftValue>{!$Permission.CustomPermission.Arbitrate_Disputes}</leftValue><operator>EQUAL</operator><rightValue>true</rightValue></criteria>
            </visibilityRule>
        </componentInstance></itemInstances>
        <name>main</name><type>Region</type>
    </flexiPageRegions>
    <masterLabel>Dispute Page</masterLabel>
    <sobjectType>Dispute__c</sobjectType>
    <template><name>flexipage:recordHomeSingleColNoHeaderTemplateDesktop</name></template>
    <type>RecordPage</type>
</FlexiPage>`
    );
    write(
        dir,
        'tabs/QA_Command_Center.tab-meta.xml',
        `<CustomTab xmlns="http://soap.sforce.com/2006/04/metadata"><flexiPage>Command_Center</flexiPage><label>QA Command Center</label><motif>Custom18: Form</motif></CustomTab>`
    );
    write(
        dir,
        'tabs/Orphan_Tab.tab-meta.xml',
        `<CustomTab xmlns="http://soap.sforce.com/2006/04/metadata"><flexiPage>Missing_Page</flexiPage><label>Orphan</label><motif>Custom18: Form</motif></CustomTab>`
    );
    write(
        dir,
        'flexipages/Command_Center.flexipage-meta.xml',
        `<FlexiPage xmlns="http://soap.sforce.com/2006/04/metadata">
    <flexiPageRegions><name>main</name><type>Region</type></flexiPageRegions>
    <masterLabel>QA Command Center</masterLabel>
    <template><name>flexipage:defaultAppHomeTemplate</name></template>
    <type>AppPage</type>
</FlexiPage>`
    );
    return dir;
}

describe('flexipages', () => {
    it('reads the Case record page the Verity QA app assigns: template, regions, placed components and their properties', () => {
        const page = recordPageFor(PACKAGE, 'Case');
        expect(page).toMatchObject({
            name: 'Verity_Case_Record_Page',
            label: 'Verity Case Record Page',
            type: 'RecordPage',
            objectApiName: 'Case',
            template: 'flexipage:recordHomeTemplateDesktop'
        });
        expect(page?.regions.map((region) => region.name)).toEqual(['header', 'main', 'sidebar']);
        const [header, main, sidebar] = page!.regions;
        expect(header.items).toEqual([
            {
                kind: 'component',
                name: 'force:highlightsPanel',
                identifier: 'caseHighlights',
                properties: { collapsed: 'false', numVisibleActions: '3' }
            }
        ]);
        expect(main.items.map((item) => item.kind === 'component' && item.name)).toEqual([
            'force:detailPanel',
            'force:relatedListContainer'
        ]);
        expect(sidebar.items).toHaveLength(4);
        expect(sidebar.items[0]).toMatchObject({ name: 'c:caseQualityPanel', properties: {} });
        expect(sidebar.items[1]).toMatchObject({
            name: 'force:relatedListSingleContainer',
            properties: { relatedListApiName: 'Assessments__r', rowsToDisplay: '10', parentFieldApiName: 'Case.Id' }
        });
    });

    it('gives null for an object without an assigned record page', () => {
        expect(recordPageFor(PACKAGE, 'Interaction__c')).toBeNull();
    });

    it("falls back to the object's own View override, and reads facets, Dynamic Forms fields and visibility rules", () => {
        const page = recordPageFor(fixturePackage(), 'Dispute__c');
        expect(page?.name).toBe('Dispute_Page');
        expect(page?.regions.find((region) => region.name === 'tabsFacet')).toEqual({
            name: 'tabsFacet',
            type: 'Facet',
            items: [
                {
                    kind: 'component',
                    name: 'flexipage:tab',
                    identifier: 'detailTab',
                    properties: { body: 'detailFacet', title: 'Standard.Tab.detail' }
                }
            ]
        });
        expect(page?.regions.find((region) => region.name === 'detailFacet')?.items).toEqual([
            { kind: 'field', fieldItem: 'Record.Status__c', identifier: 'statusField', uiBehavior: 'readonly' }
        ]);
        const panel = page?.regions.find((region) => region.name === 'main')?.items[1];
        expect(panel).toMatchObject({
            name: 'c:disputePanel',
            visibilityRule: {
                booleanFilter: '1 OR 2',
                criteria: [
                    { leftValue: '{!Record.Status__c}', operator: 'EQUAL', rightValue: 'Open' },
                    {
                        leftValue: '{!$Permission.CustomPermission.Arbitrate_Disputes}',
                        operator: 'EQUAL',
                        rightValue: 'true'
                    }
                ]
            }
        });
    });

    it('reads the Lightning page a tab shows, and names a page that is missing', () => {
        const dir = fixturePackage();
        expect(tabPageFor(dir, 'QA_Command_Center')).toMatchObject({
            name: 'Command_Center',
            type: 'AppPage',
            template: 'flexipage:defaultAppHomeTemplate',
            regions: [{ name: 'main', type: 'Region', items: [] }]
        });
        expect(tabPageFor(dir, 'Assessment__c')).toBeNull();
        expect(() => tabPageFor(dir, 'Orphan_Tab')).toThrow(
            'The tab Orphan_Tab shows the Lightning page Missing_Page, which the package does not have.'
        );
        expect(readFlexipage(dir, 'Nothing_Here')).toBeNull();
    });

    it("reads the related lists of the object's page layout, leaving out Salesforce's own lists", () => {
        const lists = layoutRelatedLists(PACKAGE, 'Assessment__c');
        expect(lists[0]).toEqual({
            childObjectApiName: 'Assessment_Response__c',
            fieldName: 'Assessment__c',
            columns: ['NAME', 'Scorecard_Item__c', 'Answer__c', 'Points_Earned__c', 'Points_Possible__c', 'Comment__c']
        });
        expect(lists.map((list) => list.childObjectApiName)).toEqual(
            expect.arrayContaining(['Dispute__c', 'Coaching_Task__c'])
        );
        expect(lists.every((list) => list.fieldName)).toBe(true);
        expect(layoutRelatedLists(PACKAGE, 'Case')).toEqual([]);
    });

    it('is served by the preview server, with null for an object that has no record page', async () => {
        const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-preview-bundle-'));
        // The flexipage route reads only metadata; no call reaches the org.
        const server = await startPreviewServer({
            org: {} as OrgData,
            orgUrl: 'http://127.0.0.1:1',
            root: path.resolve(__dirname, '../../..'),
            bundleDir,
            sourceDir: PACKAGE
        });
        try {
            const caseAnswer = await fetch(`${server.url}preview/flexipages/Case`);
            expect(caseAnswer.status).toBe(200);
            const casePage = (await caseAnswer.json()) as { objectApiName: string; flexipage: { name: string } };
            expect(casePage.objectApiName).toBe('Case');
            expect(casePage.flexipage.name).toBe('Verity_Case_Record_Page');
            const none = await fetch(`${server.url}preview/flexipages/Interaction__c`);
            const interaction = (await none.json()) as { flexipage: unknown; relatedLists: unknown[] };
            expect(interaction.flexipage).toBeNull();
            expect(interaction.relatedLists).toEqual(layoutRelatedLists(PACKAGE, 'Interaction__c'));
            const tab = await fetch(`${server.url}preview/flexipages/tab/Assessment__c`);
            expect(await tab.json()).toEqual({ tab: 'Assessment__c', flexipage: null });
            const myWork = (await (await fetch(`${server.url}preview/flexipages/tab/Verity_My_Work`)).json()) as {
                flexipage: { label: string; template: string; regions: { name: string; items: { name: string }[] }[] };
            };
            expect(myWork.flexipage).toMatchObject({
                label: 'My Work',
                template: 'flexipage:appHomeTemplateTwoColumns'
            });
            expect(
                myWork.flexipage.regions.map((region) => [region.name, region.items.map((item) => item.name)])
            ).toEqual([
                ['column1', ['c:assessmentQueue']],
                ['column2', ['c:myCoachingTasks']]
            ]);
            expect((await fetch(`${server.url}preview/flexipages/Case/extra/parts`)).status).toBe(404);
        } finally {
            await server.close();
        }
    });
});
