import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import { DEFAULT_BAND_LIMITS, qualityBandFor, type BandLimits, type QualityBandName } from 'c/scoreBands';

/** SLDS badge theme per band: green on target, red when critical. */
const BADGE_THEME: Readonly<Record<QualityBandName, string>> = {
    target: 'slds-theme_success',
    acceptable: 'slds-theme_info',
    needsImprovement: 'slds-theme_warning',
    critical: 'slds-theme_error'
};

const scoreFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/**
 * Shows a Contact Quality Score as an SLDS badge in the colour of its band. A missing score
 * reads "Not scored"; a value that is not a 0–100 percentage reads "Invalid score" rather than
 * being put in a band it does not belong to.
 */
export default class QualityBand extends LightningElement {
    /** The score in percent: a number, numeric text, or empty while the assessment is unscored. */
    @api score: number | string | null | undefined;

    /** The program's band limits; the industry defaults when not given. */
    @api limits: BandLimits = DEFAULT_BAND_LIMITS;

    get numericScore(): number | null {
        if (this.score === null || this.score === undefined || this.score === '') {
            return null;
        }
        return typeof this.score === 'number' ? this.score : Number(this.score);
    }

    get bandName(): QualityBandName | 'unscored' | 'invalid' {
        const score = this.numericScore;
        if (score === null) {
            return 'unscored';
        }
        try {
            return qualityBandFor(score, this.limits).name;
        } catch {
            return 'invalid';
        }
    }

    get badgeClass(): string {
        const band = this.bandName;
        if (band === 'unscored') {
            return 'slds-badge slds-badge_lightest';
        }
        if (band === 'invalid') {
            return 'slds-badge slds-theme_error';
        }
        return `slds-badge ${BADGE_THEME[band]}`;
    }

    get text(): string {
        const band = this.bandName;
        if (band === 'unscored') {
            return 'Not scored';
        }
        if (band === 'invalid') {
            return 'Invalid score';
        }
        const score = this.numericScore as number;
        return `${scoreFormat.format(score)}% · ${qualityBandFor(score, this.limits).label}`;
    }

    get badgeTitle(): string {
        return `Contact Quality Score: ${this.text}`;
    }
}
