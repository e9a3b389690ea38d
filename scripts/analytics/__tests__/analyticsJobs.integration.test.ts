import type { Connection } from 'jsforce';
import { computeQualityKpis, parseQuarterKey, periodOf, previousPeriod, periodScheme } from 'c/qualityKpis';
import { decideQuarterlyAwards, standingsFromKpiRows } from 'c/leaderboard';
import { krippendorffAlpha } from 'c/agreementStatistics';
import { runReevaluation, isDrawnForReevaluation } from '../reevaluation';
import { runCalibrationReport } from '../calibrationReport';
import { runSnapshot } from '../kpiSnapshots';
import { runAwards, AWARD_TYPES } from '../quarterlyAwardsJob';
import {
    CALIBRATION_ANSWERS,
    CALIBRATION_TOLERANCE,
    ORG_NOW,
    keyCounts,
    scoreOf,
    startAnalyticsOrg,
    type AnalyticsOrg
} from './analyticsOrg';

/**
 * The analytics jobs against a real local org (issue 7): each job's writes checked against the
 * engine run on the same records built from the fixture's plan (not read from the org), a second
 * run that creates nothing twice, and a twin org where the same run meets injected faults (503,
 * REQUEST_LIMIT_EXCEEDED, and a run killed by a fault that outlasts the retries) and still ends
 * exactly where the clean run ends.
 */
let clean: AnalyticsOrg;
let faulty: AnalyticsOrg;

beforeAll(async () => {
    [clean, faulty] = await Promise.all([startAnalyticsOrg(), startAnalyticsOrg()]);
});

afterEach(() => {
    faulty?.server.faults.clear();
});

afterAll(async () => {
    await Promise.all([clean?.close(), faulty?.close()]);
});

type Row = Record<string, unknown>;

/** The records of a type keyed by their external key, with ids and system fields left out. */
async function stateOf(conn: Connection, soql: string, keyField: string): Promise<Map<string, Row>> {
    const rows = (await conn.query<Row>(soql)).records;
    return new Map(
        rows.map((row) => {
            const { attributes, Id, ...rest } = row;
            void attributes;
            void Id;
            return [String(row[keyField]), rest];
        })
    );
}

const SNAPSHOT_FIELDS =
    'Snapshot_Key__c, Scope__c, Agent__c, Team__c, Period_Type__c, Period_Start__c, Period_End__c, Assessment_Count__c, Average_Score__c, Score_Interval_Low__c, Score_Interval_High__c, Pass_Rate__c, FCR_Rate__c, CSAT_Average__c, AHT_Seconds__c, Rank__c';
const AWARD_FIELDS =
    'Award_Key__c, Agent__c, Award_Type__c, Period_Start__c, Period_End__c, Rank__c, Value__c, Reason__c';

describe('the fixture', () => {
    it('scores as the Score__c formula does', async () => {
        const rows = (
            await clean.admin.query<{ Assessment_Key__c: string; Score__c: number }>(
                "SELECT Assessment_Key__c, Score__c FROM Assessment__c WHERE Type__c = 'Standard'"
            )
        ).records;
        expect(rows).toHaveLength(66);
        const expected = new Map((clean.records.assessments ?? []).map((a) => [a.id, a.score as number]));
        for (const [key, id] of clean.assessmentIds) {
            const row = rows.find((r) => r.Assessment_Key__c === key) as { Score__c: number };
            expect(row.Score__c).toBeCloseTo(expected.get(id) as number, 1);
        }
    });
});

describe('verity snapshot', () => {
    const at = new Date('2026-03-31T12:00:00.000Z');

    it('writes one snapshot per agent and team with the engine figures, and a re-run adds nothing', async () => {
        const result = await runSnapshot(clean.admin, { unit: 'month', at });
        expect(result).toMatchObject({ period: '2026-03', agentSnapshots: 6, teamSnapshots: 2, created: 8 });

        const period = periodOf(at, 'month');
        const engine = (groupBy: 'agent' | 'team') =>
            computeQualityKpis(clean.records, { groupBy, period: 'month', now: at }).filter(
                (row) => row.period === period.key
            );
        const written = await stateOf(
            clean.admin,
            `SELECT Id, ${SNAPSHOT_FIELDS} FROM Score_Snapshot__c`,
            'Snapshot_Key__c'
        );
        expect(written.size).toBe(8);
        const agentRows = engine('agent');
        expect(agentRows).toHaveLength(6);
        for (const row of [...agentRows, ...engine('team')]) {
            const scope = clean.teamOf.has(row.groupId) ? 'Agent' : 'Team';
            const snapshot = written.get(`${scope}:${row.groupId}:Month:2026-03-01`) as Row;
            expect(snapshot).toBeDefined();
            expect(snapshot.Period_End__c).toBe('2026-03-31');
            expect(snapshot.Assessment_Count__c).toBe(row.assessmentCount);
            expect(snapshot.Average_Score__c as number).toBeCloseTo(row.contactQualityScore as number, 2);
            expect(snapshot.CSAT_Average__c as number).toBeCloseTo(row.averageCsat as number, 2);
            expect(snapshot.FCR_Rate__c as number).toBeCloseTo((row.firstContactResolutionRate as number) * 100, 2);
            expect(snapshot.AHT_Seconds__c).toBe(Math.round(row.averageHandleTimeSeconds as number));
            expect(snapshot.Team__c).toBe(scope === 'Agent' ? clean.teamOf.get(row.groupId) : row.groupId);
        }
        // Ranks: the highest average is rank 1.
        const best = [...agentRows].sort((a, b) => (b.contactQualityScore ?? 0) - (a.contactQualityScore ?? 0))[0];
        expect(written.get(`Agent:${best.groupId}:Month:2026-03-01`)?.Rank__c).toBe(1);

        const again = await runSnapshot(clean.admin, { unit: 'month', at });
        expect(again).toMatchObject({ created: 0, updated: 8 });
        const counts = await keyCounts(clean.admin, 'Score_Snapshot__c', 'Snapshot_Key__c');
        expect([...counts.values()].every((count) => count === 1)).toBe(true);
        expect(counts.size).toBe(8);
    });

    it('survives 503 and REQUEST_LIMIT_EXCEEDED mid-run and ends where the clean run ended', async () => {
        faulty.server.faults.add({ kind: 'unavailable', onRequest: 2 });
        faulty.server.faults.add({ kind: 'requestLimitExceeded', pathIncludes: '/composite/sobjects' });
        const before = faulty.server.faults.requestCount;
        await runSnapshot(faulty.admin, { unit: 'month', at });
        expect(faulty.server.faults.requestCount - before).toBeGreaterThanOrEqual(6);
        const soql = `SELECT Id, ${SNAPSHOT_FIELDS} FROM Score_Snapshot__c`;
        // The twin orgs were seeded alike, so their ids agree and the end states compare whole.
        expect(await stateOf(faulty.admin, soql, 'Snapshot_Key__c')).toEqual(
            await stateOf(clean.admin, soql, 'Snapshot_Key__c')
        );
    });
});

describe('verity awards', () => {
    it('writes the engine awards for the quarter, once', async () => {
        const result = await runAwards(clean.admin, { quarter: '2026Q1', now: ORG_NOW });
        const quarter = parseQuarterKey('2026Q1');
        const standings = (period: ReturnType<typeof parseQuarterKey>) => {
            const rows = computeQualityKpis(clean.records, {
                groupBy: 'agent',
                period: 'quarter',
                now: ORG_NOW
            }).filter((row) => row.period === period.key);
            return standingsFromKpiRows(
                rows,
                clean.agentIds.map((agentId) => ({ agentId, agentName: agentId }))
            );
        };
        const decided = decideQuarterlyAwards({
            quarter: quarter.key,
            current: standings(quarter),
            previous: standings(previousPeriod(quarter, periodScheme('quarter'))),
            minimumAssessments: 5
        });
        const expected = decided.awards.flatMap((award) =>
            award.value === null ? [] : award.winners.map((winner) => `2026Q1:${award.award}:${winner.agentId}`)
        );
        expect(expected.length).toBeGreaterThanOrEqual(3);
        const written = await stateOf(clean.admin, `SELECT Id, ${AWARD_FIELDS} FROM Award__c`, 'Award_Key__c');
        expect([...written.keys()].sort()).toEqual([...expected].sort());
        expect(result.created).toBe(expected.length);
        // Agent 3 improves from weak to strong answers into Q1; agent 2 sells the most.
        expect(written.get(`2026Q1:mostImproved:${clean.agentIds[3]}`)?.Award_Type__c).toBe(AWARD_TYPES.mostImproved);
        const upsell = written.get(`2026Q1:upsellStar:${clean.agentIds[2]}`) as Row;
        expect(upsell.Value__c).toBe(50 + 5 * 5 + 50 + 5 * 6 + 50 + 5 * 7 + 50 + 5 * 8 + 50 + 5 * 9 + 50 + 5 * 10);
        expect(upsell.Period_Start__c).toBe('2026-01-01');
        expect(upsell.Period_End__c).toBe('2026-03-31');

        const again = await runAwards(clean.admin, { quarter: '2026Q1', now: ORG_NOW });
        expect(again.created).toBe(0);
        const counts = await keyCounts(clean.admin, 'Award__c', 'Award_Key__c');
        expect(counts.size).toBe(expected.length);
        expect([...counts.values()].every((count) => count === 1)).toBe(true);
    });

    it('is killed by a fault that outlasts the retries, and a re-run ends where the clean run ended', async () => {
        faulty.server.faults.add({ kind: 'serverError', pathIncludes: '/composite/sobjects', times: 5 });
        await expect(runAwards(faulty.admin, { quarter: '2026Q1', now: ORG_NOW })).rejects.toThrow();
        expect((await faulty.admin.query('SELECT Id FROM Award__c')).totalSize).toBe(0);
        faulty.server.faults.clear();
        faulty.server.faults.add({ kind: 'requestLimitExceeded', onRequest: 3 });
        await runAwards(faulty.admin, { quarter: '2026Q1', now: ORG_NOW });
        const soql = `SELECT Id, ${AWARD_FIELDS} FROM Award__c`;
        expect(await stateOf(faulty.admin, soql, 'Award_Key__c')).toEqual(
            await stateOf(clean.admin, soql, 'Award_Key__c')
        );
    });
});

describe('verity calibration report', () => {
    it("writes the session's agreement and deviations as worked out by hand and by the engine", async () => {
        const result = await runCalibrationReport(clean.admin, { sessionId: clean.sessionId, now: ORG_NOW });
        const scores = CALIBRATION_ANSWERS.map(scoreOf);
        // Calibrator: 10 + 20 + 7.5 + 10 of 60 = 79.17 %; deviations worked out from the item shares.
        const deviations = scores.slice(1).map((score) => score - scores[0]);
        const mad = deviations.reduce((sum, d) => sum + Math.abs(d), 0) / deviations.length;
        const within = deviations.filter((d) => Math.abs(d) <= CALIBRATION_TOLERANCE).length / deviations.length;
        expect(result.participantCount).toBe(5);
        expect(result.meanAbsoluteDeviation).toBeCloseTo(mad, 2);
        expect(result.withinToleranceRate).toBeCloseTo(within * 100, 2);
        // The job reads Score__c as the org shows it (2 decimals), so a deviation may differ by 0.01.
        result.evaluators.forEach((entry, index) => {
            expect(Math.abs(entry.deviation - deviations[index])).toBeLessThanOrEqual(0.011);
        });
        // Mixed scales: alpha on the share of each item's points (interval), calibrator included.
        const share: Record<string, number> = { Yes: 1, No: 0, Partial: 0.5 };
        const data = CALIBRATION_ANSWERS.map((answers) =>
            answers.map((answer) => share[answer] ?? (Number(answer) - 1) / 4)
        );
        const alpha = krippendorffAlpha(data, 'interval').alpha;
        expect(result.agreement.level).toBe('interval');
        expect(result.agreement.alpha as number).toBeCloseTo(alpha, 6);

        const session = (
            await clean.admin.query<Row>(
                `SELECT Krippendorff_Alpha__c, Mean_Absolute_Deviation__c, Within_Tolerance_Rate__c, Participant_Count__c, Results_Computed_At__c FROM Calibration_Session__c WHERE Id = '${clean.sessionId}'`
            )
        ).records[0];
        expect(session.Krippendorff_Alpha__c as number).toBeCloseTo(alpha, 4);
        expect(session.Mean_Absolute_Deviation__c as number).toBeCloseTo(mad, 2);
        expect(session.Within_Tolerance_Rate__c as number).toBeCloseTo(within * 100, 2);
        expect(session.Participant_Count__c).toBe(5);

        const again = await runCalibrationReport(clean.admin, { sessionId: clean.sessionId, now: ORG_NOW });
        expect(again.meanAbsoluteDeviation).toBe(result.meanAbsoluteDeviation);
        expect((await clean.admin.query('SELECT Id FROM Calibration_Session__c')).totalSize).toBe(1);
    });

    it('survives a 503 and REQUEST_LIMIT_EXCEEDED and writes what the clean run wrote', async () => {
        faulty.server.faults.add({ kind: 'requestLimitExceeded', onRequest: 2 });
        faulty.server.faults.add({ kind: 'unavailable', pathIncludes: '/sobjects/Calibration_Session__c/' });
        await runCalibrationReport(faulty.admin, { sessionId: faulty.sessionId, now: ORG_NOW });
        const soql =
            'SELECT Id, Name, Krippendorff_Alpha__c, Mean_Absolute_Deviation__c, Within_Tolerance_Rate__c, Participant_Count__c, Results_Computed_At__c FROM Calibration_Session__c';
        expect(await stateOf(faulty.admin, soql, 'Name')).toEqual(await stateOf(clean.admin, soql, 'Name'));
    });
});

describe('verity reevaluate', () => {
    const options = { rate: 0.3, seed: 'integration', now: ORG_NOW };
    const REEVALUATIONS =
        "SELECT Id, Assessment_Key__c, Original_Assessment__c, Evaluator__c, OwnerId, Agent__c, Case__c, Scorecard__c, Status__c, Due_Date__c FROM Assessment__c WHERE Type__c = 'Re-evaluation'";

    it('creates a re-evaluation for each drawn assessment, by another evaluator, once', async () => {
        const result = await runReevaluation(clean.admin, options);
        const drawn = [...clean.assessmentIds.values()].filter((id) =>
            isDrawnForReevaluation(id, options.rate, options.seed)
        );
        expect(drawn.length).toBeGreaterThan(5);
        expect(result.evaluatorCount).toBe(4);
        expect(result.created).toBe(drawn.length);
        const written = (await clean.admin.query<Row>(REEVALUATIONS)).records;
        expect(written.map((row) => row.Original_Assessment__c).sort()).toEqual([...drawn].sort());
        const originals = (
            await clean.admin.query<Row>(
                "SELECT Id, Evaluator__c, Agent__c, Case__c FROM Assessment__c WHERE Type__c = 'Standard'"
            )
        ).records;
        const load = new Map<string, number>();
        for (const row of written) {
            const original = originals.find((o) => o.Id === row.Original_Assessment__c) as Row;
            expect(row.Evaluator__c).not.toBe(original.Evaluator__c);
            expect(row.Evaluator__c).not.toBe(original.Agent__c);
            expect(row.OwnerId).toBe(row.Evaluator__c);
            expect(row.Case__c).toBe(original.Case__c);
            expect(row.Status__c).toBe('Assigned');
            expect(row.Due_Date__c).toBe('2026-04-17');
            load.set(row.Evaluator__c as string, (load.get(row.Evaluator__c as string) ?? 0) + 1);
        }
        // Least-loaded assignment: balanced within a couple across the four evaluators.
        expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(2);

        const again = await runReevaluation(clean.admin, options);
        expect(again.created).toBe(0);
        expect(again.alreadyPresent).toBe(drawn.length);
        const counts = await keyCounts(clean.admin, 'Assessment__c', 'Assessment_Key__c');
        expect([...counts.values()].every((count) => count === 1)).toBe(true);
        expect((await clean.admin.query<Row>(REEVALUATIONS)).totalSize).toBe(drawn.length);
    });

    it('killed half-way by faults and run again, it ends where the clean run ended', async () => {
        faulty.server.faults.add({ kind: 'unavailable', pathIncludes: '/composite/sobjects', times: 5 });
        await expect(runReevaluation(faulty.admin, options)).rejects.toThrow();
        faulty.server.faults.clear();
        faulty.server.faults.add({ kind: 'requestLimitExceeded', onRequest: 2 });
        faulty.server.faults.add({ kind: 'unavailable', pathIncludes: '/composite/sobjects' });
        await runReevaluation(faulty.admin, options);
        expect(await stateOf(faulty.admin, REEVALUATIONS, 'Assessment_Key__c')).toEqual(
            await stateOf(clean.admin, REEVALUATIONS, 'Assessment_Key__c')
        );
    });
});
