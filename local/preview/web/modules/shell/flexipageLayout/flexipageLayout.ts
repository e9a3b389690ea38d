import { LightningElement, api } from 'lwc';
import type { PageContext } from 'shell/pageContext';
import type { Flexipage, FlexipageRegion } from 'shell/flexipageItem';

interface PlacedRegion {
    key: string;
    region: FlexipageRegion;
    columnClass: string;
}

/** Regions that span the page whatever the template. */
const FULL_WIDTH = new Set(['header', 'footer']);

/** The column width of each region in a row, by how the template splits the row. */
function widths(names: string[]): string[] {
    if (names.length === 2 && names.includes('sidebar')) {
        return names.map((name) => (name === 'sidebar' ? 'slds-large-size_4-of-12' : 'slds-large-size_8-of-12'));
    }
    const size = names.length === 3 ? '4-of-12' : names.length === 2 ? '6-of-12' : '12-of-12';
    return names.map(() => `slds-large-size_${size}`);
}

/**
 * A Lightning page laid out by its template: the header (and footer) across the page, the other
 * regions side by side (main and sidebar two-thirds and one-third, as the record home template
 * has them), each holding its placed components. Facets (a tab's body) are not laid out here:
 * the component that holds them renders them.
 */
export default class FlexipageLayout extends LightningElement {
    @api flexipage: Flexipage | null = null;
    @api context: PageContext | null = null;

    private placed(regions: FlexipageRegion[]): PlacedRegion[] {
        const sizes = widths(regions.map((region) => region.name));
        return regions.map((region, index) => ({
            key: region.name,
            region,
            columnClass: `slds-col slds-size_1-of-1 ${sizes[index]} slds-p-bottom_small`
        }));
    }

    private get templateRegions(): FlexipageRegion[] {
        return (this.flexipage?.regions ?? []).filter((region) => region.type !== 'Facet');
    }

    get topRegions(): PlacedRegion[] {
        return this.placed(this.templateRegions.filter((region) => region.name === 'header'));
    }

    get rowRegions(): PlacedRegion[] {
        return this.placed(this.templateRegions.filter((region) => !FULL_WIDTH.has(region.name)));
    }

    get bottomRegions(): PlacedRegion[] {
        return this.placed(this.templateRegions.filter((region) => region.name === 'footer'));
    }

    get allRegions(): FlexipageRegion[] {
        return this.flexipage?.regions ?? [];
    }
}
