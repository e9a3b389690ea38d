/** A standard Lightning page template: the page type it is for and the regions it lays out. */
export interface FlexipageTemplate {
    pageType: string;
    regions: string[];
}

/**
 * Standard templates by name, with their region names. The Metadata API documentation lists
 * neither; these are the names Salesforce's own pages use (this package's record pages, the
 * Salesforce CLI's `template generate flexipage`, the trailheadapps samples). A page on a template
 * not listed here has its regions left unchecked.
 */
export const FLEXIPAGE_TEMPLATES: Readonly<Record<string, FlexipageTemplate>> = {
    'flexipage:recordHomeTemplateDesktop': { pageType: 'RecordPage', regions: ['header', 'main', 'sidebar'] },
    'flexipage:defaultAppHomeTemplate': { pageType: 'AppPage', regions: ['main'] },
    'flexipage:appHomeTemplateTwoColumns': { pageType: 'AppPage', regions: ['column1', 'column2'] },
    'flexipage:appHomeTemplateTwoColumnsStacked': { pageType: 'AppPage', regions: ['region1', 'region2', 'region3'] },
    'flexipage:appHomeTemplateThreeColumns': { pageType: 'AppPage', regions: ['region1', 'region2', 'region3'] },
    'flexipage:appHomeTemplateHeaderThreeColumns': {
        pageType: 'AppPage',
        regions: ['region1', 'region2', 'region3', 'region4']
    },
    'flexipage:appHomeTemplateHeaderTwoColumnsEqualWidth': {
        pageType: 'AppPage',
        regions: ['region1', 'region2', 'region3']
    },
    'flexipage:appHomeTemplateHeaderTwoColumnsLeftSidebar': {
        pageType: 'AppPage',
        regions: ['region1', 'region2', 'region3']
    }
};
