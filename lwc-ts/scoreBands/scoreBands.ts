/**
 * Contact Quality Score bands: where a score (0–100 %) sits against the KPI's interpretation
 * bands. The defaults are the industry ones (≥ 85 target, 80–85 acceptable, 70–79 needs
 * improvement, < 70 critical); a QA program may set its own limits, so every function takes them.
 *
 * Pure: no platform modules, no I/O. Components and the `verity` command line both import it.
 */

export type QualityBandName = 'target' | 'acceptable' | 'needsImprovement' | 'critical';

/** The lowest score (inclusive) of each band above "critical". */
export interface BandLimits {
    readonly target: number;
    readonly acceptable: number;
    readonly needsImprovement: number;
}

export interface QualityBand {
    readonly name: QualityBandName;
    readonly label: string;
    /** Lowest score in the band, inclusive. */
    readonly minimum: number;
    /** Highest score in the band: inclusive for "target" (100), exclusive for the others. */
    readonly maximum: number;
}

export const DEFAULT_BAND_LIMITS: BandLimits = Object.freeze({
    target: 85,
    acceptable: 80,
    needsImprovement: 70
});

export const QUALITY_BAND_LABELS: Readonly<Record<QualityBandName, string>> = Object.freeze({
    target: 'Target',
    acceptable: 'Acceptable',
    // As the data model's Band__c shows it.
    needsImprovement: 'Needs Improvement',
    critical: 'Critical'
});

/** Throws a RangeError naming the limit that is out of order or outside 0–100. */
export function validateBandLimits(limits: BandLimits): BandLimits {
    const { target, acceptable, needsImprovement } = limits;
    for (const [name, value] of Object.entries(limits)) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
            throw new RangeError(`Band limit "${name}" must be a number from 0 to 100, got ${String(value)}.`);
        }
    }
    if (!(needsImprovement < acceptable && acceptable < target)) {
        throw new RangeError(
            `Band limits must rise: needsImprovement (${needsImprovement}) < acceptable (${acceptable}) < target (${target}).`
        );
    }
    return limits;
}

/** Every band, best first, with its range under the given limits. */
export function qualityBands(limits: BandLimits = DEFAULT_BAND_LIMITS): QualityBand[] {
    validateBandLimits(limits);
    const band = (name: QualityBandName, minimum: number, maximum: number): QualityBand => ({
        name,
        label: QUALITY_BAND_LABELS[name],
        minimum,
        maximum
    });
    return [
        band('target', limits.target, 100),
        band('acceptable', limits.acceptable, limits.target),
        band('needsImprovement', limits.needsImprovement, limits.acceptable),
        band('critical', 0, limits.needsImprovement)
    ];
}

/**
 * The band a score falls in. A score exactly on a limit belongs to the higher band
 * (85 is on target, 80 is acceptable, 70 needs improvement).
 */
export function qualityBandFor(score: number, limits: BandLimits = DEFAULT_BAND_LIMITS): QualityBand {
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
        throw new RangeError(`A Contact Quality Score is a percentage from 0 to 100, got ${String(score)}.`);
    }
    const band = qualityBands(limits).find((candidate) => score >= candidate.minimum);
    // The critical band starts at 0, so a valid score always finds one.
    return band as QualityBand;
}

/** Reads a score typed by a person or stored as text ("82.5", "82.5%"); null when it is not one. */
export function parseScore(text: string): number | null {
    const trimmed = text.trim().replace(/%$/, '').trim();
    if (trimmed === '' || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
        return null;
    }
    const score = Number(trimmed);
    return score >= 0 && score <= 100 ? score : null;
}
