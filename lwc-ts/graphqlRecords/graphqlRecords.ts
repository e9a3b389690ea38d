/**
 * Reading the records of a UI API GraphQL answer (GraphQL API Developer Guide, "Query Records"):
 * `data.uiapi.query.<Object>.edges[].node`, where each field is `{ value, displayValue }` and a
 * parent relationship (`Assessment__r`) is a nested node, null when the lookup is blank or not
 * visible to the person.
 *
 * Pure: no platform modules, no I/O.
 */

/** One field of a record in a GraphQL answer, for components that type their answer's shape. */
export interface GraphqlField<T> {
    value: T | null;
    displayValue?: string | null;
}

/** One record of a GraphQL answer: `Id`, fields as `{ value, displayValue }`, parents as nodes. */
export type GraphqlNode = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

/** The records of one object connection of the answer; none when the answer does not hold it. */
export function recordNodes(data: unknown, objectApiName: string): GraphqlNode[] {
    const query = isObject(data) && isObject(data.uiapi) ? data.uiapi.query : undefined;
    const connection = isObject(query) ? query[objectApiName] : undefined;
    const edges = isObject(connection) && Array.isArray(connection.edges) ? connection.edges : [];
    return edges.flatMap((edge: unknown) => (isObject(edge) && isObject(edge.node) ? [edge.node] : []));
}

/** The field at a path such as `Status__c` or `Assessment__r.Agent__r.Name`, as `{ value, displayValue }`. */
function fieldAt(node: GraphqlNode | null | undefined, path: string): Record<string, unknown> | null {
    let holder: unknown = node;
    for (const name of path.split('.')) {
        holder = isObject(holder) ? holder[name] : undefined;
    }
    return isObject(holder) ? holder : null;
}

/** The record's Id, or the Id of the parent at a relationship path (`Assessment__r`). */
export function recordId(node: GraphqlNode | null | undefined, relationshipPath?: string): string | null {
    const holder = relationshipPath ? fieldAt(node, relationshipPath) : node;
    return isObject(holder) && typeof holder.Id === 'string' ? holder.Id : null;
}

/** The raw value of a text, picklist, id, date or reference field; null when blank. */
export function textValue(node: GraphqlNode | null | undefined, path: string): string | null {
    const value = fieldAt(node, path)?.value;
    return typeof value === 'string' && value !== '' ? value : null;
}

/** The raw value of a number, percent or roll-up field; null when blank. */
export function numberValue(node: GraphqlNode | null | undefined, path: string): number | null {
    const value = fieldAt(node, path)?.value;
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A checkbox: true only when checked. */
export function isChecked(node: GraphqlNode | null | undefined, path: string): boolean {
    return fieldAt(node, path)?.value === true;
}

/** What the person reads: the formatted value (picklist label, …) when the platform gives one, else the raw text. */
export function displayText(node: GraphqlNode | null | undefined, path: string): string | null {
    const displayValue = fieldAt(node, path)?.displayValue;
    return typeof displayValue === 'string' && displayValue !== '' ? displayValue : textValue(node, path);
}
