import jsforce from 'jsforce';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { openLocalOrg } from '../../local/org/openLocalOrg';
import { startLocalOrgServer } from '../../local/server';
import { bundlePreview } from '../../local/preview/previewBundle';
import { startPreviewServer, type PreviewServer } from '../../local/preview/previewServer';
import { prepareDemo } from '../seed/demoCenter';
import { JobError } from '../cli/exitCodes';
import { numberOption } from '../cli/numberOption';
import { outputFor } from '../cli/output';
import {
    DEFAULT_DB_PATH,
    DEFAULT_ORG_FILE,
    DEFAULT_PORT,
    DEFAULT_PREVIEW_PORT,
    DEFAULT_SOURCE_DIR,
    orgDetails,
    releaseLock,
    resetDatabase,
    takeLock,
    writeOrgDetails
} from './localOrgFiles';

interface StartOptions {
    port: number;
    db: string;
    source: string;
    orgFile: string;
    demo?: boolean;
    preview?: boolean;
    previewPort: number;
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
function stopRequested(): Promise<string> {
    return new Promise((resolve) => {
        const stop = (signal: string): void => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}

function startCommand(): Command {
    return new Command('start')
        .description('serve the local org (Salesforce REST API over one SQLite file) until Ctrl-C or SIGTERM')
        .option(
            '--port <number>',
            'the port on 127.0.0.1 (0 picks a free one)',
            numberOption('--port', { min: 0, max: 65535, integer: true }),
            DEFAULT_PORT
        )
        .option('--db <path>', 'the SQLite file holding the data', DEFAULT_DB_PATH)
        .option('--source <dir>', 'the package metadata the org obeys', DEFAULT_SOURCE_DIR)
        .option(
            '--org-file <path>',
            'where to write the connection details (instanceUrl, apiVersion, users)',
            DEFAULT_ORG_FILE
        )
        .option('--demo', 'seed the demo contact center when the org is empty, and run the sampling plans that are due')
        .option('--preview', 'also serve the preview: the package’s components in the browser on this org')
        .option(
            '--preview-port <number>',
            'the preview’s port on 127.0.0.1 (0 picks a free one)',
            numberOption('--preview-port', { min: 0, max: 65535, integer: true }),
            DEFAULT_PREVIEW_PORT
        )
        .action(async (options: StartOptions, command: Command) => {
            const output = outputFor(command);
            let org;
            try {
                // The default .local/ folder does not exist on a fresh clone.
                fs.mkdirSync(path.dirname(path.resolve(options.db)), { recursive: true });
                org = openLocalOrg({ dbPath: options.db, sourceDir: options.source });
            } catch (error) {
                throw new JobError(`The local org could not open ${options.db}: ${(error as Error).message}`);
            }
            let server;
            try {
                server = await startLocalOrgServer({ org, port: options.port });
                takeLock(options.db, server.instanceUrl);
            } catch (error) {
                await server?.close();
                org.close();
                const code = (error as NodeJS.ErrnoException).code;
                throw code === 'EADDRINUSE'
                    ? new JobError(`Port ${options.port} is in use: choose another with --port.`)
                    : error;
            }
            const stopping = stopRequested();
            let preview: PreviewServer | undefined;
            try {
                writeOrgDetails(options.orgFile, orgDetails(org, server.instanceUrl));
                if (options.demo) {
                    const admin = org.users()[0];
                    const conn = new jsforce.Connection({
                        instanceUrl: server.instanceUrl,
                        accessToken: admin.accessToken,
                        version: org.apiVersion
                    });
                    const demo = await prepareDemo(conn, output, admin.id, new Date());
                    output.note(
                        `${demo.seeded ? 'Demo contact center seeded; ' : ''}sampling assigned ${demo.assessmentsAssigned} new assessments`
                    );
                }
                if (options.preview) {
                    output.note('Bundling the preview (the package’s components, base components, SLDS)…');
                    const root = process.cwd();
                    // Beside the data, so each local org (and each test's) has its own bundle cache.
                    const bundleDir = path.join(path.dirname(path.resolve(options.db)), 'preview');
                    const bundle = await bundlePreview(root, bundleDir);
                    if (bundle.reused) {
                        output.note('(the preview is unchanged since its last bundle)');
                    }
                    preview = await startPreviewServer({
                        org,
                        orgUrl: server.instanceUrl,
                        root,
                        bundleDir,
                        sourceDir: options.source,
                        port: options.previewPort
                    }).catch((error: NodeJS.ErrnoException) => {
                        throw error.code === 'EADDRINUSE'
                            ? new JobError(`Port ${options.previewPort} is in use: choose another with --preview-port.`)
                            : error;
                    });
                    output.note(`Local org at ${server.instanceUrl} (data ${options.db}, details ${options.orgFile})`);
                }
                output.result(
                    {
                        instanceUrl: server.instanceUrl,
                        apiVersion: org.apiVersion,
                        db: options.db,
                        orgFile: options.orgFile,
                        ...(preview ? { previewUrl: preview.url } : {})
                    },
                    [
                        preview
                            ? `Verity is running at ${preview.url}`
                            : `Local org ready at ${server.instanceUrl} (data ${options.db}, details ${options.orgFile})`
                    ]
                );
                const signal = await stopping;
                output.note(`Local org stopping (${signal})`);
            } finally {
                await preview?.close();
                await server.close();
                org.close();
                releaseLock(options.db);
            }
        });
}

function resetCommand(): Command {
    return new Command('reset')
        .description('delete the local org’s data (it starts over at the next start); refused while a server uses it')
        .option('--db <path>', 'the SQLite file holding the data', DEFAULT_DB_PATH)
        .action((options: { db: string }, command: Command) => {
            const removed = resetDatabase(options.db);
            outputFor(command).result({ db: options.db, removed }, [
                removed.length > 0
                    ? `Local org data deleted: ${removed.map((file) => path.basename(file)).join(', ')}`
                    : `No local org data at ${options.db}`
            ]);
        });
}

/** `verity local start|reset`: the local org that stands in for Salesforce on this machine. */
export function localCommand(): Command {
    return new Command('local')
        .description('the local org: a stand-in for Salesforce on this machine (start, reset)')
        .addCommand(startCommand())
        .addCommand(resetCommand());
}
