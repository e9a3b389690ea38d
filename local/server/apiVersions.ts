/**
 * The API versions list (`GET /services/data`): `[{ label, url, version }]`, oldest first, up to the
 * version the org serves (REST API Developer Guide, "Versions"). Three releases a year since
 * v20.0 = Winter '11: Winter, Spring, Summer, with the year of the Winter release.
 */
const SEASONS = ['Winter', 'Spring', 'Summer'];
/** The oldest version the local org answers; older clients are not worth pretending for. */
export const OLDEST_API_VERSION = 31;

export interface ApiVersionEntry {
    label: string;
    url: string;
    version: string;
}

export function releaseLabel(major: number): string {
    const releasesSinceWinter11 = major - 20;
    const season = SEASONS[((releasesSinceWinter11 % 3) + 3) % 3];
    const year = 11 + Math.floor(releasesSinceWinter11 / 3);
    return `${season} '${String(year).padStart(2, '0')}`;
}

export function apiVersions(latest: string): ApiVersionEntry[] {
    const newest = Math.floor(Number(latest));
    const entries: ApiVersionEntry[] = [];
    for (let major = OLDEST_API_VERSION; major <= newest; major += 1) {
        const version = `${major}.0`;
        entries.push({ label: releaseLabel(major), url: `/services/data/v${version}`, version });
    }
    return entries;
}

/** The version named in a path segment (`v65.0`) when the org serves it, else null (404). */
export function servedVersion(segment: string, latest: string): string | null {
    const match = /^v(\d+)\.0$/.exec(segment);
    if (!match) {
        return null;
    }
    const major = Number(match[1]);
    return major >= OLDEST_API_VERSION && major <= Math.floor(Number(latest)) ? `${major}.0` : null;
}
