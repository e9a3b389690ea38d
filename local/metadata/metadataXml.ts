import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/*
 * Reading the package's metadata XML: one parser for the schema reader, the local org and the
 * metadata checker. Every element becomes an object and every child list an array, so readers never
 * guess whether an element repeats.
 */

/** A metadata XML element: its text, its attributes (`@_name`) and its child elements, always as lists. */
export interface XmlNode {
    '#text'?: string;
    [name: string]: XmlNode[] | string | undefined;
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute
});

function normalise(node: XmlNode | string): XmlNode {
    if (typeof node === 'string') {
        return { '#text': node };
    }
    const result: XmlNode = {};
    for (const [key, value] of Object.entries(node)) {
        result[key] = Array.isArray(value) ? value.map((child) => normalise(child)) : value;
    }
    return result;
}

/** Parses metadata XML text (already known to be well formed) into its root element's name and content. */
export function parseMetadataDocument(text: string): { rootName: string; root: XmlNode } {
    const parsed = parser.parse(text) as Record<string, unknown>;
    const rootName = Object.keys(parsed).find((key) => key !== '?xml') ?? '';
    const root = (parsed[rootName] as (XmlNode | string)[] | undefined)?.[0] ?? {};
    return { rootName, root: normalise(root) };
}

/** Parses metadata XML text and returns its root element, checking the root's name. */
export function parseMetadataXml(text: string, rootName: string, source: string): XmlNode {
    const parsed = parser.parse(text) as Record<string, unknown>;
    const root = parsed[rootName] as (XmlNode | string)[] | undefined;
    if (!root || root.length !== 1) {
        const found = Object.keys(parsed).filter((key) => key !== '?xml');
        throw new Error(`${source}: expected one <${rootName}> root element, found <${found.join('>, <')}>.`);
    }
    return normalise(root[0]);
}

/** Reads and parses a metadata XML file. */
export function readMetadataXml(file: string, rootName: string): XmlNode {
    return parseMetadataXml(fs.readFileSync(file, 'utf8'), rootName, file);
}

/** The child elements with this name (never undefined). */
export function childNodes(node: XmlNode | undefined, name: string): XmlNode[] {
    const value = node?.[name];
    return Array.isArray(value) ? value : [];
}

/** The text of the first child with this name; undefined when there is none. */
export function childText(node: XmlNode | undefined, name: string): string | undefined {
    const child = childNodes(node, name)[0];
    return child === undefined ? undefined : (child['#text'] ?? '');
}

/** A `true`/`false` child as a boolean; undefined when absent. */
export function childFlag(node: XmlNode | undefined, name: string): boolean | undefined {
    const text = childText(node, name);
    return text === undefined ? undefined : text === 'true';
}

/** A numeric child as a number; undefined when absent. */
export function childNumber(node: XmlNode | undefined, name: string): number | undefined {
    const text = childText(node, name);
    return text === undefined || text === '' ? undefined : Number(text);
}

/** The element names of an element, attributes and text left out. */
export function childNames(node: XmlNode): string[] {
    return Object.keys(node).filter((key) => key !== '#text' && !key.startsWith('@_'));
}

/** Files in a folder whose names end with `suffix`, sorted; none when the folder is missing. */
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
