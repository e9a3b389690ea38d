import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/**
 * The few pieces of object, permission set and flow metadata the package schema does not carry
 * (name fields, plural labels), read as plain parsed XML. Lists are always arrays.
 */
export type Xml = { [name: string]: Xml[] | string | undefined } & { '#text'?: string };

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: () => true
});

/** The root element of a metadata file, or a clear error naming the file. */
export function readXmlFile(file: string, rootName: string): Xml {
    const parsed = parser.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const root = parsed[rootName] as Xml[] | undefined;
    if (!root || root.length !== 1) {
        throw new Error(`${file}: expected one <${rootName}> root element.`);
    }
    return typeof root[0] === 'string' ? { '#text': root[0] } : root[0];
}

export function children(node: Xml | undefined, name: string): Xml[] {
    const value = node?.[name];
    if (!Array.isArray(value)) {
        return [];
    }
    return value.map((child) => (typeof child === 'string' ? ({ '#text': child } as Xml) : child));
}

export function text(node: Xml | undefined, name: string): string | undefined {
    const child = children(node, name)[0];
    return child === undefined ? undefined : (child['#text'] ?? '');
}

export function flag(node: Xml | undefined, name: string): boolean {
    return text(node, name) === 'true';
}

/** Files in a folder ending with `suffix`, sorted; none when the folder is missing. */
export function metadataFiles(dir: string, suffix: string): string[] {
    if (!fs.existsSync(dir)) {
        return [];
    }
    return fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(suffix))
        .sort()
        .map((name) => path.join(dir, name));
}
