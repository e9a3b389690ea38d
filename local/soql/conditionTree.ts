import { malformedQuery } from './soqlErrors';

/**
 * The parser returns WHERE and HAVING as a right-leaning chain (`left`, `operator`, `right`)
 * whose conditions carry `openParen` / `closeParen` counts, and NOT as a link with no left side.
 * This rebuilds the real tree from it. SOQL has no precedence between AND and OR: mixing them at
 * one level without parentheses is a syntax error, and so it is here.
 */
export type ConditionTree<C> =
    | { kind: 'and' | 'or'; items: ConditionTree<C>[] }
    | { kind: 'not'; item: ConditionTree<C> }
    | { kind: 'condition'; condition: C };

type Token<C> = { kind: '(' | ')' | 'AND' | 'OR' | 'NOT' } | { kind: 'condition'; condition: C };

interface ChainLink {
    left?: Record<string, unknown> | null;
    operator?: string;
    right?: ChainLink;
}

function tokenize<C>(chain: ChainLink): Token<C>[] {
    const tokens: Token<C>[] = [];
    let link: ChainLink | undefined = chain;
    while (link) {
        const left = link.left ?? undefined;
        const opens = Number(left?.openParen ?? 0);
        const closes = Number(left?.closeParen ?? 0);
        for (let i = 0; i < opens; i += 1) {
            tokens.push({ kind: '(' });
        }
        if (link.operator === 'NOT') {
            // `NOT` links carry only the parentheses that open before the NOT.
            tokens.push({ kind: 'NOT' });
        } else {
            if (!left) {
                throw malformedQuery('A condition is missing in WHERE.');
            }
            const condition: Record<string, unknown> = { ...left };
            delete condition.openParen;
            delete condition.closeParen;
            tokens.push({ kind: 'condition', condition: condition as C });
            for (let i = 0; i < closes; i += 1) {
                tokens.push({ kind: ')' });
            }
            if (link.operator === 'AND' || link.operator === 'OR') {
                tokens.push({ kind: link.operator });
            } else if (link.operator !== undefined) {
                throw malformedQuery(`unexpected token: '${link.operator}'`);
            }
        }
        link = link.right;
    }
    return tokens;
}

export function buildConditionTree<C>(chain: unknown): ConditionTree<C> {
    const tokens = tokenize<C>(chain as ChainLink);
    let position = 0;

    const expression = (): ConditionTree<C> => {
        const items = [term()];
        let joiner: 'AND' | 'OR' | undefined;
        for (;;) {
            const next = tokens[position];
            if (!next || (next.kind !== 'AND' && next.kind !== 'OR')) {
                break;
            }
            if (joiner && joiner !== next.kind) {
                throw malformedQuery(`unexpected token: '${next.kind}' (use parentheses when AND and OR are mixed)`);
            }
            joiner = next.kind;
            position += 1;
            items.push(term());
        }
        if (!joiner) {
            return items[0];
        }
        return { kind: joiner === 'AND' ? 'and' : 'or', items };
    };

    const term = (): ConditionTree<C> => {
        const token = tokens[position];
        position += 1;
        if (!token) {
            throw malformedQuery('unexpected end of the condition');
        }
        if (token.kind === 'NOT') {
            return { kind: 'not', item: term() };
        }
        if (token.kind === '(') {
            const inner = expression();
            if (tokens[position]?.kind !== ')') {
                throw malformedQuery('unbalanced parentheses in the condition');
            }
            position += 1;
            return inner;
        }
        if (token.kind === 'condition') {
            return { kind: 'condition', condition: token.condition };
        }
        throw malformedQuery(`unexpected token: '${token.kind}'`);
    };

    const tree = expression();
    if (position !== tokens.length) {
        throw malformedQuery(`unexpected token: '${tokens[position].kind}'`);
    }
    return tree;
}
