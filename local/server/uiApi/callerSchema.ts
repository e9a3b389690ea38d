import { toId18 } from '../../ids/salesforceIds';
import type { Caller, OrgData } from '../../org/orgData';
import { SalesforceError } from '../../org/salesforceError';
import { notFound } from '../apiExchange';

/**
 * The objects and fields as one caller sees them, read from OrgData's describe calls: an object
 * they cannot read is absent, a field they cannot read is absent, createable and updateable follow
 * their permissions. Every UI API shape is built from these, so the UI API never decides access
 * itself. Describes are kept for the length of one request.
 */

export interface PicklistEntry {
    active: boolean;
    defaultValue: boolean;
    label: string;
    value: string;
}

/** One field of `describeSObject` (REST API Developer Guide, "sObject Describe": Field). */
export interface DescribedField {
    name: string;
    /** The describe type: string, picklist, reference, double, currency, percent, date, datetime, … */
    type: string;
    label: string;
    createable: boolean;
    updateable: boolean;
    nillable: boolean;
    defaultedOnCreate: boolean;
    calculated: boolean;
    autoNumber: boolean;
    custom: boolean;
    length: number;
    precision: number;
    scale: number;
    referenceTo: string[];
    relationshipName: string | null;
    nameField: boolean;
    picklistValues: PicklistEntry[];
    inlineHelpText: string | null;
    externalId: boolean;
    unique: boolean;
    filterable: boolean;
    sortable: boolean;
    htmlFormatted: boolean;
    polymorphicForeignKey: boolean;
}

export interface DescribedChildRelationship {
    childSObject: string;
    field: string;
    relationshipName: string | null;
    junctionIdListNames: string[];
    junctionReferenceTo: string[];
}

export interface DescribedObject {
    name: string;
    label: string;
    labelPlural: string;
    keyPrefix: string | null;
    custom: boolean;
    createable: boolean;
    updateable: boolean;
    deletable: boolean;
    queryable: boolean;
    searchable: boolean;
    layoutable: boolean;
    mruEnabled: boolean;
    feedEnabled: boolean;
    fields: DescribedField[];
    childRelationships: DescribedChildRelationship[];
}

/** A field the caller cannot read or that does not exist, worded as the platform words it. */
export function invalidField(name: string, objectName: string): SalesforceError {
    return new SalesforceError(
        400,
        'INVALID_FIELD',
        `No such column '${name}' on entity '${objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
    );
}

/** Whether a save must give the field: not nillable and not given a value by the platform. */
export function requiredOnSave(field: DescribedField): boolean {
    return !field.nillable && !field.defaultedOnCreate;
}

export class CallerSchema {
    readonly org: OrgData;
    readonly caller: Caller;
    private readonly described = new Map<string, DescribedObject | null>();
    private readonly fieldMaps = new Map<DescribedObject, Map<string, DescribedField>>();
    private prefixes?: Map<string, string>;

    constructor(org: OrgData, caller: Caller) {
        this.org = org;
        this.caller = caller;
    }

    /** The object as the caller sees it, or null when it does not exist for them. */
    find(type: string): DescribedObject | null {
        const key = type.toLowerCase();
        if (!this.described.has(key)) {
            let described: DescribedObject | null = null;
            try {
                described = this.org.describeSObject(this.caller, type) as DescribedObject;
            } catch (error) {
                if (!(error instanceof SalesforceError) || error.status !== 404) {
                    throw error;
                }
            }
            this.described.set(key, described);
        }
        return this.described.get(key) ?? null;
    }

    /** The object, or NOT_FOUND. */
    object(type: string): DescribedObject {
        const described = this.find(type);
        if (!described) {
            throw notFound();
        }
        return described;
    }

    /** The object a record ID belongs to (by its key prefix), or NOT_FOUND when the caller reads no such object. */
    objectOfRecord(id: string): DescribedObject {
        if (!this.prefixes) {
            const global = this.org.describeGlobal(this.caller) as {
                sobjects: { name: string; keyPrefix: string | null }[];
            };
            this.prefixes = new Map(
                global.sobjects
                    .filter((entry) => entry.keyPrefix !== null)
                    .map((entry) => [entry.keyPrefix as string, entry.name])
            );
        }
        const name = this.prefixes.get(id.slice(0, 3));
        if (toId18(id) === null || !name) {
            throw notFound();
        }
        return this.object(name);
    }

    /** A field of the object by API name, any case. */
    field(object: DescribedObject, name: string): DescribedField | undefined {
        let fields = this.fieldMaps.get(object);
        if (!fields) {
            fields = new Map(object.fields.map((field) => [field.name.toLowerCase(), field]));
            this.fieldMaps.set(object, fields);
        }
        return fields.get(name.toLowerCase());
    }

    /** The reference field whose relationship name this is (`Evaluator__r`, `Owner`), any case. */
    relationship(object: DescribedObject, relationshipName: string): DescribedField | undefined {
        const wanted = relationshipName.toLowerCase();
        return object.fields.find(
            (field) => field.type === 'reference' && field.relationshipName?.toLowerCase() === wanted
        );
    }

    /** The object a reference field points to, when the caller can read it (the first target of a polymorphic one). */
    target(reference: DescribedField): DescribedObject | null {
        const first = reference.referenceTo[0];
        return first === undefined ? null : this.find(first);
    }

    /** The object's name field (`Name`, or `CaseNumber` for Case). */
    nameField(object: DescribedObject): DescribedField | undefined {
        return object.fields.find((field) => field.nameField);
    }
}
