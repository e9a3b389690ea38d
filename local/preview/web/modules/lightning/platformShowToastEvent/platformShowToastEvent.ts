import type { ShowToastEventDetail } from 'lightning/platformShowToastEvent';

/**
 * lightning/platformShowToastEvent (Component Reference, "Platform Show Toast Event"): a component
 * dispatches the event and "the app handles the rest" — in the preview, the shell listens for it
 * on the page. The name and the flags are those the platform's event has (lightning-base-components'
 * lightning/showToastEvent and sfdx-lwc-jest's stub agree): it bubbles and is composed, so it
 * leaves every shadow root on its way up.
 */
export const SHOW_TOAST_EVENT_NAME = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
    constructor(detail: ShowToastEventDetail) {
        super(SHOW_TOAST_EVENT_NAME, { bubbles: true, composed: true, cancelable: true, detail });
    }
}
