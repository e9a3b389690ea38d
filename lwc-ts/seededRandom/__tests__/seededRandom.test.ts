import { createRandom, sampleWithoutReplacement, shuffleInPlace, xoshiro128StarStar } from 'c/seededRandom';

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
function chiSquare(counts: number[]): number {
    const total = counts.reduce((sum, count) => sum + count, 0);
    const expected = total / counts.length;
    return counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}

describe('xoshiro128**', () => {
    it('matches the reference algorithm from state {1, 2, 3, 4}', () => {
        // Values of the published C reference (xoshiro128starstar.c) for this state.
        const random = xoshiro128StarStar([1, 2, 3, 4]);
        const outputs = Array.from({ length: 6 }, () => random.nextUint32());
        expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
    });

    it('refuses the all-zero state', () => {
        expect(() => xoshiro128StarStar([0, 0, 0, 0])).toThrow('all-zero state');
    });
});

describe('createRandom', () => {
    it('replays the same sequence for the same recorded seed', () => {
        const first = createRandom('plan-42/2026-11-25');
        const second = createRandom('plan-42/2026-11-25');
        const a = Array.from({ length: 100 }, () => first.nextUint32());
        const b = Array.from({ length: 100 }, () => second.nextUint32());
        expect(a).toEqual(b);
        expect(first.seed).toBe('plan-42/2026-11-25');
    });

    it('gives different sequences for different seeds, numbers and text alike', () => {
        const a = createRandom(1).nextUint32();
        const b = createRandom(2).nextUint32();
        const c = createRandom('1').nextUint32();
        expect(a).not.toBe(b);
        expect(c).toBe(a); // a number seed is recorded as its text
    });

    it('draws floats in [0, 1)', () => {
        const random = createRandom('floats');
        let min = 1;
        let max = 0;
        let sum = 0;
        for (let i = 0; i < 20000; i += 1) {
            const value = random.nextFloat();
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
        }
        expect(min).toBeGreaterThanOrEqual(0);
        expect(max).toBeLessThan(1);
        expect(sum / 20000).toBeCloseTo(0.5, 1);
    });

    it('draws whole numbers below a bound with equal chance (chi-square, 6 cells)', () => {
        const random = createRandom('dice');
        const counts = new Array<number>(6).fill(0);
        for (let i = 0; i < 60000; i += 1) {
            counts[random.nextInt(6)] += 1;
        }
        // 5 degrees of freedom: the 0.999 quantile is 20.52.
        expect(chiSquare(counts)).toBeLessThan(20.52);
    });

    it.each([0, -1, 2.5, 2 ** 33])('rejects the bound %p', (bound) => {
        expect(() => createRandom(1).nextInt(bound)).toThrow('nextInt needs a whole bound');
    });
});

describe('sampleWithoutReplacement', () => {
    it('draws distinct items from the population', () => {
        const population = Array.from({ length: 50 }, (_, i) => i);
        const sample = sampleWithoutReplacement(population, 10, createRandom(7));
        expect(new Set(sample).size).toBe(10);
        sample.forEach((item) => expect(population).toContain(item));
        expect(population).toEqual(Array.from({ length: 50 }, (_, i) => i)); // input untouched
    });

    it('returns everything when asked for more than there is', () => {
        expect(sampleWithoutReplacement(['a', 'b'], 5, createRandom(1)).sort()).toEqual(['a', 'b']);
    });

    it('gives every item the same chance of being drawn (chi-square over many seeds)', () => {
        const counts = new Array<number>(10).fill(0);
        for (let seed = 0; seed < 5000; seed += 1) {
            for (const item of sampleWithoutReplacement([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, createRandom(seed))) {
                counts[item] += 1;
            }
        }
        // 9 degrees of freedom: the 0.999 quantile is 27.88.
        expect(chiSquare(counts)).toBeLessThan(27.88);
    });

    it('rejects a negative or fractional size', () => {
        expect(() => sampleWithoutReplacement([1], -1, createRandom(1))).toThrow('whole number of at least 0');
        expect(() => sampleWithoutReplacement([1], 0.5, createRandom(1))).toThrow('whole number of at least 0');
    });
});

describe('shuffleInPlace', () => {
    it('permutes the array it is given and keeps every item', () => {
        const items = ['a', 'b', 'c', 'd', 'e'];
        const result = shuffleInPlace(items, createRandom('shuffle'));
        expect(result).toBe(items);
        expect([...items].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    });

    it('makes all 6 orders of 3 items equally likely', () => {
        const counts = new Map<string, number>();
        const random = createRandom('orders');
        for (let i = 0; i < 30000; i += 1) {
            const key = shuffleInPlace([1, 2, 3], random).join('');
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        expect(counts.size).toBe(6);
        expect(chiSquare([...counts.values()])).toBeLessThan(20.52);
    });
});
