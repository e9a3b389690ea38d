import { DEFAULT_BAND_LIMITS, parseScore, qualityBandFor, qualityBands, validateBandLimits } from 'c/scoreBands';

describe('qualityBandFor', () => {
    it.each([
        [100, 'target'],
        [85, 'target'],
        [84.99, 'acceptable'],
        [80, 'acceptable'],
        [79.99, 'needsImprovement'],
        [70, 'needsImprovement'],
        [69.99, 'critical'],
        [0, 'critical']
    ])('puts %p in %s (limits belong to the higher band)', (score, band) => {
        expect(qualityBandFor(score).name).toBe(band);
    });

    it('labels the bands in the KPI words', () => {
        expect(qualityBands().map((band) => band.label)).toEqual([
            'Target',
            'Acceptable',
            'Needs Improvement',
            'Critical'
        ]);
    });

    it('gives each band its range, covering 0–100 without gaps', () => {
        const bands = qualityBands();
        expect(bands[0]).toMatchObject({ minimum: 85, maximum: 100 });
        expect(bands[3]).toMatchObject({ minimum: 0, maximum: 70 });
        for (let i = 1; i < bands.length; i += 1) {
            expect(bands[i].maximum).toBe(bands[i - 1].minimum);
        }
    });

    it.each([-0.1, 100.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p, naming the value', (score) => {
        expect(() => qualityBandFor(score)).toThrow(`percentage from 0 to 100, got ${String(score)}`);
    });

    it('applies a program’s own limits', () => {
        const limits = { target: 90, acceptable: 85, needsImprovement: 75 };
        expect(qualityBandFor(87, limits).name).toBe('acceptable');
        expect(qualityBandFor(74, limits).name).toBe('critical');
        expect(qualityBandFor(87).name).toBe('target');
    });
});

describe('validateBandLimits', () => {
    it('accepts the industry defaults', () => {
        expect(validateBandLimits(DEFAULT_BAND_LIMITS)).toBe(DEFAULT_BAND_LIMITS);
    });

    it('rejects limits out of order', () => {
        expect(() => validateBandLimits({ target: 80, acceptable: 85, needsImprovement: 70 })).toThrow(
            'Band limits must rise'
        );
    });

    it('names a limit outside 0–100', () => {
        expect(() => validateBandLimits({ target: 120, acceptable: 85, needsImprovement: 70 })).toThrow(
            'Band limit "target" must be a number from 0 to 100, got 120.'
        );
    });
});

describe('parseScore', () => {
    it.each([
        ['82.5', 82.5],
        [' 90 % ', 90],
        ['0', 0],
        ['100%', 100],
        ['.5', 0.5]
    ])('reads %p as %p', (text, score) => {
        expect(parseScore(text)).toBe(score);
    });

    it.each(['', 'abc', '101', '-3', '8 0', '1e2', '85%%'])('returns null for %p', (text) => {
        expect(parseScore(text)).toBeNull();
    });
});
