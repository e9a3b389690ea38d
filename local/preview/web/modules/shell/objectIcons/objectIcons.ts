/**
 * The SLDS icon of an object or tab, read from the icon URL the User Interface API gives
 * (`…/img/icon/t4v35/custom/custom18_120.png` → `custom:custom18`), as Lightning Experience
 * shows it beside a tab, a list and a record's name.
 */
const ICON_URL = /\/(standard|custom|action|utility)\/([a-z0-9_]+?)(?:_\d+)?\.(?:png|svg)$/;

export function iconNameOf(iconUrl: string | null | undefined, fallback = 'standard:record'): string {
    const match = iconUrl ? ICON_URL.exec(iconUrl) : null;
    return match ? `${match[1]}:${match[2]}` : fallback;
}
