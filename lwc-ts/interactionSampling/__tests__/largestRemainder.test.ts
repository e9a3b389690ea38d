import { createRandom } from 'c/seededRandom';
import { largestRemainderAllocation } from 'c/interactionSampling';

describe('largestRemainderAllocation', () => {
    it('reproduces the Hare-quota example of Wikipedia, "Largest remainder method"', () => {
        // 100,000 votes, 10 seats; quotas 4.70, 1.60, 1.58, 1.20, 0.61, 0.31;
        // automatic seats 4, 1, 1, 1, 0, 0; the 3 left go to .70, .61 and .60: 5, 2, 1, 1, 1, 0.
        const votes = [47000, 16000, 15800, 12000, 6100, 3100];
        expect(largestRemainderAllocation(votes, 10)).toEqual([5, 2, 1, 1, 1, 0]);
    });

    it('shows the Alabama paradox of the Hamilton method (Wikipedia, "Apportionment paradox")', () => {
        // Populations 6, 6, 2: 10 seats give 4, 4, 2, but 11 seats give 5, 5, 1.
        expect(largestRemainderAllocation([6, 6, 2], 10)).toEqual([4, 4, 2]);
        expect(largestRemainderAllocation([6, 6, 2], 11)).toEqual([5, 5, 1]);
    });

    it('keeps every group within one unit of its exact share and allocates exactly the total', () => {
        const random = createRandom('quota-rule');
        for (let trial = 0; trial < 500; trial += 1) {
            const sizes = Array.from({ length: 1 + random.nextInt(6) }, () => random.nextInt(50));
            const sum = sizes.reduce((a, b) => a + b, 0);
            if (sum === 0) {
                continue;
            }
            const total = random.nextInt(sum + 1);
            const allocation = largestRemainderAllocation(sizes, total, random);
            expect(allocation.reduce((a, b) => a + b, 0)).toBe(total);
            allocation.forEach((units, i) => {
                const exact = (total * sizes[i]) / sum;
                expect(units).toBeGreaterThanOrEqual(Math.floor(exact));
                expect(units).toBeLessThanOrEqual(Math.ceil(exact));
                expect(units).toBeLessThanOrEqual(sizes[i]); // never more than a stratum holds
            });
        }
    });

    it('breaks exact ties to the earlier group without a random source, fairly with one', () => {
        expect(largestRemainderAllocation([5, 5, 5], 1)).toEqual([1, 0, 0]);
        const wins = [0, 0, 0];
        for (let seed = 0; seed < 3000; seed += 1) {
            const allocation = largestRemainderAllocation([5, 5, 5], 1, createRandom(seed));
            wins[allocation.indexOf(1)] += 1;
        }
        const chiSquare = wins.reduce((sum, count) => sum + (count - 1000) ** 2 / 1000, 0);
        // 2 degrees of freedom: the 0.999 quantile is 13.816 (NIST/SEMATECH e-Handbook, 1.3.6.7.4).
        expect(chiSquare).toBeLessThan(13.816);
    });

    it('gives nothing when there is nothing to allocate', () => {
        expect(largestRemainderAllocation([3, 0, 2], 0)).toEqual([0, 0, 0]);
        expect(largestRemainderAllocation([], 0)).toEqual([]);
    });

    it('refuses sizes and totals it cannot allocate exactly, naming them', () => {
        expect(() => largestRemainderAllocation([1, -2], 1)).toThrow('Group size 1 must be a whole number');
        expect(() => largestRemainderAllocation([1.5], 1)).toThrow('got 1.5');
        expect(() => largestRemainderAllocation([1], 2.5)).toThrow('number to allocate');
        expect(() => largestRemainderAllocation([0, 0], 2)).toThrow('all empty');
        expect(() => largestRemainderAllocation([2 ** 40], 2 ** 20)).toThrow('exact whole-number arithmetic');
        expect(() => largestRemainderAllocation('1,2' as any, 1)).toThrow(TypeError);
    });
});
