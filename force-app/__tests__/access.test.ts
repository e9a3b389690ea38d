/**
 * Who may do what: the persona × object matrix of the README, checked against the four
 * permission sets, with their field permissions, custom permissions and tabs; and the History
 * Loader, the set for whoever loads past disputes.
 */
import type { FieldDefinition, ObjectDefinition } from '../../local/formulas';
import { childNodes, childText, filesIn, flag, metadataFile, type XmlNode } from './support/packageFiles';
import { schema } from './support/verityRecords';

/** The four permission sets, by the persona in their name (`Verity_<persona>`). */
type Persona = 'Evaluator' | 'Agent' | 'QA_Manager' | 'QA_Admin';

interface FieldAccess {
    readable: boolean;
    editable: boolean;
}

// C create, R read, E edit, D delete; V view all, M modify all. The README's access matrix.
const MATRIX: Record<string, Record<Persona, string>> = {
    Scorecard__c: { Evaluator: 'R', Agent: 'R', QA_Manager: 'R', QA_Admin: 'CREDVM' },
    Scorecard_Item__c: { Evaluator: 'R', Agent: 'R', QA_Manager: 'R', QA_Admin: 'CREDVM' },
    Assessment__c: { Evaluator: 'CRE', Agent: 'R', QA_Manager: 'CREV', QA_Admin: 'CREDVM' },
    Assessment_Response__c: { Evaluator: 'CRE', Agent: 'R', QA_Manager: 'CRE', QA_Admin: 'CREDVM' },
    Dispute__c: { Evaluator: 'R', Agent: 'CRE', QA_Manager: 'RE', QA_Admin: 'CREDVM' },
    Dispute_Item__c: { Evaluator: 'R', Agent: 'CRE', QA_Manager: 'RE', QA_Admin: 'CREDVM' },
    Coaching_Task__c: { Evaluator: 'CRE', Agent: 'RE', QA_Manager: 'CRE', QA_Admin: 'CREDVM' },
    Calibration_Session__c: { Evaluator: 'R', Agent: '', QA_Manager: 'CRE', QA_Admin: 'CREDVM' },
    Sampling_Plan__c: { Evaluator: '', Agent: '', QA_Manager: 'CRE', QA_Admin: 'CREDVM' },
    Sampling_Pool_Member__c: { Evaluator: '', Agent: '', QA_Manager: 'CRE', QA_Admin: 'CREDVM' },
    Sampling_Run__c: { Evaluator: '', Agent: '', QA_Manager: 'CRE', QA_Admin: 'CREDVM' },
    Interaction__c: { Evaluator: 'R', Agent: 'R', QA_Manager: 'R', QA_Admin: 'CREDVM' },
    Score_Snapshot__c: { Evaluator: '', Agent: 'R', QA_Manager: 'R', QA_Admin: 'CREDVM' },
    Award__c: { Evaluator: '', Agent: 'R', QA_Manager: 'R', QA_Admin: 'CREDVM' }
};
const PERSONAS: Persona[] = ['Evaluator', 'Agent', 'QA_Manager', 'QA_Admin'];
// Standard objects the package adds fields to: every persona reaches them through its profile (Standard User: CRE on Case).
const PROFILE_RIGHTS: Record<string, string> = { Case: 'CRE' };
const rightsOn = (object: string, persona: Persona): string => MATRIX[object]?.[persona] ?? PROFILE_RIGHTS[object];
const CUSTOM_PERMISSIONS: Record<Persona, string[]> = {
    Evaluator: ['Evaluate_Assessments'],
    Agent: [],
    QA_Manager: [
        'Arbitrate_Disputes',
        'Evaluate_Assessments',
        'Manage_Assessments',
        'Plan_Sampling',
        'Run_Calibration'
    ],
    QA_Admin: [
        'Arbitrate_Disputes',
        'Build_Scorecards',
        'Evaluate_Assessments',
        'Manage_Assessments',
        'Plan_Sampling',
        'Run_Calibration'
    ]
};

const permissionSet = (persona: Persona | 'History_Loader'): XmlNode =>
    metadataFile(`permissionsets/Verity_${persona}.permissionset-meta.xml`, 'PermissionSet');
const rightsOf = (entry: XmlNode): string =>
    [
        ['C', 'allowCreate'],
        ['R', 'allowRead'],
        ['E', 'allowEdit'],
        ['D', 'allowDelete'],
        ['V', 'viewAllRecords'],
        ['M', 'modifyAllRecords']
    ]
        .filter(([, element]) => flag(entry, element))
        .map(([letter]) => letter)
        .join('');
const fieldPermissions = (persona: Persona | 'History_Loader'): Map<string | undefined, FieldAccess> =>
    new Map(
        childNodes(permissionSet(persona), 'fieldPermissions').map((entry) => [
            childText(entry, 'field'),
            { readable: flag(entry, 'readable'), editable: flag(entry, 'editable') }
        ])
    );
const customFields = (): { object: ObjectDefinition; field: FieldDefinition }[] =>
    [...schema.objects.values()]
        .filter((object) => !object.isCustomMetadata)
        .flatMap((object) =>
            [...object.fields.values()].filter((field) => !field.isStandard).map((field) => ({ object, field }))
        );

describe('permission sets', () => {
    it('are the four personas and the History Loader', () => {
        expect(filesIn('permissionsets', '.permissionset-meta.xml')).toEqual(
            [...PERSONAS, 'History_Loader'].map((persona) => `Verity_${persona}.permissionset-meta.xml`).sort()
        );
    });

    it.each(PERSONAS)('give %s exactly the object access of the matrix', (persona) => {
        const granted = Object.fromEntries(
            childNodes(permissionSet(persona), 'objectPermissions').map((entry) => [
                childText(entry, 'object'),
                rightsOf(entry)
            ])
        );
        const expected = Object.fromEntries(
            Object.entries(MATRIX)
                .filter(([, row]) => row[persona] !== '')
                .map(([object, row]) => [object, row[persona]])
        );
        expect(granted).toEqual(expected);
    });

    it('cover every custom object of the package in the matrix', () => {
        const objects = [...schema.objects.values()]
            .filter((object) => object.isCustom && !object.isCustomMetadata)
            .map((object) => object.name);
        expect(objects.sort()).toEqual(Object.keys(MATRIX).sort());
    });

    it('let only the QA Admin delete anything', () => {
        for (const persona of PERSONAS.filter((candidate) => candidate !== 'QA_Admin')) {
            const deleting = childNodes(permissionSet(persona), 'objectPermissions').filter(
                (entry) => flag(entry, 'allowDelete') || flag(entry, 'modifyAllRecords')
            );
            expect(deleting.map((entry) => childText(entry, 'object'))).toEqual([]);
        }
    });

    it.each(PERSONAS)('give %s its custom permissions', (persona) => {
        const held = childNodes(permissionSet(persona), 'customPermissions')
            .filter((entry) => flag(entry, 'enabled'))
            .map((entry) => childText(entry, 'name'));
        expect(held.sort()).toEqual(CUSTOM_PERMISSIONS[persona]);
    });

    it('let the QA Admin read every custom field, edit none that is computed, and name no required or master-detail field', () => {
        const admin = fieldPermissions('QA_Admin');
        const wrong: string[] = [];
        for (const { object, field } of customFields()) {
            const name = `${object.name}.${field.name}`;
            const computed = field.formula !== undefined || field.summary !== undefined;
            const expected =
                field.required || field.type === 'MasterDetail' ? undefined : { readable: true, editable: !computed };
            if (JSON.stringify(admin.get(name)) !== JSON.stringify(expected)) {
                wrong.push(name);
            }
        }
        expect(wrong).toEqual([]);
    });

    it.each(PERSONAS)(
        'give %s field access only where it has object access, and never edit access to a computed field',
        (persona) => {
            const granted = fieldPermissions(persona);
            const byName = new Map(
                customFields().map(({ object, field }) => [`${object.name}.${field.name}`, { object, field }])
            );
            const wrong: string[] = [];
            for (const [name, access] of granted) {
                const granting = name === undefined ? undefined : byName.get(name);
                // Access to a field the package does not have (or to no field at all) is wrong as such.
                if (name === undefined || !granting) {
                    wrong.push(name ?? '(a field permission naming no field)');
                    continue;
                }
                const { object, field } = granting;
                const rights = rightsOn(object.name, persona);
                const computed = field.formula !== undefined || field.summary !== undefined;
                if (
                    !rights.includes('R') ||
                    !access.readable ||
                    (access.editable && (computed || !/[CE]/.test(rights)))
                ) {
                    wrong.push(name);
                }
            }
            // Every field of a readable object is readable (required and master-detail fields come with the object).
            for (const [name, { object, field }] of byName) {
                const needed =
                    rightsOn(object.name, persona).includes('R') && !field.required && field.type !== 'MasterDetail';
                if (needed && granted.get(name)?.readable !== true) {
                    wrong.push(name);
                }
            }
            expect(wrong).toEqual([]);
        }
    );

    it('let an agent write only what withdrawing a dispute, disputing an answer and acknowledging coaching need', () => {
        const editable = [...fieldPermissions('Agent')].filter(([, access]) => access.editable).map(([name]) => name);
        expect(editable.sort()).toEqual([
            'Coaching_Task__c.Acknowledged_At__c',
            'Coaching_Task__c.Status__c',
            'Dispute_Item__c.Assessment_Response__c',
            'Dispute_Item__c.Item_Key__c',
            'Dispute_Item__c.Original_Answer__c',
            'Dispute_Item__c.Proposed_Answer__c',
            'Dispute_Item__c.Reason__c',
            'Dispute__c.Status__c',
            'Dispute__c.Summary__c'
        ]);
    });

    it('keep the scores, the reassignment and the scorecard away from what an evaluator can write', () => {
        const evaluator = fieldPermissions('Evaluator');
        for (const name of [
            'Assessment__c.Reassignment_Reason__c',
            'Assessment__c.Score__c',
            'Assessment__c.Points_Earned__c',
            'Assessment_Response__c.Points_Earned__c'
        ]) {
            expect([name, evaluator.get(name)?.editable]).toEqual([name, false]);
        }
        expect(evaluator.get('Assessment_Response__c.Answer__c')).toEqual({ readable: true, editable: true });
    });

    it.each(PERSONAS)('show %s the tabs of the objects it can read, and the My Work page', (persona) => {
        const tabs = childNodes(permissionSet(persona), 'tabSettings').map((entry) => [
            childText(entry, 'tab'),
            childText(entry, 'visibility')
        ]);
        // A Lightning page tab is for everyone: its components show each person only what they may read.
        const expected = filesIn('tabs', '.tab-meta.xml')
            .map((file) => file.replace('.tab-meta.xml', ''))
            .filter((tab) => tab === 'Verity_My_Work' || MATRIX[tab][persona].includes('R'))
            .map((object) => [object, 'Visible']);
        expect(tabs).toEqual(expected);
    });

    it.each(PERSONAS)('make the Verity QA app visible to %s', (persona) => {
        const apps = childNodes(permissionSet(persona), 'applicationVisibilities').map((entry) => [
            childText(entry, 'application'),
            flag(entry, 'visible')
        ]);
        expect(apps).toEqual([['Verity_QA', true]]);
    });

    it('name, in every validation rule, only custom permissions that the QA Admin or the History Loader holds', () => {
        const used = new Set<string>();
        for (const object of schema.objects.values()) {
            for (const rule of object.validationRules) {
                for (const match of rule.formula.matchAll(/\$Permission\.(\w+)/g)) {
                    used.add(match[1]);
                }
            }
        }
        expect([...used].filter((name) => !CUSTOM_PERMISSIONS.QA_Admin.includes(name))).toEqual(['Load_QA_History']);
        expect([...used].sort()).toEqual([
            'Arbitrate_Disputes',
            'Build_Scorecards',
            'Load_QA_History',
            'Manage_Assessments',
            'Plan_Sampling',
            'Run_Calibration'
        ]);
    });

    it('let the History Loader load disputes and their outcomes, and nothing else', () => {
        const loader = permissionSet('History_Loader');
        expect(
            childNodes(loader, 'customPermissions')
                .filter((entry) => flag(entry, 'enabled'))
                .map((entry) => childText(entry, 'name'))
        ).toEqual(['Load_QA_History']);
        const objects = Object.fromEntries(
            childNodes(loader, 'objectPermissions').map((entry) => [childText(entry, 'object'), rightsOf(entry)])
        );
        // Assessments are private: the loader sees every one it may dispute, and writes only disputes.
        expect(objects).toEqual({
            Assessment__c: 'RV',
            Assessment_Response__c: 'R',
            Dispute__c: 'CRE',
            Dispute_Item__c: 'CRE'
        });
        const editable = [...fieldPermissions('History_Loader')]
            .filter(([, access]) => access.editable)
            .map(([name]) => name ?? '');
        expect(editable.every((name) => /^Dispute(_Item)?__c\./.test(name))).toBe(true);
        for (const [name, access] of fieldPermissions('History_Loader')) {
            const [objectName, fieldName] = (name ?? '.').split('.');
            const definition = schema.objects.get(objectName.toLowerCase())?.fields.get(fieldName.toLowerCase());
            const computed = definition?.formula !== undefined || definition?.summary !== undefined;
            expect([name, definition !== undefined, access.readable, access.editable && computed]).toEqual([
                name,
                true,
                true,
                false
            ]);
        }
    });
});
