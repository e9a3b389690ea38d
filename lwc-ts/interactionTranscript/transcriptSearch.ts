/**
 * Finding a word or phrase in the transcript: literal text, not a pattern, without regard to case,
 * each turn cut into the parts that match and those that do not, so the matches can be marked.
 */
export interface TextPart {
    readonly text: string;
    readonly match: boolean;
}

function searchPattern(term: string): RegExp | null {
    const literal = term.trim();
    if (literal === '') {
        return null;
    }
    return new RegExp(literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
}

/** The text as matching and non-matching parts, in order; one non-matching part when nothing matches. */
export function matchParts(text: string, term: string): TextPart[] {
    const pattern = searchPattern(term);
    if (pattern === null) {
        return [{ text, match: false }];
    }
    const parts: TextPart[] = [];
    let from = 0;
    for (const found of text.matchAll(pattern)) {
        const at = found.index ?? 0;
        if (at > from) {
            parts.push({ text: text.slice(from, at), match: false });
        }
        parts.push({ text: found[0], match: true });
        from = at + found[0].length;
    }
    if (from < text.length || parts.length === 0) {
        parts.push({ text: text.slice(from), match: false });
    }
    return parts;
}
