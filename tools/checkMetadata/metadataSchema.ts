import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The Metadata API's own description of every metadata type, read from the TypeScript types that
 * Salesforce publishes in `@salesforce/types` (generated from the Metadata WSDL). Each type is a
 * record of properties; each property has a type (a scalar, an enumeration or another type) and
 * may repeat.
 */
export interface SchemaProperty {
    type: string;
    repeated: boolean;
}

export interface MetadataSchema {
    types: Map<string, Map<string, SchemaProperty>>;
    enumerations: Map<string, Set<string>>;
}

const SCALARS = new Set(['string', 'number', 'boolean']);

export function isScalar(type: string): boolean {
    return SCALARS.has(type);
}

function propertiesOf(node: ts.TypeNode, aliases: Map<string, ts.TypeNode>): Map<string, SchemaProperty> {
    const properties = new Map<string, SchemaProperty>();
    if (ts.isIntersectionTypeNode(node)) {
        // `Metadata & { … }`: the base type's properties come first.
        for (const part of node.types) {
            for (const [name, property] of propertiesOf(part, aliases)) {
                properties.set(name, property);
            }
        }
    } else if (ts.isTypeReferenceNode(node)) {
        const base = aliases.get(node.typeName.getText());
        if (base) {
            return propertiesOf(base, aliases);
        }
    } else if (ts.isTypeLiteralNode(node)) {
        for (const member of node.members) {
            if (!ts.isPropertySignature(member) || !member.type) {
                continue;
            }
            let typeNode = member.type;
            let repeated = false;
            if (ts.isArrayTypeNode(typeNode)) {
                repeated = true;
                typeNode = typeNode.elementType;
            }
            properties.set(member.name.getText(), { type: typeNode.getText(), repeated });
        }
    }
    return properties;
}

let cached: MetadataSchema | undefined;

/** Loads (once) the schema from @salesforce/types/lib/metadata.d.ts. */
export function loadMetadataSchema(): MetadataSchema {
    if (cached) {
        return cached;
    }
    // The package exports only its JavaScript; the declarations sit beside it.
    const file = path.join(path.dirname(require.resolve('@salesforce/types/metadata')), 'metadata.d.ts');
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const aliases = new Map<string, ts.TypeNode>();
    for (const statement of source.statements) {
        if (ts.isTypeAliasDeclaration(statement)) {
            aliases.set(statement.name.text, statement.type);
        }
    }
    const types = new Map<string, Map<string, SchemaProperty>>();
    const enumerations = new Map<string, Set<string>>();
    for (const [name, node] of aliases) {
        if (ts.isUnionTypeNode(node) && node.types.every((part) => ts.isLiteralTypeNode(part))) {
            enumerations.set(
                name,
                new Set(node.types.map((part) => ((part as ts.LiteralTypeNode).literal as ts.StringLiteral).text))
            );
        } else {
            types.set(name, propertiesOf(node, aliases));
        }
    }
    cached = { types, enumerations };
    return cached;
}
