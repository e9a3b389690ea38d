import { createRandom } from 'c/seededRandom';
import { toEpochMillis } from 'c/interactionSampling';

describe('toEpochMillis', () => {
    it('reads ISO 8601 datetimes with a zone, as Salesforce and browsers write them', () => {
        const noonUtc = Date.UTC(2026, 2, 2, 12, 0, 0);
        expect(toEpochMillis('2026-03-02T12:00:00.000+0000', 'at')).toBe(noonUtc);
        expect(toEpochMillis('2026-03-02T12:00:00Z', 'at')).toBe(noonUtc);
        expect(toEpochMillis('2026-03-02T17:30:00+05:30', 'at')).toBe(noonUtc);
        expect(toEpochMillis('2026-03-02T07:00-0500', 'at')).toBe(noonUtc);
        expect(toEpochMillis('2026-03-02T12:00:00.1Z', 'at')).toBe(noonUtc + 100);
        expect(toEpochMillis('2026-03-02T12:00:00.123456789Z', 'at')).toBe(noonUtc + 123);
        expect(toEpochMillis('2024-02-29T00:00:00Z', 'at')).toBe(Date.UTC(2024, 1, 29));
        expect(toEpochMillis('0050-06-01T00:00:00Z', 'at')).toBe(new Date('0050-06-01T00:00:00Z').getTime());
        expect(toEpochMillis(noonUtc, 'at')).toBe(noonUtc);
    });

    it('agrees with Date.parse on 5,000 random datetimes in every written form', () => {
        const random = createRandom('datetimes');
        const two = (n: number) => String(n).padStart(2, '0');
        const disagreements: string[] = [];
        for (let i = 0; i < 5000; i += 1) {
            const iso = new Date(
                Date.UTC(1970, 0, 1) + random.nextInt(2 ** 31) * 1000 + random.nextInt(1000)
            ).toISOString();
            const sign = random.nextInt(2) ? '+' : '-';
            const zone = [
                'Z',
                `${sign}${two(random.nextInt(15))}:${two(random.nextInt(4) * 15)}`,
                `${sign}${two(random.nextInt(15))}${two(random.nextInt(60))}`
            ][random.nextInt(3)];
            const body = [iso.slice(0, 16), iso.slice(0, 19), iso.slice(0, 23)][random.nextInt(3)];
            const text = `${body}${zone}`;
            const withColon = zone.length === 5 ? `${body}${zone.slice(0, 3)}:${zone.slice(3)}` : text;
            if (toEpochMillis(text, 'at') !== Date.parse(withColon)) {
                disagreements.push(text);
            }
        }
        expect(disagreements).toEqual([]);
    });

    it.each([
        '2026-03-02T12:00:00',
        '2026-03-02',
        '03/02/2026 12:00',
        '2026-13-02T12:00:00Z',
        '2026-02-29T12:00:00Z',
        '2026-04-31T12:00:00Z',
        '2026-03-02T24:00:00Z',
        '2026-03-02T12:60:00Z',
        '2026-03-02T12:00:60Z',
        '2026-03-02T12:00:00.Z',
        '2026-03-02T12:00:00+5:00',
        '2026-03-02T12:00:00+05:00 ',
        '2026-03-02T12:00:00Zulu',
        ' 2026-03-02T12:00:00Z',
        ''
    ])('refuses %p, naming the field', (text) => {
        expect(() => toEpochMillis(text, 'candidates[3].startedAt')).toThrow(
            'candidates[3].startedAt must be an ISO 8601 datetime with a zone'
        );
    });

    it('refuses non-finite numbers and other types', () => {
        expect(() => toEpochMillis(Number.NaN, 'at')).toThrow('epoch milliseconds, got NaN');
        expect(() => toEpochMillis(Infinity, 'at')).toThrow(RangeError);
        expect(() => toEpochMillis(null as any, 'at')).toThrow('got null');
    });
});
