/**
 * Rounding as Salesforce stores a Number or Percent field with a scale, and as its ROUND()
 * formula function rounds: to the nearest, halves away from zero (2.675 → 2.68, −2.5 → −3).
 *
 * Salesforce computes in decimal; JavaScript in binary, where 2.675 is stored as
 * 2.67499999999999982236431605997495353221893310546875. Reading the scaled value back at 15
 * significant digits (all a double holds exactly) recovers the decimal the formula would see
 * before the half is judged, so 2.675 rounds up here too.
 */
export function roundHalfAwayFromZero(value: number, scale: number): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new RangeError(`Only a finite number can be rounded, got ${String(value)}.`);
    }
    if (!Number.isInteger(scale) || scale < 0 || scale > 10) {
        throw new RangeError(
            `A rounding scale is a whole number of decimal places from 0 to 10, got ${String(scale)}.`
        );
    }
    const factor = 10 ** scale;
    const scaled = Number((Math.abs(value) * factor).toPrecision(15));
    const rounded = Math.floor(scaled + 0.5) / factor;
    if (rounded === 0) {
        return 0; // never −0
    }
    return value < 0 ? -rounded : rounded;
}
