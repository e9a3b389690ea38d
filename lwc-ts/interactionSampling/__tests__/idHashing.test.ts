import { createRandom } from 'c/seededRandom';
import { createAssessedScreen } from '../assessedScreen';
import { idHash } from '../idHash';
import { findRepeatedId } from '../repeatedIds';

describe('idHash', () => {
    it('matches the published 32-bit FNV-1a test vectors', () => {
        // L. C. Noll, "FNV Hash" test vectors (test_fnv.c), also in the IETF draft
        // draft-eastlake-fnv: FNV-1a 32 of "" is 0x811c9dc5, of "a" 0xe40c292c, of "foobar" 0xbf9cf968.
        expect(idHash('')).toBe(0x811c9dc5);
        expect(idHash('a')).toBe(0xe40c292c);
        expect(idHash('foobar')).toBe(0xbf9cf968);
    });
});

describe('findRepeatedId', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `500Q${String(i).padStart(6, '0')}`);
    const hashesOf = (list: string[]) => Uint32Array.from(list, idHash);

    it('finds nothing when every id is distinct', () => {
        expect(findRepeatedId(hashesOf(ids), (i) => ids[i])).toBeNull();
        expect(findRepeatedId(new Uint32Array(0), () => '')).toBeNull();
    });

    it('finds the first repeated id and both places it occurs', () => {
        const list = [...ids.slice(0, 100), ids[42], ...ids.slice(100, 200), ids[7]];
        expect(findRepeatedId(hashesOf(list), (i) => list[i])).toEqual([42, 100]);
    });

    it('tells colliding hashes of different ids from real repeats', () => {
        // Every hash equal: only the ids themselves can decide.
        const colliding = new Uint32Array(ids.length);
        expect(findRepeatedId(colliding, (i) => ids[i])).toBeNull();
        const list = [...ids.slice(0, 30), ids[3]];
        expect(findRepeatedId(new Uint32Array(list.length), (i) => list[i])).toEqual([3, 30]);
    });
});

describe('createAssessedScreen', () => {
    it('answers exactly as the Set would, for assessed and other ids alike', () => {
        const random = createRandom('screen');
        const assessed = new Set(Array.from({ length: 3000 }, () => `a${random.nextInt(1e6)}`));
        const screen = createAssessedScreen(assessed);
        const wrong: string[] = [];
        for (let i = 0; i < 20000; i += 1) {
            const id = `a${random.nextInt(1e6)}`;
            if (screen(id, idHash(id)) !== assessed.has(id)) {
                wrong.push(id);
            }
        }
        for (const id of assessed) {
            if (!screen(id, idHash(id))) {
                wrong.push(id);
            }
        }
        expect(wrong).toEqual([]);
    });

    it('says no to everything when nothing was assessed', () => {
        expect(createAssessedScreen(new Set())('x', idHash('x'))).toBe(false);
    });
});
