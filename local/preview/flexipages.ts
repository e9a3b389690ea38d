import fs from 'node:fs';
import path from 'node:path';
import { readTabs } from '../metadata/customTabs';
import { childNodes, childText, metadataFiles, readMetadataXml, type XmlNode } from '../metadata/metadataXml';

/**
 * The Lightning pages (FlexiPage metadata) the preview lays out: which page an object's records
 * open in, which page a Lightning page tab shows, and each page's template, regions and the
 * components placed in them with their properties, as the Metadata API describes them
 * ("FlexiPage"). The shell renders what this returns; it reads no XML itself.
 */
export interface VisibilityCriterion {
    leftValue: string;
    operator: string;
    rightValue?: string;
}

export interface VisibilityRule {
    /** Filter logic over the criteria, such as `1 AND (2 OR 3)`; absent means all of them. */
    booleanFilter?: string;
    criteria: VisibilityCriterion[];
}

/** A component placed on the page: `force:detailPanel`, `flexipage:tabset`, `c:assessmentPanel`, … */
export interface PlacedComponent {
    kind: 'component';
    name: string;
    identifier?: string;
    properties: Record<string, string>;
    visibilityRule?: VisibilityRule;
}

/** A field placed on a Dynamic Forms page: `Record.Status__c`. */
export interface PlacedField {
    kind: 'field';
    fieldItem: string;
    identifier?: string;
    /** none, readonly or required. */
    uiBehavior?: string;
    visibilityRule?: VisibilityRule;
}

export interface FlexipageRegion {
    name: string;
    /** Region (a template's region) or Facet (a region a component holds, such as a tab's body). */
    type: string;
    items: (PlacedComponent | PlacedField)[];
}

export interface FlexipageDefinition {
    name: string;
    label: string;
    /** RecordPage, AppPage, HomePage, … */
    type: string;
    objectApiName?: string;
    /** The template's name, such as `flexipage:recordHomeTemplateDesktop`. */
    template: string;
    templateProperties: Record<string, string>;
    regions: FlexipageRegion[];
}

/** A related list of an object's page layout: the child object, its lookup to the parent, the columns. */
export interface LayoutRelatedList {
    childObjectApiName: string;
    fieldName: string;
    /** Column fields as the layout writes them: `NAME` for the name field, else field API names. */
    columns: string[];
}

const DEFAULT_APP = 'Verity_QA';

function properties(node: XmlNode | undefined): Record<string, string> {
    const entries = childNodes(node, 'componentInstanceProperties').concat(childNodes(node, 'properties'));
    return Object.fromEntries(
        entries.map((entry) => [childText(entry, 'name') ?? '', childText(entry, 'value') ?? ''])
    );
}

function visibilityRule(node: XmlNode): VisibilityRule | undefined {
    const rule = childNodes(node, 'visibilityRule')[0];
    if (!rule) {
        return undefined;
    }
    return {
        booleanFilter: childText(rule, 'booleanFilter'),
        criteria: childNodes(rule, 'criteria').map((criterion) => ({
            leftValue: childText(criterion, 'leftValue') ?? '',
            operator: childText(criterion, 'operator') ?? '',
            rightValue: childText(criterion, 'rightValue')
        }))
    };
}

function placedItem(item: XmlNode): PlacedComponent | PlacedField | null {
    const component = childNodes(item, 'componentInstance')[0];
    if (component) {
        return {
            kind: 'component',
            name: childText(component, 'componentName') ?? '',
            identifier: childText(component, 'identifier'),
            properties: properties(component),
            visibilityRule: visibilityRule(component)
        };
    }
    const field = childNodes(item, 'fieldInstance')[0];
    if (field) {
        const fieldProperties = Object.fromEntries(
            childNodes(field, 'fieldInstanceProperties').map((entry) => [
                childText(entry, 'name') ?? '',
                childText(entry, 'value') ?? ''
            ])
        );
        return {
            kind: 'field',
            fieldItem: childText(field, 'fieldItem') ?? '',
            identifier: childText(field, 'identifier'),
            uiBehavior: fieldProperties.uiBehavior,
            visibilityRule: visibilityRule(field)
        };
    }
    return null;
}

/** Reads one FlexiPage by name; null when the package has none by that name. */
export function readFlexipage(sourceDir: string, name: string): FlexipageDefinition | null {
    const file = path.join(sourceDir, 'flexipages', `${name}.flexipage-meta.xml`);
    if (!fs.existsSync(file)) {
        return null;
    }
    const root = readMetadataXml(file, 'FlexiPage');
    const template = childNodes(root, 'template')[0];
    return {
        name,
        label: childText(root, 'masterLabel') ?? name,
        type: childText(root, 'type') ?? '',
        objectApiName: childText(root, 'sobjectType'),
        template: childText(template, 'name') ?? '',
        templateProperties: properties(template),
        regions: childNodes(root, 'flexiPageRegions').map((region) => ({
            name: childText(region, 'name') ?? '',
            type: childText(region, 'type') ?? 'Region',
            items: childNodes(region, 'itemInstances')
                .map(placedItem)
                .filter((item): item is PlacedComponent | PlacedField => item !== null)
        }))
    };
}

/** The Flexipage a View action override names for the object on the desktop, if any. */
function viewOverride(root: XmlNode, objectApiName: string | null): string | undefined {
    const override = childNodes(root, 'actionOverrides').find(
        (entry) =>
            childText(entry, 'actionName') === 'View' &&
            childText(entry, 'type') === 'Flexipage' &&
            (objectApiName === null || childText(entry, 'pageOrSobjectType') === objectApiName) &&
            (childText(entry, 'formFactor') ?? 'Large') === 'Large'
    );
    return override && childText(override, 'content');
}

/**
 * The record page an object's records open in: the app's assignment (its `actionOverrides`) first,
 * then the org default set on the object; null when neither assigns one (the default record page).
 */
export function recordPageFor(
    sourceDir: string,
    objectApiName: string,
    appName = DEFAULT_APP
): FlexipageDefinition | null {
    const appFile = path.join(sourceDir, 'applications', `${appName}.app-meta.xml`);
    const fromApp = fs.existsSync(appFile)
        ? viewOverride(readMetadataXml(appFile, 'CustomApplication'), objectApiName)
        : undefined;
    const objectFile = path.join(sourceDir, 'objects', objectApiName, `${objectApiName}.object-meta.xml`);
    const fromObject =
        fromApp === undefined && fs.existsSync(objectFile)
            ? viewOverride(readMetadataXml(objectFile, 'CustomObject'), null)
            : undefined;
    const name = fromApp ?? fromObject;
    if (!name) {
        return null;
    }
    const page = readFlexipage(sourceDir, name);
    if (!page) {
        throw new Error(
            `${objectApiName} records open in the Lightning page ${name}, which the package does not have.`
        );
    }
    return page;
}

/** The Lightning page a Lightning page tab shows (the tab's `flexiPage`); null for any other tab or none. */
export function tabPageFor(sourceDir: string, tabName: string): FlexipageDefinition | null {
    const tab = readTabs(sourceDir).get(tabName.toLowerCase());
    const name = tab?.name === tabName ? tab.flexiPage : undefined;
    if (!name) {
        return null;
    }
    const page = readFlexipage(sourceDir, name);
    if (!page) {
        throw new Error(`The tab ${tabName} shows the Lightning page ${name}, which the package does not have.`);
    }
    return page;
}

/**
 * The related lists of the object's page layout (the package gives each object one layout), in
 * layout order. Salesforce's own lists (`RelatedHistoryList`, …) are left out: they are not
 * child records the shell can query.
 */
export function layoutRelatedLists(sourceDir: string, objectApiName: string): LayoutRelatedList[] {
    const file = metadataFiles(path.join(sourceDir, 'layouts'), '.layout-meta.xml').find((candidate) =>
        path.basename(candidate).startsWith(`${objectApiName}-`)
    );
    if (!file) {
        return [];
    }
    return childNodes(readMetadataXml(file, 'Layout'), 'relatedLists')
        .map((list) => {
            const [childObjectApiName, fieldName] = (childText(list, 'relatedList') ?? '').split('.');
            return {
                childObjectApiName,
                fieldName,
                columns: childNodes(list, 'fields').map((field) => field['#text'] ?? '')
            };
        })
        .filter((list) => list.fieldName !== undefined);
}
