import {
    behaviorTrend,
    computeQualityKpis,
    countsTowardQualityScore,
    type AssessmentRecord,
    type QualityKpiRow,
    type QualityRecords
} from 'c/qualityKpis';

const NOW = '2026-12-15T12:00:00Z';

function assessment(overrides: Partial<AssessmentRecord> & { id: string }): AssessmentRecord {
    return {
        agentId: 'ava',
        teamId: 'north',
        type: 'evaluation',
        status: 'final',
        score: 80,
        autoFailed: false,
        submittedAt: '2026-11-10T10:00:00Z',
        ...overrides
    };
}

function rowFor(rows: QualityKpiRow[], groupId: string, period: string): QualityKpiRow {
    const row = rows.find((candidate) => candidate.groupId === groupId && candidate.period === period);
    if (!row) {
        throw new Error(`no row for ${groupId} ${period}`);
    }
    return row;
}

describe('countsTowardQualityScore', () => {
    it("counts only the agent's own submitted evaluations", () => {
        expect(countsTowardQualityScore({ type: 'evaluation', status: 'final' })).toBe(true);
        expect(countsTowardQualityScore({ type: 'evaluation', status: 'disputed' })).toBe(true);
        expect(countsTowardQualityScore({ type: 'evaluation', status: 'started' })).toBe(false);
        expect(countsTowardQualityScore({ type: 'calibration', status: 'final' })).toBe(false);
        expect(countsTowardQualityScore({ type: 'reEvaluation', status: 'final' })).toBe(false);
        expect(countsTowardQualityScore({ type: 'autoQa', status: 'final' })).toBe(false);
        expect(countsTowardQualityScore({ type: 'autoQa', status: 'final' }, { includeAutoQa: true })).toBe(true);
        // Even when asked to include AI scores, calibration and re-evaluation stay out.
        expect(countsTowardQualityScore({ type: 'calibration', status: 'final' }, { includeAutoQa: true })).toBe(false);
    });
});

describe('computeQualityKpis', () => {
    it('never counts calibration or re-evaluation assessments in the agent’s quality score', () => {
        const rows = computeQualityKpis(
            {
                assessments: [
                    assessment({ id: 'a1', score: 80 }),
                    assessment({ id: 'a2', score: 60, status: 'submitted' }),
                    assessment({ id: 'cal', score: 100, type: 'calibration' }),
                    assessment({ id: 'reval', score: 100, type: 'reEvaluation' }),
                    assessment({ id: 'ai', score: 100, type: 'autoQa' }),
                    assessment({ id: 'open', score: null, status: 'assigned', submittedAt: null })
                ]
            },
            { groupBy: 'agent', period: 'month', now: NOW }
        );
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
            groupId: 'ava',
            period: '2026-11',
            assessmentCount: 2,
            contactQualityScore: 70
        });
    });

    it('weights the Contact Quality Score by scorecard weight and measures pass rate and compliance', () => {
        const rows = computeQualityKpis(
            {
                assessments: [
                    assessment({ id: 'a1', score: 90, scorecardWeight: 2 }),
                    assessment({ id: 'a2', score: 60 }),
                    assessment({
                        id: 'a3',
                        score: 0,
                        autoFailed: true,
                        itemResults: [
                            { itemId: 'verify-identity', result: 'fail', hardFail: true },
                            { itemId: 'greeting', result: 'pass' }
                        ]
                    }),
                    assessment({
                        id: 'a4',
                        score: 75,
                        itemResults: [{ itemId: 'verify-identity', result: 'pass', hardFail: true }]
                    })
                ]
            },
            { groupBy: 'agent', period: 'quarter', now: NOW, passThreshold: 75 }
        );
        const row = rowFor(rows, 'ava', '2026Q4');
        expect(row.contactQualityScore).toBeCloseTo((2 * 90 + 60 + 0 + 75) / 5, 12);
        expect(row.passRate).toBeCloseTo(2 / 4, 12); // 90 and 75 pass; 60 is below; the auto-fail fails
        expect(row.complianceRate).toBeCloseTo(3 / 4, 12);
        expect(row.scoreStandardDeviation).toBeCloseTo(
            Math.sqrt(((90 - 56.25) ** 2 + (60 - 56.25) ** 2 + 56.25 ** 2 + (75 - 56.25) ** 2) / 3),
            10
        );
    });

    it('computes FCR, CSAT, AHT and upsell over the interactions that recorded them', () => {
        const rows = computeQualityKpis(
            {
                interactions: [
                    {
                        id: 'i1',
                        agentId: 'ava',
                        teamId: 'north',
                        occurredAt: '2026-11-02',
                        csat: 5,
                        resolvedFirstContact: true,
                        handleTimeSeconds: 300,
                        upsellAmount: 40
                    },
                    {
                        id: 'i2',
                        agentId: 'ava',
                        teamId: 'north',
                        occurredAt: '2026-11-03',
                        csat: 3,
                        resolvedFirstContact: false,
                        handleTimeSeconds: 500
                    },
                    {
                        id: 'i3',
                        agentId: 'ava',
                        teamId: 'north',
                        occurredAt: '2026-11-04',
                        csat: null,
                        resolvedFirstContact: true,
                        handleTimeSeconds: null,
                        upsellAmount: 10
                    }
                ]
            },
            { groupBy: 'agent', period: 'month', now: NOW }
        );
        expect(rows[0]).toMatchObject({
            interactionCount: 3,
            averageCsat: 4,
            averageHandleTimeSeconds: 400,
            upsellTotal: 50,
            // No assessments: no quality score, not a score of 0.
            assessmentCount: 0,
            contactQualityScore: null,
            passRate: null,
            complianceRate: null,
            disputeRate: null
        });
        expect(rows[0].firstContactResolutionRate).toBeCloseTo(2 / 3, 12);
    });

    it('rates coaching completion against tasks due by the period end', () => {
        const records: QualityRecords = {
            coachingTasks: [
                { id: 'c1', agentId: 'ava', teamId: 'north', dueAt: '2026-11-10', completedAt: '2026-11-08' },
                { id: 'c2', agentId: 'ava', teamId: 'north', dueAt: '2026-11-20', completedAt: '2026-11-29T23:00:00Z' },
                // Completed only after November ended: not completed by the period end.
                { id: 'c3', agentId: 'ava', teamId: 'north', dueAt: '2026-11-25', completedAt: '2026-12-02' },
                { id: 'c4', agentId: 'ava', teamId: 'north', dueAt: '2026-11-28', completedAt: null },
                // Not yet due as of now: not in December's rate yet.
                { id: 'c5', agentId: 'ava', teamId: 'north', dueAt: '2026-12-20', completedAt: null },
                { id: 'c6', agentId: 'ava', teamId: 'north', dueAt: '2026-12-10', completedAt: '2026-12-09' }
            ]
        };
        const rows = computeQualityKpis(records, { groupBy: 'agent', period: 'month', now: NOW });
        expect(rowFor(rows, 'ava', '2026-11')).toMatchObject({ coachingTasksDue: 4, coachingCompletionRate: 0.5 });
        expect(rowFor(rows, 'ava', '2026-12')).toMatchObject({ coachingTasksDue: 1, coachingCompletionRate: 1 });
    });

    it('measures dispute and overturn rates on the agent’s counted assessments', () => {
        const rows = computeQualityKpis(
            {
                assessments: [
                    assessment({ id: 'a1' }),
                    assessment({ id: 'a2', status: 'disputed' }),
                    assessment({ id: 'a3' }),
                    assessment({ id: 'a4' }),
                    assessment({ id: 'cal', type: 'calibration' })
                ],
                disputes: [
                    { id: 'd1', assessmentId: 'a1', raisedAt: '2026-11-11', status: 'resolved', outcome: 'overturned' },
                    { id: 'd2', assessmentId: 'a2', raisedAt: '2026-11-12', status: 'open', outcome: null },
                    { id: 'd3', assessmentId: 'a3', raisedAt: '2026-11-12', status: 'resolved', outcome: 'upheld' },
                    {
                        id: 'd4',
                        assessmentId: 'a3',
                        raisedAt: '2026-11-13',
                        status: 'resolved',
                        outcome: 'partiallyUpheld'
                    },
                    { id: 'd5', assessmentId: 'cal', raisedAt: '2026-11-13', status: 'open', outcome: null }
                ]
            },
            { groupBy: 'agent', period: 'month', now: NOW }
        );
        expect(rows[0]).toMatchObject({
            assessmentCount: 4,
            disputeCount: 4,
            disputeRate: 3 / 4, // a1, a2, a3 disputed out of four
            resolvedDisputeCount: 3
        });
        expect(rows[0].overturnRate).toBeCloseTo(2 / 3, 12);
    });

    it('reports calibration variance per team and overall, never per agent', () => {
        const records: QualityRecords = {
            calibrationResults: [
                {
                    sessionId: 's1',
                    evaluatorId: 'e1',
                    teamId: 'qa-east',
                    conductedAt: '2026-11-05',
                    score: 82,
                    expertScore: 80
                },
                {
                    sessionId: 's1',
                    evaluatorId: 'e2',
                    teamId: 'qa-east',
                    conductedAt: '2026-11-05',
                    score: 70,
                    expertScore: 80
                },
                {
                    sessionId: 's1',
                    evaluatorId: 'e3',
                    teamId: 'qa-west',
                    conductedAt: '2026-11-05',
                    score: 84,
                    expertScore: 80
                },
                { sessionId: 's2', evaluatorId: 'e3', conductedAt: '2026-11-06', score: 90, expertScore: null }
            ]
        };
        const byTeam = computeQualityKpis(records, { groupBy: 'team', period: 'month', now: NOW });
        expect(rowFor(byTeam, 'qa-east', '2026-11')).toMatchObject({
            calibrationResultCount: 2,
            calibrationVariance: 6,
            calibrationWithinToleranceRate: 0.5
        });
        const overall = computeQualityKpis(records, { groupBy: 'all', period: 'month', now: NOW });
        expect(overall[0]).toMatchObject({
            groupId: 'all',
            calibrationResultCount: 3,
            calibrationWithinToleranceRate: 2 / 3
        });
        expect(overall[0].calibrationVariance).toBeCloseTo(16 / 3, 12);
        expect(computeQualityKpis(records, { groupBy: 'agent', period: 'month', now: NOW })).toEqual([]);
    });

    it('groups by team and by period, and leaves out what happened after now', () => {
        const records: QualityRecords = {
            assessments: [
                assessment({
                    id: 'a1',
                    agentId: 'ava',
                    teamId: 'north',
                    score: 90,
                    submittedAt: '2026-10-05T00:00:00Z'
                }),
                assessment({
                    id: 'a2',
                    agentId: 'bo',
                    teamId: 'north',
                    score: 70,
                    submittedAt: '2026-10-06T00:00:00Z'
                }),
                assessment({
                    id: 'a3',
                    agentId: 'cy',
                    teamId: 'south',
                    score: 50,
                    submittedAt: '2026-11-06T00:00:00Z'
                }),
                assessment({
                    id: 'late',
                    agentId: 'cy',
                    teamId: 'south',
                    score: 100,
                    submittedAt: '2026-12-20T00:00:00Z'
                })
            ]
        };
        const rows = computeQualityKpis(records, { groupBy: 'team', period: 'month', now: NOW });
        expect(rows.map((row) => [row.groupId, row.period, row.contactQualityScore])).toEqual([
            ['north', '2026-10', 80],
            ['south', '2026-11', 50]
        ]);
        expect(rows[0].periodStart.toISOString()).toBe('2026-10-01T00:00:00.000Z');
    });

    it('never returns NaN: every rate is a number or null', () => {
        const rows = computeQualityKpis(
            {
                assessments: [assessment({ id: 'a1' })],
                interactions: [{ id: 'i1', agentId: 'bo', teamId: 'north', occurredAt: '2026-11-02' }],
                coachingTasks: [{ id: 'c1', agentId: 'cy', teamId: 'north', dueAt: '2026-11-02', completedAt: null }]
            },
            { groupBy: 'agent', period: 'week', now: NOW }
        );
        expect(rows).toHaveLength(3);
        const notFinite = rows.flatMap((row) =>
            Object.entries(row).filter(([, value]) => typeof value === 'number' && !Number.isFinite(value))
        );
        expect(notFinite).toEqual([]);
        const bo = rows.find((row) => row.groupId === 'bo')!;
        expect(bo).toMatchObject({
            firstContactResolutionRate: null,
            averageCsat: null,
            averageHandleTimeSeconds: null,
            upsellTotal: 0
        });
    });

    it('returns no rows for no records', () => {
        expect(computeQualityKpis({}, { groupBy: 'all', period: 'quarter', now: NOW })).toEqual([]);
    });

    it('names the record and field that is wrong', () => {
        const options = { groupBy: 'agent' as const, period: 'month' as const, now: NOW };
        expect(() => computeQualityKpis({ assessments: [assessment({ id: 'a1', score: 104 })] }, options)).toThrow(
            'assessments[0].score must be from 0 to 100, got 104'
        );
        expect(() =>
            computeQualityKpis({ assessments: [assessment({ id: 'a1', type: 'peer' as any })] }, options)
        ).toThrow('assessments[0].type must be one of evaluation, calibration, reEvaluation, autoQa');
        expect(() =>
            computeQualityKpis({ assessments: [assessment({ id: 'a1', submittedAt: null })] }, options)
        ).toThrow('assessments[0] is final but has no submittedAt');
        expect(() =>
            computeQualityKpis({ assessments: [assessment({ id: 'a1' }), assessment({ id: 'a1' })] }, options)
        ).toThrow('assessments[1].id "a1" appears twice');
        expect(() =>
            computeQualityKpis(
                {
                    disputes: [
                        { id: 'd1', assessmentId: 'ghost', raisedAt: '2026-11-01', status: 'open', outcome: null }
                    ]
                },
                options
            )
        ).toThrow('not among the assessments given');
        expect(() =>
            computeQualityKpis(
                {
                    assessments: [assessment({ id: 'a1' })],
                    disputes: [
                        { id: 'd1', assessmentId: 'a1', raisedAt: '2026-11-01', status: 'resolved', outcome: null }
                    ]
                },
                options
            )
        ).toThrow('disputes[0] is resolved but has no outcome');
        expect(() =>
            computeQualityKpis(
                {
                    interactions: [
                        { id: 'i', agentId: 'a', teamId: 't', occurredAt: '2026-11-01', handleTimeSeconds: -5 }
                    ]
                },
                options
            )
        ).toThrow('interactions[0].handleTimeSeconds must be at least 0');
        expect(() => computeQualityKpis({ assessments: 'none' as any }, options)).toThrow(TypeError);
        expect(() => computeQualityKpis({}, { ...options, groupBy: 'site' as any })).toThrow(
            'options.groupBy must be one of'
        );
        expect(() => computeQualityKpis({}, { ...options, now: 'yesterday' })).toThrow('options.now');
        expect(() => computeQualityKpis({}, { ...options, passThreshold: 120 })).toThrow('options.passThreshold');
        expect(() =>
            computeQualityKpis({ assessments: [assessment({ id: 'a1', scorecardWeight: 0 })] }, options)
        ).toThrow('scorecardWeight must be greater than 0');
    });
});

describe('behaviorTrend', () => {
    const items = (greeting: 'pass' | 'fail' | 'partial' | 'na', identity: 'pass' | 'fail') => [
        { itemId: 'greeting', result: greeting },
        { itemId: 'verify-identity', result: identity, hardFail: true }
    ];

    it('gives each behavior’s pass rate per period and its change', () => {
        const rows = behaviorTrend(
            [
                assessment({ id: 'o1', submittedAt: '2026-10-02', itemResults: items('pass', 'fail') }),
                assessment({ id: 'o2', submittedAt: '2026-10-03', itemResults: items('fail', 'fail') }),
                assessment({ id: 'n1', submittedAt: '2026-11-02', itemResults: items('pass', 'pass') }),
                assessment({ id: 'n2', submittedAt: '2026-11-03', itemResults: items('partial', 'fail') }),
                assessment({ id: 'n3', submittedAt: '2026-11-04', itemResults: items('na', 'pass') }),
                // A calibration assessment never moves the agent's behavior trend.
                assessment({
                    id: 'cal',
                    type: 'calibration',
                    submittedAt: '2026-11-04',
                    itemResults: items('fail', 'fail')
                })
            ],
            { period: 'month', now: NOW }
        );
        expect(rows.map((row) => [row.itemId, row.period, row.answered, row.passRate, row.change])).toEqual([
            ['greeting', '2026-10', 2, 0.5, null],
            ['greeting', '2026-11', 2, 0.5, 0],
            ['verify-identity', '2026-10', 2, 0, null],
            ['verify-identity', '2026-11', 3, 2 / 3, 2 / 3]
        ]);
        expect(rows[1]).toMatchObject({ passed: 1, partial: 1, failed: 0 });
    });

    it('splits per team when asked', () => {
        const rows = behaviorTrend(
            [
                assessment({ id: 'a', teamId: 'north', itemResults: items('pass', 'pass') }),
                assessment({ id: 'b', teamId: 'south', itemResults: items('fail', 'pass') })
            ],
            { period: 'quarter', now: NOW, groupBy: 'team' }
        );
        expect(rows.filter((row) => row.itemId === 'greeting').map((row) => [row.groupId, row.passRate])).toEqual([
            ['north', 1],
            ['south', 0]
        ]);
    });

    it('validates its options', () => {
        expect(() => behaviorTrend([], { period: 'month', now: NOW, groupBy: 'site' as any })).toThrow(
            'options.groupBy'
        );
        expect(() => behaviorTrend([], null as any)).toThrow(TypeError);
        expect(() =>
            behaviorTrend([assessment({ id: 'a', itemResults: [{ itemId: 'x', result: 'maybe' as any }] })], {
                period: 'month',
                now: NOW
            })
        ).toThrow('assessments[0].itemResults[0].result must be one of pass, partial, fail, na');
    });
});
