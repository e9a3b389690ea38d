/** Reading the package's metadata files in tests. */
import fs from 'node:fs';
import path from 'node:path';
import { childNodes, childText, readMetadataXml, type XmlNode } from '../../../local/metadata/metadataXml';
import { PACKAGE_SOURCE } from './verityRecords';

export { childNodes, childText, type XmlNode };

export function metadataFile(relative: string, rootName: string): XmlNode {
    return readMetadataXml(path.join(PACKAGE_SOURCE, relative), rootName);
}

export function filesIn(relative: string, suffix: string): string[] {
    const dir = path.join(PACKAGE_SOURCE, relative);
    return fs.existsSync(dir)
        ? fs
              .readdirSync(dir)
              .filter((name) => name.endsWith(suffix))
              .sort()
        : [];
}

export function flag(node: XmlNode | undefined, name: string): boolean {
    return childText(node, name) === 'true';
}
