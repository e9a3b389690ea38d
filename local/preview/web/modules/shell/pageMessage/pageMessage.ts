import { LightningElement, api } from 'lwc';

/** A page's clear message in place of content: not found, no access, or the local org's error. */
export default class PageMessage extends LightningElement {
    @api override title = '';
    @api message = '';
    /** info or error. */
    @api variant = 'info';

    get isError(): boolean {
        return this.variant === 'error';
    }

    get iconName(): string {
        return this.isError ? 'utility:error' : 'utility:info';
    }

    get iconVariant(): string {
        return this.isError ? 'error' : '';
    }

    get role(): string | null {
        return this.isError ? 'alert' : null;
    }
}
