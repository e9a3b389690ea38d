import { JobError } from '../../cli/exitCodes';
import { filterConditions, readPlanFilters } from '../planFilters';
import { dueDate, nextRunAfter, runAnchor, samplingWindow, seedFromRunKey, stepCadence } from '../samplingPeriod';

describe('readPlanFilters and filterConditions', () => {
    it('turns structured filters into quoted SOQL conditions, never raw text', () => {
        const filters = readPlanFilters(
            'P',
            JSON.stringify({ channel: ['Phone', 'Chat'], queue: "O'Brien desk", stratifyBy: 'queue' }),
            JSON.stringify({ agents: ['005000000000001AAA'], queues: ['VIP'] })
        );
        expect(filterConditions(filters)).toEqual([
            "Channel__c IN ('Phone', 'Chat')",
            "Queue__c = 'O\\'Brien desk'",
            "Agent__c NOT IN ('005000000000001AAA')",
            "(Queue__c = null OR Queue__c NOT IN ('VIP'))"
        ]);
        expect(filters.stratifyBy).toEqual({ name: 'queue', field: 'Queue__c' });
    });

    it('refuses unknown keys, bad JSON, empty lists and ids that are not ids, naming the plan', () => {
        expect(() => readPlanFilters('P', '{"where":"Id != null"}', null)).toThrow(/Plan "P".*unknown key "where"/);
        expect(() => readPlanFilters('P', '{', null)).toThrow(JobError);
        expect(() => readPlanFilters('P', '{"channel":[]}', null)).toThrow(/empty list/);
        expect(() => readPlanFilters('P', null, '{"agents":["x\' OR Id != null"]}')).toThrow(/not a record id/);
        expect(() => readPlanFilters('P', '{"stratifyBy":"Subject"}', null)).toThrow(/stratifyBy is one of/);
    });
});

describe('the sampling period and schedule', () => {
    it('samples the whole lookback days before the anchor day', () => {
        const window = samplingWindow(new Date('2026-03-02T06:00:00Z'), 7);
        expect([window.periodStart, window.periodEnd]).toEqual(['2026-02-23', '2026-03-01']);
        expect(window.endsAt.toISOString()).toBe('2026-03-02T00:00:00.000Z');
        expect(() => samplingWindow(new Date(), 0)).toThrow(/from 1, got 0/);
    });

    it('anchors a due plan on its schedule and an early one on now', () => {
        const scheduled = new Date('2026-03-02T06:00:00Z');
        expect(runAnchor(scheduled, new Date('2026-03-04T00:00:00Z'))).toBe(scheduled);
        const early = new Date('2026-03-01T12:00:00Z');
        expect(runAnchor(scheduled, early)).toBe(early);
    });

    it('steps days, weeks and calendar months, clamping to the month end', () => {
        expect(stepCadence(new Date('2026-01-31T06:00:00Z'), 'Monthly').toISOString()).toBe('2026-02-28T06:00:00.000Z');
        expect(stepCadence(new Date('2026-12-15T06:00:00Z'), 'Monthly').toISOString()).toBe('2027-01-15T06:00:00.000Z');
        expect(dueDate(new Date('2026-03-02T06:00:00Z'), 'Weekly')).toBe('2026-03-09');
        const late = nextRunAfter(new Date('2026-03-02T06:00:00Z'), 'Daily', new Date('2026-03-05T07:00:00Z'));
        expect(late).toEqual({ nextRunAt: new Date('2026-03-06T06:00:00Z'), skipped: 3 });
    });

    it('derives the seed from the run key with 32-bit FNV-1a', () => {
        // FNV-1a test vectors (Fowler, Noll, Vo; draft-eastlake-fnv): "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
        expect(seedFromRunKey('')).toBe(0x811c9dc5);
        expect(seedFromRunKey('a')).toBe(0xe40c292c);
        expect(seedFromRunKey('foobar')).toBe(0xbf9cf968);
    });
});
