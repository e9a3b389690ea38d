import { isScalar, type MetadataSchema } from './metadataSchema';
import type { MetadataProblem } from './metadataProblem';
import { childNames, childNodes, type XmlNode } from '../../local/metadata/metadataXml';
import { type MetadataFile } from './sourceFiles';

/** Attributes the XML itself uses, not the metadata. */
const XML_ATTRIBUTES = new Set(['@_xmlns', '@_xmlns:xsi', '@_xmlns:xsd', '@_xsi:type', '@_xsi:nil']);

/**
 * Properties the WSDL types as plain text but that source files write as nested XML: the
 * component configuration of a Lightning web component (checked by `checkTargetConfigs`).
 */
const NESTED_TEXT_PROPERTIES = new Set(['LightningComponentBundle.targetConfigs']);

function checkValue(
    element: XmlNode,
    type: string,
    where: string,
    schema: MetadataSchema,
    report: (element: string, message: string) => void
): void {
    const text = element['#text'];
    const nested = childNames(element);
    if (type === 'any') {
        return;
    }
    if (isScalar(type) || schema.enumerations.has(type)) {
        if (nested.length > 0) {
            report(where, `holds elements (<${nested[0]}>), but it is a ${type} value.`);
            return;
        }
        const value = text ?? '';
        if (type === 'boolean' && value !== 'true' && value !== 'false') {
            report(where, `must be true or false, not "${value}".`);
        } else if (type === 'number' && (value === '' || !Number.isFinite(Number(value)))) {
            report(where, `must be a number, not "${value}".`);
        } else if (schema.enumerations.get(type) && !schema.enumerations.get(type)?.has(value)) {
            const values = [...(schema.enumerations.get(type) ?? [])];
            const shown = values.slice(0, 12).join(', ') + (values.length > 12 ? ', …' : '');
            report(where, `has "${value}", which is not a ${type} (one of ${shown}).`);
        }
        return;
    }
    const properties = schema.types.get(type);
    if (!properties) {
        report(where, `has type ${type}, which the Metadata API schema does not describe.`);
        return;
    }
    if (text !== undefined && text !== '' && nested.length === 0) {
        report(where, `holds the text "${text}", but a ${type} is made of elements.`);
    }
    checkProperties(element, type, properties, where, schema, report);
}

function checkProperties(
    element: XmlNode,
    type: string,
    properties: Map<string, { type: string; repeated: boolean }>,
    where: string,
    schema: MetadataSchema,
    report: (element: string, message: string) => void
): void {
    for (const attribute of Object.keys(element).filter((key) => key.startsWith('@_'))) {
        if (!XML_ATTRIBUTES.has(attribute)) {
            report(where, `has the attribute ${attribute.slice(2)}, which a ${type} does not take.`);
        }
    }
    for (const name of childNames(element)) {
        const property = properties.get(name);
        const childWhere = `${where} > ${name}`;
        if (!property) {
            report(childWhere, `is not an element of ${type} in the Metadata API.`);
            continue;
        }
        const occurrences = childNodes(element, name);
        if (!property.repeated && occurrences.length > 1) {
            report(childWhere, `appears ${occurrences.length} times, but a ${type} has at most one.`);
        }
        if (NESTED_TEXT_PROPERTIES.has(`${type}.${name}`)) {
            continue;
        }
        occurrences.forEach((occurrence, index) => {
            const indexed = occurrences.length > 1 ? `${childWhere}[${index + 1}]` : childWhere;
            checkValue(occurrence, property.type, indexed, schema, report);
        });
    }
}

/** Every element and value of every file is known to its Metadata API type. */
export function checkElements(files: MetadataFile[], schema: MetadataSchema): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    for (const file of files.filter((candidate) => candidate.wellFormed)) {
        const properties = schema.types.get(file.typeName);
        const report = (element: string, message: string) => problems.push({ file: file.file, element, message });
        if (!properties) {
            report(file.rootName, `is a ${file.typeName}, which the Metadata API schema does not describe.`);
            continue;
        }
        checkProperties(file.root, file.typeName, properties, file.rootName, schema, report);
    }
    return problems;
}
