/**
 * `npm run build`: type-checks every TypeScript source, then turns each bundle of lwc-ts/ into the
 * deployable bundle under force-app/main/default/lwc/ and checks it with the LWC compiler.
 * Exit code 1, with the errors, when either fails.
 */
import { findComponentBundles } from './build/componentBundles';
import { emitComponents, LWC_OUTPUT } from './build/emitComponents';
import { typeCheck } from './build/typeCheck';
import { PATHS_FILE, PREVIEW_PATHS_FILE, syncTypeScriptPaths } from './build/typeScriptPaths';

async function build(root: string): Promise<boolean> {
    const started = Date.now();
    const bundles = findComponentBundles(root);
    if (syncTypeScriptPaths(root, bundles)) {
        // The command line resolves `c/<bundle>` through this file before any build has run, so a
        // clone must already hold it up to date: in CI a stale one is an error, not a quiet fix.
        if (process.env.CI) {
            console.error(
                `build: ${PATHS_FILE} or ${PREVIEW_PATHS_FILE} did not name every module; run npm run build and commit them.`
            );
            return false;
        }
        console.log(`build: ${PATHS_FILE} and ${PREVIEW_PATHS_FILE} brought up to date`);
    }
    const typeCheckResult = await typeCheck(root);
    if (!typeCheckResult.ok) {
        console.error(`build: type errors\n${typeCheckResult.diagnostics}`);
        return false;
    }
    const report = emitComponents(root, bundles);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
        `build: type-checked; ${bundles.length} component bundles in ${LWC_OUTPUT} ` +
            `(${report.written.length} files written, ${report.unchanged} unchanged, ${report.removed.length} removed) in ${seconds} s`
    );
    return true;
}

build(process.cwd()).then(
    (ok) => {
        process.exitCode = ok ? 0 : 1;
    },
    (error: Error) => {
        console.error(`build: ${error.message}`);
        process.exitCode = 1;
    }
);
