import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runVerity } from '../cli/program';

const FIXTURES = path.join(__dirname, 'fixtures');

async function verityJson(...argv: string[]): Promise<{ code: number; body: Record<string, any> }> {
    let stdout = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stdout += String(chunk);
        return true;
    });
    try {
        const code = await runVerity([...argv, '--json']);
        return { code, body: JSON.parse(stdout) };
    } finally {
        spy.mockRestore();
    }
}

function csvFile(text: string): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verity-stats-')), 'ratings.csv');
    fs.writeFileSync(file, text);
    return file;
}

describe('verity stats agreement', () => {
    const krippendorff = path.join(FIXTURES, 'krippendorff-2011.csv');

    it.each([
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers × 12 units.
        ['nominal', 0.743],
        ['ordinal', 0.815],
        ['interval', 0.849],
        ['ratio', 0.797]
    ])('gives the published %s alpha of the worked example', async (level, alpha) => {
        const { code, body } = await verityJson(
            'stats',
            'agreement',
            '--input',
            krippendorff,
            '--metric',
            'alpha',
            '--level',
            level
        );
        expect(code).toBe(0);
        expect(body.result).toMatchObject({ metric: 'alpha', level, units: 12, raters: 4 });
        expect(body.result.value).toBeCloseTo(alpha, 3);
    });

    it('gives the Shrout & Fleiss (1979) intraclass correlations with intervals', async () => {
        const input = path.join(FIXTURES, 'shrout-fleiss-1979.csv');
        const forms: Array<[string, number]> = [
            ['1,1', 0.17],
            ['2,1', 0.29],
            ['3,1', 0.71],
            ['3,k', 0.91]
        ];
        for (const [form, value] of forms) {
            const { body } = await verityJson(
                'stats',
                'agreement',
                '--input',
                input,
                '--metric',
                'icc',
                '--icc-form',
                form
            );
            expect(body.result).toMatchObject({ metric: 'icc', form: `ICC(${form})`, units: 6, raters: 4 });
            expect(body.result.value).toBeCloseTo(value, 2);
            expect(body.result.lower).toBeLessThan(body.result.value);
            expect(body.result.upper).toBeGreaterThan(body.result.value);
        }
    });

    it("computes Cohen's kappa for two raters, and refuses it for more", async () => {
        const two = csvFile('unit,rater,value\n1,a,1\n1,b,1\n2,a,2\n2,b,2\n3,a,3\n3,b,1\n4,a,3\n4,b,3\n');
        const unweighted = await verityJson('stats', 'agreement', '--input', two, '--metric', 'cohen');
        // 3 of 4 agree (po = .75); chance agreement pe = (2·1 + 1·1 + 1·2)/16 = .3125; κ = (.75 − .3125)/(1 − .3125).
        expect(unweighted.body.result.value).toBeCloseTo((0.75 - 0.3125) / (1 - 0.3125), 10);
        const three = await verityJson('stats', 'agreement', '--input', krippendorff, '--metric', 'cohen');
        expect(three.code).toBe(2);
        expect(three.body.message).toBe(`Cohen's kappa compares exactly 2 raters; ${krippendorff} has 4: A, B, C, D.`);
    });

    it("computes Fleiss' kappa when every unit has the same number of ratings", async () => {
        const input = csvFile('unit,rater,value\n1,a,1\n1,b,1\n1,c,1\n2,a,2\n2,b,2\n2,c,1\n3,a,2\n3,b,2\n3,c,2\n');
        const { code, body } = await verityJson('stats', 'agreement', '--input', input, '--metric', 'fleiss');
        expect(code).toBe(0);
        expect(body.result).toMatchObject({ metric: 'fleiss', units: 3, raters: 3, categories: [1, 2] });
        // P̄ = (1 + 1/3 + 1)/3 = 7/9; p = (4/9, 5/9), P̄e = 41/81; κ = (7/9 − 41/81)/(1 − 41/81) = 22/40.
        expect(body.result.value).toBeCloseTo(22 / 40, 10);
    });

    it('names the line of malformed input and exits 2', async () => {
        const input = csvFile('unit,rater,value\n1,a,3\n1,b,three\n');
        const { code, body } = await verityJson('stats', 'agreement', '--input', input);
        expect(code).toBe(2);
        expect(body).toEqual({
            status: 2,
            name: 'UsageError',
            message: `${input}, line 3: the value "three" is not a number (leave it empty for a missing rating).`
        });
    });

    it('passes on the engine’s own refusal, such as a rater rating a unit twice', async () => {
        const input = csvFile('unit,rater,value\n1,a,3\n1,a,4\n2,b,1\n');
        const { code, body } = await verityJson('stats', 'agreement', '--input', input);
        expect(code).toBe(2);
        expect(body.message).toContain('Rater a rated unit 1 more than once');
    });

    it('refuses an unknown metric and a missing file', async () => {
        expect((await verityJson('stats', 'agreement', '--input', krippendorff, '--metric', 'kendall')).code).toBe(2);
        const missing = await verityJson('stats', 'agreement', '--input', '/nowhere/ratings.csv');
        expect(missing.body.message).toBe('cannot read /nowhere/ratings.csv: ENOENT');
    });
});

describe('verity stats sample-size', () => {
    it('gives the textbook normal answer (Triola: σ = 15, E = 3, 95 % → 97)', async () => {
        const { body } = await verityJson('stats', 'sample-size', '--sd', '15', '--margin', '3', '--method', 'normal');
        expect(body.result).toMatchObject({ requiredCount: 97, method: 'normal', confidence: 0.95, marginOfError: 3 });
    });

    it('asks for more with the t interval the score is shown with, and fewer from a small population', async () => {
        const t = await verityJson('stats', 'sample-size', '--sd', '15', '--margin', '3');
        expect(t.body.result.requiredCount).toBeGreaterThan(97);
        expect(t.body.result.achievedMarginOfError).toBeLessThanOrEqual(3);
        const finite = await verityJson('stats', 'sample-size', '--sd', '15', '--margin', '3', '--population', '120');
        expect(finite.body.result.requiredCount).toBeLessThan(t.body.result.requiredCount);
        expect(finite.body.result.populationSize).toBe(120);
    });

    it.each([
        [['--sd', '15', '--margin', '0'], '--margin must be a number above 0'],
        [['--sd', '-1', '--margin', '2'], '--sd must be a number from 0'],
        [['--sd', '10', '--margin', '2', '--confidence', '95'], '--confidence must be a number above 0 below 1'],
        [['--sd', '10', '--margin', '2', '--population', '7.5'], '--population must be a whole number from 1']
    ])('refuses %p, naming the option', async (args, message) => {
        const { code, body } = await verityJson('stats', 'sample-size', ...args);
        expect(code).toBe(2);
        expect(body.message).toContain(message);
    });
});
