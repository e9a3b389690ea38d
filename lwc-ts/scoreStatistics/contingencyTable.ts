/**
 * Pearson's chi-square test on an r × c table of counts: X² = Σ (O − E)² / E with
 * E = row total × column total / grand total, on (r − 1)(c − 1) degrees of freedom, and
 * Cramér's V = √(X² / (N · (min(r, c) − 1))) as its effect size. Rows or columns that are all
 * zero carry no information and are dropped before the test. Checked against Agresti,
 * Categorical Data Analysis, 2nd ed. (2002), §3.2: party identification by gender from the 2000
 * General Social Survey, X² = 30.07 on 2 df.
 */
import { requireArray, requireWholeNumber } from 'c/engineInputChecks';
import { chiSquareUpperTail } from 'c/statisticalDistributions';

export interface ChiSquareTest {
    readonly chiSquare: number;
    readonly degreesOfFreedom: number;
    readonly pValue: number;
    readonly cramersV: number;
    readonly total: number;
    /** Cells whose expected count is below 5, where the chi-square approximation is rough. */
    readonly cellsWithSmallExpectedCounts: number;
    readonly expectedCounts: readonly (readonly number[])[];
}

export function chiSquareTestOfHomogeneity(table: readonly (readonly number[])[]): ChiSquareTest {
    requireArray('table', table);
    const width = table.length > 0 ? requireArray('table[0]', table[0]).length : 0;
    table.forEach((row, i) => {
        requireArray(`table[${i}]`, row);
        if (row.length !== width) {
            throw new RangeError(`Every row of the table needs ${width} counts; row ${i} has ${row.length}.`);
        }
        row.forEach((count, j) => requireWholeNumber(`table[${i}][${j}]`, count));
    });
    const rowTotals = table.map((row) => row.reduce((sum, count) => sum + count, 0));
    const columnTotals = Array.from({ length: width }, (_, j) => table.reduce((sum, row) => sum + row[j], 0));
    const rows = table.map((_, i) => i).filter((i) => rowTotals[i] > 0);
    const columns = columnTotals.map((_, j) => j).filter((j) => columnTotals[j] > 0);
    const total = rowTotals.reduce((sum, count) => sum + count, 0);
    const expectedCounts = table.map((_, i) =>
        columnTotals.map((columnTotal) => (total === 0 ? 0 : (rowTotals[i] * columnTotal) / total))
    );
    if (rows.length < 2 || columns.length < 2) {
        // One group, or everyone in the same column (all passed or all failed): nothing differs.
        return {
            chiSquare: 0,
            degreesOfFreedom: Math.max(0, (rows.length - 1) * (columns.length - 1)),
            pValue: 1,
            cramersV: 0,
            total,
            cellsWithSmallExpectedCounts: 0,
            expectedCounts
        };
    }
    let chiSquare = 0;
    let cellsWithSmallExpectedCounts = 0;
    for (const i of rows) {
        for (const j of columns) {
            const expected = expectedCounts[i][j];
            chiSquare += (table[i][j] - expected) ** 2 / expected;
            if (expected < 5) {
                cellsWithSmallExpectedCounts += 1;
            }
        }
    }
    const degreesOfFreedom = (rows.length - 1) * (columns.length - 1);
    return {
        chiSquare,
        degreesOfFreedom,
        pValue: chiSquareUpperTail(chiSquare, degreesOfFreedom),
        cramersV: Math.sqrt(chiSquare / (total * (Math.min(rows.length, columns.length) - 1))),
        total,
        cellsWithSmallExpectedCounts,
        expectedCounts
    };
}
