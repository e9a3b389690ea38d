import path from 'node:path';
import { packageBin, runCommand } from '../shared/runCommand';

/** The TypeScript projects: the Node side, the components (DOM, LWC), and the preview's browser code. */
export const TYPESCRIPT_PROJECTS = ['tsconfig.json', 'lwc-ts/tsconfig.json', 'local/preview/web/tsconfig.json'];

export interface TypeCheckResult {
    ok: boolean;
    /** tsc's diagnostics, file:line:column first, for every project that failed. */
    diagnostics: string;
}

/** Type-checks every TypeScript source in strict mode, both projects side by side (incremental). */
export async function typeCheck(root: string): Promise<TypeCheckResult> {
    const tsc = packageBin('typescript', 'bin/tsc');
    const results = await Promise.all(
        TYPESCRIPT_PROJECTS.map((project) =>
            runCommand(process.execPath, [tsc, '--project', path.join(root, project), '--pretty', 'false'], {
                cwd: root
            })
        )
    );
    const failed = results.filter((result) => result.exitCode !== 0);
    return { ok: failed.length === 0, diagnostics: failed.map((result) => result.output.trim()).join('\n') };
}
