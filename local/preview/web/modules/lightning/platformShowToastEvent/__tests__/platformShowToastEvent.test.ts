import type * as Declared from 'lightning/platformShowToastEvent';
import * as toastModule from '../platformShowToastEvent';
import { SHOW_TOAST_EVENT_NAME, ShowToastEvent } from '../platformShowToastEvent';

// The implementation must be what the package's components compile against (checked by npm run build).
const conforms: typeof Declared = toastModule;

describe('ShowToastEvent', () => {
    it('carries the toast as its detail under the name the shell listens for', () => {
        const detail = { title: 'Assessment submitted', message: 'Score 92%', variant: 'success' as const };
        const event = new conforms.ShowToastEvent(detail);

        expect(event.type).toBe(SHOW_TOAST_EVENT_NAME);
        expect(event.type).toBe('lightning__showtoast');
        expect(event.detail).toEqual(detail);
        expect([event.bubbles, event.composed, event.cancelable]).toEqual([true, true, true]);
    });

    it('leaves the shadow root of the component that dispatches it and reaches the page', () => {
        const host = document.createElement('div');
        const inner = document.createElement('span');
        host.attachShadow({ mode: 'open' }).appendChild(inner);
        document.body.appendChild(host);
        const heard: string[] = [];
        const listener = (event: Event) => heard.push((event as ShowToastEvent).detail.message);
        document.addEventListener(SHOW_TOAST_EVENT_NAME, listener);

        inner.dispatchEvent(new ShowToastEvent({ message: 'Coaching task acknowledged' }));

        expect(heard).toEqual(['Coaching task acknowledged']);
        document.removeEventListener(SHOW_TOAST_EVENT_NAME, listener);
        host.remove();
    });
});
