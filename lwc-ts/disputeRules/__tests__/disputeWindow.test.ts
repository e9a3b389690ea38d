import { disputeWindow } from 'c/disputeRules';

const formatDateTime = (moment: Date): string => moment.toISOString();
const NOW = new Date('2026-11-02T09:00:00.000Z');
const submitted = {
    isAgent: true,
    assessmentStatus: 'Submitted',
    deadline: '2026-11-06T10:59:49.887Z',
    now: NOW,
    formatDateTime
};

describe('disputeWindow', () => {
    it('is open to the agent on a submitted assessment before its deadline', () => {
        expect(disputeWindow(submitted)).toEqual({ open: true, deadline: new Date('2026-11-06T10:59:49.887Z') });
    });

    it('is still open at the deadline itself', () => {
        expect(disputeWindow({ ...submitted, now: new Date('2026-11-06T10:59:49.887Z') }).open).toBe(true);
    });

    it('is closed after the deadline, saying when it closed', () => {
        expect(disputeWindow({ ...submitted, now: new Date('2026-11-06T11:00:00.000Z') })).toEqual({
            open: false,
            reason: 'The dispute window closed on 2026-11-06T10:59:49.887Z.'
        });
    });

    it('is closed to anyone but the assessed agent', () => {
        const result = disputeWindow({ ...submitted, isAgent: false });
        expect(result).toEqual({
            open: false,
            reason: 'Only the agent whose work was assessed can dispute this assessment.'
        });
    });

    it.each([
        ['Assigned', 'has not been submitted yet'],
        ['In Progress', 'has not been submitted yet'],
        ['Disputed', 'already disputed'],
        ['Final', 'is final'],
        ['Cancelled', 'was cancelled'],
        ['Archived', 'status "Archived" cannot be disputed']
    ])('explains why a %s assessment cannot be disputed', (assessmentStatus, words) => {
        const result = disputeWindow({ ...submitted, assessmentStatus });
        expect(result.open).toBe(false);
        expect(!result.open && result.reason).toContain(words);
    });

    it('refuses a submitted assessment without a readable deadline, naming the value', () => {
        const result = disputeWindow({ ...submitted, deadline: 'soon' });
        expect(!result.open && result.reason).toContain('no dispute deadline (got "soon")');
    });
});
