import { InvalidArgumentError } from 'commander';

/**
 * A commander option parser for a number within bounds, so a bad value is refused before the
 * command runs, with a message naming the option and what it accepts.
 */
export function numberOption(
    name: string,
    bounds: { min?: number; max?: number; exclusiveMin?: boolean; exclusiveMax?: boolean; integer?: boolean } = {}
): (text: string) => number {
    return (text: string): number => {
        const value = Number(text.trim());
        const tooLow = bounds.min !== undefined && (bounds.exclusiveMin ? value <= bounds.min : value < bounds.min);
        const tooHigh = bounds.max !== undefined && (bounds.exclusiveMax ? value >= bounds.max : value > bounds.max);
        if (
            text.trim() === '' ||
            !Number.isFinite(value) ||
            tooLow ||
            tooHigh ||
            (bounds.integer && !Number.isInteger(value))
        ) {
            const range = [
                bounds.integer ? 'a whole number' : 'a number',
                bounds.min !== undefined ? `${bounds.exclusiveMin ? 'above' : 'from'} ${bounds.min}` : '',
                bounds.max !== undefined ? `${bounds.exclusiveMax ? 'below' : 'up to'} ${bounds.max}` : ''
            ]
                .filter(Boolean)
                .join(' ');
            throw new InvalidArgumentError(`${name} must be ${range}, got "${text}".`);
        }
        return value;
    };
}
