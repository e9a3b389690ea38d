import type { FormulaValueType } from '../formulas';

/**
 * A stored value as the REST API shows it (local/README.md, "Storage layout"): checkboxes as
 * booleans, numbers as numbers, dates and date/times as the text the store keeps, blanks as null.
 */
export function decodeValue(value: unknown, valueType: FormulaValueType): unknown {
    if (value === null || value === undefined) {
        return null;
    }
    switch (valueType) {
        case 'checkbox':
            return value === true || value === 1 || value === '1' || value === 'true';
        case 'number':
        case 'percent':
            return typeof value === 'number' ? value : Number(value);
        default:
            return value;
    }
}
