import {
    leaderboardViewFor,
    parseQuarterKey,
    rankAgents,
    rankImprovement,
    roundTo,
    standingsFromKpiRows,
    type AgentStanding
} from 'c/leaderboard';
import { computeQualityKpis, type AssessmentRecord } from 'c/qualityKpis';

function standing(
    agentId: string,
    qualityScore: number | null,
    assessmentCount = 10,
    extra: Partial<AgentStanding> = {}
): AgentStanding {
    return { agentId, agentName: agentId.toUpperCase(), qualityScore, assessmentCount, ...extra };
}

describe('rankAgents', () => {
    it('ranks by score with standard competition ranking (1224) for ties', () => {
        const board = rankAgents(
            [
                standing('dee', 81),
                standing('ann', 92.04),
                standing('cal', 88),
                standing('bob', 88),
                standing('eve', 75)
            ],
            { minimumAssessments: 5 }
        );
        expect(board.ranked.map((entry) => [entry.rank, entry.agentId, entry.qualityScore, entry.tied])).toEqual([
            [1, 'ann', 92, false],
            [2, 'bob', 88, true],
            [2, 'cal', 88, true],
            [4, 'dee', 81, false],
            [5, 'eve', 75, false]
        ]);
    });

    it('ties agents whose scores are shown the same', () => {
        const board = rankAgents([standing('a', 86.41), standing('b', 86.38), standing('c', 86.35)], {
            minimumAssessments: 1
        });
        // 86.41 and 86.38 both show as 86.4; 86.35 shows as 86.4 too (half away from zero).
        expect(board.ranked.map((entry) => entry.rank)).toEqual([1, 1, 1]);
        const finer = rankAgents([standing('a', 86.41), standing('b', 86.38)], {
            minimumAssessments: 1,
            scoreDecimals: 2
        });
        expect(finer.ranked.map((entry) => entry.rank)).toEqual([1, 2]);
        expect(roundTo(86.45, 1)).toBe(86.5);
        expect(roundTo(1.005, 2)).toBe(1.01);
    });

    it('lists agents below the minimum volume as unranked, with how many more they need', () => {
        const board = rankAgents([standing('ann', 99, 3), standing('bob', 80, 12), standing('cy', null, 0)], {
            minimumAssessments: 8
        });
        expect(board.ranked.map((entry) => entry.agentId)).toEqual(['bob']);
        expect(board.unranked).toEqual([
            {
                agentId: 'ann',
                agentName: 'ANN',
                qualityScore: 99,
                assessmentCount: 3,
                reason: 'tooFewAssessments',
                assessmentsNeeded: 5
            },
            {
                agentId: 'cy',
                agentName: 'CY',
                qualityScore: null,
                assessmentCount: 0,
                reason: 'noScore',
                assessmentsNeeded: 8
            }
        ]);
    });

    it('validates standings and options', () => {
        expect(() => rankAgents([standing('a', 80)], { minimumAssessments: 0 })).toThrow(
            'minimumAssessments must be a whole number of at least 1'
        );
        expect(() => rankAgents([standing('a', 120)], { minimumAssessments: 1 })).toThrow(
            'standings[0].qualityScore must be from 0 to 100'
        );
        expect(() => rankAgents([standing('a', 80), standing('a', 70)], { minimumAssessments: 1 })).toThrow(
            'appears twice'
        );
        expect(() => rankAgents([standing('a', 80, 0)], { minimumAssessments: 1 })).toThrow(
            'has a quality score but no assessments'
        );
        expect(() => rankAgents([{ ...standing('a', 80), agentName: 7 as any }], { minimumAssessments: 1 })).toThrow(
            TypeError
        );
        expect(() => rankAgents('all' as any, { minimumAssessments: 1 })).toThrow(TypeError);
        expect(() => rankAgents([], { minimumAssessments: 1, scoreDecimals: 9 })).toThrow(
            'scoreDecimals must be at most 6'
        );
    });
});

describe('leaderboardViewFor', () => {
    const assessments: AssessmentRecord[] = [];
    const agents = [
        { agentId: '005A', agentName: 'Ana Silva', scores: [92, 88, 95] },
        { agentId: '005B', agentName: 'Ben Okafor', scores: [70, 75, 80] },
        { agentId: '005C', agentName: 'Cleo Park', scores: [85, 86, 84] },
        { agentId: '005D', agentName: 'Dev Rao', scores: [99] }
    ];
    for (const agent of agents) {
        agent.scores.forEach((score, index) => {
            assessments.push({
                id: `a0X-SECRET-${agent.agentId}-${index}`,
                agentId: agent.agentId,
                teamId: 'north',
                type: 'evaluation',
                status: 'final',
                score,
                autoFailed: false,
                submittedAt: `2026-11-0${index + 1}T10:00:00Z`,
                itemResults: [{ itemId: `ITEM-SECRET-${index}`, result: 'pass' }]
            });
        });
    }
    // A calibration assessment of Ben's work, which must neither count nor show.
    assessments.push({
        id: 'a0X-SECRET-CALIBRATION',
        agentId: '005B',
        teamId: 'north',
        type: 'calibration',
        status: 'final',
        score: 100,
        autoFailed: false,
        submittedAt: '2026-11-04T10:00:00Z'
    });
    const rows = computeQualityKpis({ assessments }, { groupBy: 'agent', period: 'quarter', now: '2026-12-31' });
    const standings = standingsFromKpiRows(
        rows,
        agents.map(({ agentId, agentName }) => ({ agentId, agentName }))
    );
    const board = rankAgents(standings, { minimumAssessments: 2 });

    it('shows peers their rank, name and score only', () => {
        const view = leaderboardViewFor(board, '005B');
        expect(view.peers).toEqual([
            { rank: 1, agentName: 'Ana Silva', qualityScore: 91.7, isViewer: false },
            { rank: 2, agentName: 'Cleo Park', qualityScore: 85, isViewer: false },
            { rank: 3, agentName: 'Ben Okafor', qualityScore: 75, isViewer: true }
        ]);
        for (const peer of view.peers) {
            expect(Object.keys(peer).sort()).toEqual(['agentName', 'isViewer', 'qualityScore', 'rank']);
        }
        expect(view.viewer).toEqual({
            agentName: 'Ben Okafor',
            rank: 3,
            qualityScore: 75,
            assessmentCount: 3,
            assessmentsNeeded: 0
        });
        expect(Object.isFrozen(view.peers[0])).toBe(true);
    });

    it('never leaks an assessment id, item, or a peer’s agent id', () => {
        const text = JSON.stringify([leaderboardViewFor(board, '005B'), leaderboardViewFor(board, '005D')]);
        expect(text).not.toMatch(/SECRET/);
        for (const assessment of assessments) {
            expect(text).not.toContain(assessment.id);
        }
        expect(text).not.toMatch(/005[ABCD]/);
    });

    it('drops whatever else a standing object carries', () => {
        const smuggled = standings.map((entry) => ({
            ...entry,
            assessments: assessments.filter((a) => a.agentId === entry.agentId)
        }));
        const text = JSON.stringify([
            rankAgents(smuggled, { minimumAssessments: 2 }),
            leaderboardViewFor(rankAgents(smuggled, { minimumAssessments: 2 }), '005A')
        ]);
        expect(text).not.toMatch(/SECRET/);
    });

    it('tells an unranked agent how many more assessments they need', () => {
        const view = leaderboardViewFor(board, '005D');
        expect(view.viewer).toEqual({
            agentName: 'Dev Rao',
            rank: null,
            qualityScore: 99,
            assessmentCount: 1,
            assessmentsNeeded: 1
        });
        expect(view.peers.some((peer) => peer.isViewer)).toBe(false);
        expect(view.rankedCount).toBe(3);
    });

    it('refuses an agent who is not on the board', () => {
        expect(() => leaderboardViewFor(board, '005Z')).toThrow('Agent "005Z" is not on this leaderboard');
        expect(() => leaderboardViewFor(board, '')).toThrow(RangeError);
    });
});

describe('standingsFromKpiRows', () => {
    it('lists directory agents without KPIs as having no score', () => {
        const standings = standingsFromKpiRows([], [{ agentId: 'x', agentName: 'X', role: 'complaintHandler' }]);
        expect(standings).toEqual([
            {
                agentId: 'x',
                agentName: 'X',
                qualityScore: null,
                assessmentCount: 0,
                upsellTotal: null,
                role: 'complaintHandler'
            }
        ]);
    });

    it('refuses rows of several periods, rows not grouped by agent, and agents without a name', () => {
        const rows = computeQualityKpis(
            {
                assessments: [
                    {
                        id: '1',
                        agentId: 'a',
                        teamId: 't',
                        type: 'evaluation',
                        status: 'final',
                        score: 80,
                        autoFailed: false,
                        submittedAt: '2026-10-01'
                    },
                    {
                        id: '2',
                        agentId: 'a',
                        teamId: 't',
                        type: 'evaluation',
                        status: 'final',
                        score: 80,
                        autoFailed: false,
                        submittedAt: '2026-11-01'
                    }
                ]
            },
            { groupBy: 'agent', period: 'month', now: '2026-12-01' }
        );
        expect(() => standingsFromKpiRows(rows, [{ agentId: 'a', agentName: 'A' }])).toThrow('span 2 periods');
        expect(() => standingsFromKpiRows([rows[0]], [])).toThrow('Agent "a" has KPIs but is not in the directory');
        expect(() => standingsFromKpiRows([{ ...rows[0], groupBy: 'team' }], [])).toThrow('grouped by team');
    });
});

describe('rankImprovement', () => {
    it('ranks the change in score for agents with enough assessments in both periods', () => {
        const previous = [standing('ann', 70), standing('bob', 80), standing('cy', 60, 2), standing('dee', 90)];
        const current = [
            standing('ann', 78),
            standing('bob', 88),
            standing('cy', 85),
            standing('dee', 85),
            standing('eve', 95)
        ];
        const result = rankImprovement(previous, current, { minimumAssessments: 5 });
        expect(result.ranked.map((entry) => [entry.rank, entry.agentId, entry.improvement])).toEqual([
            [1, 'ann', 8],
            [1, 'bob', 8],
            [3, 'dee', -5]
        ]);
        expect(result.excluded).toEqual([
            { agentId: 'cy', agentName: 'CY', reason: 'tooFewAssessmentsBefore' },
            { agentId: 'eve', agentName: 'EVE', reason: 'notInPreviousPeriod' }
        ]);
        const low = rankImprovement([standing('ann', 70)], [standing('ann', 90, 3)], { minimumAssessments: 5 });
        expect(low.excluded[0].reason).toBe('tooFewAssessmentsNow');
    });
});

describe('parseQuarterKey (re-exported for award periods)', () => {
    it('reads 2026Q4 and refuses 2026Q5', () => {
        expect(parseQuarterKey('2026Q4').start.toISOString()).toBe('2026-10-01T00:00:00.000Z');
        expect(() => parseQuarterKey('2026Q5')).toThrow(RangeError);
    });
});
