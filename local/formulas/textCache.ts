/**
 * A map from formula text to what was worked out from it once (a parsed tree, a refusal), so that
 * a formula is read once and evaluated many times. It holds at most `limit` texts and forgets
 * the oldest first: the package has a few dozen formulas, but callers may pass any text.
 */
export class TextCache<Value> {
    private readonly entries = new Map<string, Value>();

    constructor(private readonly limit: number) {
        if (!Number.isInteger(limit) || limit < 1) {
            throw new RangeError(`A text cache must hold at least one entry, got a limit of ${limit}.`);
        }
    }

    /** The value cached for `text`, worked out by `make` the first time. */
    get(text: string, make: (text: string) => Value): Value {
        const found = this.entries.get(text);
        if (found !== undefined || this.entries.has(text)) {
            return found as Value;
        }
        const made = make(text);
        if (this.entries.size >= this.limit) {
            this.entries.delete(this.entries.keys().next().value as string);
        }
        this.entries.set(text, made);
        return made;
    }

    get size(): number {
        return this.entries.size;
    }
}
