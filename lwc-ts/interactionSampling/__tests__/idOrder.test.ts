import { createRandom, shuffleInPlace } from 'c/seededRandom';
import { drawByIdRank, selectIdRank } from 'c/interactionSampling';

const idOf = (item: { id: string }) => item.id;
const ids = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `500Qx${String((i * 7919) % 1000).padStart(4, '0')}` }));

describe('selectIdRank', () => {
    it('finds the item of every rank, as a full sort by id would', () => {
        const random = createRandom('select');
        for (const size of [1, 2, 3, 10, 101, 500]) {
            const items = shuffleInPlace(ids(size), random);
            const sorted = [...items].map((item) => item.id).sort();
            for (let rank = 0; rank < size; rank += Math.max(1, Math.floor(size / 17))) {
                expect(selectIdRank(shuffleInPlace([...items], random), rank, idOf).id).toBe(sorted[rank]);
            }
        }
    });

    it('rejects a rank outside the items', () => {
        expect(() => selectIdRank(ids(3), 3, idOf)).toThrow('from 0 to 2, got 3');
        expect(() => selectIdRank(ids(3), -1, idOf)).toThrow(RangeError);
    });
});

describe('drawByIdRank', () => {
    it('draws the same interaction whatever order the interactions come in', () => {
        const random = createRandom('orders');
        for (let seed = 0; seed < 50; seed += 1) {
            const first = drawByIdRank(ids(40), createRandom(seed), idOf).id;
            const shuffled = drawByIdRank(shuffleInPlace(ids(40), random), createRandom(seed), idOf).id;
            expect(shuffled).toBe(first);
        }
    });

    it('removes what it draws, so repeated draws never repeat', () => {
        const pool = ids(25);
        const random = createRandom('without-replacement');
        const drawn = Array.from({ length: 25 }, () => drawByIdRank(pool, random, idOf).id);
        expect(new Set(drawn).size).toBe(25);
        expect(pool).toHaveLength(0);
        expect(() => drawByIdRank(pool, random, idOf)).toThrow('empty set');
    });
});
