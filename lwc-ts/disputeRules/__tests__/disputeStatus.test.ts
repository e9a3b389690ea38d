import { disputeOutcome, isDisputeActive, isDisputeClosed, isDisputeInReview } from 'c/disputeRules';

describe('dispute status path', () => {
    it.each([
        ['Open', true, false, false],
        ['Under Review', true, true, false],
        ['Escalated', true, true, false],
        ['Upheld', false, false, true],
        ['Overturned', false, false, true],
        ['Partially Upheld', false, false, true],
        ['Withdrawn', false, false, true]
    ])('%s: active %p, in review %p, closed %p', (status, active, inReview, closed) => {
        expect(isDisputeActive(status)).toBe(active);
        expect(isDisputeInReview(status)).toBe(inReview);
        expect(isDisputeClosed(status)).toBe(closed);
    });

    it('treats a blank status as neither active nor closed', () => {
        expect(isDisputeActive(null)).toBe(false);
        expect(isDisputeClosed(undefined)).toBe(false);
        expect(isDisputeClosed('')).toBe(false);
    });
});

describe('disputeOutcome', () => {
    it('is Upheld when no answer is overturned', () => {
        expect(disputeOutcome(['Upheld', 'Upheld'])).toBe('Upheld');
    });

    it('is Overturned when every answer is', () => {
        expect(disputeOutcome(['Overturned'])).toBe('Overturned');
        expect(disputeOutcome(['Overturned', 'Overturned'])).toBe('Overturned');
    });

    it('is Partially Upheld when some are', () => {
        expect(disputeOutcome(['Upheld', 'Overturned', 'Upheld'])).toBe('Partially Upheld');
    });

    it('refuses while an answer is undecided, saying how many', () => {
        expect(() => disputeOutcome(['Upheld', null, ''])).toThrow('2 of 3 disputed answers have no decision yet.');
    });

    it('refuses a dispute with no answers', () => {
        expect(() => disputeOutcome([])).toThrow(RangeError);
    });
});
