import { LightningElement, api } from 'lwc';
import type { PageContext } from 'shell/pageContext';
import type { FlexipageRegion as Region, PlacedItem } from 'shell/flexipageItem';

/** One region (or facet) of a Lightning page: its placed components and fields, top to bottom. */
export default class FlexipageRegion extends LightningElement {
    @api region: Region | null = null;
    /** Every region of the page, so a component holding a facet (a tab's body) can find it. */
    @api regions: Region[] = [];
    @api context: PageContext | null = null;

    get items(): { key: string; item: PlacedItem }[] {
        return (this.region?.items ?? []).map((item, index) => ({
            key: item.identifier ?? `${this.region?.name}-${index}`,
            item
        }));
    }
}
