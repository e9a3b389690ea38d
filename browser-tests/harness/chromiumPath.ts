import fs from 'node:fs';

/** Debian's Chromium: playwright-core drives it, since it cannot download a browser of its own here. */
export const CHROMIUM = process.env.VERITY_CHROMIUM ?? '/usr/bin/chromium';

/** Throws, saying how to install it, when the browser is missing. */
export function assertChromiumInstalled(): void {
    if (!fs.existsSync(CHROMIUM)) {
        throw new Error(
            `The browser tests need Chromium at ${CHROMIUM}, and it is not there. Install it with ` +
                '`sudo apt-get update && sudo apt-get install -y chromium` (Debian), or point VERITY_CHROMIUM at a ' +
                'Chromium or Chrome binary.'
        );
    }
}

/** Flags that let Chromium start headless as root on a machine with a closed network. */
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];
