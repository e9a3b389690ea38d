import { toId18 } from '../../ids/salesforceIds';
import type { ApplicationDefinition } from '../../metadata/customApplications';
import type { TabDefinition } from '../../metadata/customTabs';
import { SYSTEM_ADMINISTRATOR } from '../../security';
import { STANDARD_OBJECTS } from '../../standardObjects';
import { jsonResponse, notFound, type ApiRequest, type ApiResponse } from '../apiExchange';
import type { CallerSchema } from './callerSchema';
import { eTagOf, metadataId } from './metadataIds';
import { motifIconUrl } from './objectInfo';
import type { PackageUi } from './packageUi';

/**
 * `GET ui-api/apps`, `apps/selected` and `apps/{appId}` (User Interface API Developer Guide, "Get
 * Apps", "App", "Navigation Item"): the package's CustomApplication metadata and its tabs, for the
 * caller. An app is theirs when their profile is System Administrator or a permission set of
 * theirs makes it visible (`applicationVisibilities`); an object tab shows when they can read the
 * object and, unless they are an administrator, a permission set of theirs shows the tab
 * (`tabSettings` Visible or Available); a Lightning page tab shows on that grant alone. The app ID
 * is stable, with the CustomApplication key prefix 02u; the selected app is the first visible one
 * (the local org keeps no last-used app).
 */

interface NavItem {
    availableInClassic: boolean;
    availableInLightning: boolean;
    color: string | null;
    content: string;
    custom: boolean;
    developerName: string;
    iconUrl: string | null;
    id: string | null;
    itemType: string;
    label: string;
    objectApiName: string | null;
    objectLabel: string | null;
    objectLabelPlural: string | null;
    pageReference: { type: string; attributes: Record<string, string>; state: Record<string, never> };
    standardType: string | null;
}

/** Standard tabs that open a page rather than an object's home: `standard-home`. */
const STANDARD_PAGES: Readonly<Record<string, { label: string; pageName: string; standardType: string }>> = {
    home: { label: 'Home', pageName: 'home', standardType: 'Home' }
};
/** Standard object tabs of objects the local org does not store: their home pages still open. */
const UNSTORED_OBJECTS: Readonly<Record<string, { objectApiName: string; label: string; labelPlural: string }>> = {
    report: { objectApiName: 'Report', label: 'Report', labelPlural: 'Reports' },
    dashboard: { objectApiName: 'Dashboard', label: 'Dashboard', labelPlural: 'Dashboards' }
};

interface CallerNavigation {
    admin: boolean;
    applications: Set<string>;
    /** Lower-cased tabs a permission set shows (Visible or Available). */
    tabs: Set<string>;
}

function callerNavigation(schema: CallerSchema, ui: PackageUi): CallerNavigation {
    const grants = schema.org.callerGrants(schema.caller);
    const navigation: CallerNavigation = {
        admin: grants.profile === SYSTEM_ADMINISTRATOR,
        applications: new Set(),
        tabs: new Set()
    };
    for (const name of grants.permissionSets) {
        const grant = ui.navigationGrants.get(name.toLowerCase());
        grant?.applications.forEach((application) => navigation.applications.add(application));
        grant?.tabs.forEach((visibility, tab) => {
            if (visibility === 'Visible' || visibility === 'Available') {
                navigation.tabs.add(tab);
            }
        });
    }
    return navigation;
}

function objectItem(
    developerName: string,
    object: { objectApiName: string; label: string; labelPlural: string },
    custom: boolean,
    iconUrl: string | null
): NavItem {
    return {
        availableInClassic: true,
        availableInLightning: true,
        color: null,
        content: `/lightning/o/${object.objectApiName}/home`,
        custom,
        developerName,
        iconUrl,
        id: null,
        itemType: 'Entity',
        label: object.labelPlural,
        objectApiName: object.objectApiName,
        objectLabel: object.label,
        objectLabelPlural: object.labelPlural,
        pageReference: {
            type: 'standard__objectPage',
            attributes: { objectApiName: object.objectApiName, actionName: 'home' },
            state: {}
        },
        standardType: null
    };
}

/**
 * A Lightning page tab: item type TabFlexiPage (the Describe App Menu's Tab.flexiPage), opened as
 * a standard__navItemPage named by the tab. Such tabs live in Lightning Experience only.
 */
function lightningPageItem(tab: TabDefinition): NavItem {
    return {
        availableInClassic: false,
        availableInLightning: true,
        color: null,
        content: `/lightning/n/${tab.name}`,
        custom: true,
        developerName: tab.name,
        iconUrl: motifIconUrl(tab.motif),
        id: null,
        itemType: 'TabFlexiPage',
        label: tab.label ?? tab.name,
        objectApiName: null,
        objectLabel: null,
        objectLabelPlural: null,
        pageReference: { type: 'standard__navItemPage', attributes: { apiName: tab.name }, state: {} },
        standardType: null
    };
}

/** The navigation item of one tab of the app, or null when the caller does not see it. */
function navItem(schema: CallerSchema, ui: PackageUi, navigation: CallerNavigation, tab: string): NavItem | null {
    const standard = /^standard-(.+)$/.exec(tab);
    if (standard) {
        const key = standard[1].toLowerCase();
        const page = STANDARD_PAGES[key];
        if (page) {
            return {
                ...objectItem(tab, { objectApiName: '', label: page.label, labelPlural: page.label }, false, null),
                content: `/lightning/page/${page.pageName}`,
                itemType: 'Standard',
                objectApiName: null,
                objectLabel: null,
                objectLabelPlural: null,
                pageReference: { type: 'standard__namedPage', attributes: { pageName: page.pageName }, state: {} },
                standardType: page.standardType
            };
        }
        const unstored = UNSTORED_OBJECTS[key];
        if (unstored) {
            return objectItem(tab, unstored, false, null);
        }
        if (!STANDARD_OBJECTS.some((object) => object.name.toLowerCase() === key)) {
            throw new Error(`The app's tab ${tab} is not a standard tab the local org knows.`);
        }
        const object = schema.find(standard[1]);
        return object
            ? objectItem(
                  tab,
                  { objectApiName: object.name, label: object.label, labelPlural: object.labelPlural },
                  false,
                  null
              )
            : null;
    }
    const definition = ui.tabs.get(tab.toLowerCase());
    const granted = navigation.admin || navigation.tabs.has(tab.toLowerCase());
    if (definition?.flexiPage) {
        return granted ? lightningPageItem(definition) : null;
    }
    if (!definition?.customObject) {
        throw new Error(`The app's tab ${tab} is neither an object tab nor a Lightning page tab of the package.`);
    }
    const object = schema.find(definition.name);
    if (!object || !granted) {
        return null;
    }
    return objectItem(
        tab,
        { objectApiName: object.name, label: object.label, labelPlural: object.labelPlural },
        true,
        motifIconUrl(definition.motif)
    );
}

function appOf(
    schema: CallerSchema,
    ui: PackageUi,
    navigation: CallerNavigation,
    application: ApplicationDefinition,
    selected: boolean
): Record<string, unknown> {
    const appId = metadataId('02u', application.name);
    const representation = {
        appId,
        description: application.description ?? null,
        developerName: application.name,
        formFactors: application.formFactors,
        headerColor: application.headerColor ?? null,
        iconUrl: null,
        isNavAutoTempTabsDisabled: application.isNavAutoTempTabsDisabled,
        isNavPersonalizationDisabled: application.isNavPersonalizationDisabled,
        isNavTabPersistenceDisabled: application.isNavTabPersistenceDisabled,
        isOmniPinnedViewEnabled: false,
        label: application.label,
        logoUrl: null,
        mobileStartUrl: null,
        navItems: application.tabs
            .map((tab) => navItem(schema, ui, navigation, tab))
            .filter((item): item is NavItem => item !== null),
        selected,
        startUrl: `/lightning/app/${appId}`,
        type: application.uiType,
        userNavItems: []
    };
    return { eTag: eTagOf(representation), ...representation };
}

/** The caller's apps for a form factor (Large unless asked), the first one selected. */
function visibleApps(request: ApiRequest, schema: CallerSchema, ui: PackageUi): Record<string, unknown>[] {
    const navigation = callerNavigation(schema, ui);
    const formFactor = (request.query.get('formFactor') ?? 'Large').toLowerCase();
    return ui.applications
        .filter(
            (application) =>
                (navigation.admin || navigation.applications.has(application.name.toLowerCase())) &&
                application.formFactors.some((candidate) => candidate.toLowerCase() === formFactor)
        )
        .map((application, index) => appOf(schema, ui, navigation, application, index === 0));
}

/** Everything under `ui-api/apps`. */
export function appsRoute(request: ApiRequest, schema: CallerSchema, ui: PackageUi, rest: string[]): ApiResponse {
    const apps = visibleApps(request, schema, ui);
    if (rest.length === 0) {
        return jsonResponse(200, { apps, eTag: eTagOf(apps) });
    }
    if (rest.length === 1) {
        const wanted = rest[0] === 'selected' ? null : toId18(rest[0]);
        const app = apps.find((candidate) => (wanted === null ? candidate.selected : candidate.appId === wanted));
        if (app) {
            return jsonResponse(200, app);
        }
    }
    throw notFound();
}
