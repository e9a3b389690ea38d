/**
 * Reporting periods: ISO weeks ("2026-W48"), calendar months ("2026-11") and quarters
 * ("2026Q4"), all in UTC so a KPI lands in the same period whatever the viewer's time zone.
 * A period is [start, end): it contains its start and not its end.
 */
import { requireText } from 'c/engineInputChecks';
import { requireDate, type DateInput } from './inputChecks';

export type PeriodUnit = 'week' | 'month' | 'quarter';

export interface Period {
    readonly key: string;
    readonly start: Date;
    /** Exclusive: the first instant of the next period. */
    readonly end: Date;
}

/** Finds the period of a date. Custom schemes (a fiscal calendar) can be passed where a unit is accepted. */
export type PeriodScheme = (date: Date) => Period;

const DAY = 86400000;
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Midnight UTC; months past December roll into the next year. Keys carry four-digit years (1000 and later). */
function utc(year: number, monthIndex: number, day = 1): Date {
    return new Date(Date.UTC(year, monthIndex, day));
}

function requireKeyYear(key: string, year: number): number {
    if (year < 1000) {
        throw new RangeError(`The period key "${key}" has year ${year}; years from 1000 on are supported.`);
    }
    return year;
}

function weekOf(date: Date): Period {
    const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
    const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    const monday = midnight - weekday * DAY;
    // ISO 8601: a week belongs to the year of its Thursday, and week 1 holds the year's first Thursday.
    const thursday = new Date(monday + 3 * DAY);
    const year = thursday.getUTCFullYear();
    const ordinal = Math.round((thursday.getTime() - utc(year, 0, 1).getTime()) / DAY);
    const week = Math.floor(ordinal / 7) + 1;
    return { key: `${pad(year, 4)}-W${pad(week)}`, start: new Date(monday), end: new Date(monday + 7 * DAY) };
}

function monthOf(date: Date): Period {
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    return { key: `${pad(year, 4)}-${pad(month + 1)}`, start: utc(year, month), end: utc(year, month + 1) };
}

function quarterOf(date: Date): Period {
    const year = date.getUTCFullYear();
    const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
    return quarterPeriod(year, quarter);
}

function quarterPeriod(year: number, quarter: number): Period {
    return { key: `${pad(year, 4)}Q${quarter}`, start: utc(year, (quarter - 1) * 3), end: utc(year, quarter * 3) };
}

const SCHEMES: Readonly<Record<PeriodUnit, PeriodScheme>> = Object.freeze({
    week: weekOf,
    month: monthOf,
    quarter: quarterOf
});

/** The period scheme for a unit, or a custom scheme checked to give a period that holds the date. */
export function periodScheme(period: PeriodUnit | PeriodScheme): PeriodScheme {
    if (typeof period === 'function') {
        return (date: Date): Period => {
            const found = period(date);
            if (typeof found !== 'object' || found === null) {
                throw new TypeError(`The period scheme returned ${String(found)} for ${date.toISOString()}.`);
            }
            requireText('The period key', found.key);
            const start = requireDate('The period start', found.start);
            const end = requireDate('The period end', found.end);
            if (!(start.getTime() <= date.getTime() && date.getTime() < end.getTime())) {
                throw new RangeError(
                    `The period scheme put ${date.toISOString()} in "${found.key}" [${start.toISOString()}, ${end.toISOString()}), which does not contain it.`
                );
            }
            return found;
        };
    }
    if (period !== 'week' && period !== 'month' && period !== 'quarter') {
        throw new RangeError(`period must be "week", "month", "quarter" or a function, got ${String(period)}.`);
    }
    return SCHEMES[period];
}

/** The period (key, start, end) a date falls in. */
export function periodOf(date: DateInput, unit: PeriodUnit): Period {
    return periodScheme(unit)(requireDate('date', date));
}

/** The period key a date falls in: "2026-W48", "2026-11" or "2026Q4". */
export function periodKey(date: DateInput, unit: PeriodUnit): string {
    return periodOf(date, unit).key;
}

/**
 * Reads a quarter key such as "2026Q4" into its [start, end) dates: 2026-10-01 to 2027-01-01
 * (UTC). Throws a RangeError for a quarter outside 1–4 ("2026Q5") or text of another shape.
 */
export function parseQuarterKey(key: string): Period {
    requireText('The quarter key', key);
    const match = /^(\d{4})Q(\d+)$/.exec(key.trim());
    if (!match) {
        throw new RangeError(`The quarter key must look like "2026Q4" (a year, "Q", a quarter 1–4), got "${key}".`);
    }
    const quarter = Number(match[2]);
    if (quarter < 1 || quarter > 4) {
        throw new RangeError(`The quarter key "${key}" names quarter ${quarter}; a year has quarters 1 to 4.`);
    }
    return quarterPeriod(requireKeyYear(key, Number(match[1])), quarter);
}

/** Reads any key this module writes back into its period: "2026-W48", "2026-11" or "2026Q4". */
export function parsePeriodKey(key: string): Period {
    requireText('The period key', key);
    if (/Q/.test(key)) {
        return parseQuarterKey(key);
    }
    const month = /^(\d{4})-(\d{2})$/.exec(key);
    if (month) {
        const monthNumber = Number(month[2]);
        if (monthNumber < 1 || monthNumber > 12) {
            throw new RangeError(`The month key "${key}" names month ${monthNumber}; months run 01 to 12.`);
        }
        return monthOf(utc(requireKeyYear(key, Number(month[1])), monthNumber - 1));
    }
    const week = /^(\d{4})-W(\d{2})$/.exec(key);
    if (week) {
        const year = requireKeyYear(key, Number(week[1]));
        const weekNumber = Number(week[2]);
        // Week 1 is the week holding 4 January.
        const first = weekOf(utc(year, 0, 4));
        const found = weekOf(new Date(first.start.getTime() + (weekNumber - 1) * 7 * DAY));
        if (weekNumber < 1 || found.key !== key) {
            throw new RangeError(`The week key "${key}" names week ${weekNumber}, which ${year} does not have.`);
        }
        return found;
    }
    throw new RangeError(`The period key must look like "2026-W48", "2026-11" or "2026Q4", got "${key}".`);
}

/** The period just before the given one in the same scheme. */
export function previousPeriod(period: Period, scheme: PeriodScheme): Period {
    return scheme(new Date(period.start.getTime() - 1));
}
