import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { placeableComponents } from '../previewBundle';

function bundle(root: string, name: string, meta: string): void {
    const dir = path.join(root, 'force-app/main/default/lwc', name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
        path.join(dir, `${name}.js-meta.xml`),
        `<?xml version="1.0" encoding="UTF-8"?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">${meta}</LightningComponentBundle>`
    );
}

/** The package components Lightning pages can place, which `preview/packageComponents` imports. */
describe('placeable package components', () => {
    it('takes the components exposed for record, app or home pages, with their page property types', () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-placeable-'));
        bundle(
            root,
            'assessmentPanel',
            `<apiVersion>65.0</apiVersion><isExposed>true</isExposed>
            <targets><target>lightning__RecordPage</target></targets>
            <targetConfigs><targetConfig targets="lightning__RecordPage">
                <property name="showHistory" type="Boolean" default="false"/>
                <property name="rows" type="Integer"/>
                <property name="heading" type="String"/>
            </targetConfig></targetConfigs>`
        );
        bundle(
            root,
            'commandCenter',
            '<isExposed>true</isExposed><targets><target>lightning__AppPage</target></targets>'
        );
        bundle(root, 'agentHome', '<isExposed>true</isExposed><targets><target>lightning__HomePage</target></targets>');
        bundle(root, 'qualityBand', '<isExposed>false</isExposed>');
        bundle(
            root,
            'flowStep',
            '<isExposed>true</isExposed><targets><target>lightning__FlowScreen</target></targets>'
        );
        expect(placeableComponents(root)).toEqual([
            { name: 'agentHome', propertyTypes: {} },
            { name: 'assessmentPanel', propertyTypes: { showHistory: 'Boolean', rows: 'Integer', heading: 'String' } },
            { name: 'commandCenter', propertyTypes: {} }
        ]);
    });

    it('finds none before the package is built', () => {
        expect(placeableComponents(fs.mkdtempSync(path.join(os.tmpdir(), 'verity-unbuilt-')))).toEqual([]);
    });
});
