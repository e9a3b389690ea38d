import { LightningElement, api, getComponentDef } from 'lwc';
import placeableComponents from 'shell/placeableComponents';
import { session } from 'preview/session';
import type { PageContext } from 'shell/pageContext';
import { displayAt } from 'shell/uiApiRecords';
import { isVisible, type VisibilityRule } from 'shell/visibilityRules';

/** A Lightning page as the preview server reads it (local/preview/flexipages.ts). */
export interface PlacedComponent {
    kind: 'component';
    name: string;
    identifier?: string;
    properties: Record<string, string>;
    visibilityRule?: VisibilityRule;
}

export interface PlacedField {
    kind: 'field';
    fieldItem: string;
    identifier?: string;
    uiBehavior?: string;
    visibilityRule?: VisibilityRule;
}

export type PlacedItem = PlacedComponent | PlacedField;

export interface FlexipageRegion {
    name: string;
    type: string;
    items: PlacedItem[];
}

export interface Flexipage {
    name: string;
    label: string;
    type: string;
    objectApiName?: string;
    template: string;
    regions: FlexipageRegion[];
}

const DETAIL_PANELS = new Set(['force:detailPanel', 'force:recordDetailPanelMobile']);
const TAB_TITLES: Record<string, string> = {
    'Standard.Tab.detail': 'Details',
    'Standard.Tab.relatedLists': 'Related',
    'Standard.Tab.activity': 'Activity',
    'Standard.Tab.collaborate': 'Chatter',
    'Standard.Tab.feed': 'Chatter',
    'Standard.Tab.news': 'News'
};
const PACKAGE_NAMESPACES = ['c', 'verity'];

/** A design attribute's text as the component's property type says: Integer → number, Boolean → boolean. */
function typedValue(text: string, type: string | undefined): unknown {
    if (type === 'Integer') {
        return Number(text);
    }
    if (type === 'Boolean') {
        return text === 'true';
    }
    return text;
}

/**
 * One component (or Dynamic Forms field) placed on a Lightning page. Standard components become
 * the shell's stand-ins; the package's own (`c:name`) render as the real components, given the
 * record context and the properties the page sets; anything else shows a placeholder naming it,
 * so nothing on a page disappears silently. A visibility rule hides the item as the platform would.
 */
export default class FlexipageItem extends LightningElement {
    @api item: PlacedItem | null = null;
    @api regions: FlexipageRegion[] = [];
    @api context: PageContext | null = null;

    private get component(): PlacedComponent | null {
        return this.item?.kind === 'component' ? this.item : null;
    }

    private get name(): string {
        return this.component?.name ?? '';
    }

    get componentName(): string {
        return this.name;
    }

    private get visibility(): { visible: boolean; problem: string | null } {
        try {
            const visible = isVisible(this.item?.visibilityRule, {
                record: this.context?.record ?? null,
                customPermissions: session.customPermissions,
                userId: session.userId
            });
            return { visible, problem: null };
        } catch (error) {
            return { visible: false, problem: (error as Error).message };
        }
    }

    get visibilityProblem(): string | null {
        return this.visibility.problem;
    }

    get isShown(): boolean {
        return this.visibility.visible;
    }

    get isField(): boolean {
        return this.item?.kind === 'field';
    }

    get fieldLabel(): string {
        const path = this.item?.kind === 'field' ? this.item.fieldItem.replace(/^Record\./, '') : '';
        return this.context?.objectInfo?.fields[path]?.label ?? path;
    }

    get fieldText(): string {
        const path = this.item?.kind === 'field' ? this.item.fieldItem.replace(/^Record\./, '') : '';
        const relationship = this.context?.objectInfo?.fields[path]?.relationshipName;
        return (relationship && displayAt(this.context?.record, relationship)) || displayAt(this.context?.record, path);
    }

    get isHighlights(): boolean {
        return this.name === 'force:highlightsPanel';
    }

    get isDetail(): boolean {
        return DETAIL_PANELS.has(this.name);
    }

    get isRelatedLists(): boolean {
        return this.name === 'force:relatedListContainer';
    }

    get isRelatedList(): boolean {
        return this.name === 'force:relatedListSingleContainer';
    }

    get isTabset(): boolean {
        return this.name === 'flexipage:tabset';
    }

    get isRichText(): boolean {
        return this.name === 'flexipage:richText';
    }

    get properties(): Record<string, string> {
        return this.component?.properties ?? {};
    }

    get relationshipApiName(): string | undefined {
        return this.properties.relatedListApiName;
    }

    get rowsToDisplay(): string | undefined {
        return this.properties.rowsToDisplay;
    }

    get richText(): string {
        return this.properties.richTextValue ?? '';
    }

    /** The tabs of a tabset: its `tabs` facet holds flexipage:tab components, each with its own body facet. */
    get tabs(): { key: string; label: string; region: FlexipageRegion | undefined }[] {
        const facet = this.regions.find((region) => region.name === this.properties.tabs);
        return (facet?.items ?? [])
            .filter((item): item is PlacedComponent => item.kind === 'component' && item.name === 'flexipage:tab')
            .map((tab, index) => ({
                key: tab.identifier ?? `tab-${index}`,
                label: TAB_TITLES[tab.properties.title] ?? tab.properties.title ?? `Tab ${index + 1}`,
                region: this.regions.find((region) => region.name === tab.properties.body)
            }));
    }

    private get packageComponentName(): string | null {
        const [namespace, name] = this.name.split(':');
        return PACKAGE_NAMESPACES.includes(namespace) && name ? name : null;
    }

    get packageComponent(): unknown {
        const name = this.packageComponentName;
        return name ? (placeableComponents[name]?.constructor ?? null) : null;
    }

    /**
     * The real component's @api properties: the record context when it declares recordId and
     * objectApiName (as the platform sets them only then), then the page's properties by their
     * declared types.
     */
    get packageProperties(): Record<string, unknown> {
        const name = this.packageComponentName;
        const placeable = name ? placeableComponents[name] : undefined;
        const types = placeable?.propertyTypes ?? {};
        const declared = placeable ? getComponentDef(placeable.constructor).props : {};
        const properties: Record<string, unknown> = {};
        if (this.context?.recordId && 'recordId' in declared) {
            properties.recordId = this.context.recordId;
        }
        if (this.context?.objectApiName && 'objectApiName' in declared) {
            properties.objectApiName = this.context.objectApiName;
        }
        for (const [property, text] of Object.entries(this.properties)) {
            properties[property] = typedValue(text, types[property]);
        }
        return properties;
    }

    get isPackageComponent(): boolean {
        return this.packageComponent !== null;
    }

    get placeholder(): string {
        if (this.packageComponentName) {
            return `${this.name} is not a component of the package exposed for Lightning pages.`;
        }
        return `The preview has no stand-in for ${this.name}.`;
    }
}
