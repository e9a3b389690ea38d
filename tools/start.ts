/**
 * `npm start`, the main job: builds the package, then serves the local org with the demo contact
 * center (seeded when the org is empty, the sampling plans that are due run) and the preview,
 * the package's components in the browser, until Ctrl-C. Prints `Verity is running at URL`.
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
    console.log('Starting the local org with the demo contact center and the preview (Ctrl-C stops them)…');
    return runVerity(['local', 'start', '--demo', '--preview', ...process.argv.slice(2)]);
}

start(process.cwd()).then((code) => {
    process.exitCode = code;
});
