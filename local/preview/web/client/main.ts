// Synthetic shadow first: without it SLDS classes do not reach inside components, as on the platform.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import ShellApp from 'shell/app';

const root = document.getElementById('verity-root');
if (!root) {
    throw new Error('The preview page has no #verity-root element.');
}
root.appendChild(createElement('shell-app', { is: ShellApp }));
