/**
 * The shape of the model and the app around it: sharing, relationships, keys, history tracking,
 * shared picklists, list views, layouts, the app, the Case page and the sharing flow.
 */
import {
    evaluateFormulaText,
    type FieldDefinition,
    type ObjectDefinition,
    type SObjectRecord
} from '../../local/formulas';
import { childNodes, childText, filesIn, flag, metadataFile, type XmlNode } from './support/packageFiles';
import { USERS, assessment, defaultVeritySetting, schema, submittedAssessment } from './support/verityRecords';

/** The object by API name; a name the package does not have is a broken test, not a finding. */
function object(name: string): ObjectDefinition {
    const found = schema.objects.get(name.toLowerCase());
    if (!found) {
        throw new Error(`The package has no object ${name}.`);
    }
    return found;
}
/** The field, or undefined when the object has no such field. */
const fieldIfAny = (objectName: string, fieldName: string): FieldDefinition | undefined =>
    object(objectName).fields.get(fieldName.toLowerCase());
/** The field the test is about; it must exist. */
function field(objectName: string, fieldName: string): FieldDefinition {
    const found = fieldIfAny(objectName, fieldName);
    if (!found) {
        throw new Error(`${objectName} has no field ${fieldName}.`);
    }
    return found;
}
const customObjects = () =>
    [...schema.objects.values()].filter((candidate) => candidate.isCustom && !candidate.isCustomMetadata);

describe('the data model', () => {
    it('keeps assessments private and lets details follow their master', () => {
        const sharing = Object.fromEntries(
            customObjects().map((candidate) => [candidate.name, candidate.sharingModel])
        );
        expect(sharing).toEqual({
            Assessment__c: 'Private',
            Assessment_Response__c: 'ControlledByParent',
            Award__c: 'Read',
            Calibration_Session__c: 'ReadWrite',
            Coaching_Task__c: 'ControlledByParent',
            Dispute__c: 'ControlledByParent',
            Dispute_Item__c: 'ControlledByParent',
            Interaction__c: 'ControlledByParent',
            Sampling_Plan__c: 'ReadWrite',
            Sampling_Pool_Member__c: 'ControlledByParent',
            Sampling_Run__c: 'Read',
            Score_Snapshot__c: 'Read',
            Scorecard__c: 'Read',
            Scorecard_Item__c: 'ControlledByParent'
        });
    });

    it('hangs every detail on its master', () => {
        const masters = customObjects().flatMap((candidate) =>
            [...candidate.fields.values()]
                .filter((f) => f.type === 'MasterDetail')
                .map((f) => `${candidate.name}.${f.name} → ${f.referenceTo?.[0]}`)
        );
        expect(masters.sort()).toEqual([
            'Assessment_Response__c.Assessment__c → Assessment__c',
            'Coaching_Task__c.Assessment__c → Assessment__c',
            'Dispute_Item__c.Dispute__c → Dispute__c',
            'Dispute__c.Assessment__c → Assessment__c',
            'Interaction__c.Case__c → Case',
            'Sampling_Pool_Member__c.Sampling_Plan__c → Sampling_Plan__c',
            'Scorecard_Item__c.Scorecard__c → Scorecard__c'
        ]);
        // Agents and QA managers reach disputes, coaching and answers through read access to the assessment.
        for (const [detail, master] of [
            ['Dispute__c', 'Assessment__c'],
            ['Coaching_Task__c', 'Assessment__c'],
            ['Assessment_Response__c', 'Assessment__c'],
            ['Dispute_Item__c', 'Dispute__c']
        ]) {
            expect([detail, field(detail, master).writeRequiresMasterRead]).toEqual([detail, true]);
        }
    });

    it('links an assessment to its case (required), interaction, agent, evaluator and scorecard (required)', () => {
        expect(field('Assessment__c', 'Case__c')).toMatchObject({
            type: 'Lookup',
            referenceTo: ['Case'],
            required: true,
            deleteConstraint: 'Restrict'
        });
        expect(field('Assessment__c', 'Scorecard__c')).toMatchObject({ referenceTo: ['Scorecard__c'], required: true });
        expect(field('Assessment__c', 'Interaction__c')).toMatchObject({
            referenceTo: ['Interaction__c'],
            required: false
        });
        expect(field('Assessment__c', 'Agent__c').referenceTo).toEqual(['User']);
        expect(field('Assessment__c', 'Evaluator__c').referenceTo).toEqual(['User']);
        expect(field('Assessment__c', 'Original_Assessment__c').referenceTo).toEqual(['Assessment__c']);
    });

    it('gives the records jobs and clients write an external key, unique, so saving twice never duplicates', () => {
        const keys = customObjects().flatMap((candidate) =>
            [...candidate.fields.values()].filter((f) => f.externalId).map((f) => `${candidate.name}.${f.name}`)
        );
        expect(keys.sort()).toEqual([
            'Assessment_Response__c.Response_Key__c',
            'Assessment__c.Assessment_Key__c',
            'Award__c.Award_Key__c',
            'Calibration_Session__c.Session_Key__c',
            'Coaching_Task__c.Task_Key__c',
            'Dispute_Item__c.Item_Key__c',
            'Dispute__c.Dispute_Key__c',
            'Interaction__c.External_Id__c',
            'Sampling_Plan__c.Plan_Key__c',
            'Sampling_Pool_Member__c.Member_Key__c',
            'Sampling_Run__c.Run_Key__c',
            'Score_Snapshot__c.Snapshot_Key__c',
            'Scorecard_Item__c.Item_Key__c',
            'Scorecard__c.Scorecard_Key__c'
        ]);
        // The seed and migrations load cases too: the package adds its key to the standard object.
        keys.push('Case.Verity_Case_Key__c');
        expect(field('Case', 'Verity_Case_Key__c').externalId).toBe(true);
        for (const key of keys) {
            const [objectName, fieldName] = key.split('.');
            expect([key, field(objectName, fieldName).unique]).toEqual([key, true]);
        }
        expect(field('Scorecard__c', 'Active_Channel_Key__c').unique).toBe(true);
    });

    it('tracks the history of the fields an audit needs, within the limit of 20 per object', () => {
        for (const candidate of customObjects()) {
            const tracked = [...candidate.fields.values()].filter((f) => f.trackHistory);
            expect([
                candidate.name,
                tracked.length <= 20,
                tracked.length === 0 || candidate.enableHistory === true
            ]).toEqual([candidate.name, true, true]);
        }
        const audit: Record<string, string[]> = {
            Assessment__c: [
                'Status__c',
                'Agent__c',
                'Evaluator__c',
                'Scorecard__c',
                'Submitted_At__c',
                'Reassignment_Reason__c'
            ],
            Assessment_Response__c: ['Answer__c', 'Comment__c'],
            Dispute__c: ['Status__c', 'Level__c', 'Arbitrator__c', 'Resolved_At__c'],
            Dispute_Item__c: ['Proposed_Answer__c', 'Outcome__c', 'Decision_Note__c'],
            Coaching_Task__c: ['Status__c', 'Acknowledged_At__c', 'Completed_At__c'],
            Scorecard__c: ['Status__c', 'Pass_Threshold__c', 'Auto_Fail_Threshold__c'],
            Scorecard_Item__c: ['Points__c', 'Hard_Fail__c']
        };
        for (const [objectName, fields] of Object.entries(audit)) {
            for (const fieldName of fields) {
                expect([objectName, fieldName, field(objectName, fieldName).trackHistory]).toEqual([
                    objectName,
                    fieldName,
                    true
                ]);
            }
        }
    });

    it('uses one set of answers, scales and channels wherever they appear', () => {
        const answers = ['Yes', 'Partial', 'No', '1', '2', '3', '4', '5', 'NA'];
        for (const [objectName, fieldName] of [
            ['Assessment_Response__c', 'Answer__c'],
            ['Dispute_Item__c', 'Original_Answer__c'],
            ['Dispute_Item__c', 'Proposed_Answer__c']
        ]) {
            expect(field(objectName, fieldName).picklistValues).toEqual(answers);
        }
        const scales = ['YesNo', 'YesPartialNo', 'OneToFive'];
        expect(field('Scorecard_Item__c', 'Answer_Scale__c').picklistValues).toEqual(scales);
        expect(field('Assessment_Response__c', 'Answer_Scale__c').picklistValues).toEqual(scales);
        expect(field('Interaction__c', 'Channel__c').picklistValues).toEqual(
            field('Scorecard__c', 'Channel__c').picklistValues
        );
    });

    it('restricts every picklist to its values', () => {
        const open = customObjects().flatMap((candidate) =>
            [...candidate.fields.values()]
                .filter((f) => f.type === 'Picklist' && !f.restrictedPicklist)
                .map((f) => `${candidate.name}.${f.name}`)
        );
        expect(open).toEqual([]);
    });

    it('ships the Default Verity Setting: 7-day dispute window, ±5 tolerance, bands 85 / 80 / 70', () => {
        expect(defaultVeritySetting()).toMatchObject({
            Dispute_Window_Days__c: 7,
            Calibration_Tolerance__c: 5,
            Band_Target__c: 85,
            Band_Acceptable__c: 80,
            Band_Needs_Improvement__c: 70,
            Coaching_Due_Days__c: 14
        });
    });
});

describe('platform limits', () => {
    it('keeps names, labels, messages and formulas within what Salesforce accepts', () => {
        const over: string[] = [];
        for (const candidate of customObjects()) {
            for (const rule of candidate.validationRules) {
                // Rule names: 40 characters; error messages: 255; formulas: 3,900.
                if (rule.name.length > 40 || rule.errorMessage.length > 255 || rule.formula.length > 3900) {
                    over.push(`${candidate.name}.${rule.name}`);
                }
                const shownOn = rule.errorDisplayField ? fieldIfAny(candidate.name, rule.errorDisplayField) : undefined;
                if (rule.errorDisplayField && (!shownOn || shownOn.formula !== undefined || shownOn.summary)) {
                    over.push(`${candidate.name}.${rule.name} shows its error on ${rule.errorDisplayField}`);
                }
            }
            for (const f of [...candidate.fields.values()].filter((f) => !f.isStandard)) {
                // Field labels: 40 characters; API names: 40 before the suffix.
                if (
                    (f.label ?? '').length > 40 ||
                    f.name.replace(/__c$/, '').length > 40 ||
                    (f.formula ?? '').length > 3900
                ) {
                    over.push(`${candidate.name}.${f.name}`);
                }
            }
        }
        expect(over).toEqual([]);
    });
});

describe('list views', () => {
    const listView = (objectName: string, name: string): XmlNode =>
        metadataFile(`objects/${objectName}/listViews/${name}.listView-meta.xml`, 'ListView');
    /** A list view's filters as [field, operation, value]; any may be missing from a broken file. */
    type ListViewFilter = [field: string | undefined, operation: string | undefined, value: string | undefined];
    const filters = (view: XmlNode): ListViewFilter[] =>
        childNodes(view, 'filters').map((entry): ListViewFilter => [
            childText(entry, 'field'),
            childText(entry, 'operation'),
            childText(entry, 'value')
        ]);

    it('give evaluators "My assigned assessments": the ones they own that are not submitted', () => {
        const view = listView('Assessment__c', 'My_Assigned_Assessments');
        expect(childText(view, 'label')).toBe('My assigned assessments');
        expect(childText(view, 'filterScope')).toBe('Mine');
        expect(filters(view)).toEqual([['Status__c', 'equals', 'Assigned,In Progress']]);
    });

    it('give arbitrators "Open disputes" and coaches "Coaching due this week"', () => {
        expect(filters(listView('Dispute__c', 'Open_Disputes'))).toEqual([
            ['Status__c', 'equals', 'Open,Under Review,Escalated']
        ]);
        const coaching = listView('Coaching_Task__c', 'Coaching_Due_This_Week');
        expect(childText(coaching, 'label')).toBe('Coaching due this week');
        expect(filters(coaching)).toEqual([
            ['Due_Date__c', 'equals', 'THIS_WEEK'],
            ['Status__c', 'equals', 'Open,Acknowledged']
        ]);
    });

    it('name only fields of their object, and picklist values those fields have', () => {
        const wrong: string[] = [];
        for (const candidate of customObjects()) {
            for (const file of filesIn(`objects/${candidate.name}/listViews`, '.listView-meta.xml')) {
                const view = metadataFile(`objects/${candidate.name}/listViews/${file}`, 'ListView');
                const columns = childNodes(view, 'columns').map((entry) => entry['#text']);
                wrong.push(
                    ...columns
                        .filter((column) => column !== 'NAME' && fieldIfAny(candidate.name, column ?? '') === undefined)
                        .map((column) => `${file}: ${column}`)
                );
                for (const [fieldName, , value] of filters(view)) {
                    const filtered = fieldName === undefined ? undefined : fieldIfAny(candidate.name, fieldName);
                    const values = filtered?.type === 'Picklist' ? (value ?? '').split(',') : [];
                    if (!filtered || values.some((picked) => !(filtered.picklistValues ?? []).includes(picked))) {
                        wrong.push(`${file}: ${fieldName} ${value}`);
                    }
                }
            }
        }
        expect(wrong).toEqual([]);
    });
});

describe('layouts, tabs and the app', () => {
    it('lay out every custom object with every field it has, required fields required and computed fields read-only', () => {
        for (const candidate of customObjects()) {
            const layout = metadataFile(
                `layouts/${candidate.name}-${candidate.label} Layout.layout-meta.xml`,
                'Layout'
            );
            const items = childNodes(layout, 'layoutSections')
                .flatMap((section) => childNodes(section, 'layoutColumns'))
                .flatMap((column) => childNodes(column, 'layoutItems'))
                .map((item): [string | undefined, string | undefined] => [
                    childText(item, 'field'),
                    childText(item, 'behavior')
                ]);
            const placed = new Map(items);
            for (const f of [...candidate.fields.values()].filter((f) => !f.isStandard)) {
                const expected =
                    f.formula !== undefined || f.summary
                        ? 'Readonly'
                        : f.required || f.type === 'MasterDetail'
                          ? 'Required'
                          : 'Edit';
                expect([candidate.name, f.name, placed.get(f.name)]).toEqual([candidate.name, f.name, expected]);
            }
            for (const [name] of items) {
                expect([candidate.name, name, fieldIfAny(candidate.name, name ?? '') !== undefined]).toEqual([
                    candidate.name,
                    name,
                    true
                ]);
            }
            const relatedLists = childNodes(layout, 'relatedLists').map((entry) => childText(entry, 'relatedList'));
            expect([candidate.name, relatedLists.includes('RelatedEntityHistoryList')]).toEqual([
                candidate.name,
                candidate.enableHistory === true
            ]);
            const children = relatedLists
                .filter((related) => related !== 'RelatedEntityHistoryList')
                .map((related) => (related ?? '').split('.'));
            expect(
                children.filter(
                    ([child, key]) => fieldIfAny(child ?? '', key ?? '')?.referenceTo?.[0] !== candidate.name
                )
            ).toEqual([]);
        }
    });

    it('gives the objects people open a tab, and puts every tab in the Verity QA app', () => {
        const tabs = filesIn('tabs', '.tab-meta.xml').map((file) => file.replace('.tab-meta.xml', ''));
        const objectTabs = tabs.filter((tab) => tab.endsWith('__c'));
        expect(objectTabs.sort()).toEqual([
            'Assessment__c',
            'Award__c',
            'Calibration_Session__c',
            'Coaching_Task__c',
            'Dispute__c',
            'Interaction__c',
            'Sampling_Plan__c',
            'Sampling_Run__c',
            'Score_Snapshot__c',
            'Scorecard__c'
        ]);
        expect(tabs.filter((tab) => !objectTabs.includes(tab))).toEqual(['Verity_My_Work']);
        const app = metadataFile('applications/Verity_QA.app-meta.xml', 'CustomApplication');
        expect(childText(app, 'label')).toBe('Verity QA');
        expect(childText(app, 'uiType')).toBe('Lightning');
        const appTabs = childNodes(app, 'tabs').map((entry) => entry['#text']);
        expect(tabs.filter((tab) => !appTabs.includes(tab))).toEqual([]);
        expect(appTabs).toContain('standard-Case');
        for (const tab of objectTabs) {
            const file = metadataFile(`tabs/${tab}.tab-meta.xml`, 'CustomTab');
            expect([tab, flag(file, 'customObject'), /^Custom\d+: /.test(childText(file, 'motif') ?? '')]).toEqual([
                tab,
                true,
                true
            ]);
        }
    });

    it('gives My Work a Lightning page tab right after Home: the assessment queue beside my coaching', () => {
        const tab = metadataFile('tabs/Verity_My_Work.tab-meta.xml', 'CustomTab');
        expect([childText(tab, 'flexiPage'), childText(tab, 'label'), flag(tab, 'customObject')]).toEqual([
            'Verity_My_Work',
            'My Work',
            false
        ]);
        expect(childText(tab, 'motif')).toMatch(/^Custom\d+: /);
        const app = metadataFile('applications/Verity_QA.app-meta.xml', 'CustomApplication');
        expect(
            childNodes(app, 'tabs')
                .slice(0, 2)
                .map((entry) => entry['#text'])
        ).toEqual(['standard-home', 'Verity_My_Work']);
        const page = metadataFile('flexipages/Verity_My_Work.flexipage-meta.xml', 'FlexiPage');
        expect([childText(page, 'type'), childText(page, 'masterLabel'), childText(page, 'sobjectType')]).toEqual([
            'AppPage',
            'My Work',
            undefined
        ]);
        expect(childText(childNodes(page, 'template')[0], 'name')).toBe('flexipage:appHomeTemplateTwoColumns');
        const regions = childNodes(page, 'flexiPageRegions').map((region) => [
            childText(region, 'name'),
            childNodes(region, 'itemInstances').map((item) =>
                childText(childNodes(item, 'componentInstance')[0], 'componentName')
            )
        ]);
        expect(regions).toEqual([
            ['column1', ['c:assessmentQueue']],
            ['column2', ['c:myCoachingTasks']]
        ]);
        // Everyone who works in the app sees the tab; the history loader is a tool, not a person.
        for (const set of ['Verity_Agent', 'Verity_Evaluator', 'Verity_QA_Manager', 'Verity_QA_Admin']) {
            const settings = childNodes(
                metadataFile(`permissionsets/${set}.permissionset-meta.xml`, 'PermissionSet'),
                'tabSettings'
            ).find((setting) => childText(setting, 'tab') === 'Verity_My_Work');
            expect([set, childText(settings, 'visibility')]).toEqual([set, 'Visible']);
        }
    });

    it('opens cases on the Verity Case page: standard components, the quality panel, and the Case related lists', () => {
        const app = metadataFile('applications/Verity_QA.app-meta.xml', 'CustomApplication');
        const override = childNodes(app, 'actionOverrides')[0];
        expect([
            childText(override, 'pageOrSobjectType'),
            childText(override, 'actionName'),
            childText(override, 'type'),
            childText(override, 'content')
        ]).toEqual(['Case', 'View', 'Flexipage', 'Verity_Case_Record_Page']);
        const page = metadataFile('flexipages/Verity_Case_Record_Page.flexipage-meta.xml', 'FlexiPage');
        expect([childText(page, 'type'), childText(page, 'sobjectType')]).toEqual(['RecordPage', 'Case']);
        const components = childNodes(page, 'flexiPageRegions')
            .flatMap((region) => childNodes(region, 'itemInstances'))
            .map((item) => childNodes(item, 'componentInstance')[0]);
        expect(
            components
                .map((component) => childText(component, 'componentName'))
                .filter((name) => !/^(force|flexipage):/.test(name ?? ''))
        ).toEqual(['c:caseQualityPanel']);
        const relatedLists = components
            .flatMap((component) => childNodes(component, 'componentInstanceProperties'))
            .filter((property) => childText(property, 'name') === 'relatedListApiName')
            .map((property) => childText(property, 'value'));
        const caseChildren = customObjects().flatMap((candidate) =>
            [...candidate.fields.values()]
                .filter((f) => f.referenceTo?.[0] === 'Case')
                .map((f) => `${f.relationshipName}__r`)
        );
        expect(relatedLists.sort()).toEqual(caseChildren.sort());
    });
});

describe('the flow that shares an assessment with its agent', () => {
    const flow = metadataFile('flows/Verity_Share_Assessment_With_Agent.flow-meta.xml', 'Flow');
    const start = childNodes(flow, 'start')[0];
    // The entry formula uses flow merge fields; as a formula on the assessment it reads its fields directly.
    const entryFormula = (childText(start, 'filterFormula') ?? '').replace(/\{!\$Record\.(\w+)\}/g, '$1');
    const enters = (record: SObjectRecord): unknown =>
        evaluateFormulaText(entryFormula, {
            schema,
            object: object('Assessment__c'),
            record,
            options: {},
            formulaName: 'Verity_Share_Assessment_With_Agent (entry criteria)',
            kind: 'formulaField',
            blankNumbers: 'blank',
            chain: []
        }).value;

    it('runs after every save of an assessment and creates a read share for the agent', () => {
        expect([
            childText(start, 'object'),
            childText(start, 'triggerType'),
            childText(start, 'recordTriggerType')
        ]).toEqual(['Assessment__c', 'RecordAfterSave', 'CreateAndUpdate']);
        expect(flag(start, 'doesRequireRecordChangedToMeetCriteria')).toBe(false);
        expect(childText(flow, 'status')).toBe('Active');
        const create = childNodes(flow, 'recordCreates')[0];
        expect(childText(create, 'object')).toBe('Assessment__Share');
        const assignments = Object.fromEntries(
            childNodes(create, 'inputAssignments').map((entry) => {
                const value = childNodes(entry, 'value')[0];
                return [
                    childText(entry, 'field'),
                    childText(value, 'stringValue') ?? childText(value, 'elementReference')
                ];
            })
        );
        expect(assignments).toEqual({
            AccessLevel: 'Read',
            ParentId: '$Record.Id',
            RowCause: 'Manual',
            UserOrGroupId: '$Record.Agent__c'
        });
    });

    it('shares submitted, disputed and final assessments about someone else', () => {
        expect(enters(submittedAssessment())).toBe(true);
        expect(enters(submittedAssessment({ Status__c: 'Disputed' }))).toBe(true);
        expect(enters(submittedAssessment({ Status__c: 'Final', Type__c: 'Re-evaluation' }))).toBe(true);
        expect(enters(submittedAssessment({ Type__c: 'Document' }))).toBe(true);
    });

    it('keeps unsubmitted, calibration and self assessments unshared', () => {
        expect(enters(assessment())).toBe(false);
        expect(enters(submittedAssessment({ Status__c: 'Cancelled' }))).toBe(false);
        expect(enters(submittedAssessment({ Type__c: 'Calibration' }))).toBe(false);
        expect(enters(submittedAssessment({ Type__c: 'Self', Evaluator__c: USERS.agent, OwnerId: USERS.agent }))).toBe(
            false
        );
        expect(enters(submittedAssessment({ Agent__c: null }))).toBe(false);
        expect(enters(submittedAssessment({ OwnerId: USERS.agent }))).toBe(false);
    });
});
