import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inputsFingerprint } from '../previewBundle';

/** The preview is rebundled exactly when something it is made from changes. */
describe('the preview bundle fingerprint', () => {
    let root: string;

    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-fingerprint-'));
        fs.mkdirSync(path.join(root, 'force-app/main/default/lwc/qualityBand'), { recursive: true });
        fs.mkdirSync(path.join(root, 'local/preview/web'), { recursive: true });
        fs.writeFileSync(path.join(root, 'force-app/main/default/lwc/qualityBand/qualityBand.js'), 'a');
        fs.writeFileSync(path.join(root, 'local/preview/web/main.ts'), 'b');
        fs.writeFileSync(path.join(root, 'package-lock.json'), '{}');
    });

    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('is the same for an unchanged tree', () => {
        expect(inputsFingerprint(root)).toBe(inputsFingerprint(root));
    });

    it('changes when a component changes, a component is added, or a dependency changes', () => {
        const before = inputsFingerprint(root);
        fs.writeFileSync(path.join(root, 'force-app/main/default/lwc/qualityBand/qualityBand.js'), 'a changed');
        const edited = inputsFingerprint(root);
        expect(edited).not.toBe(before);
        fs.mkdirSync(path.join(root, 'force-app/main/default/lwc/caseQualityPanel'));
        fs.writeFileSync(path.join(root, 'force-app/main/default/lwc/caseQualityPanel/caseQualityPanel.js'), 'c');
        const added = inputsFingerprint(root);
        expect(added).not.toBe(edited);
        fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}');
        expect(inputsFingerprint(root)).not.toBe(added);
    });

    it('ignores tests, which never reach the browser', () => {
        const before = inputsFingerprint(root);
        fs.mkdirSync(path.join(root, 'local/preview/web/__tests__'));
        fs.writeFileSync(path.join(root, 'local/preview/web/__tests__/x.test.ts'), 'test');
        expect(inputsFingerprint(root)).toBe(before);
    });
});
