/**
 * Inverse of a small square matrix by Gauss–Jordan elimination with partial pivoting. The
 * evaluator-severity model needs it for a matrix as wide as the evaluator pool (tens, at most a
 * few hundred), where this is exact enough and fast.
 */

/** Returns A⁻¹, or throws a RangeError when A is singular to working precision. */
export function invertMatrix(matrix: readonly (readonly number[])[]): number[][] {
    const size = matrix.length;
    const work = matrix.map((row, i) => {
        if (row.length !== size) {
            throw new RangeError(
                `invertMatrix needs a square matrix; row ${i} has ${row.length} entries, not ${size}.`
            );
        }
        const identity = new Array<number>(size).fill(0);
        identity[i] = 1;
        return [...row, ...identity];
    });
    const scale = Math.max(1, ...matrix.map((row) => Math.max(...row.map(Math.abs))));
    for (let column = 0; column < size; column += 1) {
        let pivot = column;
        for (let row = column + 1; row < size; row += 1) {
            if (Math.abs(work[row][column]) > Math.abs(work[pivot][column])) {
                pivot = row;
            }
        }
        if (Math.abs(work[pivot][column]) <= 1e-12 * scale) {
            throw new RangeError('The matrix is singular: the design does not determine every effect.');
        }
        [work[column], work[pivot]] = [work[pivot], work[column]];
        const pivotValue = work[column][column];
        for (let k = 0; k < 2 * size; k += 1) {
            work[column][k] /= pivotValue;
        }
        for (let row = 0; row < size; row += 1) {
            const factor = work[row][column];
            if (row !== column && factor !== 0) {
                for (let k = 0; k < 2 * size; k += 1) {
                    work[row][k] -= factor * work[column][k];
                }
            }
        }
    }
    return work.map((row) => row.slice(size));
}
