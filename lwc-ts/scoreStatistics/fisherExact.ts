/**
 * Fisher's exact test on a 2 × 2 table, one-sided: is the failure rate of the first group higher
 * than the second's? With the margins fixed, the first group's failures follow a hypergeometric
 * distribution; the p-value is P(X ≥ observed). Exact for the small counts a single team has,
 * where a chi-square approximation is not to be trusted. Checked against Agresti, Categorical
 * Data Analysis, 2nd ed. (2002), §3.5.2: Fisher's tea-tasting table (3, 1 / 1, 3), one-sided
 * P = 0.243.
 */
import { requireWholeNumber } from 'c/engineInputChecks';
import { logGamma } from 'c/statisticalDistributions';

function logFactorial(n: number): number {
    return n < 2 ? 0 : logGamma(n + 1);
}

function logChoose(n: number, k: number): number {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

export interface TwoByTwo {
    /** Failures and passes of the group suspected to fail more. */
    readonly firstFailed: number;
    readonly firstPassed: number;
    /** Failures and passes of the group it is compared with. */
    readonly secondFailed: number;
    readonly secondPassed: number;
}

/** P(first group has at least this many failures | margins): one-sided Fisher exact p-value. */
export function fisherExactGreater(table: TwoByTwo): number {
    const a = requireWholeNumber('firstFailed', table?.firstFailed);
    const b = requireWholeNumber('firstPassed', table.firstPassed);
    const c = requireWholeNumber('secondFailed', table.secondFailed);
    const d = requireWholeNumber('secondPassed', table.secondPassed);
    const firstTotal = a + b;
    const secondTotal = c + d;
    const failures = a + c;
    const total = firstTotal + secondTotal;
    if (firstTotal === 0 || secondTotal === 0) {
        return 1;
    }
    const logDenominator = logChoose(total, failures);
    const highest = Math.min(firstTotal, failures);
    let pValue = 0;
    for (let x = a; x <= highest; x += 1) {
        pValue += Math.exp(logChoose(firstTotal, x) + logChoose(secondTotal, failures - x) - logDenominator);
    }
    return Math.min(1, pValue);
}
