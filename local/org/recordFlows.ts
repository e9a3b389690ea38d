import path from 'node:path';
import { childNodes, childText, metadataFiles, readMetadataXml, type XmlNode } from '../metadata/metadataXml';
import type { OrgSchema } from '../store';

/**
 * Record-triggered flows the local org runs: after-save flows whose entry condition is a formula
 * and whose only steps create records (the package's "share an assessment with its agent").
 * Any other active record-triggered flow is refused when the org opens, by name, so that no
 * automation is skipped in silence.
 */

export type FlowValue =
    { kind: 'literal'; value: string | number | boolean | null } | { kind: 'record'; field: string };

export interface FlowRecordCreate {
    name: string;
    object: string;
    assignments: { field: string; value: FlowValue }[];
}

export interface RecordFlow {
    name: string;
    object: string;
    onCreate: boolean;
    onUpdate: boolean;
    /** The entry condition as a formula over the record (merge fields rewritten). */
    condition?: string;
    /** Run on an update only when the condition did not hold before it. */
    requiresChange: boolean;
    creates: FlowRecordCreate[];
}

/** Flow elements that would do something the local org does not run. */
const UNSUPPORTED_ELEMENTS = [
    'actionCalls',
    'apexPluginCalls',
    'assignments',
    'collectionProcessors',
    'customErrors',
    'decisions',
    'loops',
    'recordDeletes',
    'recordLookups',
    'recordRollbacks',
    'recordUpdates',
    'screens',
    'subflows',
    'transforms',
    'waits'
];

function refuse(name: string, reason: string): Error {
    return new Error(
        `The local org cannot run the record-triggered flow ${name}: ${reason} ` +
            'It runs only after-save flows with a formula entry condition whose steps create records.'
    );
}

/** `{!$Record.Agent__c}` → `Agent__c`, `{!$Record__Prior.Status__c}` → `PRIORVALUE(Status__c)`. */
export function flowFormula(name: string, formula: string): string {
    return formula.replace(/\{!\s*([^}]+?)\s*\}/g, (_match, reference: string) => {
        if (/^\$Record\./i.test(reference)) {
            return reference.slice('$Record.'.length);
        }
        const prior = /^\$Record__Prior\.([A-Za-z0-9_]+)$/i.exec(reference);
        if (prior) {
            return `PRIORVALUE(${prior[1]})`;
        }
        if (/^\$(Permission|User)\./i.test(reference)) {
            return reference;
        }
        throw refuse(name, `its entry formula uses {!${reference}}.`);
    });
}

function flowValue(name: string, node: XmlNode | undefined): FlowValue {
    const reference = childText(node, 'elementReference');
    if (reference !== undefined) {
        const match = /^\$Record\.([A-Za-z0-9_]+)$/.exec(reference);
        if (!match) {
            throw refuse(name, `it assigns {!${reference}}, not a field of the triggering record.`);
        }
        return { kind: 'record', field: match[1] };
    }
    const stringValue = childText(node, 'stringValue');
    if (stringValue !== undefined) {
        return { kind: 'literal', value: stringValue };
    }
    const booleanValue = childText(node, 'booleanValue');
    if (booleanValue !== undefined) {
        return { kind: 'literal', value: booleanValue === 'true' };
    }
    const numberValue = childText(node, 'numberValue');
    if (numberValue !== undefined) {
        return { kind: 'literal', value: Number(numberValue) };
    }
    return { kind: 'literal', value: null };
}

function readFlow(file: string, schema: OrgSchema): RecordFlow | undefined {
    const root = readMetadataXml(file, 'Flow');
    const name = path.basename(file, '.flow-meta.xml');
    const start = childNodes(root, 'start')[0];
    const triggerType = childText(start, 'triggerType');
    if (childText(root, 'status') !== 'Active' || !triggerType) {
        // Inactive flows and flows not started by a record save do not run on saves.
        return undefined;
    }
    if (triggerType !== 'RecordAfterSave') {
        throw refuse(name, `it is a ${triggerType} flow.`);
    }
    const object = childText(start, 'object') ?? '';
    if (!schema.objects.has(object.toLowerCase())) {
        throw refuse(name, `it starts on ${object}, which the package does not define.`);
    }
    const present = UNSUPPORTED_ELEMENTS.filter((element) => childNodes(root, element).length > 0);
    if (present.length > 0) {
        throw refuse(name, `it has ${present.join(', ')} elements.`);
    }
    if (childNodes(start, 'filters').length > 0 || childNodes(start, 'scheduledPaths').length > 0) {
        throw refuse(name, 'its start has filter conditions or scheduled paths (only a filter formula is supported).');
    }
    const trigger = childText(start, 'recordTriggerType') ?? '';
    if (!['Create', 'Update', 'CreateAndUpdate'].includes(trigger)) {
        throw refuse(name, `it runs on ${trigger || 'an unknown trigger'}.`);
    }
    const elements = new Map(childNodes(root, 'recordCreates').map((node) => [childText(node, 'name') ?? '', node]));
    const creates: FlowRecordCreate[] = [];
    let next = childText(childNodes(start, 'connector')[0], 'targetReference');
    while (next !== undefined) {
        const node = elements.get(next);
        if (!node) {
            throw refuse(name, `its step ${next} is not a record create.`);
        }
        if (childText(node, 'inputReference') !== undefined || childNodes(node, 'faultConnector').length > 0) {
            throw refuse(name, `its step ${next} creates from a variable or has a fault path.`);
        }
        const target = childText(node, 'object') ?? '';
        if (!schema.objects.has(target.toLowerCase())) {
            throw refuse(name, `its step ${next} creates ${target}, which the local org does not store.`);
        }
        creates.push({
            name: next,
            object: target,
            assignments: childNodes(node, 'inputAssignments').map((assignment) => ({
                field: childText(assignment, 'field') ?? '',
                value: flowValue(name, childNodes(assignment, 'value')[0])
            }))
        });
        elements.delete(next);
        next = childText(childNodes(node, 'connector')[0], 'targetReference');
    }
    const filterFormula = childText(start, 'filterFormula');
    return {
        name,
        object: schema.objects.get(object.toLowerCase())?.name ?? object,
        onCreate: trigger !== 'Update',
        onUpdate: trigger !== 'Create',
        condition: filterFormula === undefined ? undefined : flowFormula(name, filterFormula),
        requiresChange: childText(start, 'doesRequireRecordChangedToMeetCriteria') === 'true',
        creates
    };
}

/** The active record-triggered flows of the package, by lower-cased object name. */
export function readRecordFlows(schema: OrgSchema): Map<string, RecordFlow[]> {
    const flows = new Map<string, RecordFlow[]>();
    for (const file of metadataFiles(path.join(schema.sourceDir, 'flows'), '.flow-meta.xml')) {
        const flow = readFlow(file, schema);
        if (flow) {
            const key = flow.object.toLowerCase();
            flows.set(key, [...(flows.get(key) ?? []), flow]);
        }
    }
    return flows;
}
