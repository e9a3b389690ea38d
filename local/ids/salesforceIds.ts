/**
 * Salesforce record IDs as the platform makes them: a 3-character key prefix naming the object,
 * 12 characters that identify the record (15 in all, case-sensitive), and a 3-character suffix
 * that makes the 18-character form case-insensitive.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Key prefixes of the standard objects, as every org has them. */
export const STANDARD_KEY_PREFIXES: Readonly<Record<string, string>> = {
    Account: '001',
    Contact: '003',
    User: '005',
    Profile: '00e',
    UserRole: '00E',
    Group: '00G',
    Case: '500',
    PermissionSet: '0PS',
    PermissionSetAssignment: '0Pa'
};

/**
 * The 3-character suffix: for each 5-character chunk of the 15-character ID, a 5-bit number whose
 * bit i is set when character i is an upper-case letter, written in the suffix alphabet.
 */
export function idSuffix(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk += 1) {
        let bits = 0;
        for (let i = 0; i < 5; i += 1) {
            const char = id15[chunk * 5 + i];
            if (char >= 'A' && char <= 'Z') {
                bits |= 1 << i;
            }
        }
        suffix += SUFFIX_ALPHABET[bits];
    }
    return suffix;
}

/** The 18-character form of a 15- or 18-character ID, or null when the text is not an ID. */
export function toId18(id: string): string | null {
    if (!/^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$/.test(id)) {
        return null;
    }
    const id15 = id.slice(0, 15);
    const suffix = idSuffix(id15);
    if (id.length === 18 && id.slice(15).toUpperCase() !== suffix) {
        return null;
    }
    return id15 + suffix;
}

function base62(value: number, width: number): string {
    let text = '';
    let rest = value;
    while (rest > 0) {
        text = BASE62[rest % 62] + text;
        rest = Math.floor(rest / 62);
    }
    if (text.length > width) {
        throw new RangeError(`${value} does not fit in ${width} base-62 characters.`);
    }
    return text.padStart(width, '0');
}

/** The n-th key prefix handed to custom objects: a00, a01, … a0z, a10, … */
export function customKeyPrefix(ordinal: number): string {
    if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= 62 * 62) {
        throw new RangeError(`A custom object key prefix ordinal is a whole number below 3844, got ${ordinal}.`);
    }
    return `a${base62(ordinal, 2)}`;
}

/** An 18-character ID for the n-th record (from 1) of the object with this key prefix. */
export function recordId(keyPrefix: string, sequence: number): string {
    if (!/^[0-9A-Za-z]{3}$/.test(keyPrefix)) {
        throw new RangeError(`A key prefix is 3 letters or digits, got "${keyPrefix}".`);
    }
    if (!Number.isSafeInteger(sequence) || sequence < 1) {
        throw new RangeError(`A record sequence is a whole number from 1, got ${sequence}.`);
    }
    // "5L" stands where a real org writes its instance; the record number fills the rest.
    const id15 = `${keyPrefix}5L${base62(sequence, 10)}`;
    return id15 + idSuffix(id15);
}
