import fs from 'node:fs';
import path from 'node:path';
import { transformSync as compileLwc } from '@lwc/compiler';
import { stripTypes } from '../shared/stripTypes';
import type { ComponentBundle } from './componentBundles';

export const LWC_OUTPUT = 'force-app/main/default/lwc';

export interface EmitReport {
    written: string[];
    unchanged: number;
    removed: string[];
}

/** Compiles the output with the LWC compiler, as a deploy would, and throws its first error with the file. */
function checkWithLwcCompiler(code: string, file: string, bundle: ComponentBundle): string {
    try {
        return compileLwc(code, file, { name: bundle.name, namespace: 'c' }).code;
    } catch (error) {
        throw new Error(`${file}: the LWC compiler rejects the generated code: ${(error as Error).message}`);
    }
}

/** A bundle's main module with a template must come out as a registered component, or it renders nothing. */
function checkRegistersTemplate(compiled: string, file: string, bundle: ComponentBundle): void {
    const isMainModule = path.basename(file) === `${bundle.name}.js`;
    if (isMainModule && bundle.files.includes(`${bundle.name}.html`) && !compiled.includes('registerComponent')) {
        throw new Error(
            `${file}: the LWC compiler did not register the component with its template; ` +
                'the class must be declared as `export default class …`'
        );
    }
}

function writeIfChanged(file: string, content: string | Buffer, report: EmitReport, relative: string): void {
    if (fs.existsSync(file) && fs.readFileSync(file).equals(Buffer.from(content))) {
        report.unchanged += 1;
        return;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    report.written.push(relative);
}

function removeStale(outputRoot: string, expected: Set<string>, report: EmitReport): void {
    if (!fs.existsSync(outputRoot)) {
        return;
    }
    for (const entry of fs.readdirSync(outputRoot, { recursive: true, withFileTypes: true })) {
        const full = path.join(entry.parentPath, entry.name);
        const relative = path.relative(outputRoot, full);
        if (entry.isFile() && !expected.has(relative)) {
            fs.rmSync(full);
            report.removed.push(relative);
        }
    }
    // Folders left empty by removed files or bundles.
    for (const entry of fs.readdirSync(outputRoot, { recursive: true, withFileTypes: true }).reverse()) {
        const full = path.join(entry.parentPath, entry.name);
        if (entry.isDirectory() && fs.readdirSync(full).length === 0) {
            fs.rmdirSync(full);
        }
    }
}

/**
 * Writes each bundle as the platform deploys it under force-app/main/default/lwc/: `.ts` modules
 * become `.js`, everything else is copied, and files of bundles that no longer exist are removed.
 * Unchanged files are not rewritten, so a rebuild of an unchanged tree touches nothing.
 */
export function emitComponents(root: string, bundles: ComponentBundle[]): EmitReport {
    const outputRoot = path.join(root, LWC_OUTPUT);
    const report: EmitReport = { written: [], unchanged: 0, removed: [] };
    const expected = new Set<string>();
    for (const bundle of bundles) {
        for (const file of bundle.files) {
            const source = path.join(bundle.sourceDir, file);
            const isModule = file.endsWith('.ts');
            const relative = path.join(bundle.name, isModule ? file.replace(/\.ts$/, '.js') : file);
            const shown = path.join(LWC_OUTPUT, relative);
            expected.add(relative);
            let content: string | Buffer = fs.readFileSync(source);
            if (isModule) {
                content = stripTypes(content.toString('utf8'), path.relative(root, source));
                checkRegistersTemplate(checkWithLwcCompiler(content, shown, bundle), shown, bundle);
            } else if (file.endsWith('.html')) {
                checkWithLwcCompiler(content.toString('utf8'), shown, bundle);
            }
            writeIfChanged(path.join(outputRoot, relative), content, report, shown);
        }
    }
    removeStale(outputRoot, expected, report);
    return report;
}
