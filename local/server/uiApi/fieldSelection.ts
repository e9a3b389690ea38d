import type { SalesforceError } from '../../org/salesforceError';
import { invalidField, type CallerSchema, type DescribedField, type DescribedObject } from './callerSchema';

/**
 * Which fields of a record (and of the records it points to) a request asks for: `Name`,
 * `Evaluator__r.Name`, `Case__r.Owner.Name`. A spanning field nests as its relationship whose value
 * is the parent record (User Interface API Developer Guide, "Field Value"), up to five
 * relationships deep, as `getRecord` allows. The selection becomes one SOQL select list, so the
 * query itself (as the caller) applies field-level security and sharing.
 */

/** A field as a request names it: `Assessment__c.Evaluator__r.Name`. */
export interface FieldSpec {
    objectName: string;
    /** The path after the object name: `['Evaluator__r', 'Name']`. */
    path: string[];
    text: string;
}

export interface FieldSelection {
    object: DescribedObject;
    /** The fields asked for, by API name. */
    fields: Map<string, DescribedField>;
    /** The parent records asked for, by relationship name. */
    parents: Map<string, ParentSelection>;
}

export interface ParentSelection {
    reference: DescribedField;
    selection: FieldSelection;
}

const MAX_RELATIONSHIPS = 5;
/** What every record representation carries besides its fields. */
const REPRESENTATION_FIELDS = ['Id', 'LastModifiedById', 'LastModifiedDate', 'SystemModstamp'];

/** `fields=A.B,A.C` (and repeated parameters) as field specs. */
export function fieldSpecs(query: URLSearchParams, name: string): FieldSpec[] {
    return query
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((text) => text.trim())
        .filter((text) => text !== '')
        .map((text) => {
            const [objectName, ...path] = text.split('.');
            return { objectName, path, text };
        });
}

export function emptySelection(object: DescribedObject): FieldSelection {
    return { object, fields: new Map(), parents: new Map() };
}

/**
 * Adds a field path (the part after the object name) to the selection; the refusal when a part
 * does not exist for the caller, null when added.
 */
export function addFieldPath(schema: CallerSchema, selection: FieldSelection, path: string[]): SalesforceError | null {
    let current = selection;
    for (let index = 0; index < path.length; index += 1) {
        const part = path[index];
        if (index === path.length - 1) {
            const field = schema.field(current.object, part);
            if (!field) {
                return invalidField(part, current.object.name);
            }
            current.fields.set(field.name, field);
            return null;
        }
        if (index >= MAX_RELATIONSHIPS) {
            return invalidField(path.join('.'), selection.object.name);
        }
        const reference = schema.relationship(current.object, part);
        const target = reference ? schema.target(reference) : null;
        if (!reference || !target) {
            return invalidField(part, current.object.name);
        }
        const relationshipName = reference.relationshipName as string;
        let parent = current.parents.get(relationshipName);
        if (!parent) {
            parent = { reference, selection: emptySelection(target) };
            current.parents.set(relationshipName, parent);
        }
        current = parent.selection;
    }
    return invalidField(path.join('.'), selection.object.name);
}

/** Adds a field and, for a lookup, its related record (its Id and name), as layout-based records carry it. */
export function addWithParent(schema: CallerSchema, selection: FieldSelection, field: DescribedField): void {
    selection.fields.set(field.name, field);
    const target = field.type === 'reference' ? schema.target(field) : null;
    const name = target ? schema.nameField(target) : undefined;
    if (field.relationshipName && name) {
        addFieldPath(schema, selection, [field.relationshipName, 'Id']);
        addFieldPath(schema, selection, [field.relationshipName, name.name]);
    }
}

/** The SOQL select list of a selection: its fields, what each record representation needs, and each parent's name. */
export function soqlFields(schema: CallerSchema, selection: FieldSelection, prefix = ''): string[] {
    const names = new Map<string, string>();
    const add = (name: string): void => {
        names.set(name.toLowerCase(), name);
    };
    for (const name of REPRESENTATION_FIELDS) {
        const field = schema.field(selection.object, name);
        if (field) {
            add(`${prefix}${field.name}`);
        }
    }
    const nameField = schema.nameField(selection.object);
    if (prefix !== '' && nameField) {
        add(`${prefix}${nameField.name}`);
    }
    for (const field of selection.fields.values()) {
        add(`${prefix}${field.name}`);
    }
    for (const [relationshipName, parent] of selection.parents) {
        for (const name of soqlFields(schema, parent.selection, `${prefix}${relationshipName}.`)) {
            add(name);
        }
    }
    return [...names.values()];
}
