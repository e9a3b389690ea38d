import fs from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { OrgData, OrgUser } from '../org/orgData';
import { readPermissionSets } from '../security/permissionSets';
import { layoutRelatedLists, recordPageFor, tabPageFor } from './flexipages';
import { previewSession } from './previewSession';

/**
 * Serves the preview: one page (every Lightning URL answers with it; the shell routes in the
 * browser), the bundle, and SLDS's stylesheet, icons and fonts. The page carries the session of
 * the persona chosen in the switcher (a cookie); the components then call the local org directly
 * with that user's token. For this machine only: it listens on 127.0.0.1.
 */
export interface PreviewServerOptions {
    org: OrgData;
    /** The local org's `http://127.0.0.1:PORT`. */
    orgUrl: string;
    root: string;
    /** Where bundlePreview wrote app.js. */
    bundleDir: string;
    sourceDir: string;
    port?: number;
}

export interface PreviewServer {
    readonly url: string;
    close(): Promise<void>;
}

const PERSONA_COOKIE = 'verity_preview_user';
const SLDS_ASSETS = 'node_modules/@salesforce-ux/design-system/assets';
const CONTENT_TYPES: Record<string, string> = {
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.json': 'application/json; charset=utf-8'
};

function cookieValue(request: IncomingMessage, name: string): string | undefined {
    for (const part of (request.headers.cookie ?? '').split(';')) {
        const [key, ...value] = part.trim().split('=');
        if (key === name) {
            return decodeURIComponent(value.join('='));
        }
    }
    return undefined;
}

/** A file under `base`, or null when the path is missing or escapes it. */
function fileUnder(base: string, relative: string): string | null {
    const file = path.resolve(base, `.${path.posix.normalize(`/${relative}`)}`);
    if (!file.startsWith(path.resolve(base) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        return null;
    }
    return file;
}

function sendFile(response: ServerResponse, file: string): void {
    response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache'
    });
    fs.createReadStream(file).pipe(response);
}

function sendText(response: ServerResponse, status: number, text: string, type = 'text/plain; charset=utf-8'): void {
    response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) });
    response.end(text);
}

/** JSON inside a script element: `<` escaped so no value can close the element. */
function scriptJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c');
}

function page(sessionJson: string): string {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verity QA</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css">
<script type="application/json" id="verity-session">${sessionJson}</script>
</head>
<body class="slds-scope">
<div id="verity-root"></div>
<script type="module" src="/preview/app.js"></script>
</body>
</html>
`;
}

/**
 * `/preview/flexipages/{objectApiName}`: the record page the app assigns to the object, with the
 * related lists of the object's page layout (which the User Interface API layout resource does
 * not carry); `/preview/flexipages/tab/{tabName}`: the Lightning page a tab shows. `flexipage` is
 * null when there is none (the shell then lays out the default page), so that is no error.
 */
function flexipageAnswer(sourceDir: string, pathname: string): unknown {
    const tab = /^\/preview\/flexipages\/tab\/(\w+)$/.exec(pathname);
    if (tab) {
        return { tab: tab[1], flexipage: tabPageFor(sourceDir, tab[1]) };
    }
    const object = /^\/preview\/flexipages\/(\w+)$/.exec(pathname);
    return object
        ? {
              objectApiName: object[1],
              flexipage: recordPageFor(sourceDir, object[1]),
              relatedLists: layoutRelatedLists(sourceDir, object[1])
          }
        : undefined;
}

function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
            try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>);
            } catch (error) {
                reject(error as Error);
            }
        });
        request.on('error', reject);
    });
}

export function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
    const { org } = options;
    const grants = readPermissionSets(options.sourceDir);
    const assetsDir = path.join(options.root, SLDS_ASSETS);

    /** The persona in the cookie; the administrator when there is none or it no longer signs in. */
    const signedIn = (request: IncomingMessage): OrgUser => {
        const username = cookieValue(request, PERSONA_COOKIE);
        return (username ? org.signIn(username) : undefined) ?? org.users()[0];
    };

    const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
        const url = new URL(request.url ?? '/', 'http://preview.invalid');
        const pathname = decodeURIComponent(url.pathname);
        if (request.method === 'POST' && pathname === '/preview/persona') {
            const body = await readJsonBody(request);
            const username = typeof body.username === 'string' ? body.username : '';
            if (!org.signIn(username)) {
                sendText(response, 400, `No active user with username "${username}" in the local org.`);
                return;
            }
            response.writeHead(204, {
                'Set-Cookie': `${PERSONA_COOKIE}=${encodeURIComponent(username)}; Path=/; HttpOnly; SameSite=Strict`
            });
            response.end();
            return;
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            sendText(response, 405, 'The preview serves pages; the data is at the local org.');
            return;
        }
        const flexipage = pathname.startsWith('/preview/flexipages/')
            ? flexipageAnswer(options.sourceDir, pathname)
            : undefined;
        if (flexipage !== undefined) {
            sendText(response, 200, JSON.stringify(flexipage), CONTENT_TYPES['.json']);
            return;
        }
        const asset = pathname.startsWith('/assets/') ? fileUnder(assetsDir, pathname.slice('/assets/'.length)) : null;
        const bundled = pathname.startsWith('/preview/')
            ? fileUnder(options.bundleDir, pathname.slice('/preview/'.length))
            : null;
        if (asset ?? bundled) {
            sendFile(response, (asset ?? bundled) as string);
            return;
        }
        if (pathname === '/' || pathname.startsWith('/lightning/')) {
            const session = previewSession(org, signedIn(request), options.orgUrl, grants);
            sendText(response, 200, page(scriptJson(session)), 'text/html; charset=utf-8');
            return;
        }
        sendText(response, 404, `Not found: ${pathname}`);
    };

    const server = createServer((request, response) => {
        answer(request, response).catch((error: Error) => {
            if (!response.headersSent) {
                sendText(response, 500, error.message);
            } else {
                response.end();
            }
        });
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => {
            const { port } = server.address() as AddressInfo;
            resolve({
                url: `http://127.0.0.1:${port}/`,
                close: () =>
                    new Promise((done) => {
                        server.closeAllConnections();
                        server.close(() => done());
                    })
            });
        });
    });
}
