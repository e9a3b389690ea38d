// Declarations for the lightning/* platform modules used by Verity's components. Each follows
// the shape documented in the LWC Developer Guide and the Component Reference; add a module here
// when a component first needs it.

declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventDetail {
        title?: string;
        message: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
        messageData?: Array<string | { url: string; label: string }>;
    }
    export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
        constructor(detail: ShowToastEventDetail);
    }
}
