import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkPackage } from '../checkPackage';
import { checkConvertSource } from '../convertSource';
import { formatProblem } from '../metadataProblem';

const FIXTURE = path.join(__dirname, 'fixtures', 'valid-package');
const DEFAULT = 'force-app/main/default';

/** A copy of the valid package in a temporary folder, to break one thing at a time. */
function copyOfValidPackage(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-check-'));
    fs.cpSync(FIXTURE, dir, { recursive: true });
    return dir;
}

function edit(root: string, file: string, from: string | RegExp, to: string): void {
    const full = path.join(root, DEFAULT, file);
    const before = fs.readFileSync(full, 'utf8');
    const after = before.replace(from, to);
    if (after === before) {
        throw new Error(`test setup: ${String(from)} not found in ${file}`);
    }
    fs.writeFileSync(full, after);
}

async function problemsAfter(change: (root: string) => void): Promise<string[]> {
    const root = copyOfValidPackage();
    try {
        change(root);
        const { problems } = await checkPackage(root, { convert: false });
        return problems.map(formatProblem);
    } finally {
        fs.rmSync(root, { recursive: true, force: true });
    }
}

describe('check:metadata', () => {
    it('passes a valid package, the Salesforce CLI conversion included', async () => {
        const root = copyOfValidPackage();
        try {
            const { files, problems } = await checkPackage(root);
            expect(problems.map(formatProblem)).toEqual([]);
            expect(files).toBe(23);
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });

    it('catches a file that is not well-formed XML, naming the file and line', async () => {
        const problems = await problemsAfter((root) =>
            edit(root, 'objects/Ticket__c/fields/Status__c.field-meta.xml', '</label>', '</labl>')
        );
        expect(problems).toEqual([
            expect.stringMatching(
                /^force-app\/main\/default\/objects\/Ticket__c\/fields\/Status__c\.field-meta\.xml: <\?xml> is not well-formed XML \(line 4, column \d+\)/
            )
        ]);
    });

    it('catches an element its metadata type does not have', async () => {
        const problems = await problemsAfter((root) =>
            edit(
                root,
                'objects/Ticket__c/fields/Points_Possible__c.field-meta.xml',
                '<scale>',
                '<colour>red</colour>\n    <scale>'
            )
        );
        expect(problems).toEqual([
            'force-app/main/default/objects/Ticket__c/fields/Points_Possible__c.field-meta.xml: <CustomField > colour> is not an element of CustomField in the Metadata API.'
        ]);
    });

    it('catches an unknown nested element and a value outside its enumeration', async () => {
        const problems = await problemsAfter((root) => {
            edit(
                root,
                'layouts/Ticket__c-Ticket Layout.layout-meta.xml',
                '<behavior>Readonly</behavior>',
                '<behavior>Sometimes</behavior>'
            );
            edit(
                root,
                'objects/Ticket__c/fields/Status__c.field-meta.xml',
                '<sorted>false</sorted>',
                '<sorted>false</sorted><order>1</order>'
            );
        });
        expect(problems).toEqual([
            expect.stringContaining(
                'Ticket__c-Ticket Layout.layout-meta.xml: <Layout > layoutSections > layoutColumns > layoutItems[1] > behavior> has "Sometimes", which is not a UiBehavior'
            ),
            expect.stringContaining(
                'Ticket__c/fields/Status__c.field-meta.xml: <CustomField > valueSet > valueSetDefinition > order> is not an element of ValueSetValuesDefinition'
            )
        ]);
    });

    it('catches a boolean that is not true or false, and an element repeated where only one is allowed', async () => {
        const problems = await problemsAfter((root) =>
            edit(
                root,
                'objects/Ticket__c/Ticket__c.object-meta.xml',
                '<enableHistory>true</enableHistory>',
                '<enableHistory>yes</enableHistory><label>Again</label>'
            )
        );
        expect(problems).toEqual([
            expect.stringContaining('<CustomObject > label> appears 2 times, but a CustomObject has at most one.'),
            expect.stringContaining('<CustomObject > enableHistory> must be true or false, not "yes".')
        ]);
    });

    it('catches a formula that names a field that does not exist', async () => {
        const problems = await problemsAfter((root) =>
            edit(
                root,
                'objects/Ticket__c/fields/Score__c.field-meta.xml',
                '100 * Points_Earned__c',
                '100 * Points_Scored__c'
            )
        );
        expect(problems).toEqual([
            'force-app/main/default/objects/Ticket__c/fields/Score__c.field-meta.xml: <CustomField > formula> names Points_Scored__c, but Points_Scored__c is not a field of Ticket__c.'
        ]);
    });

    it('catches a relationship path that breaks, and a formula that does not parse', async () => {
        const problems = await problemsAfter((root) => {
            edit(
                root,
                'objects/Ticket__c/fields/Case_Subject__c.field-meta.xml',
                'Case__r.Owner.Name',
                'Case__r.Agent.Name'
            );
            edit(root, 'objects/Ticket__c/fields/Score__c.field-meta.xml', 'Points_Possible__c)', 'Points_Possible__c');
        });
        expect(problems).toEqual([
            expect.stringContaining(
                'Case_Subject__c.field-meta.xml: <CustomField > formula> names Case__r.Agent.Name, but Agent is not a relationship of Case.'
            ),
            expect.stringContaining('Score__c.field-meta.xml: <CustomField > formula> does not parse as a formula')
        ]);
    });

    it('catches a validation rule that names a missing custom permission or display field', async () => {
        const problems = await problemsAfter((root) => {
            edit(
                root,
                'objects/Ticket__c/validationRules/Closed_Is_Final.validationRule-meta.xml',
                '$Permission.Reopen_Tickets',
                '$Permission.Reopen_All'
            );
            edit(
                root,
                'objects/Ticket__c/validationRules/Closed_Is_Final.validationRule-meta.xml',
                '<errorDisplayField>Status__c',
                '<errorDisplayField>State__c'
            );
        });
        expect(problems).toEqual([
            expect.stringContaining(
                '<ValidationRule > errorConditionFormula> names $Permission.Reopen_All, but the package has no custom permission Reopen_All.'
            ),
            expect.stringContaining(
                '<ValidationRule > errorDisplayField> names State__c, but State__c is not a field of Ticket__c.'
            )
        ]);
    });

    it('catches a roll-up summary over a missing field or through a key that is not master-detail', async () => {
        const problems = await problemsAfter((root) => {
            edit(
                root,
                'objects/Ticket__c/fields/Points_Earned__c.field-meta.xml',
                'Ticket_Line__c.Earned__c',
                'Ticket_Line__c.Points__c'
            );
            edit(
                root,
                'objects/Ticket__c/fields/Points_Earned__c.field-meta.xml',
                'Ticket_Line__c.Ticket__c',
                'Ticket_Line__c.Earned__c'
            );
        });
        expect(problems).toEqual([
            expect.stringContaining(
                '<CustomField > summaryForeignKey> names Ticket_Line__c.Earned__c, which is not a master-detail to Ticket__c.'
            ),
            expect.stringContaining(
                '<CustomField > summarizedField> names Points__c, but Points__c is not a field of Ticket_Line__c.'
            )
        ]);
    });

    it('catches list views and layouts that name missing fields or relationships', async () => {
        const problems = await problemsAfter((root) => {
            edit(
                root,
                'objects/Ticket__c/listViews/Open_Tickets.listView-meta.xml',
                '<columns>Score__c',
                '<columns>Grade__c'
            );
            edit(root, 'layouts/Ticket__c-Ticket Layout.layout-meta.xml', '<field>Status__c', '<field>Stage__c');
            edit(
                root,
                'layouts/Ticket__c-Ticket Layout.layout-meta.xml',
                'Ticket_Line__c.Ticket__c',
                'Ticket_Line__c.Earned__c'
            );
        });
        expect(problems).toEqual([
            expect.stringContaining(
                'Ticket Layout.layout-meta.xml: <Layout > layoutSections > layoutColumns > layoutItems > field> names Stage__c'
            ),
            expect.stringContaining(
                '<Layout > relatedLists > relatedList> names Ticket_Line__c.Earned__c, which is not a lookup or master-detail from Ticket_Line__c to Ticket__c.'
            ),
            expect.stringContaining(
                'Open_Tickets.listView-meta.xml: <ListView > columns[3]> names Grade__c, but Grade__c is not a field of Ticket__c.'
            )
        ]);
    });

    it('catches a Lightning page that places a missing component or one without the page target', async () => {
        const missing = await problemsAfter((root) =>
            edit(root, 'flexipages/Ticket_Record_Page.flexipage-meta.xml', 'c:ticketBadge', 'c:ticketStamp')
        );
        expect(missing).toEqual([
            expect.stringContaining(
                'Ticket_Record_Page.flexipage-meta.xml: <FlexiPage > flexiPageRegions > itemInstances > componentInstance > componentName> names c:ticketStamp, but the package has no component ticketStamp'
            )
        ]);
        const untargeted = await problemsAfter((root) => {
            const file = 'lwc/ticketBadge/ticketBadge.js-meta.xml';
            edit(root, file, '<target>lightning__RecordPage</target>', '<target>lightning__HomePage</target>');
            edit(root, file, 'targets="lightning__RecordPage"', 'targets="lightning__HomePage"');
        });
        expect(untargeted).toEqual([
            expect.stringContaining(
                'places c:ticketBadge on a RecordPage, but the component has no lightning__RecordPage target.'
            )
        ]);
        const wrongObject = await problemsAfter((root) =>
            edit(root, 'lwc/ticketBadge/ticketBadge.js-meta.xml', '<object>Ticket__c</object>', '<object>Case</object>')
        );
        expect(wrongObject).toEqual([
            expect.stringContaining('places c:ticketBadge on a Ticket__c page, but the component is limited to Case.')
        ]);
    });

    it('catches a component target that does not exist and a configuration for an undeclared target', async () => {
        const problems = await problemsAfter((root) =>
            edit(
                root,
                'lwc/ticketBadge/ticketBadge.js-meta.xml',
                '<target>lightning__AppPage</target>',
                '<target>lightning__Nowhere</target>'
            )
        );
        // The app page that places the badge loses its target with it.
        expect(problems).toEqual([
            'force-app/main/default/flexipages/Ticket_Desk.flexipage-meta.xml: <FlexiPage > flexiPageRegions > itemInstances > componentInstance > componentName> places c:ticketBadge on a AppPage, but the component has no lightning__AppPage target.',
            'force-app/main/default/lwc/ticketBadge/ticketBadge.js-meta.xml: <LightningComponentBundle > targets > target> has lightning__Nowhere, which is not a component target.'
        ]);
    });

    it('catches a Lightning page region its template does not have, and a template for another page type', async () => {
        const region = await problemsAfter((root) =>
            edit(root, 'flexipages/Ticket_Desk.flexipage-meta.xml', '<name>column2</name>', '<name>right</name>')
        );
        expect(region).toEqual([
            'force-app/main/default/flexipages/Ticket_Desk.flexipage-meta.xml: <FlexiPage > flexiPageRegions > name> is right, a region flexipage:appHomeTemplateTwoColumns does not have (its regions: column1, column2).'
        ]);
        const template = await problemsAfter((root) =>
            edit(
                root,
                'flexipages/Ticket_Record_Page.flexipage-meta.xml',
                'flexipage:recordHomeTemplateDesktop',
                'flexipage:appHomeTemplateTwoColumns'
            )
        );
        expect(template).toEqual([
            'force-app/main/default/flexipages/Ticket_Record_Page.flexipage-meta.xml: <FlexiPage > template > name> is flexipage:appHomeTemplateTwoColumns, a template for AppPage pages, but the page is a RecordPage.'
        ]);
    });

    it('catches a Lightning page tab that shows no app page, and a tab that shows no one thing', async () => {
        const recordPageTab = await problemsAfter((root) =>
            edit(root, 'tabs/Ticket_Desk.tab-meta.xml', '>Ticket_Desk</flexiPage>', '>Ticket_Record_Page</flexiPage>')
        );
        expect(recordPageTab).toEqual([
            'force-app/main/default/tabs/Ticket_Desk.tab-meta.xml: <CustomTab > flexiPage> names Ticket_Record_Page, a RecordPage; a Lightning page tab shows an AppPage.'
        ]);
        const twoKinds = await problemsAfter((root) => {
            edit(
                root,
                'tabs/Ticket_Desk.tab-meta.xml',
                '<flexiPage>',
                '<customObject>true</customObject>\n    <flexiPage>'
            );
            edit(root, 'tabs/Ticket__c.tab-meta.xml', '<customObject>true', '<customObject>false');
        });
        expect(twoKinds).toEqual([
            'force-app/main/default/tabs/Ticket__c.tab-meta.xml: <CustomTab> sets none of auraComponent, customObject, flexiPage, lwcComponent, page, scontrol, url; a tab shows exactly one.',
            'force-app/main/default/tabs/Ticket_Desk.tab-meta.xml: <CustomTab > customObject> is true, but the package has no object Ticket_Desk.',
            'force-app/main/default/tabs/Ticket_Desk.tab-meta.xml: <CustomTab> sets customObject and flexiPage of auraComponent, customObject, flexiPage, lwcComponent, page, scontrol, url; a tab shows exactly one.'
        ]);
    });

    it('catches permission set entries that name missing objects, fields, tabs and permissions', async () => {
        const problems = await problemsAfter((root) => {
            const file = 'permissionsets/Verity_QA_Admin.permissionset-meta.xml';
            edit(root, file, '<object>Ticket__c</object>', '<object>Tickets__c</object>');
            edit(root, file, '<field>Case.Ticket_Count__c</field>', '<field>Case.Ticket_Total__c</field>');
            edit(root, file, '<tab>Ticket__c</tab>', '<tab>Ticket_Line__c</tab>');
            edit(root, file, '<name>Reopen_Tickets</name>', '<name>Reopen_Everything</name>');
        });
        expect(problems).toEqual(
            expect.arrayContaining([
                expect.stringContaining(
                    '<PermissionSet > objectPermissions > object> names Tickets__c, which is not an object the package knows.'
                ),
                expect.stringContaining(
                    '<PermissionSet > fieldPermissions > field> names Case.Ticket_Total__c, which is not a field the package knows.'
                ),
                expect.stringContaining(
                    '<PermissionSet > tabSettings > tab> names Ticket_Line__c, which is not a tab of the package.'
                ),
                expect.stringContaining(
                    '<PermissionSet > customPermissions > name> names Reopen_Everything, which is not a custom permission of the package.'
                )
            ])
        );
    });

    it('catches field permissions on a required field, which Salesforce refuses', async () => {
        const problems = await problemsAfter((root) =>
            edit(
                root,
                'permissionsets/Verity_QA_Admin.permissionset-meta.xml',
                '<fieldPermissions>',
                '<fieldPermissions>\n        <editable>true</editable>\n        <field>Ticket__c.Case__c</field>\n        <readable>true</readable>\n    </fieldPermissions>\n    <fieldPermissions>'
            )
        );
        expect(problems).toEqual([
            expect.stringContaining('names Ticket__c.Case__c, a required or master-detail field')
        ]);
    });

    it('catches a custom field the admin permission set cannot read', async () => {
        const problems = await problemsAfter((root) =>
            edit(
                root,
                'permissionsets/Verity_QA_Admin.permissionset-meta.xml',
                /<fieldPermissions>\s*<editable>true<\/editable>\s*<field>Ticket__c\.Status__c<\/field>\s*<readable>true<\/readable>\s*<\/fieldPermissions>/,
                ''
            )
        );
        expect(problems).toEqual([
            'force-app/main/default/objects/Ticket__c/fields/Status__c.field-meta.xml: <CustomField> Ticket__c.Status__c is not readable in the Verity_QA_Admin permission set (force-app/main/default/permissionsets/Verity_QA_Admin.permissionset-meta.xml).'
        ]);
    });

    it('catches a root element that does not match the file type', async () => {
        const problems = await problemsAfter((root) =>
            edit(
                root,
                'customPermissions/Reopen_Tickets.customPermission-meta.xml',
                /CustomPermission/g,
                'PermissionSet'
            )
        );
        expect(problems[0]).toContain(
            'Reopen_Tickets.customPermission-meta.xml: <PermissionSet> is the root element, but this file is a CustomPermission'
        );
    });

    it('reports the Salesforce CLI conversion failing, with what the CLI said', async () => {
        const problems = await checkConvertSource(FIXTURE, 'force-app/main/nowhere');
        expect(problems.map(formatProblem)).toEqual([
            expect.stringMatching(/^force-app\/main\/nowhere: <sf project convert source> fails: .*No directory found/s)
        ]);
    });
});
