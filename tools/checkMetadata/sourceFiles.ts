import fs from 'node:fs';
import path from 'node:path';
import { MetadataResolver, type SourceComponent } from '@salesforce/source-deploy-retrieve';
import { XMLValidator } from 'fast-xml-parser';
import { parseMetadataDocument, type XmlNode } from '../../local/metadata/metadataXml';
import type { MetadataProblem } from './metadataProblem';

/** A metadata file of the package, resolved to its Metadata API type and parsed. */
export interface MetadataFile {
    /** Relative to the project root. */
    file: string;
    typeName: string;
    /** `Assessment__c.Score__c` for a field, `Assessment__c` for an object, … */
    fullName: string;
    rootName: string;
    root: XmlNode;
    /** False when the file could not be parsed or is not the type it claims to be; its other checks are skipped. */
    wellFormed: boolean;
}

function xmlFilesOf(component: SourceComponent): string[] {
    const files = component.xml ? [component.xml] : [];
    return files.concat(component.getChildren().flatMap((child) => xmlFilesOf(child)));
}

function fullNameOf(component: SourceComponent, file: string): string {
    const child = component.getChildren().find((candidate) => candidate.xml === file);
    return child ? child.fullName : component.fullName;
}

function typeOf(component: SourceComponent, file: string): string {
    const child = component.getChildren().find((candidate) => candidate.xml === file);
    return child ? child.type.name : component.type.name;
}

/**
 * Resolves every file under the package directory the way the Salesforce CLI does (with the
 * project's .forceignore), checks each metadata XML file is well formed and that its root element
 * is the type the CLI takes it for, and parses it.
 */
export function readMetadataFiles(
    root: string,
    packageDir: string
): { files: MetadataFile[]; problems: MetadataProblem[] } {
    const problems: MetadataProblem[] = [];
    const files: MetadataFile[] = [];
    const absolute = path.resolve(root, packageDir);
    let components: SourceComponent[];
    const cwd = process.cwd();
    try {
        // The resolver finds .forceignore from the working directory.
        process.chdir(root);
        components = new MetadataResolver().getComponentsFromPath(absolute);
    } catch (error) {
        return { files, problems: [{ file: packageDir, element: '*', message: (error as Error).message }] };
    } finally {
        process.chdir(cwd);
    }
    for (const component of components) {
        for (const xmlFile of xmlFilesOf(component)) {
            const file = path.relative(path.resolve(root), xmlFile);
            const text = fs.readFileSync(xmlFile, 'utf8');
            const typeName = typeOf(component, xmlFile);
            const fullName = fullNameOf(component, xmlFile);
            // A file that cannot be read is still named in the index, so one broken file gives one problem.
            const unreadable: MetadataFile = {
                file,
                typeName,
                fullName,
                rootName: typeName,
                root: {},
                wellFormed: false
            };
            const validation = XMLValidator.validate(text);
            if (validation !== true) {
                const { msg, line, col } = validation.err;
                problems.push({
                    file,
                    element: '?xml',
                    message: `is not well-formed XML (line ${line}, column ${col}): ${msg}`
                });
                files.push(unreadable);
                continue;
            }
            const { rootName, root: rootElement } = parseMetadataDocument(text);
            if (rootName !== typeName) {
                problems.push({
                    file,
                    element: rootName || '?xml',
                    message: `is the root element, but this file is a ${typeName} and its root must be <${typeName}>.`
                });
                files.push(unreadable);
                continue;
            }
            if (rootElement['@_xmlns'] !== 'http://soap.sforce.com/2006/04/metadata') {
                problems.push({
                    file,
                    element: rootName,
                    message: 'must declare xmlns="http://soap.sforce.com/2006/04/metadata".'
                });
            }
            files.push({ file, typeName, fullName, rootName, root: rootElement, wellFormed: true });
        }
    }
    return { files, problems };
}
