import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageBin, runCommand } from '../shared/runCommand';

/**
 * The gates `npm test` runs must fail on the mistakes they exist for. Each case breaks one thing
 * in a copy of the project and runs the gate the way tools/test.ts does.
 */
const ROOT = path.join(__dirname, '..', '..');
const SKIPPED = new Set(['node_modules', '.git', '.cache', '.local', 'coverage', 'test-results']);
const GENERATED = path.join('force-app', 'main', 'default', 'lwc');

function copyOfProject(): string {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-gates-'));
    fs.cpSync(ROOT, copy, {
        recursive: true,
        filter: (source) => {
            const relative = path.relative(ROOT, source);
            return !SKIPPED.has(relative.split(path.sep)[0]) && !relative.startsWith(GENERATED);
        }
    });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    return copy;
}

function append(root: string, file: string, text: string): void {
    fs.appendFileSync(path.join(root, file), text);
}

const tsx = packageBin('tsx', 'dist/cli.mjs');

describe('quality gates of npm test', () => {
    let copy: string;

    beforeEach(() => {
        copy = copyOfProject();
    });

    afterEach(() => {
        fs.rmSync(copy, { recursive: true, force: true });
    });

    it('build fails on a type error in a component, naming the file and line', async () => {
        const file = 'lwc-ts/qualityBand/qualityBand.ts';
        const lines = fs.readFileSync(path.join(copy, file), 'utf8').split('\n').length;
        append(copy, file, "\nexport const bandCount: number = 'four';\n");
        const result = await runCommand(process.execPath, [tsx, 'tools/build.ts'], { cwd: copy });
        expect(result.exitCode).toBe(1);
        expect(result.output).toContain(
            `${file}(${lines + 1},14): error TS2322: Type 'string' is not assignable to type 'number'.`
        );
        expect(fs.existsSync(path.join(copy, GENERATED, 'qualityBand'))).toBe(false); // nothing deployable from a broken tree
    });

    it('build fails in CI when the committed tsconfig paths miss a bundle', async () => {
        fs.writeFileSync(path.join(copy, 'lwc-ts/tsconfig.paths.json'), '{ "compilerOptions": { "paths": {} } }\n');
        const result = await runCommand(process.execPath, [tsx, 'tools/build.ts'], { cwd: copy, env: { CI: 'true' } });
        expect(result.exitCode).toBe(1);
        expect(result.output).toContain(
            'lwc-ts/tsconfig.paths.json or local/preview/web/tsconfig.paths.json did not name every module; run npm run build and commit them.'
        );
    });

    it('build fails when a component would deploy without its template registered', async () => {
        const file = 'lwc-ts/qualityBand/qualityBand.ts';
        const source = fs.readFileSync(path.join(copy, file), 'utf8');
        // Valid TypeScript, but the LWC compiler registers a template only on `export default class`.
        fs.writeFileSync(
            path.join(copy, file),
            `${source.replace('export default class QualityBand', 'class QualityBand')}\nexport { QualityBand as default };\n`
        );
        const result = await runCommand(process.execPath, [tsx, 'tools/build.ts'], { cwd: copy });
        expect(result.exitCode).toBe(1);
        expect(result.output).toContain(
            'force-app/main/default/lwc/qualityBand/qualityBand.js: the LWC compiler did not register the component with its template'
        );
    });

    it('lint fails on an LWC rule violation in a component', async () => {
        const file = 'lwc-ts/qualityBand/qualityBand.ts';
        const source = fs.readFileSync(path.join(copy, file), 'utf8');
        fs.writeFileSync(
            path.join(copy, file),
            source.replace(
                '    get numericScore(): number | null {',
                "    renderedCallback(): void {\n        this.template.innerHTML = '<b>unsafe</b>';\n    }\n\n    get numericScore(): number | null {"
            )
        );
        const result = await runCommand(process.execPath, [packageBin('eslint', 'bin/eslint.js'), file], { cwd: copy });
        expect(result.exitCode).toBe(1);
        expect(result.output).toContain('@lwc/lwc/no-inner-html');
        expect(result.output).toContain(file);
    });

    it('check:metadata fails on a formula that names a field that does not exist', async () => {
        const fieldFile = 'force-app/main/default/objects/Case/fields/Verity_Broken__c.field-meta.xml';
        fs.mkdirSync(path.dirname(path.join(copy, fieldFile)), { recursive: true });
        fs.writeFileSync(
            path.join(copy, fieldFile),
            [
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">',
                '    <fullName>Verity_Broken__c</fullName>',
                '    <label>Broken</label>',
                '    <type>Number</type>',
                '    <precision>18</precision>',
                '    <scale>0</scale>',
                '    <formula>Not_A_Field__c + 1</formula>',
                '</CustomField>',
                ''
            ].join('\n')
        );
        const result = await runCommand(process.execPath, [tsx, 'tools/checkMetadata.ts'], { cwd: copy });
        expect(result.exitCode).toBe(1);
        expect(result.output).toContain(
            `${fieldFile}: <CustomField > formula> names Not_A_Field__c, but Not_A_Field__c is not a field of Case.`
        );
    });
});
