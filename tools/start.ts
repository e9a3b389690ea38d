/**
 * `npm start`, the main job. Today it builds the package and says what it built and how to use
 * it; the local org and the preview (issues 5 and 8) will make it start the product.
 */
import { findComponentBundles } from './build/componentBundles';
import { LWC_OUTPUT } from './build/emitComponents';
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
    const bundles = findComponentBundles(root).map((bundle) => bundle.name);
    console.log(
        [
            '',
            `Verity is built: ${bundles.length} Lightning web component bundles in ${LWC_OUTPUT}/`,
            `  ${bundles.join(', ')}`,
            '',
            'Not here yet: the local org and the browser preview that will run the product on this laptop.',
            'Until then:',
            '  npx verity --help          the command line (try: npx verity band 82.5 91 64)',
            '  npm test                   every quality gate and test',
            '  README.md                  how to deploy the package to a scratch org'
        ].join('\n')
    );
    return 0;
}

start(process.cwd()).then((code) => {
    process.exitCode = code;
});
