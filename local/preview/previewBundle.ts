import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { rollup, type RollupLog } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { stripTypes } from '../../tools/shared/stripTypes';
import { childFlag, childNodes, metadataFiles, readMetadataXml } from '../metadata/metadataXml';
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
    /** True when nothing it is made from changed since the last bundle, which was kept. */
    reused: boolean;
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

/** The page targets a component must be exposed for to be placed on a Lightning page. */
const PAGE_TARGETS = ['lightning__RecordPage', 'lightning__AppPage', 'lightning__HomePage'];
const PLACEABLE_MODULE = 'preview/packageComponents';

/** A package component that Lightning pages can place, and the types of its page properties. */
export interface PlaceableComponent {
    name: string;
    /** Property name → String, Integer, Boolean, … (the js-meta.xml targetConfigs). */
    propertyTypes: Record<string, string>;
}

/** The package's components exposed with a record, app or home page target, by name. */
export function placeableComponents(root: string): PlaceableComponent[] {
    const componentsDir = path.join(root, PACKAGE_COMPONENTS);
    if (!fs.existsSync(componentsDir)) {
        return [];
    }
    return fs
        .readdirSync(componentsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => metadataFiles(path.join(componentsDir, entry.name), '.js-meta.xml'))
        .map((file) => ({
            name: path.basename(file, '.js-meta.xml'),
            bundle: readMetadataXml(file, 'LightningComponentBundle')
        }))
        .filter(({ bundle }) => {
            const targets = childNodes(childNodes(bundle, 'targets')[0], 'target').map((target) => target['#text']);
            return (
                childFlag(bundle, 'isExposed') === true && targets.some((target) => PAGE_TARGETS.includes(target ?? ''))
            );
        })
        .map(({ name, bundle }) => ({
            name,
            propertyTypes: Object.fromEntries(
                childNodes(childNodes(bundle, 'targetConfigs')[0], 'targetConfig')
                    .flatMap((config) => childNodes(config, 'property'))
                    .map((property) => [String(property['@_name'] ?? ''), String(property['@_type'] ?? 'String')])
            )
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * `preview/packageComponents`: every placeable package component, name → { constructor,
 * propertyTypes }, so the shell renders a page's `c:<name>` instances as the real components.
 * Generated at bundle time, so components issue 9 adds are picked up with no change here.
 */
function placeableComponentsModule(root: string) {
    const id = `\0${PLACEABLE_MODULE}`;
    return {
        name: 'verity-placeable-components',
        resolveId(source: string): string | null {
            return source === PLACEABLE_MODULE ? id : null;
        },
        load(moduleId: string): string | null {
            if (moduleId !== id) {
                return null;
            }
            const components = placeableComponents(root);
            const imports = components.map(
                (component, index) => `import component${index} from 'c/${component.name}';`
            );
            const entries = components.map(
                (component, index) =>
                    `    ${JSON.stringify(component.name)}: { constructor: component${index}, propertyTypes: ${JSON.stringify(component.propertyTypes)} }`
            );
            return `${imports.join('\n')}\nexport default {\n${entries.join(',\n')}\n};\n`;
        }
    };
}

/**
 * Base-component gates kept closed. lightning-base-components' npm stub opens every gate, but the
 * combobox's ElementInternals gate needs native shadow: under synthetic shadow (the preview's,
 * as Lightning Experience's) the engine throws "attachInternals API is not supported in
 * synthetic shadow" and every lightning-combobox fails to render.
 */
const CLOSED_GATES = ['@salesforce/gate/bc.260.enableComboboxElementInternals'];

function closedGates() {
    const prefix = '\0verity-closed-gate:';
    return {
        name: 'verity-closed-gates',
        resolveId(source: string): string | null {
            return CLOSED_GATES.includes(source) ? prefix + source : null;
        },
        load(id: string): string | null {
            return id.startsWith(prefix) ? 'export default { isOpen: () => false };' : null;
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

/** What the bundle is made from: the preview's code, the package's components, labels, resources, dependencies. */
const BUNDLE_INPUTS = [
    'local/preview',
    'local/metadata',
    PACKAGE_COMPONENTS,
    'force-app/main/default/labels',
    'force-app/main/default/staticresources',
    'tools/shared/stripTypes.ts',
    'package-lock.json'
];

/** Path, size and modification time of every input: a changed, added or removed file changes it. */
export function inputsFingerprint(root: string): string {
    const hash = createHash('sha256');
    const visit = (file: string): void => {
        if (!fs.existsSync(file)) {
            return;
        }
        const stat = fs.statSync(file);
        if (stat.isDirectory()) {
            fs.readdirSync(file)
                .filter((name) => name !== '__tests__')
                .sort()
                .forEach((name) => visit(path.join(file, name)));
            return;
        }
        hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
    };
    BUNDLE_INPUTS.forEach((input) => visit(path.join(root, input)));
    return hash.digest('hex');
}

/** Bundles the preview into outDir/app.js, or keeps the one there when none of its inputs changed. */
export async function bundlePreview(root: string, outDir: string): Promise<PreviewBundle> {
    const started = Date.now();
    const file = path.join(outDir, 'app.js');
    const fingerprintFile = path.join(outDir, 'app.inputs');
    const fingerprint = inputsFingerprint(root);
    if (
        fs.existsSync(file) &&
        fs.existsSync(fingerprintFile) &&
        fs.readFileSync(fingerprintFile, 'utf8') === fingerprint
    ) {
        return { file, milliseconds: Date.now() - started, reused: true };
    }
    fs.rmSync(fingerprintFile, { force: true });
    const webDir = path.join(root, WEB_DIR);
    const warnings: string[] = [];
    const bundle = await rollup({
        input: path.join(webDir, 'client/main.ts'),
        plugins: [
            closedGates(),
            placeableComponentsModule(root),
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
    try {
        await bundle.write({ file, format: 'esm', inlineDynamicImports: true, sourcemap: true });
    } finally {
        await bundle.close();
    }
    if (warnings.length > 0) {
        throw new Error(`The preview bundle has problems:\n${warnings.join('\n')}`);
    }
    fs.writeFileSync(fingerprintFile, fingerprint);
    return { file, milliseconds: Date.now() - started, reused: false };
}
