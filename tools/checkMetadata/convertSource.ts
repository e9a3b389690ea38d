import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageBin, runCommand } from '../shared/runCommand';
import type { MetadataProblem } from './metadataProblem';

/** Environment for every `sf` run: no telemetry, no update check (no network here). */
export const SF_ENV = {
    SF_DISABLE_TELEMETRY: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_AUTOUPDATE_DISABLE: 'true'
};

/** `sf project convert source` into a scratch folder: the CLI's own view of the package. */
export async function checkConvertSource(root: string, packageDir: string): Promise<MetadataProblem[]> {
    const output = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-convert-'));
    try {
        const result = await runCommand(
            process.execPath,
            [
                packageBin('@salesforce/cli', 'bin/run.js'),
                'project',
                'convert',
                'source',
                '--root-dir',
                packageDir,
                '--output-dir',
                path.join(output, 'mdapi'),
                '--json'
            ],
            { cwd: root, env: SF_ENV }
        );
        if (result.exitCode === 0) {
            return [];
        }
        let message = result.output.trim();
        try {
            const parsed = JSON.parse(result.output) as { message?: string; name?: string };
            message = `${parsed.name ?? 'Error'}: ${parsed.message ?? message}`;
        } catch {
            // Not JSON: keep what the CLI printed.
        }
        return [{ file: packageDir, element: 'sf project convert source', message: `fails: ${message}` }];
    } finally {
        fs.rmSync(output, { recursive: true, force: true });
    }
}
