import fs from 'node:fs';
import path from 'node:path';
import { STANDARD_OBJECTS, customObjectStandardFields, type StandardField } from '../standardObjects';
import { customFieldDefinition, standardFieldDefinition } from './fieldDefinition';
import { childFlag, childNodes, childText, metadataFiles, readMetadataXml } from '../metadata/metadataXml';
import type { FieldDefinition, ObjectDefinition, PackageSchema, ValidationRuleDefinition } from './schemaTypes';

/** Standard fields of every custom metadata type record. */
const CUSTOM_METADATA_FIELDS: StandardField[] = [
    { name: 'Id', type: 'id' },
    { name: 'DeveloperName', type: 'string' },
    { name: 'MasterLabel', type: 'string' },
    { name: 'Label', type: 'string' },
    { name: 'QualifiedApiName', type: 'string' },
    { name: 'NamespacePrefix', type: 'string' }
];

function emptyObject(name: string, isCustom: boolean): ObjectDefinition {
    return {
        name,
        isCustom,
        isCustomMetadata: name.endsWith('__mdt'),
        fields: new Map(),
        validationRules: []
    };
}

function addField(object: ObjectDefinition, field: FieldDefinition): void {
    object.fields.set(field.name.toLowerCase(), field);
}

function readObjectFolder(schema: PackageSchema, folder: string): void {
    const name = path.basename(folder);
    const isCustom = /__(c|mdt)$/.test(name);
    let object = schema.objects.get(name.toLowerCase());
    if (!object) {
        if (!isCustom) {
            throw new Error(`${folder}: ${name} is a standard object that local/standardObjects.ts does not describe.`);
        }
        object = emptyObject(name, true);
        schema.objects.set(name.toLowerCase(), object);
    }
    const objectFile = path.join(folder, `${name}.object-meta.xml`);
    if (isCustom) {
        if (!fs.existsSync(objectFile)) {
            throw new Error(`${folder}: the custom object has no ${name}.object-meta.xml.`);
        }
        const root = readMetadataXml(objectFile, 'CustomObject');
        object.label = childText(root, 'label');
        object.sharingModel = childText(root, 'sharingModel');
        object.enableHistory = childFlag(root, 'enableHistory');
    }
    for (const file of metadataFiles(path.join(folder, 'fields'), '.field-meta.xml')) {
        addField(object, customFieldDefinition(object.name, readMetadataXml(file, 'CustomField'), file));
    }
    if (object.isCustomMetadata) {
        CUSTOM_METADATA_FIELDS.forEach((field) => addField(object, standardFieldDefinition(object.name, field)));
    } else if (isCustom) {
        const hasMaster = [...object.fields.values()].some((field) => field.type === 'MasterDetail');
        customObjectStandardFields(!hasMaster).forEach((field) =>
            addField(object, standardFieldDefinition(object.name, field))
        );
    }
    for (const file of metadataFiles(path.join(folder, 'validationRules'), '.validationRule-meta.xml')) {
        const root = readMetadataXml(file, 'ValidationRule');
        const rule: ValidationRuleDefinition = {
            objectName: object.name,
            name: childText(root, 'fullName') ?? path.basename(file, '.validationRule-meta.xml'),
            active: childFlag(root, 'active') ?? false,
            formula: childText(root, 'errorConditionFormula') ?? '',
            errorMessage: childText(root, 'errorMessage') ?? '',
            errorDisplayField: childText(root, 'errorDisplayField'),
            description: childText(root, 'description')
        };
        object.validationRules.push(rule);
    }
}

/** Summary fields take the type and scale of the field they summarize (a count is a whole number). */
function typeSummaries(schema: PackageSchema): void {
    for (const object of schema.objects.values()) {
        for (const field of object.fields.values()) {
            const summary = field.summary;
            if (!summary || summary.operation === 'count') {
                if (summary) {
                    field.scale = 0;
                }
                continue;
            }
            const [childName, childField] = (summary.summarizedField ?? '').split('.');
            const summarized = schema.objects
                .get((childName ?? '').toLowerCase())
                ?.fields.get((childField ?? '').toLowerCase());
            if (!summarized) {
                throw new Error(
                    `${object.name}.${field.name} summarizes ${summary.summarizedField ?? '(nothing)'}, which the package does not define.`
                );
            }
            field.valueType = summarized.valueType;
            field.scale = summarized.scale;
            field.precision = summarized.precision;
        }
    }
}

function readCustomMetadataRecords(schema: PackageSchema, dir: string): void {
    for (const file of metadataFiles(dir, '.md-meta.xml')) {
        const [typeName, recordName] = path.basename(file, '.md-meta.xml').split('.');
        const type = schema.objects.get(`${typeName}__mdt`.toLowerCase());
        if (!type || !recordName) {
            throw new Error(`${file}: no custom metadata type ${typeName}__mdt in the package.`);
        }
        const root = readMetadataXml(file, 'CustomMetadata');
        const values: Record<string, unknown> = {
            DeveloperName: recordName,
            MasterLabel: childText(root, 'label') ?? recordName,
            Label: childText(root, 'label') ?? recordName
        };
        for (const entry of childNodes(root, 'values')) {
            const fieldName = childText(entry, 'field') ?? '';
            const field = type.fields.get(fieldName.toLowerCase());
            if (!field) {
                throw new Error(`${file}: ${fieldName} is not a field of ${type.name}.`);
            }
            const valueNode = childNodes(entry, 'value')[0];
            const text = valueNode?.['#text'];
            if (valueNode === undefined || valueNode['@_xsi:nil'] === 'true' || text === undefined) {
                values[field.name] = null;
            } else if (field.valueType === 'number' || field.valueType === 'percent') {
                values[field.name] = Number(text);
            } else if (field.valueType === 'checkbox') {
                values[field.name] = text === 'true';
            } else {
                values[field.name] = text;
            }
        }
        const records =
            schema.customMetadata.get(type.name.toLowerCase()) ?? new Map<string, Record<string, unknown>>();
        records.set(recordName.toLowerCase(), values);
        schema.customMetadata.set(type.name.toLowerCase(), records);
    }
}

/**
 * Reads the schema of a package source folder (`force-app/main/default`): its objects with their
 * fields and validation rules, the standard objects it uses (from local/standardObjects.ts, plus
 * any custom fields the package adds to them), custom permissions and custom metadata records.
 */
export function readPackageSchema(sourceDir: string): PackageSchema {
    const schema: PackageSchema = { objects: new Map(), customPermissions: new Set(), customMetadata: new Map() };
    for (const standard of STANDARD_OBJECTS) {
        const object = emptyObject(standard.name, false);
        standard.fields.forEach((field) => addField(object, standardFieldDefinition(standard.name, field)));
        schema.objects.set(standard.name.toLowerCase(), object);
    }
    const objectsDir = path.join(sourceDir, 'objects');
    if (fs.existsSync(objectsDir)) {
        for (const entry of fs.readdirSync(objectsDir).sort()) {
            const folder = path.join(objectsDir, entry);
            if (fs.statSync(folder).isDirectory()) {
                readObjectFolder(schema, folder);
            }
        }
    }
    typeSummaries(schema);
    for (const file of metadataFiles(path.join(sourceDir, 'customPermissions'), '.customPermission-meta.xml')) {
        schema.customPermissions.add(path.basename(file, '.customPermission-meta.xml'));
    }
    readCustomMetadataRecords(schema, path.join(sourceDir, 'customMetadata'));
    return schema;
}
