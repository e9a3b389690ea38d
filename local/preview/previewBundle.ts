import fs from 'node:fs';
import path from 'node:path';
import { rollup, type RollupLog } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { stripTypes } from '../../tools/shared/stripTypes';
import { scopedImports } from './scopedImports';

/**
 * Bundles the preview for the browser: the shell and the platform modules (local/preview/web),
 * the package's own components exactly as deployed (force-app/main/default/lwc, written by
 * `npm run build`), and lightning-base-components, compiled by the LWC compiler into one file.
 */
export interface PreviewBundle {
    /** The bundle's path: served as /preview/app.js. */
    file: string;
    milliseconds: number;
}

export const WEB_DIR = 'local/preview/web';
const PACKAGE_COMPONENTS = 'force-app/main/default/lwc';

/** `c/<name>` is the package's namespace in source; its modules live flat in the lwc folder. */
function packageComponents(root: string) {
    const componentsDir = path.join(root, PACKAGE_COMPONENTS);
    return {
        name: 'verity-package-components',
        resolveId(source: string): string | null {
            const match = /^c\/([A-Za-z0-9]+)$/.exec(source);
            if (!match) {
                return null;
            }
            const file = path.join(componentsDir, match[1], `${match[1]}.js`);
            if (!fs.existsSync(file)) {
                throw new Error(
                    `c/${match[1]} is not a component of the package (no ${path.relative(root, file)}; run npm run build)`
                );
            }
            return file;
        }
    };
}

/** The preview's own modules are TypeScript: types are stripped, decorators left for the LWC compiler. */
function typeScript() {
    return {
        name: 'verity-strip-types',
        transform(code: string, id: string) {
            return id.endsWith('.ts') ? { code: stripTypes(code, id), map: null } : null;
        }
    };
}

export async function bundlePreview(root: string, outDir: string): Promise<PreviewBundle> {
    const started = Date.now();
    const webDir = path.join(root, WEB_DIR);
    const warnings: string[] = [];
    const bundle = await rollup({
        input: path.join(webDir, 'client/main.ts'),
        plugins: [
            packageComponents(root),
            scopedImports(root),
            typeScript(),
            // Base components read these at run time; without SSR=false the page stays blank.
            replace({
                preventAssignment: true,
                values: { 'import.meta.env.SSR': 'false', 'process.env.NODE_ENV': JSON.stringify('production') }
            }),
            lwc({
                rootDir: path.join(webDir, 'modules'),
                // Ours first: the preview's lightning/navigation and friends stand in for the platform's.
                modules: [{ dir: path.join(webDir, 'modules') }, { npm: 'lightning-base-components' }],
                enableDynamicComponents: true
            })
        ],
        onwarn(warning: RollupLog) {
            // Base components import each other in cycles and reuse slot names across branches;
            // those are theirs. Any warning about our code fails the bundle.
            const ours = !(warning.id ?? warning.message).includes(`${path.sep}node_modules${path.sep}`);
            if (warning.code !== 'CIRCULAR_DEPENDENCY' && ours) {
                warnings.push(warning.message);
            }
        }
    });
    const file = path.join(outDir, 'app.js');
    try {
        await bundle.write({ file, format: 'esm', inlineDynamicImports: true, sourcemap: true });
    } finally {
        await bundle.close();
    }
    if (warnings.length > 0) {
        throw new Error(`The preview bundle has problems:\n${warnings.join('\n')}`);
    }
    return { file, milliseconds: Date.now() - started };
}
