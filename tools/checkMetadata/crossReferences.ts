import { COMPONENT_TARGETS, TARGET_FOR_PAGE_TYPE } from './componentTargets';
import { FLEXIPAGE_TEMPLATES } from './flexipageTemplates';
import { formulaReferences } from './formulaReferences';
import type { MetadataProblem } from './metadataProblem';
import { resolveFieldPath, type PackageIndex } from './packageIndex';
import { childNodes, childText, type XmlNode } from '../../local/metadata/metadataXml';
import { type MetadataFile } from './sourceFiles';

type Report = (element: string, message: string) => void;

/** `$` globals whose members the package does not define, so there is nothing to resolve. */
const UNCHECKED_GLOBALS = new Set(['$Profile', '$UserRole', '$Organization', '$System', '$Setup', '$Api']);
/** Standard components (namespaces of Salesforce's own) that FlexiPages may place. */
const STANDARD_COMPONENT_NAMESPACES = new Set([
    'flexipage',
    'force',
    'forceChatter',
    'runtime_sales_activities',
    'lst',
    'console',
    'runtime_service_omnichannel',
    'record_flexipage',
    'runtime_sales_merge'
]);
/** What a tab shows: a tab sets exactly one of these (Metadata API, "CustomTab"). */
const TAB_KINDS = ['auraComponent', 'customObject', 'flexiPage', 'lwcComponent', 'page', 'scontrol', 'url'];
/** The package's own components appear under the default namespace or the package's. */
const OWN_COMPONENT_NAMESPACES = new Set(['c', 'verity']);

function has(index: PackageIndex, typeName: string, fullName: string): boolean {
    return index.names.get(typeName)?.has(fullName) ?? false;
}

/** Checks every name a formula reads against the object it runs on and the package. */
function checkFormula(index: PackageIndex, objectName: string, formula: string, element: string, report: Report): void {
    const parsed = formulaReferences(formula);
    if ('error' in parsed) {
        report(element, parsed.error);
        return;
    }
    for (const name of parsed.names) {
        const [head, ...rest] = name.split('.');
        if (!head.startsWith('$')) {
            const resolved = resolveFieldPath(index, objectName, name);
            if ('error' in resolved) {
                report(element, `names ${name}, but ${resolved.error}`);
            }
        } else if (head === '$User') {
            const resolved = resolveFieldPath(index, 'User', rest.join('.'));
            if ('error' in resolved) {
                report(element, `names ${name}, but ${resolved.error}`);
            }
        } else if (head === '$Permission') {
            if (!has(index, 'CustomPermission', rest.join('.'))) {
                report(element, `names ${name}, but the package has no custom permission ${rest.join('.')}.`);
            }
        } else if (head === '$CustomMetadata') {
            const [typeName, recordName, fieldName] = rest;
            const record = `${(typeName ?? '').replace(/__mdt$/, '')}.${recordName}`;
            if (!index.objects.has(typeName ?? '')) {
                report(element, `names ${name}, but the package has no custom metadata type ${typeName}.`);
            } else if (!has(index, 'CustomMetadata', record)) {
                report(element, `names ${name}, but ${typeName} has no record ${recordName}.`);
            } else if (!index.objects.get(typeName)?.fields.has(fieldName ?? '')) {
                report(element, `names ${name}, but ${fieldName} is not a field of ${typeName}.`);
            }
        } else if (head === '$Label') {
            if (!has(index, 'CustomLabel', rest.join('.'))) {
                report(element, `names ${name}, but the package has no custom label ${rest.join('.')}.`);
            }
        } else if (!UNCHECKED_GLOBALS.has(head)) {
            report(element, `names ${name}, but ${head} is not a global variable formulas can use.`);
        }
    }
}

function checkFieldName(index: PackageIndex, objectName: string, path: string, element: string, report: Report): void {
    const resolved = resolveFieldPath(index, objectName, path);
    if ('error' in resolved) {
        report(element, `names ${path}, but ${resolved.error}`);
    }
}

function checkCustomField(index: PackageIndex, file: MetadataFile, report: Report): void {
    const [objectName] = file.fullName.split('.');
    const root = file.root;
    const formula = childText(root, 'formula');
    if (formula) {
        checkFormula(index, objectName, formula, 'CustomField > formula', report);
    }
    const defaultValue = childText(root, 'defaultValue');
    if (defaultValue) {
        checkFormula(index, objectName, defaultValue, 'CustomField > defaultValue', report);
    }
    const referenceTo = childText(root, 'referenceTo');
    if (referenceTo && !index.objects.has(referenceTo)) {
        report('CustomField > referenceTo', `names ${referenceTo}, which is not an object the package knows.`);
    }
    const foreignKey = childText(root, 'summaryForeignKey');
    if (foreignKey) {
        const [childObject, keyField] = foreignKey.split('.');
        const key = index.objects.get(childObject)?.fields.get(keyField ?? '');
        if (!key) {
            report('CustomField > summaryForeignKey', `names ${foreignKey}, but there is no such field.`);
        } else if (key.type !== 'MasterDetail' || key.referenceTo[0] !== objectName) {
            report(
                'CustomField > summaryForeignKey',
                `names ${foreignKey}, which is not a master-detail to ${objectName}.`
            );
        }
        const summarized = childText(root, 'summarizedField');
        if (summarized) {
            const [summarizedObject, summarizedField] = summarized.split('.');
            if (summarizedObject !== childObject) {
                report('CustomField > summarizedField', `names ${summarized}, which is not a field of ${childObject}.`);
            } else {
                checkFieldName(index, childObject, summarizedField ?? '', 'CustomField > summarizedField', report);
            }
        }
        for (const item of childNodes(root, 'summaryFilterItems')) {
            // Filter fields are written `Child__c.Field__c`.
            const filterField = (childText(item, 'field') ?? '').replace(`${childObject}.`, '');
            checkFieldName(index, childObject, filterField, 'CustomField > summaryFilterItems > field', report);
        }
    }
    const controllingField = childText(childNodes(root, 'valueSet')[0], 'controllingField');
    if (controllingField) {
        checkFieldName(index, objectName, controllingField, 'CustomField > valueSet > controllingField', report);
    }
}

function checkValidationRule(index: PackageIndex, file: MetadataFile, report: Report): void {
    const [objectName] = file.fullName.split('.');
    checkFormula(
        index,
        objectName,
        childText(file.root, 'errorConditionFormula') ?? '',
        'ValidationRule > errorConditionFormula',
        report
    );
    const displayField = childText(file.root, 'errorDisplayField');
    if (displayField) {
        checkFieldName(index, objectName, displayField, 'ValidationRule > errorDisplayField', report);
    }
}

/** List views name custom fields by API name and standard ones by upper-case column tokens (NAME, CREATED_DATE). */
function checkListView(index: PackageIndex, file: MetadataFile, report: Report): void {
    const [objectName] = file.fullName.split('.');
    const isCustomName = (name: string) => name.includes('__');
    childNodes(file.root, 'columns').forEach((column, position) => {
        const name = column['#text'] ?? '';
        if (isCustomName(name)) {
            checkFieldName(index, objectName, name, `ListView > columns[${position + 1}]`, report);
        }
    });
    childNodes(file.root, 'filters').forEach((filter, position) => {
        const name = childText(filter, 'field') ?? '';
        if (isCustomName(name)) {
            checkFieldName(index, objectName, name, `ListView > filters[${position + 1}] > field`, report);
        }
    });
}

function checkLayout(index: PackageIndex, file: MetadataFile, report: Report): void {
    const objectName = file.fullName.split('-')[0];
    if (!index.objects.has(objectName)) {
        report('Layout', `is a layout of ${objectName}, which is not an object the package knows.`);
        return;
    }
    for (const section of childNodes(file.root, 'layoutSections')) {
        for (const column of childNodes(section, 'layoutColumns')) {
            for (const item of childNodes(column, 'layoutItems')) {
                const fieldName = childText(item, 'field');
                if (fieldName) {
                    checkFieldName(
                        index,
                        objectName,
                        fieldName,
                        'Layout > layoutSections > layoutColumns > layoutItems > field',
                        report
                    );
                }
            }
        }
    }
    for (const relatedList of childNodes(file.root, 'relatedLists')) {
        // Related lists of the package's children are written `Child__c.Lookup__c`; Salesforce's own
        // (RelatedHistoryList, RelatedNoteList, …) are single names.
        const name = childText(relatedList, 'relatedList') ?? '';
        const [childObject, lookupField] = name.split('.');
        if (lookupField === undefined) {
            continue;
        }
        const lookup = index.objects.get(childObject)?.fields.get(lookupField);
        if (!lookup || lookup.referenceTo[0] !== objectName) {
            report(
                'Layout > relatedLists > relatedList',
                `names ${name}, which is not a lookup or master-detail from ${childObject} to ${objectName}.`
            );
        }
    }
}

function checkFlexiPage(index: PackageIndex, file: MetadataFile, report: Report): void {
    const pageType = childText(file.root, 'type') ?? '';
    const objectName = childText(file.root, 'sobjectType');
    if (objectName && !index.objects.has(objectName)) {
        report('FlexiPage > sobjectType', `names ${objectName}, which is not an object the package knows.`);
    }
    checkTemplate(file, pageType, report);
    for (const region of childNodes(file.root, 'flexiPageRegions')) {
        for (const item of childNodes(region, 'itemInstances')) {
            const component = childNodes(item, 'componentInstance')[0];
            if (component) {
                checkPlacedComponent(index, childText(component, 'componentName') ?? '', pageType, objectName, report);
                checkVisibilityRule(index, component, objectName, report);
            }
            const fieldInstance = childNodes(item, 'fieldInstance')[0];
            const fieldItem = childText(fieldInstance, 'fieldItem');
            if (fieldItem && objectName) {
                checkFieldName(
                    index,
                    objectName,
                    fieldItem.replace(/^Record\./, ''),
                    'FlexiPage > flexiPageRegions > itemInstances > fieldInstance > fieldItem',
                    report
                );
            }
        }
    }
}

/** A standard template is for one page type, and a page fills only the regions it has (facets are the page's own). */
function checkTemplate(file: MetadataFile, pageType: string, report: Report): void {
    const templateName = childText(childNodes(file.root, 'template')[0], 'name') ?? '';
    const template = FLEXIPAGE_TEMPLATES[templateName];
    if (!template) {
        return;
    }
    if (template.pageType !== pageType) {
        report(
            'FlexiPage > template > name',
            `is ${templateName}, a template for ${template.pageType} pages, but the page is a ${pageType}.`
        );
        return;
    }
    for (const region of childNodes(file.root, 'flexiPageRegions')) {
        const name = childText(region, 'name') ?? '';
        if (childText(region, 'type') !== 'Facet' && !template.regions.includes(name)) {
            report(
                'FlexiPage > flexiPageRegions > name',
                `is ${name}, a region ${templateName} does not have (its regions: ${template.regions.join(', ')}).`
            );
        }
    }
}

function checkVisibilityRule(
    index: PackageIndex,
    component: XmlNode,
    objectName: string | undefined,
    report: Report
): void {
    for (const criterion of childNodes(childNodes(component, 'visibilityRule')[0], 'criteria')) {
        const left = childText(criterion, 'leftValue') ?? '';
        const match = /^\{!Record\.([\w.]+)\}$/.exec(left);
        if (match && objectName) {
            checkFieldName(
                index,
                objectName,
                match[1],
                'FlexiPage > … > visibilityRule > criteria > leftValue',
                report
            );
        }
    }
}

function checkPlacedComponent(
    index: PackageIndex,
    componentName: string,
    pageType: string,
    objectName: string | undefined,
    report: Report
): void {
    const element = 'FlexiPage > flexiPageRegions > itemInstances > componentInstance > componentName';
    const [namespace, name] = componentName.split(':');
    if (STANDARD_COMPONENT_NAMESPACES.has(namespace)) {
        return;
    }
    if (!OWN_COMPONENT_NAMESPACES.has(namespace) || !name) {
        report(element, `names ${componentName}, which is neither a standard component nor one of the package's.`);
        return;
    }
    const component = index.components.get(name);
    const target = TARGET_FOR_PAGE_TYPE[pageType];
    if (!component) {
        report(element, `names ${componentName}, but the package has no component ${name} (run npm run build first?).`);
    } else if (!component.exposed) {
        report(element, `places ${componentName}, which is not exposed (isExposed false).`);
    } else if (target && !component.targets.has(target)) {
        report(element, `places ${componentName} on a ${pageType}, but the component has no ${target} target.`);
    } else if (
        target === 'lightning__RecordPage' &&
        objectName &&
        component.recordPageObjects &&
        !component.recordPageObjects.has(objectName)
    ) {
        report(
            element,
            `places ${componentName} on a ${objectName} page, but the component is limited to ${[...component.recordPageObjects].join(', ')}.`
        );
    }
}

function checkComponentBundle(index: PackageIndex, file: MetadataFile, report: Report): void {
    const targets = childNodes(childNodes(file.root, 'targets')[0], 'target').map((target) => target['#text'] ?? '');
    targets.forEach((target) => {
        if (!COMPONENT_TARGETS.has(target)) {
            report('LightningComponentBundle > targets > target', `has ${target}, which is not a component target.`);
        }
    });
    for (const config of childNodes(childNodes(file.root, 'targetConfigs')[0], 'targetConfig')) {
        const configTargets = String(config['@_targets'] ?? '')
            .split(',')
            .map((target) => target.trim());
        configTargets.forEach((target) => {
            if (!targets.includes(target)) {
                report(
                    'LightningComponentBundle > targetConfigs > targetConfig',
                    `configures ${target}, which is not among the bundle's targets.`
                );
            }
        });
        for (const object of childNodes(childNodes(config, 'objects')[0], 'object')) {
            const name = object['#text'] ?? '';
            if (!index.objects.has(name)) {
                report(
                    'LightningComponentBundle > targetConfigs > targetConfig > objects > object',
                    `names ${name}, which is not an object the package knows.`
                );
            }
        }
    }
    if (childText(file.root, 'isExposed') === 'true' && targets.length === 0) {
        report('LightningComponentBundle > isExposed', 'is true, but the bundle declares no target to expose it on.');
    }
}

function checkPermissionSet(index: PackageIndex, file: MetadataFile, report: Report): void {
    childNodes(file.root, 'objectPermissions').forEach((permission) => {
        const object = childText(permission, 'object') ?? '';
        if (!index.objects.has(object)) {
            report(
                'PermissionSet > objectPermissions > object',
                `names ${object}, which is not an object the package knows.`
            );
        }
    });
    childNodes(file.root, 'fieldPermissions').forEach((permission) => {
        const name = childText(permission, 'field') ?? '';
        const [objectName, fieldName] = name.split('.');
        const field = index.objects.get(objectName)?.fields.get(fieldName ?? '');
        if (!field) {
            report(
                'PermissionSet > fieldPermissions > field',
                `names ${name}, which is not a field the package knows.`
            );
        } else if (field.required || field.type === 'MasterDetail') {
            report(
                'PermissionSet > fieldPermissions > field',
                `names ${name}, a required or master-detail field, whose access Salesforce does not let a permission set change.`
            );
        }
    });
    childNodes(file.root, 'tabSettings').forEach((setting) => {
        const tab = childText(setting, 'tab') ?? '';
        if (!tab.startsWith('standard-') && !has(index, 'CustomTab', tab)) {
            report('PermissionSet > tabSettings > tab', `names ${tab}, which is not a tab of the package.`);
        }
    });
    childNodes(file.root, 'customPermissions').forEach((permission) => {
        const name = childText(permission, 'name') ?? '';
        if (!has(index, 'CustomPermission', name)) {
            report(
                'PermissionSet > customPermissions > name',
                `names ${name}, which is not a custom permission of the package.`
            );
        }
    });
    childNodes(file.root, 'applicationVisibilities').forEach((visibility) => {
        const app = childText(visibility, 'application') ?? '';
        if (!app.startsWith('standard__') && !has(index, 'CustomApplication', app)) {
            report(
                'PermissionSet > applicationVisibilities > application',
                `names ${app}, which is not an app of the package.`
            );
        }
    });
}

function checkCustomTab(index: PackageIndex, file: MetadataFile, report: Report): void {
    if (childText(file.root, 'customObject') === 'true' && !index.objects.has(file.fullName)) {
        report('CustomTab > customObject', `is true, but the package has no object ${file.fullName}.`);
    }
    const component = childText(file.root, 'lwcComponent');
    if (component && !index.components.get(component)?.targets.has('lightning__Tab')) {
        report(
            'CustomTab > lwcComponent',
            `names ${component}, which is not a component with the lightning__Tab target.`
        );
    }
    const page = childText(file.root, 'flexiPage');
    const pageType = page ? index.pageTypes.get(page) : undefined;
    if (page && pageType === undefined) {
        report('CustomTab > flexiPage', `names ${page}, which is not a Lightning page of the package.`);
    } else if (page && pageType !== 'AppPage') {
        report('CustomTab > flexiPage', `names ${page}, a ${pageType}; a Lightning page tab shows an AppPage.`);
    }
    const kinds = TAB_KINDS.filter((kind) =>
        kind === 'customObject' ? childText(file.root, kind) === 'true' : Boolean(childText(file.root, kind))
    );
    if (kinds.length !== 1) {
        report(
            'CustomTab',
            `sets ${kinds.length === 0 ? 'none' : kinds.join(' and ')} of ${TAB_KINDS.join(', ')}; a tab shows exactly one.`
        );
    }
}

function checkApplication(index: PackageIndex, file: MetadataFile, report: Report): void {
    childNodes(file.root, 'tabs').forEach((tab) => {
        const name = tab['#text'] ?? '';
        if (!name.startsWith('standard-') && !has(index, 'CustomTab', name)) {
            report('CustomApplication > tabs', `names ${name}, which is not a tab of the package.`);
        }
    });
    const utilityBar = childText(file.root, 'utilityBar');
    if (utilityBar && !has(index, 'FlexiPage', utilityBar)) {
        report('CustomApplication > utilityBar', `names ${utilityBar}, which is not a Lightning page of the package.`);
    }
    childNodes(file.root, 'actionOverrides').forEach((override) => {
        const content = childText(override, 'content');
        if (childText(override, 'type') === 'Flexipage' && content && !has(index, 'FlexiPage', content)) {
            report(
                'CustomApplication > actionOverrides > content',
                `names ${content}, which is not a Lightning page of the package.`
            );
        }
    });
}

function checkCustomMetadataRecord(index: PackageIndex, file: MetadataFile, report: Report): void {
    const typeName = `${file.fullName.split('.')[0]}__mdt`;
    const type = index.objects.get(typeName);
    if (!type) {
        report('CustomMetadata', `is a record of ${typeName}, which the package does not define.`);
        return;
    }
    childNodes(file.root, 'values').forEach((value) => {
        const field = childText(value, 'field') ?? '';
        if (!type.fields.has(field)) {
            report('CustomMetadata > values > field', `names ${field}, which is not a field of ${typeName}.`);
        }
    });
}

const CHECKS: Record<string, (index: PackageIndex, file: MetadataFile, report: Report) => void> = {
    CustomField: checkCustomField,
    ValidationRule: checkValidationRule,
    ListView: checkListView,
    Layout: checkLayout,
    FlexiPage: checkFlexiPage,
    LightningComponentBundle: checkComponentBundle,
    PermissionSet: checkPermissionSet,
    CustomTab: checkCustomTab,
    CustomApplication: checkApplication,
    CustomMetadata: checkCustomMetadataRecord
};

/** Every name one piece of metadata gives another resolves to something that exists. */
export function checkCrossReferences(files: MetadataFile[], index: PackageIndex): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    for (const file of files.filter((candidate) => candidate.wellFormed)) {
        CHECKS[file.typeName]?.(index, file, (element, message) =>
            problems.push({ file: file.file, element, message })
        );
    }
    return problems;
}
