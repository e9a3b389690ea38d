/**
 * A GraphQL document reader for the part of the language UI API record queries use: operations
 * with variables, fields with aliases and arguments, nested selections, named and inline fragments,
 * and every literal kind (GraphQL specification, October 2021, sections 2.1–2.10). Fragments are
 * expanded in place, and fields that answer under the same name merged, as execution does (6.3.2,
 * "Field Collection"); the fragment rules of validation (5.5) are enforced. Directives are refused:
 * the components do not use them, and a half-understood query must not give a wrong answer.
 * The `graphql` npm package would parse the full language; this keeps the local org dependency-free.
 */
export type GraphqlValue =
    | { kind: 'variable'; name: string }
    | { kind: 'number'; value: number }
    | { kind: 'string'; value: string }
    | { kind: 'boolean'; value: boolean }
    | { kind: 'null' }
    | { kind: 'enum'; value: string }
    | { kind: 'list'; values: GraphqlValue[] }
    | { kind: 'object'; fields: [string, GraphqlValue][] };

export interface GraphqlField {
    /** The name the answer uses: the alias, or the field's name. */
    key: string;
    name: string;
    arguments: Map<string, GraphqlValue>;
    selections: GraphqlField[];
    /**
     * The type conditions of the fragments the field was selected through (`...Parts` with
     * `fragment Parts on Widget__c`, or `... on Widget__c`), outermost first; absent when it was
     * selected directly. Where the selected type is known, checkFragmentTypes holds them to it.
     */
    fragmentTypes?: string[];
}

/** A selection as written: a field, a fragment spread or an inline fragment. */
type Selection =
    | { kind: 'field'; key: string; name: string; arguments: Map<string, GraphqlValue>; selections: Selection[] }
    | { kind: 'spread'; name: string }
    | { kind: 'inline'; typeCondition: string | null; selections: Selection[] };

interface FragmentDefinition {
    typeCondition: string;
    selections: Selection[];
}

export interface GraphqlOperation {
    type: 'query' | 'mutation' | 'subscription';
    name?: string;
    variableDefaults: Map<string, GraphqlValue>;
    selections: GraphqlField[];
}

export class GraphqlSyntaxError extends Error {
    override readonly name = 'GraphqlSyntaxError';
}

/** A well-formed query the local org does not answer, or answers only with an error (bad argument, unknown operation). */
export class GraphqlQueryError extends Error {
    override readonly name = 'GraphqlQueryError';
}

type Token = { type: 'punct' | 'name' | 'number' | 'string'; text: string; at: number };

const PUNCTUATORS = new Set(['{', '}', '(', ')', ':', '$', '[', ']', '=', '!', '@']);

function tokenize(source: string): Token[] {
    const tokens: Token[] = [];
    let at = 0;
    while (at < source.length) {
        const char = source[at];
        if (/[\s,\uFEFF]/.test(char)) {
            at += 1;
        } else if (char === '#') {
            while (at < source.length && source[at] !== '\n') {
                at += 1;
            }
        } else if (source.startsWith('...', at)) {
            tokens.push({ type: 'punct', text: '...', at });
            at += 3;
        } else if (PUNCTUATORS.has(char)) {
            tokens.push({ type: 'punct', text: char, at });
            at += 1;
        } else if (/[A-Za-z_]/.test(char)) {
            const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(at))!;
            tokens.push({ type: 'name', text: match[0], at });
            at += match[0].length;
        } else if (/[-0-9]/.test(char)) {
            const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(at));
            if (!match) {
                throw new GraphqlSyntaxError(`Unexpected character "${char}" at ${at}.`);
            }
            tokens.push({ type: 'number', text: match[0], at });
            at += match[0].length;
        } else if (char === '"') {
            const { text, end } = readString(source, at);
            tokens.push({ type: 'string', text, at });
            at = end;
        } else {
            throw new GraphqlSyntaxError(`Unexpected character "${char}" at ${at}.`);
        }
    }
    return tokens;
}

function readString(source: string, start: number): { text: string; end: number } {
    if (source.startsWith('"""', start)) {
        const close = source.indexOf('"""', start + 3);
        if (close < 0) {
            throw new GraphqlSyntaxError(`Unterminated block string at ${start}.`);
        }
        return { text: source.slice(start + 3, close).trim(), end: close + 3 };
    }
    let text = '';
    let at = start + 1;
    while (at < source.length && source[at] !== '"') {
        if (source[at] === '\n') {
            break;
        }
        if (source[at] === '\\') {
            const escaped = source[at + 1];
            if (escaped === 'u') {
                text += String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16));
                at += 6;
                continue;
            }
            const simple: Record<string, string> = {
                '"': '"',
                '\\': '\\',
                '/': '/',
                b: '\b',
                f: '\f',
                n: '\n',
                r: '\r',
                t: '\t'
            };
            if (simple[escaped] === undefined) {
                throw new GraphqlSyntaxError(`Bad escape "\\${escaped}" at ${at}.`);
            }
            text += simple[escaped];
            at += 2;
            continue;
        }
        text += source[at];
        at += 1;
    }
    if (source[at] !== '"') {
        throw new GraphqlSyntaxError(`Unterminated string at ${start}.`);
    }
    return { text, end: at + 1 };
}

class Reader {
    private index = 0;

    constructor(private readonly tokens: Token[]) {}

    peek(): Token | undefined {
        return this.tokens[this.index];
    }

    atEnd(): boolean {
        return this.index >= this.tokens.length;
    }

    take(): Token {
        const token = this.tokens[this.index];
        if (!token) {
            throw new GraphqlSyntaxError('Unexpected end of the document.');
        }
        this.index += 1;
        return token;
    }

    is(text: string): boolean {
        const token = this.peek();
        return token !== undefined && token.type === 'punct' && token.text === text;
    }

    expect(text: string): void {
        const token = this.take();
        if (token.type !== 'punct' || token.text !== text) {
            throw new GraphqlSyntaxError(`Expected "${text}" at ${token.at}, found "${token.text}".`);
        }
    }

    name(): string {
        const token = this.take();
        if (token.type !== 'name') {
            throw new GraphqlSyntaxError(`Expected a name at ${token.at}, found "${token.text}".`);
        }
        return token.text;
    }
}

function readValue(reader: Reader, constant: boolean): GraphqlValue {
    const token = reader.peek();
    if (!token) {
        throw new GraphqlSyntaxError('Unexpected end of the document in a value.');
    }
    if (token.type === 'punct') {
        if (token.text === '$' && !constant) {
            reader.take();
            return { kind: 'variable', name: reader.name() };
        }
        if (token.text === '[') {
            reader.take();
            const values: GraphqlValue[] = [];
            while (!reader.is(']')) {
                values.push(readValue(reader, constant));
            }
            reader.expect(']');
            return { kind: 'list', values };
        }
        if (token.text === '{') {
            reader.take();
            const fields: [string, GraphqlValue][] = [];
            while (!reader.is('}')) {
                const name = reader.name();
                reader.expect(':');
                fields.push([name, readValue(reader, constant)]);
            }
            reader.expect('}');
            return { kind: 'object', fields };
        }
        throw new GraphqlSyntaxError(`Unexpected "${token.text}" at ${token.at} in a value.`);
    }
    reader.take();
    if (token.type === 'number') {
        return { kind: 'number', value: Number(token.text) };
    }
    if (token.type === 'string') {
        return { kind: 'string', value: token.text };
    }
    if (token.text === 'true' || token.text === 'false') {
        return { kind: 'boolean', value: token.text === 'true' };
    }
    return token.text === 'null' ? { kind: 'null' } : { kind: 'enum', value: token.text };
}

function refuseDirectives(reader: Reader, on: string): void {
    if (reader.is('@')) {
        throw new GraphqlSyntaxError(`Directives are not supported by the local org (on ${on}).`);
    }
}

/** `...Name`, `... on Type { … }` or `... { … }`, the `...` already read. */
function readFragmentSelection(reader: Reader): Selection {
    const next = reader.peek();
    if (next?.type === 'name' && next.text !== 'on') {
        const name = reader.name();
        refuseDirectives(reader, `...${name}`);
        return { kind: 'spread', name };
    }
    let typeCondition: string | null = null;
    if (next?.type === 'name') {
        reader.take();
        typeCondition = reader.name();
    }
    refuseDirectives(reader, typeCondition ? `... on ${typeCondition}` : 'an inline fragment');
    return { kind: 'inline', typeCondition, selections: readSelections(reader) };
}

function readSelections(reader: Reader): Selection[] {
    reader.expect('{');
    const fields: Selection[] = [];
    while (!reader.is('}')) {
        if (reader.is('...')) {
            reader.take();
            fields.push(readFragmentSelection(reader));
            continue;
        }
        // `alias: field`: the answer uses the alias as its key.
        const key = reader.name();
        let name = key;
        if (reader.is(':')) {
            reader.take();
            name = reader.name();
        }
        const args = new Map<string, GraphqlValue>();
        if (reader.is('(')) {
            reader.take();
            while (!reader.is(')')) {
                const argument = reader.name();
                reader.expect(':');
                args.set(argument, readValue(reader, false));
            }
            reader.expect(')');
        }
        refuseDirectives(reader, name);
        const selections = reader.is('{') ? readSelections(reader) : [];
        fields.push({ kind: 'field', key, name, arguments: args, selections });
    }
    reader.expect('}');
    return fields;
}

function readType(reader: Reader): void {
    if (reader.is('[')) {
        reader.take();
        readType(reader);
        reader.expect(']');
    } else {
        reader.name();
    }
    if (reader.is('!')) {
        reader.take();
    }
}

/** `Name on Type { … }`, the `fragment` keyword already read. */
function readFragmentDefinition(reader: Reader, fragments: Map<string, FragmentDefinition>): void {
    const name = reader.name();
    const on = reader.take();
    if (name === 'on' || on.type !== 'name' || on.text !== 'on') {
        throw new GraphqlSyntaxError(`Expected "fragment Name on Type" at ${on.at}.`);
    }
    const typeCondition = reader.name();
    refuseDirectives(reader, `fragment ${name}`);
    if (fragments.has(name)) {
        throw new GraphqlQueryError(`There can be only one fragment named "${name}".`);
    }
    fragments.set(name, { typeCondition, selections: readSelections(reader) });
}

function sameArguments(one: Map<string, GraphqlValue>, other: Map<string, GraphqlValue>): boolean {
    return (
        one.size === other.size &&
        [...one].every(([name, value]) => JSON.stringify(value) === JSON.stringify(other.get(name)))
    );
}

/**
 * Fields that answer under the same name become one, their selections merged (GraphQL
 * specification 6.3.2); two different fields, or one field with different arguments, under the
 * same name are refused (5.3.2, "Field Selection Merging").
 */
function mergeFields(fields: GraphqlField[]): GraphqlField[] {
    const byKey = new Map<string, GraphqlField>();
    for (const field of fields) {
        const seen = byKey.get(field.key);
        if (!seen) {
            byKey.set(field.key, field);
            continue;
        }
        if (seen.name !== field.name || !sameArguments(seen.arguments, field.arguments)) {
            throw new GraphqlQueryError(
                `Fields "${field.key}" conflict: ${seen.name} and ${field.name} (or their arguments) differ; give them different aliases.`
            );
        }
        const fragmentTypes = [...new Set([...(seen.fragmentTypes ?? []), ...(field.fragmentTypes ?? [])])];
        byKey.set(field.key, {
            ...seen,
            selections: mergeFields([...seen.selections, ...field.selections]),
            ...(fragmentTypes.length > 0 ? { fragmentTypes } : {})
        });
    }
    return [...byKey.values()];
}

function selectedThrough(typeCondition: string, fields: GraphqlField[]): GraphqlField[] {
    return fields.map((field) => ({ ...field, fragmentTypes: [typeCondition, ...(field.fragmentTypes ?? [])] }));
}

/** Selections with every fragment expanded in place; `spreading` is the chain of fragments being expanded. */
function expandFragments(
    selections: Selection[],
    fragments: Map<string, FragmentDefinition>,
    spreading: string[],
    used: Set<string>
): GraphqlField[] {
    const fields = selections.flatMap((selection): GraphqlField[] => {
        if (selection.kind === 'field') {
            const { key, name, arguments: args } = selection;
            return [
                {
                    key,
                    name,
                    arguments: args,
                    selections: expandFragments(selection.selections, fragments, spreading, used)
                }
            ];
        }
        if (selection.kind === 'inline') {
            const inner = expandFragments(selection.selections, fragments, spreading, used);
            return selection.typeCondition ? selectedThrough(selection.typeCondition, inner) : inner;
        }
        const fragment = fragments.get(selection.name);
        if (!fragment) {
            throw new GraphqlQueryError(`Unknown fragment "${selection.name}".`);
        }
        if (spreading.includes(selection.name)) {
            const cycle = [...spreading.slice(spreading.indexOf(selection.name)), selection.name];
            throw new GraphqlQueryError(
                `Cannot spread fragment "${selection.name}" within itself (${cycle.join(' → ')}).`
            );
        }
        used.add(selection.name);
        const inner = expandFragments(fragment.selections, fragments, [...spreading, selection.name], used);
        return selectedThrough(fragment.typeCondition, inner);
    });
    return mergeFields(fields);
}

/**
 * Refuses a field selected through a fragment that cannot apply where it is spread (GraphQL
 * specification 5.5.2.3, "Fragment Spread Is Possible"). Every type the local org answers is an
 * object type, so a fragment applies only on its own type; the Record interface is not served.
 */
export function checkFragmentTypes(selections: GraphqlField[], type: string): void {
    for (const selection of selections) {
        for (const condition of selection.fragmentTypes ?? []) {
            if (condition === 'Record') {
                throw new GraphqlQueryError(
                    `Fragments on the Record interface are not served by the local org; write them on ${type} (${selection.key}).`
                );
            }
            if (condition.toLowerCase() !== type.toLowerCase()) {
                throw new GraphqlQueryError(
                    `Fragment on ${condition} cannot be spread here as objects of type ${type} can never be of type ${condition} (${selection.key}).`
                );
            }
        }
    }
}

/** The operations of a document, in order, their fragments expanded. */
export function parseGraphqlDocument(source: string): GraphqlOperation[] {
    const reader = new Reader(tokenize(source));
    const operations: Array<Omit<GraphqlOperation, 'selections'> & { selections: Selection[] }> = [];
    const fragments = new Map<string, FragmentDefinition>();
    while (!reader.atEnd()) {
        if (reader.is('{')) {
            operations.push({ type: 'query', variableDefaults: new Map(), selections: readSelections(reader) });
            continue;
        }
        const keyword = reader.name();
        if (keyword === 'fragment') {
            readFragmentDefinition(reader, fragments);
            continue;
        }
        if (keyword !== 'query' && keyword !== 'mutation' && keyword !== 'subscription') {
            throw new GraphqlSyntaxError(`Expected an operation, found "${keyword}".`);
        }
        const operation: (typeof operations)[number] = { type: keyword, variableDefaults: new Map(), selections: [] };
        if (reader.peek()?.type === 'name') {
            operation.name = reader.name();
        }
        if (reader.is('(')) {
            reader.take();
            while (!reader.is(')')) {
                reader.expect('$');
                const variable = reader.name();
                reader.expect(':');
                readType(reader);
                if (reader.is('=')) {
                    reader.take();
                    operation.variableDefaults.set(variable, readValue(reader, true));
                }
            }
            reader.expect(')');
        }
        operation.selections = readSelections(reader);
        operations.push(operation);
    }
    if (operations.length === 0) {
        throw new GraphqlSyntaxError('The document has no operation.');
    }
    const used = new Set<string>();
    const expanded = operations.map((operation) => ({
        ...operation,
        selections: expandFragments(operation.selections, fragments, [], used)
    }));
    const unused = [...fragments.keys()].find((name) => !used.has(name));
    if (unused) {
        throw new GraphqlQueryError(`Fragment "${unused}" is never used.`);
    }
    return expanded;
}

/** A value with its variables filled in, as plain JSON (enums become their names). */
export function valueOf(value: GraphqlValue, variables: Record<string, unknown>): unknown {
    switch (value.kind) {
        case 'variable':
            return variables[value.name] ?? null;
        case 'number':
        case 'string':
        case 'boolean':
        case 'enum':
            return value.value;
        case 'null':
            return null;
        case 'list':
            return value.values.map((item) => valueOf(item, variables));
        case 'object':
            return Object.fromEntries(value.fields.map(([name, item]) => [name, valueOf(item, variables)]));
    }
}
