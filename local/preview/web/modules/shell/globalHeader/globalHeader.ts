import { LightningElement, api } from 'lwc';

/** Lightning Experience's global header: the app's mark in its brand colour, and who you are acting as. */
export default class GlobalHeader extends LightningElement {
    @api appLabel = '';
    @api brandColor = '#0176d3';

    get markStyle(): string {
        return `background-color: ${this.brandColor};`;
    }

    get initial(): string {
        return (this.appLabel || 'V').charAt(0);
    }
}
