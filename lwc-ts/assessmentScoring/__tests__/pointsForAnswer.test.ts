import { pointsForAnswer, type ScorecardItem } from 'c/assessmentScoring';

const item = (overrides: Partial<ScorecardItem> = {}): ScorecardItem => ({
    id: 'resolve',
    section: 'Resolution',
    order: 1,
    points: 20,
    answerScale: 'YesNo',
    naAllowed: false,
    hardFail: false,
    coachingOnly: false,
    ...overrides
});

describe('pointsForAnswer', () => {
    it('gives Yes the full points and No nothing on a yes/no item', () => {
        expect(pointsForAnswer(item(), 'Yes')).toEqual({ earned: 20, possible: 20, hardFailFailed: false });
        expect(pointsForAnswer(item(), 'No')).toEqual({ earned: 0, possible: 20, hardFailFailed: false });
    });

    it('gives Partial half the points on a yes/partial/no item', () => {
        const partialItem = item({ answerScale: 'YesPartialNo', points: 15 });
        expect(pointsForAnswer(partialItem, 'Partial')).toEqual({ earned: 7.5, possible: 15, hardFailFailed: false });
        expect(pointsForAnswer(partialItem, 'Yes').earned).toBe(15);
        expect(pointsForAnswer(partialItem, 'No').earned).toBe(0);
    });

    it('gives (n − 1) / 4 of the points on a 1–5 item', () => {
        const rated = item({ answerScale: 'OneToFive', points: 10 });
        const earned = (['1', '2', '3', '4', '5'] as const).map((answer) => pointsForAnswer(rated, answer).earned);
        expect(earned).toEqual([0, 2.5, 5, 7.5, 10]);
        expect(pointsForAnswer(rated, '4').possible).toBe(10);
    });

    it('keeps quarter points of fractional weights exact', () => {
        expect(pointsForAnswer(item({ answerScale: 'OneToFive', points: 0.01 }), '2').earned).toBe(0.0025);
        expect(pointsForAnswer(item({ answerScale: 'OneToFive', points: 3 }), '2').earned).toBe(0.75);
    });

    it('leaves N/A, unanswered and coaching-only items out of both earned and possible', () => {
        const none = { earned: 0, possible: 0, hardFailFailed: false };
        expect(pointsForAnswer(item({ naAllowed: true }), 'NA')).toEqual(none);
        expect(pointsForAnswer(item(), null)).toEqual(none);
        expect(pointsForAnswer(item(), undefined)).toEqual(none);
        expect(pointsForAnswer(item(), '')).toEqual(none);
        expect(pointsForAnswer(item({ coachingOnly: true }), 'No')).toEqual(none);
        expect(pointsForAnswer(item({ coachingOnly: true, points: 0, answerScale: 'OneToFive' }), '1')).toEqual(none);
    });

    it('fails a hard-fail item answered No, or 1 on the 1–5 scale, and nothing else', () => {
        const critical = item({ hardFail: true, answerScale: 'YesPartialNo' });
        expect(pointsForAnswer(critical, 'No').hardFailFailed).toBe(true);
        expect(pointsForAnswer(critical, 'Partial').hardFailFailed).toBe(false);
        expect(pointsForAnswer(critical, 'Yes').hardFailFailed).toBe(false);
        const criticalRating = item({ hardFail: true, answerScale: 'OneToFive' });
        expect(pointsForAnswer(criticalRating, '1')).toEqual({ earned: 0, possible: 20, hardFailFailed: true });
        expect(pointsForAnswer(criticalRating, '2').hardFailFailed).toBe(false);
        expect(pointsForAnswer(item({ hardFail: true, naAllowed: true }), 'NA').hardFailFailed).toBe(false);
    });

    it('refuses N/A where the item does not allow it', () => {
        expect(() => pointsForAnswer(item(), 'NA')).toThrow('Item "resolve" does not allow N/A.');
    });

    it('refuses an answer that is not on the item scale, naming what the item takes', () => {
        expect(() => pointsForAnswer(item(), 'Partial')).toThrow(
            'Item "resolve" (YesNo) cannot take the answer "Partial"; it takes Yes, No.'
        );
        expect(() => pointsForAnswer(item({ answerScale: 'OneToFive', naAllowed: true }), '6' as any)).toThrow(
            'it takes 1, 2, 3, 4, 5 or NA'
        );
        expect(() => pointsForAnswer(item({ answerScale: 'OneToFive' }), 3 as any)).toThrow(RangeError);
        expect(() => pointsForAnswer(item(), 'yes' as any)).toThrow('cannot take the answer "yes"');
    });

    it('refuses a broken item, naming the field', () => {
        expect(() => pointsForAnswer(item({ points: 0 }), 'Yes')).toThrow('needs points above 0, got 0');
        expect(() => pointsForAnswer(item({ points: -1, coachingOnly: true }), 'Yes')).toThrow('of at least 0');
        expect(() => pointsForAnswer(item({ points: 1.234 }), 'Yes')).toThrow('at most 2 decimal places');
        expect(() => pointsForAnswer(item({ answerScale: 'Stars' as any }), 'Yes')).toThrow(
            'answer scale "Stars"; it must be one of YesNo, YesPartialNo, OneToFive'
        );
        expect(() => pointsForAnswer(item({ hardFail: 'yes' as any }), 'Yes')).toThrow(TypeError);
        expect(() => pointsForAnswer(item({ id: '' }), 'Yes')).toThrow('non-empty text id');
        expect(() => pointsForAnswer(item({ hardFail: true, coachingOnly: true }), 'Yes')).toThrow(
            'cannot be both hard-fail and coaching-only'
        );
    });
});
