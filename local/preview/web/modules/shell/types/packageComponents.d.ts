// `preview/packageComponents` is generated at bundle time by local/preview/previewBundle.ts from the
// package's components exposed for Lightning pages; this declares its shape for the type-check.
declare module 'preview/packageComponents' {
    import type { LightningElement } from 'lwc';

    export interface PlaceableComponent {
        constructor: new () => LightningElement;
        /** Property name → String, Integer, Boolean, … as the component's js-meta.xml declares it. */
        propertyTypes: Record<string, string>;
    }

    const components: Record<string, PlaceableComponent>;
    export default components;
}
