import { createElement } from 'lwc';
import QualityBand from 'c/qualityBand';

function renderBand(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-quality-band', { is: QualityBand });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function badgeOf(element: HTMLElement): HTMLElement {
    const badge = element.shadowRoot?.querySelector<HTMLElement>('.slds-badge');
    if (!badge) {
        throw new Error('qualityBand rendered no badge');
    }
    return badge;
}

describe('c-quality-band', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it.each([
        [92, 'target', 'slds-theme_success', '92% · Target'],
        [85, 'target', 'slds-theme_success', '85% · Target'],
        [82.46, 'acceptable', 'slds-theme_info', '82.5% · Acceptable'],
        [79.9, 'needsImprovement', 'slds-theme_warning', '79.9% · Needs Improvement'],
        [0, 'critical', 'slds-theme_error', '0% · Critical']
    ])('shows %p as the %s band', (score, band, theme, text) => {
        const badge = badgeOf(renderBand({ score }));
        expect(badge.dataset.band).toBe(band);
        expect(badge.classList).toContain(theme);
        expect(badge.textContent).toContain(text);
        expect(badge.title).toBe(`Contact Quality Score: ${text}`);
    });

    it('reads a score given as text, as record fields arrive', () => {
        const badge = badgeOf(renderBand({ score: '71' }));
        expect(badge.dataset.band).toBe('needsImprovement');
    });

    it('says "Not scored" for an assessment without a score', () => {
        const badge = badgeOf(renderBand({ score: null }));
        expect(badge.dataset.band).toBe('unscored');
        expect(badge.classList).toContain('slds-badge_lightest');
        expect(badge.textContent).toContain('Not scored');
    });

    it('refuses to band a value that is not a percentage', () => {
        const badge = badgeOf(renderBand({ score: 130 }));
        expect(badge.dataset.band).toBe('invalid');
        expect(badge.classList).toContain('slds-theme_error');
        expect(badge.textContent).toContain('Invalid score');
    });

    it('uses the program band limits when given', () => {
        const badge = badgeOf(renderBand({ score: 86, limits: { target: 90, acceptable: 85, needsImprovement: 75 } }));
        expect(badge.dataset.band).toBe('acceptable');
    });

    it('re-renders when the score changes', async () => {
        const element = renderBand({ score: 60 }) as HTMLElement & { score: number };
        element.score = 95;
        await Promise.resolve();
        expect(badgeOf(element).dataset.band).toBe('target');
    });

    it('tells screen readers what the badge is', () => {
        const badge = badgeOf(renderBand({ score: 88 }));
        expect(badge.querySelector('.slds-assistive-text')?.textContent).toBe('Contact Quality Score:');
    });
});
