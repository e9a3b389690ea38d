/**
 * `npm start`, the main job: builds the package, then serves the local org with the demo contact
 * center (seeded when the org is empty) and the sampling plans that are due run, until Ctrl-C.
 * The browser preview (issue 8) is not built yet: today the product is reached through the local
 * org's API and the `verity` command line.
 */
import { runVerity } from '../scripts/cli/program';
import { packageBin, runCommand } from './shared/runCommand';

async function start(root: string): Promise<number> {
    const build = await runCommand(process.execPath, [packageBin('tsx', 'dist/cli.mjs'), 'tools/build.ts'], {
        cwd: root,
        echo: true
    });
    if (build.exitCode !== 0) {
        console.error('start: the build failed (above); nothing to run.');
        return 1;
    }
    console.log('Starting the local org with the demo contact center (Ctrl-C stops it)…');
    return runVerity(['local', 'start', '--demo', ...process.argv.slice(2)]);
}

start(process.cwd()).then((code) => {
    process.exitCode = code;
});
