import { LightningElement } from 'lwc';
import { session } from 'preview/session';

/** The preview's Lightning Experience: global header, the app's navigation, and the page. */
export default class App extends LightningElement {
    get userName(): string {
        return session.name;
    }
}
