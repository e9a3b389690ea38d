/**
 * The `<target>` values a Lightning web component may declare, per the LWC Developer Guide
 * ("XML Configuration File Elements", targets). A value outside this list fails to deploy.
 */
export const COMPONENT_TARGETS = new Set([
    'analytics__Dashboard',
    'lightning__AppPage',
    'lightning__Dashboard',
    'lightning__FlowAction',
    'lightning__FlowScreen',
    'lightning__GlobalAction',
    'lightning__HomePage',
    'lightning__Inbox',
    'lightning__RecordAction',
    'lightning__RecordPage',
    'lightning__Tab',
    'lightning__UrlAddressable',
    'lightning__UtilityBar',
    'lightning__VoiceExtension',
    'lightningCommunity__Default',
    'lightningCommunity__Page',
    'lightningCommunity__Page_Layout',
    'lightningCommunity__Theme_Layout',
    'lightningSnapin__ChatHeader',
    'lightningSnapin__ChatMessage',
    'lightningSnapin__Minimized',
    'lightningSnapin__PreChat',
    'lightningStatic__Email'
]);

/** The component target a Lightning page of each FlexiPage type needs. */
export const TARGET_FOR_PAGE_TYPE: Readonly<Record<string, string>> = {
    RecordPage: 'lightning__RecordPage',
    AppPage: 'lightning__AppPage',
    HomePage: 'lightning__HomePage',
    UtilityBar: 'lightning__UtilityBar'
};
