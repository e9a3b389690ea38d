import {
    confidenceLevelOrDefault,
    DEFAULT_CONFIDENCE,
    DEFAULT_SIGNIFICANCE_LEVEL,
    describeValue,
    requireArray,
    requireBoolean,
    requireFiniteNumber,
    requireNonNegative,
    requireNumberBetween,
    requireObject,
    requireOneOf,
    requireOpenUnitInterval,
    requirePositive,
    requireText,
    requireWholeNumber,
    significanceLevelOrDefault
} from 'c/engineInputChecks';

describe('describeValue', () => {
    it('quotes text, counts arrays and prints anything else', () => {
        expect(describeValue('')).toBe('""');
        expect(describeValue('80')).toBe('"80"');
        expect(describeValue([1, 2, 3])).toBe('an array of 3');
        expect(describeValue(null)).toBe('null');
        expect(describeValue(undefined)).toBe('undefined');
        expect(describeValue(Number.NaN)).toBe('NaN');
    });
});

describe('number checks', () => {
    it('return the number they accept', () => {
        expect(requireFiniteNumber('x', -2.5)).toBe(-2.5);
        expect(requirePositive('x', 0.001)).toBe(0.001);
        expect(requireNonNegative('x', 0)).toBe(0);
        expect(requireWholeNumber('x', 0)).toBe(0);
        expect(requireWholeNumber('x', 5, 5)).toBe(5);
        expect(requireNumberBetween('x', 100, 0, 100)).toBe(100);
        expect(requireNumberBetween('x', 0, 0, 100)).toBe(0);
        expect(requireOpenUnitInterval('x', 0.95)).toBe(0.95);
    });

    it('throw a TypeError naming the argument for something that is not a number', () => {
        expect(() => requireFiniteNumber('assessments[3].score', '80')).toThrow(
            new TypeError('assessments[3].score must be a number, got "80".')
        );
        expect(() => requirePositive('weights', [1, 2])).toThrow(
            new TypeError('weights must be a number, got an array of 2.')
        );
        expect(() => requireOpenUnitInterval('p', undefined)).toThrow(TypeError);
    });

    it('throw a RangeError naming the argument and the value for a number out of range', () => {
        expect(() => requireFiniteNumber('x', Number.NaN)).toThrow(
            new RangeError('x must be a finite number, got NaN.')
        );
        expect(() => requireFiniteNumber('x', -Infinity)).toThrow('x must be a finite number, got -Infinity.');
        expect(() => requirePositive('marginOfError', 0)).toThrow(
            new RangeError('marginOfError must be greater than 0, got 0.')
        );
        expect(() => requireNonNegative('standardDeviation', -1)).toThrow(
            new RangeError('standardDeviation must not be negative, got -1.')
        );
        expect(() => requireWholeNumber('passed', 1.5)).toThrow(
            new RangeError('passed must be a whole number of at least 0, got 1.5.')
        );
        expect(() => requireWholeNumber('minimumAssessments', 0, 1)).toThrow(
            'minimumAssessments must be a whole number of at least 1, got 0.'
        );
        expect(() => requireNumberBetween('score', 104, 0, 100)).toThrow(
            new RangeError('score must be from 0 to 100, got 104.')
        );
        expect(() => requireNumberBetween('score', -0.5, 0, 100)).toThrow(RangeError);
        expect(() => requireOpenUnitInterval('confidence', 1)).toThrow(
            new RangeError('confidence must be strictly between 0 and 1, got 1.')
        );
        expect(() => requireOpenUnitInterval('confidence', 0)).toThrow(RangeError);
    });
});

describe('confidenceLevelOrDefault', () => {
    it('gives 95 % when no level is asked for, and the level asked for otherwise', () => {
        expect(DEFAULT_CONFIDENCE).toBe(0.95);
        expect(confidenceLevelOrDefault(undefined)).toBe(0.95);
        expect(confidenceLevelOrDefault(null)).toBe(0.95);
        expect(confidenceLevelOrDefault(0.9)).toBe(0.9);
    });

    it('refuses a percentage given for a proportion, naming the option', () => {
        expect(() => confidenceLevelOrDefault(95)).toThrow('confidence must be strictly between 0 and 1, got 95.');
        expect(() => confidenceLevelOrDefault(0, 'options.confidence')).toThrow(
            'options.confidence must be strictly between 0 and 1, got 0.'
        );
    });
});

describe('significanceLevelOrDefault', () => {
    it('gives α = 0.05 when no level is asked for, and the level asked for otherwise', () => {
        expect(DEFAULT_SIGNIFICANCE_LEVEL).toBe(0.05);
        expect(significanceLevelOrDefault(undefined)).toBe(0.05);
        expect(significanceLevelOrDefault(0.01)).toBe(0.01);
    });

    it('refuses a level outside (0, 1), naming the option', () => {
        expect(() => significanceLevelOrDefault(5)).toThrow(
            'significanceLevel must be strictly between 0 and 1, got 5.'
        );
        expect(() => significanceLevelOrDefault('0.05')).toThrow(TypeError);
    });
});

describe('value checks', () => {
    it('return the value they accept', () => {
        expect(requireText('id', 'a1')).toBe('a1');
        expect(requireBoolean('autoFailed', false)).toBe(false);
        expect(requireOneOf('status', 'final', ['submitted', 'final'])).toBe('final');
        const list = [1];
        expect(requireArray('scores', list)).toBe(list);
        const record = { id: 'a1' };
        expect(requireObject('record', record)).toBe(record);
    });

    it('refuse text that is missing or blank', () => {
        expect(() => requireText('agentId', 7)).toThrow(new TypeError('agentId must be text, got 7.'));
        expect(() => requireText('agentId', '  ')).toThrow(new RangeError('agentId must not be empty.'));
    });

    it('refuse anything but true or false for a flag', () => {
        expect(() => requireBoolean('hardFail', 'yes')).toThrow(
            new TypeError('hardFail must be true or false, got "yes".')
        );
        expect(() => requireBoolean('hardFail', 1)).toThrow(TypeError);
    });

    it('refuse a value that is not on the list, showing the list', () => {
        expect(() => requireOneOf('type', 'peer', ['evaluation', 'calibration'])).toThrow(
            new RangeError('type must be one of evaluation, calibration, got "peer".')
        );
        expect(() => requireOneOf('type', 3, ['evaluation'])).toThrow(RangeError);
    });

    it('tell arrays, objects and null apart', () => {
        expect(() => requireArray('scores', 'all')).toThrow(new TypeError('scores must be an array, got "all".'));
        expect(() => requireArray('scores', { length: 0 })).toThrow(TypeError);
        expect(() => requireObject('record', null)).toThrow(new TypeError('record must be an object, got null.'));
        expect(() => requireObject('record', [])).toThrow(
            new TypeError('record must be an object, got an array of 0.')
        );
    });
});
