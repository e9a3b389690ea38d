import fs from 'node:fs';
import path from 'node:path';
import type { ComponentBundle } from './componentBundles';

export const PATHS_FILE = 'lwc-ts/tsconfig.paths.json';

/**
 * Keeps lwc-ts/tsconfig.paths.json naming every bundle, so TypeScript resolves `c/<bundle>` the
 * way the platform does (tsconfig `paths` cannot map `c/*` to `*\/*`). Returns true when the file changed.
 */
export function syncTypeScriptPaths(root: string, bundles: ComponentBundle[]): boolean {
    const paths = Object.fromEntries(
        bundles.map((bundle) => [`c/${bundle.name}`, [`./${bundle.name}/${bundle.name}.ts`]])
    );
    const content = `// Written by \`npm run build\` from the bundles in lwc-ts/; edits here are overwritten.\n${JSON.stringify(
        { compilerOptions: { paths } },
        null,
        2
    )}\n`;
    const file = path.join(root, PATHS_FILE);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) {
        return false;
    }
    fs.writeFileSync(file, content);
    return true;
}
