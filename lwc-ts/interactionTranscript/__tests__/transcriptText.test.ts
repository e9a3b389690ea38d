import { matchParts } from '../transcriptSearch';
import { transcriptTurns } from '../transcriptTurns';

describe('transcriptTurns', () => {
    it('reads one turn a line, Agent: and Customer: as the seed writes them', () => {
        const turns = transcriptTurns(
            'Agent: Thank you for calling, my name is Sam.\nCustomer: I was charged twice.\nAgent: Let me look.'
        );
        expect(turns).toEqual([
            { number: 1, speaker: 'Agent', text: 'Thank you for calling, my name is Sam.' },
            { number: 2, speaker: 'Customer', text: 'I was charged twice.' },
            { number: 3, speaker: 'Agent', text: 'Let me look.' }
        ]);
    });

    it('keeps consecutive turns of the same speaker apart', () => {
        expect(transcriptTurns('Agent: One.\nAgent: Two.').map((turn) => turn.text)).toEqual(['One.', 'Two.']);
    });

    it('joins a line without a speaker to the turn before it, and skips blank lines', () => {
        const turns = transcriptTurns('Customer: My order\r\n\r\nstill has not come.\nagent: Sorry to hear that.');
        expect(turns).toEqual([
            { number: 1, speaker: 'Customer', text: 'My order\nstill has not come.' },
            { number: 2, speaker: 'Agent', text: 'Sorry to hear that.' }
        ]);
    });

    it('keeps text before the first speaker as a turn of its own', () => {
        expect(transcriptTurns('Call started 09:14\nAgent: Hello.')[0]).toEqual({
            number: 1,
            speaker: null,
            text: 'Call started 09:14'
        });
    });

    it.each([null, undefined, '', '\n  \n'])('has no turns for %p', (transcript) => {
        expect(transcriptTurns(transcript)).toEqual([]);
    });
});

describe('matchParts', () => {
    it('cuts the text around every match, ignoring case', () => {
        expect(matchParts('Refund? The refund is on its way.', 'refund')).toEqual([
            { text: 'Refund', match: true },
            { text: '? The ', match: false },
            { text: 'refund', match: true },
            { text: ' is on its way.', match: false }
        ]);
    });

    it('searches for the text literally, not as a pattern', () => {
        expect(matchParts('Is it $5.00 (plus tax)?', '$5.00 (plus').filter((part) => part.match)).toEqual([
            { text: '$5.00 (plus', match: true }
        ]);
        expect(matchParts('a.c abc', 'a.c').filter((part) => part.match)).toHaveLength(1);
    });

    it('leaves the text whole when the term is blank or not found', () => {
        expect(matchParts('Hello there', '   ')).toEqual([{ text: 'Hello there', match: false }]);
        expect(matchParts('Hello there', 'refund')).toEqual([{ text: 'Hello there', match: false }]);
    });

    it('marks a match at the very end without an empty part after it', () => {
        expect(matchParts('Thanks', 'thanks')).toEqual([{ text: 'Thanks', match: true }]);
    });
});
