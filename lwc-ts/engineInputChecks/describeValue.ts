/**
 * How an error message shows the value it refuses: text in quotes (so an empty or blank string is
 * visible), an array by its length (its contents could run to thousands of entries), anything else
 * as JavaScript prints it.
 */
export function describeValue(value: unknown): string {
    if (typeof value === 'string') {
        return `"${value}"`;
    }
    if (Array.isArray(value)) {
        return `an array of ${value.length}`;
    }
    return String(value);
}
