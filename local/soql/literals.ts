import { malformedQuery } from './soqlErrors';

/** The text of a quoted SOQL string literal, escapes resolved (SOQL Reference, "Quoted String Escape Sequences"). */
export function unquoteString(raw: string, keepLikeEscapes = false): string {
    if (raw.length < 2 || !raw.startsWith("'") || !raw.endsWith("'")) {
        throw malformedQuery(`${raw} is not a quoted string.`);
    }
    const body = raw.slice(1, -1);
    let text = '';
    for (let i = 0; i < body.length; i += 1) {
        const char = body[i];
        if (char !== '\\') {
            text += char;
            continue;
        }
        i += 1;
        const next = body[i];
        switch (next) {
            case 'n':
                text += '\n';
                break;
            case 'r':
                text += '\r';
                break;
            case 't':
                text += '\t';
                break;
            case 'b':
                text += '\b';
                break;
            case 'f':
                text += '\f';
                break;
            case "'":
            case '"':
                text += next;
                break;
            case '\\':
                text += keepLikeEscapes ? '\\\\' : '\\';
                break;
            case '%':
            case '_':
                // Only LIKE patterns may escape wildcards; elsewhere the platform rejects them.
                if (!keepLikeEscapes) {
                    throw malformedQuery(`Invalid string literal ${raw}: \\${next} is allowed only in LIKE.`);
                }
                text += `\\${next}`;
                break;
            case 'u': {
                const hex = body.slice(i + 1, i + 5);
                if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
                    throw malformedQuery(`Invalid string literal ${raw}: bad \\u escape.`);
                }
                text += String.fromCharCode(parseInt(hex, 16));
                i += 4;
                break;
            }
            default:
                throw malformedQuery(`Invalid string literal ${raw}: unknown escape \\${next ?? ''}.`);
        }
    }
    return text;
}

/** A SOQL dateTime literal (`2026-11-25T10:00:00Z`, `…+01:00`) as the store writes it, in UTC. */
export function storedDateTime(raw: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|([+-])(\d{2}):?(\d{2}))$/i.exec(raw);
    if (!match) {
        throw malformedQuery(`${raw} is not a valid dateTime literal.`);
    }
    const [, year, month, day, hour, minute, second, fraction, zone, sign, zoneHours, zoneMinutes] = match;
    let ms = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, Math.round(Number(fraction ?? 0) * 1000));
    if (zone.toUpperCase() !== 'Z') {
        const offset = (Number(zoneHours) * 60 + Number(zoneMinutes)) * 60_000;
        ms -= sign === '+' ? offset : -offset;
    }
    return storedDateTimeOf(ms);
}

/** Epoch milliseconds as stored date/time text: `YYYY-MM-DDTHH:MM:SS.sss+0000`. */
export function storedDateTimeOf(ms: number): string {
    return new Date(ms).toISOString().replace('Z', '+0000');
}

/** The start of a `YYYY-MM-DD` day as stored date/time text. */
export function dayStartDateTime(day: string): string {
    return `${day}T00:00:00.000+0000`;
}

export function isValidDay(text: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) {
        return false;
    }
    const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    return date.toISOString().slice(0, 10) === text;
}
