import fs from 'node:fs';
import path from 'node:path';
import { childNodes, childText, metadataFiles, readMetadataXml } from '../metadata/metadataXml';

/**
 * The `@salesforce/*` scoped modules, which the platform fills in when it serves a component: here
 * they become small generated modules. Values that belong to the signed-in user (Id, locale,
 * custom permissions) are read from the preview session, so switching persona changes them;
 * schema references, labels and resource URLs come from the package's metadata at bundle time.
 * An import the preview cannot answer faithfully fails the bundle, naming the import.
 */
const PREFIX = '\0verity-scoped:';

/** Documented in the LWC Developer Guide, "@salesforce Modules". */
const I18N_KEYS: Record<string, string> = {
    locale: 'locale',
    lang: 'language',
    timeZone: 'timeZone',
    currency: 'currency',
    dir: 'direction'
};

function readLabels(root: string): Map<string, string> {
    const labels = new Map<string, string>();
    const dir = path.join(root, 'force-app/main/default/labels');
    for (const file of metadataFiles(dir, '.labels-meta.xml')) {
        for (const label of childNodes(readMetadataXml(file, 'CustomLabels'), 'labels')) {
            labels.set(childText(label, 'fullName') ?? '', childText(label, 'value') ?? '');
        }
    }
    return labels;
}

function staticResourceNames(root: string): Set<string> {
    const dir = path.join(root, 'force-app/main/default/staticresources');
    if (!fs.existsSync(dir)) {
        return new Set();
    }
    return new Set(
        fs
            .readdirSync(dir)
            .filter((file) => file.endsWith('.resource-meta.xml'))
            .map((file) => file.slice(0, -'.resource-meta.xml'.length))
    );
}

/** `Case.Subject` → `{ objectApiName: 'Case', fieldApiName: 'Subject' }`; spanning paths keep their tail. */
function schemaModule(reference: string): string {
    const [objectApiName, ...fieldPath] = reference.split('.');
    const value = fieldPath.length === 0 ? { objectApiName } : { objectApiName, fieldApiName: fieldPath.join('.') };
    return `export default ${JSON.stringify(value)};`;
}

function sessionModule(expression: string): string {
    return `import { session } from 'preview/session';\nexport default ${expression};`;
}

export function scopedModuleSource(
    specifier: string,
    labels: () => Map<string, string>,
    resources: () => Set<string>
): string {
    const [, scope, ...rest] = specifier.split('/');
    const name = rest.join('/');
    switch (scope) {
        case 'schema':
            return schemaModule(name);
        case 'user':
            if (name === 'Id') {
                return sessionModule('session.userId');
            }
            if (name === 'isGuest') {
                return 'export default false;';
            }
            break;
        case 'i18n':
            if (name in I18N_KEYS) {
                return sessionModule(`session.i18n.${I18N_KEYS[name]}`);
            }
            break;
        case 'customPermission':
            return sessionModule(`session.customPermissions.includes(${JSON.stringify(name)})`);
        case 'client':
            if (name === 'formFactor') {
                return "export default 'Large';";
            }
            break;
        case 'label': {
            const labelName = name.startsWith('c.') ? name.slice(2) : null;
            const value = labelName === null ? undefined : labels().get(labelName);
            if (value === undefined) {
                throw new Error(`${specifier}: no custom label ${name} in force-app/main/default/labels`);
            }
            return `export default ${JSON.stringify(value)};`;
        }
        case 'resourceUrl':
            if (!resources().has(name)) {
                throw new Error(`${specifier}: no static resource ${name} in force-app/main/default/staticresources`);
            }
            return `export default ${JSON.stringify(`/resource/${name}`)};`;
        default:
            break;
    }
    throw new Error(`${specifier}: the preview does not supply this module (add it to local/preview/scopedImports.ts)`);
}

export function scopedImports(root: string) {
    let labels: Map<string, string> | undefined;
    let resources: Set<string> | undefined;
    return {
        name: 'verity-salesforce-scoped-modules',
        resolveId(source: string, importer: string | undefined): string | null {
            // Base components map their own labels and gates in their package.json.
            if (importer?.includes(`${path.sep}lightning-base-components${path.sep}`)) {
                return null;
            }
            return source.startsWith('@salesforce/') ? PREFIX + source : null;
        },
        load(id: string): string | null {
            if (!id.startsWith(PREFIX)) {
                return null;
            }
            return scopedModuleSource(
                id.slice(PREFIX.length),
                () => (labels ??= readLabels(root)),
                () => (resources ??= staticResourceNames(root))
            );
        }
    };
}
