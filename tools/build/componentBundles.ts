import fs from 'node:fs';
import path from 'node:path';

/** A Lightning Web Component bundle as written in lwc-ts/: its folder and the files that deploy. */
export interface ComponentBundle {
    name: string;
    sourceDir: string;
    /** Paths relative to the bundle folder, tests and mocks excluded. */
    files: string[];
}

const LWC_TS = 'lwc-ts';
/** Folders of lwc-ts/ that hold no bundle. */
const NOT_BUNDLES = new Set(['types', 'node_modules']);

/** Test folders (`__tests__`, `__mocks__`) and type declarations never deploy. */
function deploys(relativePath: string): boolean {
    return !relativePath.split(path.sep).some((part) => part.startsWith('__')) && !relativePath.endsWith('.d.ts');
}

function listFiles(dir: string, prefix = ''): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const relative = path.join(prefix, entry.name);
        if (entry.isDirectory()) {
            return listFiles(path.join(dir, entry.name), relative);
        }
        return [relative];
    });
}

/**
 * Every bundle under lwc-ts/, sorted by name. Throws, naming the folder, when one breaks the
 * platform's bundle rules (a name that starts lower-case and has no hyphen, a `.js-meta.xml`).
 */
export function findComponentBundles(root: string): ComponentBundle[] {
    const base = path.join(root, LWC_TS);
    return fs
        .readdirSync(base, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !NOT_BUNDLES.has(entry.name))
        .map((entry) => {
            const sourceDir = path.join(base, entry.name);
            const files = listFiles(sourceDir).filter(deploys).sort();
            const where = `${LWC_TS}/${entry.name}`;
            if (!/^[a-z][A-Za-z0-9]*$/.test(entry.name)) {
                throw new Error(
                    `${where}: a component bundle name starts with a lower-case letter and holds only letters and digits.`
                );
            }
            if (!files.includes(`${entry.name}.js-meta.xml`)) {
                throw new Error(
                    `${where}: the bundle has no ${entry.name}.js-meta.xml, so the platform cannot deploy it.`
                );
            }
            if (!files.includes(`${entry.name}.ts`)) {
                throw new Error(`${where}: the bundle has no ${entry.name}.ts module.`);
            }
            return { name: entry.name, sourceDir, files };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
}
