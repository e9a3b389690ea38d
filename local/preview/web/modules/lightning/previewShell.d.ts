// What the preview's own modules (the shell) import from the platform modules beyond what
// lwc-ts/types/lightning.d.ts declares for the package's components, which must not use it.

declare module 'lightning/platformShowToastEvent' {
    /** The event ShowToastEvent dispatches; the shell listens for it to show the toast. */
    export const SHOW_TOAST_EVENT_NAME: 'lightning__showtoast';
}
