/** Validation rules of the calibration, sampling, interaction and KPI objects. */
import type { SObjectRecord } from '../../../local/formulas';
import { allowed, insert, refused, ruleCases, transitionCases, update } from '../support/cases';
import {
    OTHER_CASE_ID,
    USERS,
    award,
    by,
    calibrationSession,
    interaction,
    poolMember,
    recordId,
    samplingPlan,
    samplingRun,
    scoreSnapshot,
    scorecard
} from '../support/verityRecords';

const runner = by('manager', 'Run_Calibration');
const planner = by('manager', 'Plan_Sampling');
const admin = by('admin', 'Run_Calibration', 'Plan_Sampling', 'Manage_Assessments');
const results = {
    Agreed_Standard__c: 'Verification means two identifiers.',
    Krippendorff_Alpha__c: 0.8123,
    Mean_Absolute_Deviation__c: 3.5,
    Within_Tolerance_Rate__c: 75,
    Participant_Count__c: 4,
    Results_Computed_At__c: '2025-03-12T15:00:00.000Z'
};
const CAL = 'Calibration_Session__c';
const running = (overrides: SObjectRecord = {}): SObjectRecord =>
    calibrationSession({ Status__c: 'In Progress', ...overrides });

export const CALIBRATION_RULE_CASES = [
    ...ruleCases(CAL, 'Calibration_Status_Start', [
        refused(
            'a new session already Completed',
            insert(calibrationSession({ Status__c: 'Completed', ...results }), runner)
        ),
        allowed('a new session Scheduled', insert(calibrationSession(), runner))
    ]),
    ...transitionCases(
        CAL,
        'Calibration_Status_Transitions',
        'Status__c',
        ['Scheduled', 'In Progress', 'Completed', 'Cancelled'],
        [
            ['Scheduled', 'In Progress'],
            ['Scheduled', 'Cancelled'],
            ['In Progress', 'Completed'],
            ['In Progress', 'Cancelled']
        ],
        (status) => calibrationSession({ Status__c: status, ...results }),
        runner
    ),
    ...ruleCases(CAL, 'Calibration_Run_By_Manager', [
        refused(
            'an evaluator starting the session',
            update(calibrationSession(), { Status__c: 'In Progress' }, by('evaluator'))
        ),
        allowed('a QA manager starting it', update(calibrationSession(), { Status__c: 'In Progress' }, runner)),
        allowed(
            'an evaluator saving without a status change',
            update(calibrationSession(), { Scheduled_At__c: '2025-03-13T14:00:00.000Z' }, by('evaluator'))
        )
    ]),
    ...ruleCases(CAL, 'Calibration_Completed_Has_Results', [
        refused(
            'completed without the agreed standard',
            update(running(), { ...results, Status__c: 'Completed', Agreed_Standard__c: null }, runner)
        ),
        refused('completed without results', update(running(), { Status__c: 'Completed' }, runner)),
        allowed(
            'completed with results and the standard',
            update(running(), { ...results, Status__c: 'Completed' }, runner)
        ),
        allowed(
            'completed when alpha is undefined (no variation)',
            update(running(), { ...results, Krippendorff_Alpha__c: null, Status__c: 'Completed' }, runner)
        ),
        allowed('in progress without results', insert(calibrationSession(), runner))
    ]),
    ...ruleCases(CAL, 'Calibration_Results_In_Range', [
        refused('no tolerance', insert(calibrationSession({ Tolerance__c: null }), runner)),
        refused('alpha above 1', update(running(), { Krippendorff_Alpha__c: 1.2 }, runner)),
        refused('a negative deviation', update(running(), { Mean_Absolute_Deviation__c: -1 }, runner)),
        refused('more than 100 % within tolerance', update(running(), { Within_Tolerance_Rate__c: 101 }, runner)),
        refused('a negative participant count', update(running(), { Participant_Count__c: -2 }, runner)),
        allowed(
            'a negative alpha (systematic disagreement)',
            update(running(), { ...results, Krippendorff_Alpha__c: -0.35 }, runner)
        ),
        allowed('results in range', update(running(), results, runner)),
        allowed(
            'results on their limits',
            update(
                running(),
                {
                    Tolerance__c: 0,
                    Krippendorff_Alpha__c: 1,
                    Mean_Absolute_Deviation__c: 0,
                    Within_Tolerance_Rate__c: 100,
                    Participant_Count__c: 0
                },
                runner
            )
        ),
        allowed('nobody within tolerance', update(running(), { ...results, Within_Tolerance_Rate__c: 0 }, runner))
    ]),
    ...ruleCases(CAL, 'Calibration_Interaction_On_Case', [
        refused(
            'an interaction of another case',
            insert(
                calibrationSession({
                    Interaction__c: recordId('a0c', 2),
                    Interaction__r: interaction({ Case__c: OTHER_CASE_ID })
                }),
                runner
            )
        ),
        allowed(
            'an interaction of the case',
            insert(calibrationSession({ Interaction__c: recordId('a0c', 1), Interaction__r: interaction() }), runner)
        )
    ])
];

const PLAN = 'Sampling_Plan__c';
export const SAMPLING_RULE_CASES = [
    ...ruleCases(PLAN, 'Sampling_Quota_Fits_Type', [
        refused('a per-agent plan with a quota of 0', insert(samplingPlan({ Per_Agent_Quota__c: 0 }), planner)),
        refused(
            'a per-agent plan without a quota',
            insert(samplingPlan({ Per_Agent_Quota__c: null, Sample_Percentage__c: 10 }), planner)
        ),
        refused(
            'a percentage plan of 0 %',
            insert(samplingPlan({ Quota_Type__c: 'Percentage', Sample_Percentage__c: 0 }), planner)
        ),
        refused(
            'a percentage plan of 150 %',
            insert(samplingPlan({ Quota_Type__c: 'Percentage', Sample_Percentage__c: 150 }), planner)
        ),
        refused('no quota type', insert(samplingPlan({ Quota_Type__c: null }), planner)),
        allowed('4 per agent', insert(samplingPlan(), planner)),
        allowed(
            'a 2.5 % sample',
            insert(
                samplingPlan({ Quota_Type__c: 'Percentage', Per_Agent_Quota__c: null, Sample_Percentage__c: 2.5 }),
                planner
            )
        ),
        allowed('1 per agent', insert(samplingPlan({ Per_Agent_Quota__c: 1 }), planner)),
        allowed(
            'a 100 % sample',
            insert(samplingPlan({ Quota_Type__c: 'Percentage', Sample_Percentage__c: 100 }), planner)
        )
    ]),
    ...ruleCases(PLAN, 'Sampling_Lookback_Positive', [
        refused('a lookback of 0 days', insert(samplingPlan({ Lookback_Days__c: 0 }), planner)),
        refused('no lookback', insert(samplingPlan({ Lookback_Days__c: null }), planner)),
        allowed('a lookback of 7 days', insert(samplingPlan(), planner)),
        allowed('a lookback of 1 day', insert(samplingPlan({ Lookback_Days__c: 1 }), planner))
    ]),
    ...ruleCases(PLAN, 'Sampling_Active_Is_Ready', [
        refused('active with nobody available in the pool', update(samplingPlan(), { Pool_Size__c: 0 }, planner)),
        refused('active without a next run', insert(samplingPlan({ Next_Run_At__c: null }), planner)),
        refused('active without a cadence', insert(samplingPlan({ Cadence__c: null }), planner)),
        allowed('active and ready', insert(samplingPlan(), planner)),
        allowed(
            'inactive and empty',
            insert(samplingPlan({ Active__c: false, Pool_Size__c: 0, Next_Run_At__c: null }), planner)
        )
    ]),
    ...ruleCases(PLAN, 'Sampling_Scorecard_Active', [
        refused(
            'activating a plan for a Retired scorecard',
            update(
                samplingPlan({
                    Active__c: false,
                    Scorecard__r: scorecard({ Status__c: 'Retired', Active_Channel_Key__c: null })
                }),
                { Active__c: true },
                planner
            )
        ),
        allowed(
            'activating a plan for an Active scorecard',
            update(samplingPlan({ Active__c: false }), { Active__c: true }, planner)
        ),
        allowed(
            'the job recording a run of a plan whose scorecard was retired since',
            update(
                samplingPlan({ Scorecard__r: scorecard({ Status__c: 'Retired', Active_Channel_Key__c: null }) }),
                { Last_Run_At__c: '2025-03-10T06:00:00.000Z' },
                planner
            )
        )
    ]),
    ...ruleCases(PLAN, 'Sampling_Planned_By_Manager', [
        refused('an evaluator creating a plan', insert(samplingPlan(), by('evaluator'))),
        refused('an evaluator raising the quota', update(samplingPlan(), { Per_Agent_Quota__c: 8 }, by('evaluator'))),
        allowed('a QA manager raising the quota', update(samplingPlan(), { Per_Agent_Quota__c: 8 }, planner)),
        allowed(
            'the job (without the permission) moving the next run',
            update(samplingPlan(), { Next_Run_At__c: '2025-03-24T06:00:00.000Z' }, by('evaluator'))
        )
    ]),
    ...ruleCases('Sampling_Pool_Member__c', 'Pool_Member_Complete', [
        refused('no evaluator', insert(poolMember({ Evaluator__c: null, Member_Key__c: null }), planner)),
        refused('a negative capacity', insert(poolMember({ Capacity__c: -1 }), planner)),
        refused('no capacity', insert(poolMember({ Capacity__c: null }), planner)),
        allowed('a capacity of 0 (on leave)', insert(poolMember({ Capacity__c: 0 }), planner)),
        allowed('a capacity of 20', insert(poolMember(), planner))
    ]),
    ...ruleCases('Sampling_Pool_Member__c', 'Pool_Member_Key_Matches', [
        refused(
            'a key naming another evaluator',
            insert(poolMember({ Member_Key__c: `${recordId('a09', 1)}:${USERS.coach}` }), planner)
        ),
        allowed('plan id:evaluator id', insert(poolMember(), planner))
    ])
];

const RUN = 'Sampling_Run__c';
const completed = (overrides: SObjectRecord = {}): SObjectRecord =>
    samplingRun({
        Status__c: 'Completed',
        Finished_At__c: '2025-03-10T06:02:00.000Z',
        Candidate_Count__c: 180,
        Pick_Count__c: 24,
        ...overrides
    });
export const RUN_RULE_CASES = [
    ...ruleCases(RUN, 'Run_Status_Start', [
        refused('a new run already Completed', insert(completed(), admin)),
        allowed('a new run Running', insert(samplingRun(), admin))
    ]),
    ...transitionCases(
        RUN,
        'Run_Status_Transitions',
        'Status__c',
        ['Running', 'Completed', 'Failed'],
        [
            ['Running', 'Completed'],
            ['Running', 'Failed']
        ],
        (status) => completed({ Status__c: status }),
        admin
    ),
    ...ruleCases(RUN, 'Run_Needs_Period_And_Start', [
        refused('a period that ends before it starts', insert(samplingRun({ Period_End__c: '2025-03-02' }), admin)),
        refused('no period start', insert(samplingRun({ Period_Start__c: null }), admin)),
        refused('no start time', insert(samplingRun({ Started_At__c: null }), admin)),
        allowed('a one-day period', insert(samplingRun({ Period_End__c: '2025-03-03' }), admin)),
        allowed('a week', insert(samplingRun(), admin))
    ]),
    ...ruleCases(RUN, 'Run_Finished_Details', [
        refused(
            'completed without a finish time',
            update(samplingRun(), { Status__c: 'Completed', Candidate_Count__c: 180, Pick_Count__c: 24 }, admin)
        ),
        refused(
            'finished before it started',
            update(samplingRun(), { Status__c: 'Failed', Finished_At__c: '2025-03-10T05:00:00.000Z' }, admin)
        ),
        allowed(
            'failed with a finish time',
            update(samplingRun(), { Status__c: 'Failed', Finished_At__c: '2025-03-10T06:00:30.000Z' }, admin)
        ),
        allowed(
            'finished the moment it started',
            update(samplingRun(), { Status__c: 'Failed', Finished_At__c: '2025-03-10T06:00:00.000Z' }, admin)
        ),
        allowed('running without one', insert(samplingRun(), admin))
    ]),
    ...ruleCases(RUN, 'Run_Completed_Counts', [
        refused(
            'completed without its counts',
            update(samplingRun(), { Status__c: 'Completed', Finished_At__c: '2025-03-10T06:02:00.000Z' }, admin)
        ),
        refused(
            'completed without its seed',
            update(
                samplingRun({ Seed__c: null }),
                {
                    Status__c: 'Completed',
                    Finished_At__c: '2025-03-10T06:02:00.000Z',
                    Candidate_Count__c: 10,
                    Pick_Count__c: 2
                },
                admin
            )
        ),
        refused(
            'more picks than candidates',
            update(samplingRun(), { Candidate_Count__c: 10, Pick_Count__c: 11 }, admin)
        ),
        refused('a negative candidate count', update(samplingRun(), { Candidate_Count__c: -1 }, admin)),
        allowed(
            '24 picks of 180 candidates',
            update(
                samplingRun(),
                {
                    Status__c: 'Completed',
                    Finished_At__c: '2025-03-10T06:02:00.000Z',
                    Candidate_Count__c: 180,
                    Pick_Count__c: 24
                },
                admin
            )
        ),
        allowed('every candidate picked', update(samplingRun(), { Candidate_Count__c: 5, Pick_Count__c: 5 }, admin)),
        allowed('no candidates, no picks', update(samplingRun(), { Candidate_Count__c: 0, Pick_Count__c: 0 }, admin)),
        allowed(
            'a failed run without counts',
            update(samplingRun(), { Status__c: 'Failed', Finished_At__c: '2025-03-10T06:00:30.000Z' }, admin)
        )
    ]),
    ...ruleCases(RUN, 'Run_Audit_Locked', [
        refused('changing the seed of a completed run', update(completed(), { Seed__c: 42 }, admin)),
        refused(
            'changing the picks count of a failed run',
            update(completed({ Status__c: 'Failed' }), { Pick_Count__c: 3 }, admin)
        ),
        allowed('recording the counts while running', update(samplingRun(), { Candidate_Count__c: 180 }, admin)),
        allowed('adding to the log of a completed run', update(completed(), { Log__c: 'Checked by QA.' }, admin))
    ])
];

const INT = 'Interaction__c';
export const INTERACTION_RULE_CASES = [
    ...ruleCases(INT, 'Interaction_CSAT_Range', [
        refused('CSAT 0', insert(interaction({ CSAT__c: 0 }), admin)),
        refused('CSAT 6', insert(interaction({ CSAT__c: 6 }), admin)),
        allowed('CSAT 5', insert(interaction({ CSAT__c: 5 }), admin)),
        allowed('CSAT 1', insert(interaction({ CSAT__c: 1 }), admin)),
        allowed('no CSAT', insert(interaction({ CSAT__c: null }), admin))
    ]),
    ...ruleCases(INT, 'Interaction_Measures_Not_Negative', [
        refused('negative handle time', insert(interaction({ Handle_Time_Seconds__c: -3 }), admin)),
        refused('a negative upsell', insert(interaction({ Upsell_Amount__c: -10 }), admin)),
        allowed(
            'zero handle time and upsell',
            insert(interaction({ Handle_Time_Seconds__c: 0, Upsell_Amount__c: 0 }), admin)
        ),
        allowed('blank measures', insert(interaction({ Handle_Time_Seconds__c: null, Upsell_Amount__c: null }), admin))
    ]),
    ...ruleCases(INT, 'Interaction_Sentiment_Range', [
        refused('sentiment below −1', insert(interaction({ Sentiment_Score__c: -1.2 }), admin)),
        refused('sentiment above 1', insert(interaction({ Sentiment_Score__c: 1.001 }), admin)),
        allowed('sentiment −1', insert(interaction({ Sentiment_Score__c: -1 }), admin)),
        allowed('sentiment 1', insert(interaction({ Sentiment_Score__c: 1 }), admin)),
        allowed('no sentiment yet', insert(interaction({ Sentiment_Score__c: null }), admin))
    ]),
    ...ruleCases(INT, 'Interaction_Flag_Needs_Reason', [
        refused('flagged without a reason', insert(interaction({ AI_Flagged__c: true }), admin)),
        allowed(
            'flagged with a reason',
            insert(interaction({ AI_Flagged__c: true, AI_Flag_Reason__c: 'Escalation language' }), admin)
        ),
        allowed('not flagged', insert(interaction(), admin))
    ])
];

const SNAP = 'Score_Snapshot__c';
const RATES = [
    'Average_Score__c',
    'Pass_Rate__c',
    'Compliance_Rate__c',
    'FCR_Rate__c',
    'Coaching_Completion_Rate__c',
    'Score_Interval_Low__c',
    'Score_Interval_High__c'
];
export const KPI_RULE_CASES = [
    ...ruleCases(SNAP, 'Snapshot_Scope_Subject', [
        refused('an agent snapshot without the agent', insert(scoreSnapshot({ Agent__c: null }), admin)),
        refused(
            'a team snapshot without the team',
            insert(scoreSnapshot({ Scope__c: 'Team', Agent__c: null, Team__c: null }), admin)
        ),
        refused('no scope', insert(scoreSnapshot({ Scope__c: null }), admin)),
        allowed('a team snapshot', insert(scoreSnapshot({ Scope__c: 'Team', Agent__c: null }), admin)),
        allowed('an agent snapshot', insert(scoreSnapshot(), admin))
    ]),
    ...ruleCases(SNAP, 'Snapshot_Period_Ordered', [
        refused('an end before the start', insert(scoreSnapshot({ Period_End__c: '2025-01-31' }), admin)),
        refused('no end', insert(scoreSnapshot({ Period_End__c: null }), admin)),
        allowed('February', insert(scoreSnapshot(), admin)),
        allowed('a one-day period', insert(scoreSnapshot({ Period_End__c: '2025-02-01' }), admin))
    ]),
    ...ruleCases(SNAP, 'Snapshot_Rates_In_Range', [
        ...RATES.flatMap((rate) => [
            refused(
                `${rate} above 100 %`,
                insert(
                    scoreSnapshot({ Score_Interval_Low__c: null, Score_Interval_High__c: null, [rate]: 100.01 }),
                    admin
                )
            ),
            refused(
                `${rate} below 0 %`,
                insert(
                    scoreSnapshot({ Score_Interval_Low__c: null, Score_Interval_High__c: null, [rate]: -0.01 }),
                    admin
                )
            )
        ]),
        refused('CSAT 0.5', insert(scoreSnapshot({ CSAT_Average__c: 0.5 }), admin)),
        refused('CSAT 5.01', insert(scoreSnapshot({ CSAT_Average__c: 5.01 }), admin)),
        refused('rank 0', insert(scoreSnapshot({ Rank__c: 0 }), admin)),
        refused('a negative assessment count', insert(scoreSnapshot({ Assessment_Count__c: -1 }), admin)),
        refused('a negative handle time', insert(scoreSnapshot({ AHT_Seconds__c: -5 }), admin)),
        allowed('every rate in range', insert(scoreSnapshot(), admin)),
        allowed(
            'every rate at 0 %, CSAT 1, rank 1, nothing counted',
            insert(
                scoreSnapshot({
                    ...Object.fromEntries(RATES.map((rate) => [rate, 0])),
                    CSAT_Average__c: 1,
                    Rank__c: 1,
                    Assessment_Count__c: 0,
                    AHT_Seconds__c: 0
                }),
                admin
            )
        ),
        allowed(
            'every rate at 100 %, CSAT 5',
            insert(
                scoreSnapshot({ ...Object.fromEntries(RATES.map((rate) => [rate, 100])), CSAT_Average__c: 5 }),
                admin
            )
        ),
        allowed(
            'a team snapshot without rank or CSAT',
            insert(scoreSnapshot({ Scope__c: 'Team', Agent__c: null, Rank__c: null, CSAT_Average__c: null }), admin)
        )
    ]),
    ...ruleCases(SNAP, 'Snapshot_Interval_Holds_Average', [
        refused('an interval above the average', insert(scoreSnapshot({ Score_Interval_Low__c: 85 }), admin)),
        refused('an interval below the average', insert(scoreSnapshot({ Score_Interval_High__c: 84 }), admin)),
        allowed('an interval around the average', insert(scoreSnapshot(), admin)),
        allowed(
            'no interval (too few assessments)',
            insert(scoreSnapshot({ Score_Interval_Low__c: null, Score_Interval_High__c: null }), admin)
        ),
        allowed(
            'an interval of one point (every score equal)',
            insert(scoreSnapshot({ Score_Interval_Low__c: 84.5, Score_Interval_High__c: 84.5 }), admin)
        )
    ]),
    ...ruleCases('Award__c', 'Award_Complete', [
        refused('no agent', insert(award({ Agent__c: null }), admin)),
        refused('no award type', insert(award({ Award_Type__c: null }), admin)),
        refused('a period ending before it starts', insert(award({ Period_End__c: '2024-12-31' }), admin)),
        allowed('a quality champion for the first quarter', insert(award(), admin)),
        allowed('a one-day period', insert(award({ Period_End__c: '2025-01-01' }), admin))
    ]),
    ...ruleCases('Award__c', 'Award_Rank_And_Value', [
        refused('rank 0', insert(award({ Rank__c: 0 }), admin)),
        refused('a negative value', insert(award({ Value__c: -1 }), admin)),
        allowed('rank 1 worth 250', insert(award(), admin)),
        allowed('no rank or value', insert(award({ Rank__c: null, Value__c: null }), admin)),
        allowed('a value of 0', insert(award({ Value__c: 0 }), admin))
    ])
];
