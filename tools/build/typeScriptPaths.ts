import fs from 'node:fs';
import path from 'node:path';
import type { ComponentBundle } from './componentBundles';

export const PATHS_FILE = 'lwc-ts/tsconfig.paths.json';
export const PREVIEW_PATHS_FILE = 'local/preview/web/tsconfig.paths.json';
const PREVIEW_MODULES = 'local/preview/web/modules';
/** The preview's own lightning/* modules implement what lwc-ts/types declares; components see the declarations. */
const DECLARED_NAMESPACES = new Set(['lightning']);

/** The preview's `namespace/name` modules, each a folder with `<name>.ts`. */
function previewModules(root: string): string[] {
    const base = path.join(root, PREVIEW_MODULES);
    if (!fs.existsSync(base)) {
        return [];
    }
    return fs
        .readdirSync(base, { withFileTypes: true })
        .filter((namespace) => namespace.isDirectory() && !DECLARED_NAMESPACES.has(namespace.name))
        .flatMap((namespace) =>
            fs
                .readdirSync(path.join(base, namespace.name), { withFileTypes: true })
                .filter((entry) => entry.isDirectory())
                .map((entry) => `${namespace.name}/${entry.name}`)
        )
        .filter((specifier) => fs.existsSync(path.join(base, specifier, `${path.basename(specifier)}.ts`)))
        .sort();
}

function writeIfChanged(file: string, paths: Record<string, string[]>, source: string): boolean {
    const content = `// Written by \`npm run build\` from ${source}; edits here are overwritten.\n${JSON.stringify(
        { compilerOptions: { paths } },
        null,
        2
    )}\n`;
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) {
        return false;
    }
    fs.writeFileSync(file, content);
    return true;
}

/**
 * Keeps the tsconfig paths files naming every module, so TypeScript resolves `c/<bundle>` (and, in
 * the preview, `shell/<name>` and `preview/<name>`) the way the LWC module resolver does: tsconfig
 * `paths` cannot map `c/*` to `*\/*`. Returns true when a file changed.
 */
export function syncTypeScriptPaths(root: string, bundles: ComponentBundle[]): boolean {
    const components = (prefix: string) =>
        Object.fromEntries(
            bundles.map((bundle) => [`c/${bundle.name}`, [`${prefix}${bundle.name}/${bundle.name}.ts`]])
        );
    const lwcChanged = writeIfChanged(path.join(root, PATHS_FILE), components('./'), 'the bundles in lwc-ts/');
    const preview = {
        ...components('../../../lwc-ts/'),
        ...Object.fromEntries(
            previewModules(root).map((specifier) => [
                specifier,
                [`./modules/${specifier}/${path.basename(specifier)}.ts`]
            ])
        )
    };
    const previewChanged = writeIfChanged(
        path.join(root, PREVIEW_PATHS_FILE),
        preview,
        'lwc-ts/ and local/preview/web/modules/'
    );
    return lwcChanged || previewChanged;
}
