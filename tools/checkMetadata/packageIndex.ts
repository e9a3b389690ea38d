import { customObjectStandardFields, STANDARD_OBJECTS, type StandardField } from '../../local/standardObjects';
import { childNodes, childText, type XmlNode } from '../../local/metadata/metadataXml';
import { type MetadataFile } from './sourceFiles';

/** A field as the cross-reference checks need it. */
export interface FieldInfo {
    name: string;
    /** The Metadata API field type (Text, Lookup, MasterDetail, Summary, …) or the describe type of a standard field. */
    type: string;
    referenceTo: string[];
    relationshipName?: string;
    required: boolean;
    custom: boolean;
}

export interface ObjectInfo {
    name: string;
    custom: boolean;
    fields: Map<string, FieldInfo>;
}

export interface ComponentInfo {
    name: string;
    file: string;
    exposed: boolean;
    targets: Set<string>;
    /** Objects a record-page target is limited to; absent when any object is allowed. */
    recordPageObjects?: Set<string>;
}

/** Everything in the package that other metadata can name. */
export interface PackageIndex {
    objects: Map<string, ObjectInfo>;
    components: Map<string, ComponentInfo>;
    /** Full names per metadata type: CustomPermission, CustomTab, CustomApplication, FlexiPage, CustomLabel, CustomMetadata, … */
    names: Map<string, Set<string>>;
    /** Each Lightning page's type (RecordPage, AppPage, HomePage, …) by its name. */
    pageTypes: Map<string, string>;
}

function fromStandard(field: StandardField): FieldInfo {
    return {
        name: field.name,
        type: field.type,
        referenceTo: field.referenceTo ?? [],
        relationshipName: field.relationshipName,
        required: false,
        custom: false
    };
}

function customField(name: string, element: XmlNode): FieldInfo {
    const type = childText(element, 'type') ?? '';
    const referenceTo = childText(element, 'referenceTo');
    return {
        name,
        type,
        referenceTo: referenceTo ? [referenceTo] : [],
        relationshipName: childText(element, 'relationshipName'),
        required: childText(element, 'required') === 'true',
        custom: true
    };
}

const CUSTOM_METADATA_FIELDS = [
    'DeveloperName',
    'MasterLabel',
    'Label',
    'QualifiedApiName',
    'NamespacePrefix',
    'Language'
];

function emptyObject(name: string, custom: boolean): ObjectInfo {
    return { name, custom, fields: new Map() };
}

export function buildPackageIndex(files: MetadataFile[]): PackageIndex {
    const objects = new Map<string, ObjectInfo>();
    const components = new Map<string, ComponentInfo>();
    const names = new Map<string, Set<string>>();
    const pageTypes = new Map<string, string>();
    const objectNamed = (name: string): ObjectInfo => {
        let object = objects.get(name);
        if (!object) {
            object = emptyObject(name, name.endsWith('__c') || name.endsWith('__mdt'));
            objects.set(name, object);
        }
        return object;
    };

    for (const standard of STANDARD_OBJECTS) {
        const object = objectNamed(standard.name);
        standard.fields.forEach((field) => object.fields.set(field.name, fromStandard(field)));
    }
    for (const file of files) {
        if (!names.has(file.typeName)) {
            names.set(file.typeName, new Set());
        }
        names.get(file.typeName)?.add(file.fullName);
        if (file.typeName === 'CustomObject') {
            objectNamed(file.fullName);
        } else if (file.typeName === 'CustomField') {
            const [objectName, fieldName] = file.fullName.split('.');
            objectNamed(objectName).fields.set(fieldName, customField(fieldName, file.root));
        } else if (file.typeName === 'FlexiPage') {
            pageTypes.set(file.fullName, childText(file.root, 'type') ?? '');
        } else if (file.typeName === 'LightningComponentBundle') {
            components.set(file.fullName, componentInfo(file));
        } else if (file.typeName === 'CustomLabels') {
            const labels = names.get('CustomLabel') ?? new Set<string>();
            childNodes(file.root, 'labels').forEach((label) => labels.add(childText(label, 'fullName') ?? ''));
            names.set('CustomLabel', labels);
        }
    }
    // Standard fields of custom objects, once every field is known.
    for (const object of objects.values()) {
        if (!object.custom) {
            continue;
        }
        const isDetail = [...object.fields.values()].some((field) => field.type === 'MasterDetail');
        const standardFields = object.name.endsWith('__mdt')
            ? CUSTOM_METADATA_FIELDS.map((name) => ({ name, type: 'string' }))
            : customObjectStandardFields(!isDetail);
        standardFields.forEach((field) => {
            if (!object.fields.has(field.name)) {
                object.fields.set(field.name, fromStandard(field));
            }
        });
    }
    return { objects, components, names, pageTypes };
}

function componentInfo(file: MetadataFile): ComponentInfo {
    const targets = new Set(
        childNodes(childNodes(file.root, 'targets')[0], 'target').map((target) => target['#text'] ?? '')
    );
    let recordPageObjects: Set<string> | undefined;
    for (const config of childNodes(childNodes(file.root, 'targetConfigs')[0], 'targetConfig')) {
        const configTargets = String(config['@_targets'] ?? '')
            .split(',')
            .map((target) => target.trim());
        const objectNames = childNodes(childNodes(config, 'objects')[0], 'object').map(
            (object) => object['#text'] ?? ''
        );
        if (configTargets.includes('lightning__RecordPage') && objectNames.length > 0) {
            recordPageObjects = new Set(objectNames);
        }
    }
    return {
        name: file.fullName,
        file: file.file,
        exposed: childText(file.root, 'isExposed') === 'true',
        targets,
        recordPageObjects
    };
}

/** Follows a field path such as `Assessment__r.Scorecard__r.Pass_Threshold__c` from an object. */
export function resolveFieldPath(
    index: PackageIndex,
    objectName: string,
    path: string
): { field: FieldInfo; object: ObjectInfo } | { error: string } {
    let object = index.objects.get(objectName);
    if (!object) {
        return { error: `${objectName} is not an object of the package or a standard object it knows.` };
    }
    const segments = path.split('.');
    for (const [position, segment] of segments.entries()) {
        const last = position === segments.length - 1;
        if (last) {
            const field = object.fields.get(segment);
            return field ? { field, object } : { error: `${segment} is not a field of ${object.name}.` };
        }
        const lookup = segment.endsWith('__r')
            ? object.fields.get(segment.replace(/__r$/, '__c'))
            : [...object.fields.values()].find((field) => field.relationshipName === segment);
        if (!lookup || lookup.referenceTo.length === 0) {
            return { error: `${segment} is not a relationship of ${object.name}.` };
        }
        const next = index.objects.get(lookup.referenceTo[0]);
        if (!next) {
            return { error: `${segment} leads to ${lookup.referenceTo[0]}, which is not an object the package knows.` };
        }
        object = next;
    }
    return { error: `the path "${path}" is empty.` };
}
