/** Reading the package's metadata files in tests. */
import fs from 'node:fs';
import path from 'node:path';
import { childNodes, childText, readMetadataXml } from '../../../local/formulas/metadataXml';
import { PACKAGE_SOURCE } from './verityRecords';

export { childNodes, childText };

export function metadataFile(relative, rootName) {
    return readMetadataXml(path.join(PACKAGE_SOURCE, relative), rootName);
}

export function filesIn(relative, suffix) {
    const dir = path.join(PACKAGE_SOURCE, relative);
    return fs.existsSync(dir)
        ? fs
              .readdirSync(dir)
              .filter((name) => name.endsWith(suffix))
              .sort()
        : [];
}

export function flag(node, name) {
    return childText(node, name) === 'true';
}
