import { parseQuery } from '@jetstreamapp/soql-parser-js';
import { buildConditionTree, type ConditionTree } from '../conditionTree';
import { SalesforceError } from '../../org/salesforceError';

/** The tree written back with the field names only, fully parenthesised. */
function shape(where: string): string {
    const tree = buildConditionTree<{ field: string }>(parseQuery(`SELECT Id FROM X WHERE ${where}`).where);
    const write = (node: ConditionTree<{ field: string }>): string => {
        switch (node.kind) {
            case 'condition':
                return node.condition.field;
            case 'not':
                return `NOT ${write(node.item)}`;
            default:
                return `(${node.items.map(write).join(` ${node.kind.toUpperCase()} `)})`;
        }
    };
    return write(tree);
}

describe('buildConditionTree', () => {
    test.each([
        ['A = 1', 'A'],
        ['A = 1 AND B = 1 AND C = 1', '(A AND B AND C)'],
        ['(A = 1 OR B = 1) AND C = 1', '((A OR B) AND C)'],
        ['A = 1 OR (B = 1 AND C = 1)', '(A OR (B AND C))'],
        ['NOT A = 1 AND B = 1', '(NOT A AND B)'],
        ['NOT (A = 1 OR B = 1) AND ((C = 1))', '(NOT (A OR B) AND C)'],
        ['(NOT A = 1) OR B = 1', '(NOT A OR B)'],
        ['((A = 1 AND B = 1) OR (C = 1 AND D = 1)) AND E = 1', '(((A AND B) OR (C AND D)) AND E)']
    ])('%s', (where, expected) => {
        expect(shape(where)).toBe(expected);
    });

    test.each(['A = 1 AND B = 1 OR C = 1', 'A = 1 OR B = 1 AND C = 1', '(A = 1 OR B = 1 AND C = 1)'])(
        'refuses AND and OR mixed without parentheses: %s',
        (where) => {
            expect(() => shape(where)).toThrow(SalesforceError);
            expect(() => shape(where)).toThrow(/unexpected token/);
        }
    );
});
