/**
 * The security suite (issue 5): every persona against every object and operation of the README's
 * access matrix, record visibility (ownership, the agent's sharing flow, View All), field-level
 * security and sessions, on the real engine over the real package metadata, through jsforce
 * 3.10.16 over HTTP. The matrix is read from the README table itself, so they cannot drift apart.
 *
 * Refusals are those the REST API documents (REST API Developer Guide, "Status Codes and Error
 * Responses"; SOAP API Developer Guide, "StatusCode"): an object the user cannot read does not
 * exist for them (NOT_FOUND on /sobjects, INVALID_TYPE in SOQL), an object they read but may not
 * change answers INSUFFICIENT_ACCESS_OR_READONLY, a field they cannot read is INVALID_FIELD.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsforce, { type Connection } from 'jsforce';
import { openLocalOrg } from '../../org/openLocalOrg';
import type { OrgData } from '../../org/orgData';
import { startLocalOrgServer, type LocalOrgServer } from '../localOrgServer';

jest.setTimeout(60_000);

const REPO = path.join(__dirname, '..', '..', '..');
const PACKAGE_SOURCE = path.join(REPO, 'force-app', 'main', 'default');
/** The org's clock: assessments submitted two days earlier are inside the 7-day dispute window. */
const NOW = new Date('2025-03-10T12:00:00.000Z');
const SUBMITTED_AT = '2025-03-08T12:00:00.000Z';

type Persona = 'admin' | 'evaluator' | 'agent' | 'qaManager' | 'qaAdmin';
type Operation = 'create' | 'read' | 'edit' | 'delete';
const OPERATIONS: Operation[] = ['create', 'read', 'edit', 'delete'];

interface MatrixRow {
    label: string;
    object: string;
    rights: Record<
        string,
        { create: boolean; read: boolean; edit: boolean; delete: boolean; viewAll: boolean; modifyAll: boolean }
    >;
}

/** The README's column headings, in the personas' words, as the org's persona names. */
const PERSONA_OF_COLUMN: Record<string, Persona> = {
    Evaluator: 'evaluator',
    Agent: 'agent',
    'QA Manager': 'qaManager',
    'QA Admin': 'qaAdmin'
};

function cells(line: string): string[] {
    return line
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((cell) => cell.trim());
}

/** The object whose label the README names (`Disputed Answer` is Dispute_Item__c). */
function objectsByLabel(): Map<string, string> {
    const byLabel = new Map<string, string>();
    for (const name of fs.readdirSync(path.join(PACKAGE_SOURCE, 'objects'))) {
        const file = path.join(PACKAGE_SOURCE, 'objects', name, `${name}.object-meta.xml`);
        // A standard object the package only adds fields to (Case) has no object file of its own.
        if (!fs.existsSync(file)) {
            continue;
        }
        const label = /<label>([^<]*)<\/label>/.exec(fs.readFileSync(file, 'utf8'))?.[1];
        if (label) {
            byLabel.set(label, name);
        }
    }
    return byLabel;
}

/** The "Access matrix (persona × object)" table of the README, parsed. */
function readAccessMatrix(): { personas: Persona[]; rows: MatrixRow[] } {
    const lines = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8').split('\n');
    const heading = lines.findIndex((line) => /^#+\s+Access matrix \(persona × object\)/.test(line));
    if (heading < 0) {
        throw new Error('The README has no "Access matrix (persona × object)" section.');
    }
    const start = lines.findIndex((line, index) => index > heading && line.trim().startsWith('|'));
    const table: string[] = [];
    for (let index = start; index < lines.length && lines[index].trim().startsWith('|'); index += 1) {
        table.push(lines[index]);
    }
    const header = cells(table[0]);
    const personas = header.slice(1).map((column) => {
        const persona = PERSONA_OF_COLUMN[column];
        if (!persona) {
            throw new Error(`The access matrix names a persona the org does not have: ${column}.`);
        }
        return persona;
    });
    const labels = objectsByLabel();
    const rows = table.slice(2).map((line): MatrixRow => {
        const [label, ...grants] = cells(line);
        const object = labels.get(label);
        if (!object) {
            throw new Error(`The access matrix names an object the package does not have: ${label}.`);
        }
        const rights: MatrixRow['rights'] = {};
        grants.forEach((grant, index) => {
            const words = grant.split(/\s+/).filter((word) => word !== '–' && word !== '-' && word !== '');
            const letters = words.find((word) => /^[CRED]+$/.test(word)) ?? '';
            const unknown = words.filter((word) => !/^[CRED]+$/.test(word) && word !== 'VA' && word !== 'MA');
            if (unknown.length > 0) {
                throw new Error(`The access matrix has an unknown right for ${label}: ${unknown.join(' ')}.`);
            }
            rights[personas[index]] = {
                create: letters.includes('C'),
                read: letters.includes('R'),
                edit: letters.includes('E'),
                delete: letters.includes('D'),
                viewAll: words.includes('VA'),
                modifyAll: words.includes('MA')
            };
        });
        return { label, object, rights };
    });
    return { personas, rows };
}

const MATRIX = readAccessMatrix();

// ----- the org, its server and one jsforce connection per persona ---------------------------

let org: OrgData;
let server: LocalOrgServer;
const conn = {} as Record<Persona, Connection>;
const userId = {} as Record<Persona, string>;

function connect(accessToken: string): Connection {
    return new jsforce.Connection({ instanceUrl: server.instanceUrl, accessToken, version: '65.0' });
}

async function create(as: Persona, type: string, values: Record<string, unknown>): Promise<string> {
    const result = await conn[as].sobject(type).create(values);
    if (!result.success || !result.id) {
        throw new Error(`${as} could not create ${type}: ${JSON.stringify(result)}`);
    }
    return result.id;
}

async function update(as: Persona, type: string, values: Record<string, unknown>): Promise<void> {
    const result = await conn[as].sobject(type).update(values as { Id: string });
    if (!result.success) {
        throw new Error(`${as} could not update ${type}: ${JSON.stringify(result)}`);
    }
}

/** What each case needs: ids of the seeded records, by role. */
const seeded: Record<string, string> = {};
let serial = 0;
const next = (): number => (serial += 1);

/** An assessment of the agent's work on the active scorecard, assigned to (and owned by) `evaluator`. */
async function newAssessment(
    as: Persona,
    evaluator: Persona,
    overrides: Record<string, unknown> = {}
): Promise<string> {
    return create(as, 'Assessment__c', {
        OwnerId: userId[evaluator],
        Evaluator__c: userId[evaluator],
        Agent__c: userId.agent,
        Case__c: seeded.case,
        Scorecard__c: seeded.activeScorecard,
        Type__c: 'Standard',
        Status__c: 'In Progress',
        Due_Date__c: '2025-03-14',
        ...overrides
    });
}

/** The scorecard's one item answered by `as` (the evaluator or a QA manager). */
async function answer(as: Persona, assessmentId: string, answerValue: string): Promise<string> {
    return create(as, 'Assessment_Response__c', {
        Assessment__c: assessmentId,
        Scorecard_Item__c: seeded.activeItem,
        Response_Key__c: `${assessmentId}:${seeded.activeItem}`,
        Answer__c: answerValue,
        Item_Points__c: 10,
        Answer_Scale__c: 'YesNo',
        Hard_Fail__c: false,
        Coaching_Only__c: false,
        NA_Allowed__c: false
    });
}

/** A submitted assessment, answered No, evaluated by `evaluator` about `agent`. */
async function submittedAssessment(
    evaluator: Persona,
    overrides: Record<string, unknown> = {}
): Promise<{ assessment: string; response: string }> {
    const assessment = await newAssessment('admin', evaluator, overrides);
    const response = await answer(evaluator, assessment, 'No');
    await update(evaluator, 'Assessment__c', { Id: assessment, Status__c: 'Submitted', Submitted_At__c: SUBMITTED_AT });
    return { assessment, response };
}

/** An Open dispute raised by the assessment's agent (the only one who may raise it). */
async function openDispute(agent: Persona, assessment: string): Promise<string> {
    return create(agent, 'Dispute__c', {
        // The agent writes only the status and summary; level and arbitrator are the arbitrators' to set.
        Assessment__c: assessment,
        Status__c: 'Open',
        Summary__c: 'The answer does not match the call.'
    });
}

async function disputedAnswer(agent: Persona, dispute: string, response: string): Promise<string> {
    return create(agent, 'Dispute_Item__c', {
        Dispute__c: dispute,
        Assessment_Response__c: response,
        Item_Key__c: `${dispute}:${response}`,
        Original_Answer__c: 'No',
        Proposed_Answer__c: 'Yes',
        Reason__c: 'I verified the caller at 00:45.'
    });
}

async function coachingTask(as: Persona, assessment: string, coach: Persona): Promise<string> {
    return create(as, 'Coaching_Task__c', {
        Assessment__c: assessment,
        Agent__c: userId.agent,
        Coach__c: userId[coach],
        Behavior__c: 'Verification',
        Due_Date__c: '2025-03-20'
        // Status__c: Open by default; an evaluator may not write it.
    });
}

async function samplingPlan(as: Persona): Promise<string> {
    return create(as, 'Sampling_Plan__c', {
        Name: `Weekly phone sample ${next()}`,
        Scorecard__c: seeded.activeScorecard,
        Active__c: false,
        Cadence__c: 'Weekly',
        Quota_Type__c: 'Per Agent',
        Per_Agent_Quota__c: 4,
        Lookback_Days__c: 7,
        Next_Run_At__c: '2025-03-17T06:00:00.000Z'
    });
}

async function poolMember(as: Persona, plan: string, evaluator: Persona): Promise<string> {
    return create(as, 'Sampling_Pool_Member__c', {
        Sampling_Plan__c: plan,
        Evaluator__c: userId[evaluator],
        Capacity__c: 20,
        Available__c: true,
        Member_Key__c: `${plan}:${userId[evaluator]}`
    });
}

async function samplingRun(as: Persona, plan: string): Promise<string> {
    const day = String(next()).padStart(2, '0');
    return create(as, 'Sampling_Run__c', {
        Sampling_Plan__c: plan,
        Run_Key__c: `${plan}:2025-01-${day}`,
        Period_Start__c: '2025-03-03',
        Period_End__c: '2025-03-09',
        Seed__c: 20250303,
        Status__c: 'Running',
        Started_At__c: '2025-03-10T06:00:00.000Z'
    });
}

/**
 * For each object: how a persona allowed to create one does it, a record the persona may change
 * and the valid change, and a record each persona should see (for read and refused operations).
 */
interface ObjectCases {
    create(as: Persona): Promise<string>;
    /** A record `as` may edit, and a change that passes the package's rules. */
    editable(as: Persona): Promise<{ id: string; change: Record<string, unknown> }>;
    /** A record `as` can see (or, for an object they cannot read, any record). */
    visible(as: Persona): string;
    /** A record the QA Admin may delete. */
    deletable(): Promise<string>;
}

const CASES: Record<string, ObjectCases> = {
    Scorecard__c: {
        create: (as) =>
            create(as, 'Scorecard__c', {
                Name: `Email quality ${next()}`,
                Channel__c: 'Email',
                Status__c: 'Draft',
                Version__c: 1,
                Pass_Threshold__c: 80,
                Auto_Fail_Threshold__c: 75,
                Bonus_Threshold__c: 70
            }),
        editable: async () => ({ id: seeded.draftScorecard, change: { Description__c: `Edited ${next()}` } }),
        visible: () => seeded.activeScorecard,
        deletable: () => CASES.Scorecard__c.create('qaAdmin')
    },
    Scorecard_Item__c: {
        create: (as) =>
            create(as, 'Scorecard_Item__c', {
                Name: `Greeted the customer ${next()}`,
                Scorecard__c: seeded.draftScorecard,
                Section__c: 'Conversation',
                Order__c: next(),
                Question__c: 'Did the agent greet the customer by name?',
                Points__c: 5,
                Answer_Scale__c: 'YesNo',
                NA_Allowed__c: false,
                Hard_Fail__c: false,
                Coaching_Only__c: false
            }),
        editable: async () => ({ id: seeded.draftItem, change: { Question__c: `Edited question ${next()}` } }),
        visible: () => seeded.activeItem,
        deletable: () => CASES.Scorecard_Item__c.create('qaAdmin')
    },
    Assessment__c: {
        create: (as) => newAssessment(as, as),
        // Each may edit an assessment assigned to them (QA managers reach others' through a role
        // hierarchy the local org does not have; the QA Admin through Modify All).
        editable: async (as) => ({
            id: as === 'qaAdmin' ? seeded.inProgress : await newAssessment('admin', as),
            change: { Overall_Comment__c: `Edited ${next()}` }
        }),
        visible: () => seeded.disputed,
        deletable: () => newAssessment('admin', 'evaluator')
    },
    Assessment_Response__c: {
        create: async (as) => answer(as, await newAssessment('admin', as === 'qaAdmin' ? 'evaluator' : as), 'Yes'),
        editable: async (as) => {
            const assessment = await newAssessment('admin', as === 'qaAdmin' ? 'evaluator' : as);
            return { id: await answer('qaAdmin', assessment, 'Yes'), change: { Comment__c: `Edited ${next()}` } };
        },
        visible: () => seeded.disputedResponse,
        deletable: async () => answer('qaAdmin', await newAssessment('admin', 'evaluator'), 'Yes')
    },
    Dispute__c: {
        // Only the assessment's agent raises a dispute: the QA Admin raises one about their own work.
        create: async (as) =>
            openDispute(as, (await submittedAssessment('evaluator', { Agent__c: userId[as] })).assessment),
        editable: async (as) => {
            const { assessment } = await submittedAssessment('evaluator');
            return { id: await openDispute('agent', assessment), change: { Summary__c: `Edited by ${as}` } };
        },
        visible: () => seeded.dispute,
        deletable: async () => openDispute('agent', (await submittedAssessment('evaluator')).assessment)
    },
    Dispute_Item__c: {
        create: async (as) => {
            const { assessment, response } = await submittedAssessment('evaluator', { Agent__c: userId[as] });
            return disputedAnswer(as, await openDispute(as, assessment), response);
        },
        editable: async (as) => {
            const { assessment, response } = await submittedAssessment('evaluator');
            const item = await disputedAnswer('agent', await openDispute('agent', assessment), response);
            return { id: item, change: { Reason__c: `Edited by ${as}` } };
        },
        visible: () => seeded.disputeItem,
        deletable: async () => {
            const { assessment, response } = await submittedAssessment('evaluator');
            return disputedAnswer('agent', await openDispute('agent', assessment), response);
        }
    },
    Coaching_Task__c: {
        create: async (as) =>
            coachingTask(as, as === 'evaluator' ? seeded.submittedForCoaching : seeded.submittedByManager, as),
        editable: async (as) => {
            if (as === 'agent') {
                const task = await coachingTask('evaluator', seeded.submittedForCoaching, 'evaluator');
                return { id: task, change: { Status__c: 'Acknowledged', Acknowledged_At__c: NOW.toISOString() } };
            }
            const parent = as === 'qaManager' ? seeded.submittedByManager : seeded.submittedForCoaching;
            const task = await coachingTask(
                as === 'qaAdmin' ? 'evaluator' : as,
                parent,
                as === 'qaAdmin' ? 'evaluator' : as
            );
            return { id: task, change: { Observed__c: `Edited by ${as}` } };
        },
        visible: () => seeded.coachingTask,
        deletable: () => coachingTask('evaluator', seeded.submittedForCoaching, 'evaluator')
    },
    Calibration_Session__c: {
        create: (as) =>
            create(as, 'Calibration_Session__c', {
                Name: `March calibration ${next()}`,
                Case__c: seeded.case,
                Scorecard__c: seeded.activeScorecard,
                Facilitator__c: userId.qaManager,
                Calibrator__c: userId.qaAdmin,
                Scheduled_At__c: '2025-03-12T14:00:00.000Z',
                Status__c: 'Scheduled',
                Tolerance__c: 5,
                Blind__c: true
            }),
        editable: async () => ({
            id: seeded.calibrationSession,
            change: { Scheduled_At__c: '2025-03-13T14:00:00.000Z' }
        }),
        visible: () => seeded.calibrationSession,
        deletable: () => CASES.Calibration_Session__c.create('admin')
    },
    Sampling_Plan__c: {
        create: (as) => samplingPlan(as),
        editable: async () => ({ id: seeded.samplingPlan, change: { Next_Run_At__c: '2025-03-24T06:00:00.000Z' } }),
        visible: () => seeded.samplingPlan,
        deletable: () => samplingPlan('qaAdmin')
    },
    Sampling_Pool_Member__c: {
        create: async (as) => poolMember(as, await samplingPlan('qaAdmin'), 'evaluator'),
        editable: async () => ({ id: seeded.poolMember, change: { Capacity__c: 10 + next() } }),
        visible: () => seeded.poolMember,
        deletable: async () => poolMember('qaAdmin', await samplingPlan('qaAdmin'), 'evaluator')
    },
    Sampling_Run__c: {
        create: (as) => samplingRun(as, seeded.samplingPlan),
        // Runs are Public Read Only: each edits the runs it started.
        editable: async (as) => ({
            id: await samplingRun(as === 'qaAdmin' ? 'admin' : as, seeded.samplingPlan),
            change: { Candidate_Count__c: 40 }
        }),
        visible: () => seeded.samplingRun,
        deletable: () => samplingRun('admin', seeded.samplingPlan)
    },
    Interaction__c: {
        create: (as) =>
            create(as, 'Interaction__c', {
                Name: `Call ${next()}`,
                Case__c: seeded.case,
                Agent__c: userId.agent,
                Channel__c: 'Phone',
                Started_At__c: '2025-03-03T09:30:00.000Z',
                Handle_Time_Seconds__c: 420,
                CSAT__c: 4
            }),
        editable: async () => ({ id: seeded.interaction, change: { CSAT__c: 5 } }),
        visible: () => seeded.interaction,
        deletable: () => CASES.Interaction__c.create('admin')
    },
    Score_Snapshot__c: {
        create: (as) =>
            create(as, 'Score_Snapshot__c', {
                Scope__c: 'Agent',
                Agent__c: userId.agent,
                Period_Type__c: 'Month',
                Period_Start__c: '2025-02-01',
                Period_End__c: '2025-02-28',
                // Optional measures left blank: Snapshot_Rates_In_Range guards each with ISBLANK.
                Rank__c: next()
            }),
        editable: async () => ({ id: seeded.scoreSnapshot, change: { Rank__c: 2 } }),
        visible: () => seeded.scoreSnapshot,
        deletable: () => CASES.Score_Snapshot__c.create('admin')
    },
    Award__c: {
        create: (as) =>
            create(as, 'Award__c', {
                Agent__c: userId.agent,
                Award_Type__c: 'Quality Champion',
                Period_Start__c: '2025-01-01',
                Period_End__c: '2025-03-31',
                Rank__c: next(),
                Value__c: 250
            }),
        editable: async () => ({ id: seeded.award, change: { Value__c: 300 } }),
        visible: () => seeded.award,
        deletable: () => CASES.Award__c.create('admin')
    }
};

/** The records the cases share, seeded as the admin (and, where a rule names who, as that persona). */
async function seed(): Promise<void> {
    seeded.case = await create('admin', 'Case', { Subject: 'Billing question', Status: 'New', Origin: 'Phone' });
    seeded.interaction = await CASES.Interaction__c.create('admin');
    // Activating a scorecard needs Build_Scorecards, which only the QA Admin holds.
    seeded.activeScorecard = await create('admin', 'Scorecard__c', {
        Name: 'Phone quality v1',
        Channel__c: 'Phone',
        Status__c: 'Draft',
        Version__c: 1,
        Pass_Threshold__c: 80,
        Auto_Fail_Threshold__c: 75,
        Bonus_Threshold__c: 70
    });
    seeded.activeItem = await create('admin', 'Scorecard_Item__c', {
        Name: 'Verified the caller',
        Scorecard__c: seeded.activeScorecard,
        Section__c: 'Compliance',
        Order__c: 1,
        Question__c: 'Did the agent verify the caller before discussing the account?',
        Points__c: 10,
        Answer_Scale__c: 'YesNo',
        NA_Allowed__c: false,
        Hard_Fail__c: false,
        Coaching_Only__c: false
    });
    await update('qaAdmin', 'Scorecard__c', {
        Id: seeded.activeScorecard,
        Status__c: 'Active',
        Activated_At__c: '2025-01-01T09:00:00.000Z',
        Active_Channel_Key__c: 'Phone|'
    });
    seeded.draftScorecard = await CASES.Scorecard__c.create('admin');
    seeded.draftItem = await CASES.Scorecard_Item__c.create('admin');

    seeded.inProgress = await newAssessment('admin', 'evaluator');
    seeded.othersInProgress = await newAssessment('admin', 'qaAdmin');
    const submitted = await submittedAssessment('evaluator');
    seeded.submitted = submitted.assessment;
    seeded.submittedForCoaching = (await submittedAssessment('evaluator')).assessment;
    seeded.submittedByManager = (await submittedAssessment('qaManager')).assessment;
    seeded.othersSubmitted = (await submittedAssessment('qaAdmin')).assessment;
    const disputed = await submittedAssessment('evaluator');
    seeded.disputed = disputed.assessment;
    seeded.disputedResponse = disputed.response;
    seeded.dispute = await openDispute('agent', disputed.assessment);
    seeded.disputeItem = await disputedAnswer('agent', seeded.dispute, disputed.response);
    await update('evaluator', 'Assessment__c', { Id: disputed.assessment, Status__c: 'Disputed' });
    seeded.coachingTask = await coachingTask('evaluator', disputed.assessment, 'evaluator');
    seeded.final = (await submittedAssessment('evaluator')).assessment;
    await update('evaluator', 'Assessment__c', { Id: seeded.final, Status__c: 'Final' });

    seeded.calibrationSession = await CASES.Calibration_Session__c.create('admin');
    seeded.calibration = (
        await submittedAssessment('evaluator', {
            Type__c: 'Calibration',
            Calibration_Session__c: seeded.calibrationSession
        })
    ).assessment;

    // Planning sampling needs Plan_Sampling (QA managers and the QA Admin).
    seeded.samplingPlan = await samplingPlan('qaAdmin');
    seeded.poolMember = await poolMember('qaAdmin', seeded.samplingPlan, 'evaluator');
    seeded.samplingRun = await samplingRun('admin', seeded.samplingPlan);
    seeded.scoreSnapshot = await CASES.Score_Snapshot__c.create('admin');
    seeded.award = await CASES.Award__c.create('admin');
}

beforeAll(async () => {
    const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verity-security-')), 'org.db');
    org = openLocalOrg({ dbPath, sourceDir: PACKAGE_SOURCE, clock: () => NOW });
    server = await startLocalOrgServer({ org, port: 0 });
    for (const user of org.users()) {
        conn[user.persona as Persona] = connect(user.accessToken);
        userId[user.persona as Persona] = user.id;
    }
    await seed();
});

afterAll(async () => {
    await server?.close();
    org?.close();
});

/** The refusal a call ends in (jsforce raises the API's error with its errorCode). */
async function refusal(call: () => PromiseLike<unknown>): Promise<{ errorCode?: string; message?: string }> {
    try {
        await call();
    } catch (error) {
        return error as { errorCode?: string; message?: string };
    }
    throw new Error('The call was allowed.');
}

/** A save result that failed, as jsforce's single-record calls report it, raised as an error. */
function unwrap<T extends { success: boolean }>(result: T): T {
    if (!result.success) {
        const errors = (result as unknown as { errors: { statusCode?: string; errorCode?: string; message: string }[] })
            .errors;
        throw Object.assign(new Error(errors[0]?.message), {
            errorCode: errors[0]?.statusCode ?? errors[0]?.errorCode
        });
    }
    return result;
}

const adminSees = async (type: string, id: string): Promise<boolean> => {
    const result = await conn.admin.query(`SELECT Id FROM ${type} WHERE Id = '${id}'`);
    return result.totalSize === 1;
};

// ----- the matrix -----------------------------------------------------------------------------

const matrixCases = MATRIX.rows.flatMap((row) =>
    MATRIX.personas.flatMap((persona) =>
        OPERATIONS.map((operation) => ({
            label: row.label,
            object: row.object,
            persona,
            operation,
            allowed: row.rights[persona][operation],
            readable: row.rights[persona].read,
            verdict: row.rights[persona][operation] ? 'allowed' : 'refused'
        }))
    )
);

describe('the README access matrix', () => {
    it('names every custom object of the package and the four permission-set personas', () => {
        const objects = [...objectsByLabel().values()].filter((name) => name.endsWith('__c')).sort();
        expect(MATRIX.rows.map((row) => row.object).sort()).toEqual(objects);
        expect(MATRIX.personas).toEqual(['evaluator', 'agent', 'qaManager', 'qaAdmin']);
        expect(Object.keys(CASES).sort()).toEqual(objects);
    });
});

interface MatrixCase {
    object: string;
    persona: Persona;
    /** The code a refusal carries: an object the persona reads but may not change, or one it cannot see. */
    refusedCode: string;
}

/** Instants for date/times (the API writes `…+0000`), values as they are otherwise. */
const comparable = (value: unknown): unknown =>
    typeof value === 'string' && /T\d\d:\d\d/.test(value) ? Date.parse(value) : value;

/** What a case observed and what the matrix says it should have observed. */
interface Observation {
    actual: unknown;
    expected: unknown;
}

/** What each operation observes when the matrix allows it and when it does not. */
const CHECKS: Record<
    Operation,
    { allowed(c: MatrixCase): Promise<Observation>; refused(c: MatrixCase): Promise<Observation> }
> = {
    read: {
        async allowed({ object, persona }) {
            const id = CASES[object].visible(persona);
            const record = await conn[persona].sobject(object).retrieve(id);
            const result = await conn[persona].query(`SELECT Id FROM ${object} WHERE Id = '${id}'`);
            return {
                actual: { retrieved: record.Id, queried: result.records.map((found) => found.Id) },
                expected: { retrieved: id, queried: [id] }
            };
        },
        async refused({ object, persona }) {
            const id = CASES[object].visible(persona);
            const retrieve = await refusal(() => conn[persona].sobject(object).retrieve(id));
            const query = await refusal(() => conn[persona].query(`SELECT Id FROM ${object}`));
            return {
                actual: { retrieve: retrieve.errorCode, query: query.errorCode },
                expected: { retrieve: 'NOT_FOUND', query: 'INVALID_TYPE' }
            };
        }
    },
    create: {
        async allowed({ object, persona }) {
            const id = await CASES[object].create(persona);
            return { actual: await adminSees(object, id), expected: true };
        },
        async refused({ object, persona, refusedCode }) {
            // Object permissions are checked before anything in the values.
            const error = await refusal(async () => unwrap(await conn[persona].sobject(object).create({})));
            return { actual: error.errorCode, expected: refusedCode };
        }
    },
    edit: {
        async allowed({ object, persona }) {
            const { id, change } = await CASES[object].editable(persona);
            unwrap(await conn[persona].sobject(object).update({ Id: id, ...change }));
            const after = await conn.admin.sobject(object).retrieve(id);
            const fields = Object.keys(change);
            return {
                actual: fields.map((field) => comparable(after[field])),
                expected: fields.map((field) => comparable(change[field]))
            };
        },
        async refused({ object, persona, refusedCode }) {
            const id = CASES[object].visible(persona);
            const error = await refusal(async () => unwrap(await conn[persona].sobject(object).update({ Id: id })));
            return { actual: error.errorCode, expected: refusedCode };
        }
    },
    delete: {
        async allowed({ object, persona }) {
            const id = await CASES[object].deletable();
            unwrap(await conn[persona].sobject(object).destroy(id));
            return { actual: await adminSees(object, id), expected: false };
        },
        async refused({ object, persona, refusedCode }) {
            const id = CASES[object].visible(persona);
            const error = await refusal(async () => unwrap(await conn[persona].sobject(object).destroy(id)));
            return {
                actual: { error: error.errorCode, stillThere: await adminSees(object, id) },
                expected: { error: refusedCode, stillThere: true }
            };
        }
    }
};

describe.each(matrixCases)(
    '$persona $operation $label: $verdict',
    ({ object, persona, operation, allowed, readable }) => {
        const matrixCase: MatrixCase = {
            object,
            persona,
            refusedCode: readable ? 'INSUFFICIENT_ACCESS_OR_READONLY' : 'NOT_FOUND'
        };
        it('matches the matrix', async () => {
            const { actual, expected } = await (allowed ? CHECKS[operation].allowed : CHECKS[operation].refused)(
                matrixCase
            );
            expect(actual).toEqual(expected);
        });
    }
);

// ----- record visibility --------------------------------------------------------------------

const idsOf = async (as: Persona, soql: string): Promise<string[]> =>
    ((await conn[as].query(soql, { autoFetch: true, maxFetch: 10_000 })).records as { Id: string }[])
        .map((record) => record.Id)
        .sort();

describe('who sees which assessments', () => {
    it('shows an evaluator only the assessments they own', async () => {
        const seen = await idsOf('evaluator', 'SELECT Id FROM Assessment__c');
        const owned = await idsOf('admin', `SELECT Id FROM Assessment__c WHERE OwnerId = '${userId.evaluator}'`);
        expect(seen).toEqual(owned);
        expect(seen).toEqual(expect.arrayContaining([seeded.inProgress, seeded.disputed, seeded.calibration]));
        expect(seen).not.toContain(seeded.othersInProgress);
        expect(seen).not.toContain(seeded.othersSubmitted);
        const error = await refusal(() => conn.evaluator.sobject('Assessment__c').retrieve(seeded.othersSubmitted));
        expect(error.errorCode).toBe('NOT_FOUND');
    });

    it('shows an agent only their submitted, disputed and final assessments, never calibration ones', async () => {
        const seen = await idsOf('agent', 'SELECT Id FROM Assessment__c');
        const shared = await idsOf(
            'admin',
            `SELECT Id FROM Assessment__c WHERE Agent__c = '${userId.agent}' AND Status__c IN ('Submitted', 'Disputed', 'Final') AND Type__c NOT IN ('Calibration', 'Self')`
        );
        expect(seen).toEqual(shared);
        expect(seen).toEqual(
            expect.arrayContaining([seeded.submitted, seeded.disputed, seeded.final, seeded.othersSubmitted])
        );
        for (const hidden of [seeded.inProgress, seeded.othersInProgress, seeded.calibration]) {
            expect(seen).not.toContain(hidden);
            const error = await refusal(() => conn.agent.sobject('Assessment__c').retrieve(hidden));
            expect(error.errorCode).toBe('NOT_FOUND');
        }
        // The answers follow their assessment.
        const answers = await conn.agent.query<{ Assessment__c: string }>(
            'SELECT Assessment__c FROM Assessment_Response__c'
        );
        expect(new Set(answers.records.map((record) => record.Assessment__c))).toEqual(
            new Set(
                (
                    await conn.admin.query<{ Assessment__c: string }>(
                        `SELECT Assessment__c FROM Assessment_Response__c WHERE Assessment__c IN ('${seen.join("','")}')`
                    )
                ).records.map((record) => record.Assessment__c)
            )
        );
    });

    it('shows a QA manager every assessment (View All)', async () => {
        expect(await idsOf('qaManager', 'SELECT Id FROM Assessment__c')).toEqual(
            await idsOf('admin', 'SELECT Id FROM Assessment__c')
        );
        const record = await conn.qaManager.sobject('Assessment__c').retrieve(seeded.othersInProgress);
        expect(record.Id).toBe(seeded.othersInProgress);
    });

    it('lets a QA manager read but not change an assessment they neither own nor modify-all', async () => {
        const error = await refusal(async () =>
            unwrap(
                await conn.qaManager.sobject('Assessment__c').update({ Id: seeded.inProgress, Overall_Comment__c: 'x' })
            )
        );
        expect(error.errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    });
});

describe('arbitrating a dispute', () => {
    const sharesOf = async (assessment: string): Promise<string[]> =>
        (
            await conn.admin.query<{ UserOrGroupId: string; AccessLevel: string }>(
                `SELECT UserOrGroupId, AccessLevel FROM Assessment__Share WHERE ParentId = '${assessment}' ORDER BY AccessLevel`
            )
        ).records.map((share) => `${share.UserOrGroupId}:${share.AccessLevel}`);

    it("gives the arbitrator edit access to the evaluator's assessment, so they can mark it Disputed", async () => {
        const { assessment, response } = await submittedAssessment('evaluator');
        const dispute = await openDispute('agent', assessment);
        await disputedAnswer('agent', dispute, response);
        const markDisputed = async (): Promise<unknown> =>
            unwrap(await conn.qaManager.sobject('Assessment__c').update({ Id: assessment, Status__c: 'Disputed' }));
        expect((await refusal(markDisputed)).errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');

        await update('qaManager', 'Dispute__c', {
            Id: dispute,
            Status__c: 'Under Review',
            Arbitrator__c: userId.qaManager
        });
        expect(await sharesOf(assessment)).toEqual([`${userId.qaManager}:Edit`, `${userId.agent}:Read`]);
        await markDisputed();
        expect((await conn.admin.sobject('Assessment__c').retrieve(assessment)).Status__c).toBe('Disputed');
        // Saving the dispute again keeps one share for the arbitrator.
        await update('qaManager', 'Dispute__c', { Id: dispute, Summary__c: 'Reviewing the call recording.' });
        expect(await sharesOf(assessment)).toHaveLength(2);
    });

    it('shares nothing when the arbitrator owns the assessment', async () => {
        const { assessment, response } = await submittedAssessment('qaManager');
        const dispute = await openDispute('agent', assessment);
        await disputedAnswer('agent', dispute, response);
        await update('qaManager', 'Dispute__c', {
            Id: dispute,
            Status__c: 'Under Review',
            Arbitrator__c: userId.qaManager
        });
        expect(await sharesOf(assessment)).toEqual([`${userId.agent}:Read`]);
    });
});

describe("the arbitrator's note on a disputed answer", () => {
    const NOTE_RULE = 'Only the arbitrator or a QA manager decides or notes a disputed answer.';
    const REVIEW_RULE = 'Disputed answers are decided or noted while the dispute is under review.';

    /** A disputed answer on a dispute the QA manager has taken under review as its arbitrator. */
    async function answerUnderReview(): Promise<{ dispute: string; item: string }> {
        const { assessment, response } = await submittedAssessment('evaluator');
        const dispute = await openDispute('agent', assessment);
        const item = await disputedAnswer('agent', dispute, response);
        await update('qaManager', 'Dispute__c', {
            Id: dispute,
            Status__c: 'Under Review',
            Arbitrator__c: userId.qaManager
        });
        return { dispute, item };
    }

    const noteOf = async (item: string): Promise<unknown> =>
        (await conn.admin.sobject('Dispute_Item__c').retrieve(item)).Decision_Note__c;

    /**
     * A second System Administrator, with none of the package's permission sets: they may write
     * every field, but neither arbitrate this dispute nor hold Arbitrate_Disputes or Load_QA_History.
     */
    async function plainAdministrator(): Promise<Connection> {
        const admin = await conn.admin.sobject('User').retrieve(userId.admin);
        const username = `plain.admin.${next()}@verity.local`;
        await create('admin', 'User', {
            Username: username,
            LastName: 'Plain Admin',
            Alias: 'padmin',
            Email: username,
            ProfileId: admin.ProfileId,
            TimeZoneSidKey: 'America/Los_Angeles',
            LocaleSidKey: 'en_US',
            LanguageLocaleKey: 'en_US',
            EmailEncodingKey: 'UTF-8'
        });
        const session = org.signIn(username);
        if (!session) {
            throw new Error(`The new administrator ${username} cannot sign in.`);
        }
        return connect(session.accessToken);
    }

    it('lets the arbitrator write and rewrite the note during review', async () => {
        const { item } = await answerUnderReview();
        await update('qaManager', 'Dispute_Item__c', { Id: item, Decision_Note__c: 'Checking the recording.' });
        await update('qaManager', 'Dispute_Item__c', {
            Id: item,
            Outcome__c: 'Upheld',
            Decision_Note__c: 'The recording shows no verification.'
        });
        expect(await noteOf(item)).toBe('The recording shows no verification.');
    });

    it('refuses the note from whoever neither arbitrates the dispute nor holds Arbitrate_Disputes', async () => {
        const { item } = await answerUnderReview();
        await update('qaManager', 'Dispute_Item__c', { Id: item, Decision_Note__c: 'Checking the recording.' });
        const stranger = await plainAdministrator();
        const byRule = await refusal(async () =>
            unwrap(await stranger.sobject('Dispute_Item__c').update({ Id: item, Decision_Note__c: 'Rewritten.' }))
        );
        expect([byRule.errorCode, byRule.message]).toEqual(['FIELD_CUSTOM_VALIDATION_EXCEPTION', NOTE_RULE]);
        // The agent may read the note but not write it (field-level security, before any rule).
        const byField = await refusal(async () =>
            unwrap(await conn.agent.sobject('Dispute_Item__c').update({ Id: item, Decision_Note__c: 'Rewritten.' }))
        );
        expect(byField.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
        expect(await noteOf(item)).toBe('Checking the recording.');
    });

    it('refuses a note changed once the dispute is closed, even by its arbitrator or a history loader', async () => {
        const { dispute, item } = await answerUnderReview();
        await update('qaManager', 'Dispute_Item__c', {
            Id: item,
            Outcome__c: 'Upheld',
            Decision_Note__c: 'The recording shows no verification.'
        });
        await update('qaManager', 'Dispute__c', {
            Id: dispute,
            Status__c: 'Upheld',
            Resolution__c: 'The answer stands.',
            Resolved_At__c: NOW.toISOString()
        });
        for (const persona of ['qaManager', 'admin'] as Persona[]) {
            const error = await refusal(async () =>
                unwrap(
                    await conn[persona]
                        .sobject('Dispute_Item__c')
                        .update({ Id: item, Decision_Note__c: 'On reflection, it was verified.' })
                )
            );
            expect([persona, error.errorCode, error.message]).toEqual([
                persona,
                'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                REVIEW_RULE
            ]);
        }
        expect(await noteOf(item)).toBe('The recording shows no verification.');
    });
});

// ----- field-level security -----------------------------------------------------------------

describe('field-level security', () => {
    it('gives every persona every field of the assessments it reads, as the README says', async () => {
        for (const persona of ['evaluator', 'agent', 'qaManager', 'qaAdmin'] as Persona[]) {
            const describe = await conn[persona].sobject('Assessment__c').describe();
            const record = await conn[persona].sobject('Assessment__c').retrieve(seeded.disputed);
            expect(
                Object.keys(record)
                    .filter((key) => key !== 'attributes')
                    .sort()
            ).toEqual(describe.fields.map((field) => field.name).sort());
            expect(record).toHaveProperty('Score__c');
        }
    });

    it('refuses a field a persona may read but not write', async () => {
        const error = await refusal(async () =>
            unwrap(
                await conn.evaluator
                    .sobject('Assessment__c')
                    .update({ Id: seeded.inProgress, Reassignment_Reason__c: 'Workload' })
            )
        );
        expect(error.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
        const computed = await refusal(async () =>
            unwrap(await conn.qaAdmin.sobject('Assessment__c').update({ Id: seeded.inProgress, Score__c: 100 }))
        );
        expect(computed.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    });

    it('hides a field the permission set does not grant: absent from records and describe, INVALID_FIELD in SOQL', async () => {
        // The package grants every field of a readable object, so this org runs a copy of it whose
        // agent permission set withholds Assessment__c.Score__c; nothing else differs.
        const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'verity-fls-')), 'default');
        fs.cpSync(PACKAGE_SOURCE, copy, { recursive: true });
        const file = path.join(copy, 'permissionsets', 'Verity_Agent.permissionset-meta.xml');
        const xml = fs.readFileSync(file, 'utf8');
        const withheld = xml.replace(
            /<fieldPermissions>\s*<editable>false<\/editable>\s*<field>Assessment__c\.Score__c<\/field>\s*<readable>true<\/readable>\s*<\/fieldPermissions>/,
            ''
        );
        expect(withheld).not.toBe(xml);
        fs.writeFileSync(file, withheld);
        const flsOrg = openLocalOrg({
            dbPath: path.join(path.dirname(copy), 'org.db'),
            sourceDir: copy,
            clock: () => NOW
        });
        const flsServer = await startLocalOrgServer({ org: flsOrg, port: 0 });
        try {
            const users = flsOrg.users();
            const as = (persona: Persona): Connection =>
                new jsforce.Connection({
                    instanceUrl: flsServer.instanceUrl,
                    accessToken: users.find((user) => user.persona === persona)?.accessToken,
                    version: '65.0'
                });
            const admin = as('admin');
            const qaAdmin = as('qaAdmin');
            const agent = as('agent');
            const evaluator = as('evaluator');
            const caseId = (await admin.sobject('Case').create({ Subject: 'FLS' })).id as string;
            const scorecard = (
                await admin.sobject('Scorecard__c').create({
                    Name: 'Phone',
                    Channel__c: 'Phone',
                    Status__c: 'Draft',
                    Version__c: 1,
                    Pass_Threshold__c: 80
                })
            ).id as string;
            const item = (
                await admin.sobject('Scorecard_Item__c').create({
                    Name: 'Verified',
                    Scorecard__c: scorecard,
                    Section__c: 'Compliance',
                    Order__c: 1,
                    Points__c: 10,
                    Answer_Scale__c: 'YesNo'
                })
            ).id as string;
            unwrap(
                await qaAdmin.sobject('Scorecard__c').update({
                    Id: scorecard,
                    Status__c: 'Active',
                    Activated_At__c: '2025-01-01T09:00:00.000Z',
                    Active_Channel_Key__c: 'Phone|'
                })
            );
            const evaluatorId = users.find((user) => user.persona === 'evaluator')?.id;
            const assessment = (
                await admin.sobject('Assessment__c').create({
                    OwnerId: evaluatorId,
                    Evaluator__c: evaluatorId,
                    Agent__c: users.find((user) => user.persona === 'agent')?.id,
                    Case__c: caseId,
                    Scorecard__c: scorecard,
                    Status__c: 'In Progress'
                })
            ).id as string;
            unwrap(
                await evaluator.sobject('Assessment_Response__c').create({
                    Assessment__c: assessment,
                    Scorecard_Item__c: item,
                    Response_Key__c: `${assessment}:${item}`,
                    Answer__c: 'Yes',
                    Item_Points__c: 10,
                    Answer_Scale__c: 'YesNo',
                    Hard_Fail__c: false,
                    Coaching_Only__c: false,
                    NA_Allowed__c: false
                })
            );
            unwrap(
                await evaluator
                    .sobject('Assessment__c')
                    .update({ Id: assessment, Status__c: 'Submitted', Submitted_At__c: SUBMITTED_AT })
            );

            const seenByEvaluator = await evaluator.sobject('Assessment__c').retrieve(assessment);
            expect(seenByEvaluator.Score__c).toBe(100);
            const record = await agent.sobject('Assessment__c').retrieve(assessment);
            expect(record.Id).toBe(assessment);
            expect(record).not.toHaveProperty('Score__c');
            expect(record).toHaveProperty('Band__c');
            const described = await agent.sobject('Assessment__c').describe();
            expect(described.fields.map((field) => field.name)).not.toContain('Score__c');
            const error = await refusal(() => agent.query('SELECT Id, Score__c FROM Assessment__c'));
            expect(error.errorCode).toBe('INVALID_FIELD');
            const filtered = await refusal(() => agent.query('SELECT Id FROM Assessment__c WHERE Score__c > 50'));
            expect(filtered.errorCode).toBe('INVALID_FIELD');
            const viaRetrieve = await refusal(() =>
                agent.sobject('Assessment__c').retrieve(assessment, { fields: ['Score__c'] })
            );
            expect(viaRetrieve.errorCode).toBe('INVALID_FIELD');
        } finally {
            await flsServer.close();
            flsOrg.close();
        }
    });
});

// ----- an assessment after submission -----------------------------------------------------------

describe('the overall comment after submission', () => {
    const LOCKED =
        'After submission only a QA manager changes who, what or when an assessment is about, or its overall comment.';

    it('takes the comment with the submission, then refuses the owning evaluator a change', async () => {
        const assessment = await newAssessment('admin', 'evaluator');
        await answer('evaluator', assessment, 'No');
        await update('evaluator', 'Assessment__c', {
            Id: assessment,
            Status__c: 'Submitted',
            Submitted_At__c: SUBMITTED_AT,
            Overall_Comment__c: 'Verify the caller before the account.'
        });
        const error = await refusal(async () =>
            unwrap(
                await conn.evaluator
                    .sobject('Assessment__c')
                    .update({ Id: assessment, Overall_Comment__c: 'Verification was fine.' })
            )
        );
        expect([error.errorCode, error.message]).toEqual(['FIELD_CUSTOM_VALIDATION_EXCEPTION', LOCKED]);
        const after = await conn.admin.sobject('Assessment__c').retrieve(assessment);
        expect(after.Overall_Comment__c).toBe('Verify the caller before the account.');
    });

    it('lets a QA manager correct the comment of a submitted assessment', async () => {
        const { assessment } = await submittedAssessment('qaManager');
        await update('qaManager', 'Assessment__c', { Id: assessment, Overall_Comment__c: 'Corrected by QA.' });
        expect((await conn.admin.sobject('Assessment__c').retrieve(assessment)).Overall_Comment__c).toBe(
            'Corrected by QA.'
        );
    });
});

// ----- completing coaching ----------------------------------------------------------------------

describe('completing coaching', () => {
    /** A coaching task on a fresh submitted assessment of the evaluator's, acknowledged by the agent. */
    async function acknowledgedTask(coach: Persona): Promise<string> {
        const { assessment } = await submittedAssessment('evaluator');
        const task = await coachingTask('evaluator', assessment, coach);
        await update('agent', 'Coaching_Task__c', {
            Id: task,
            Status__c: 'Acknowledged',
            Acknowledged_At__c: NOW.toISOString()
        });
        return task;
    }

    const complete = { Status__c: 'Completed', Completed_At__c: NOW.toISOString() };

    it('gives an evaluator edit access to what completing writes, as the coaching form checks it', async () => {
        const response = await fetch(`${server.instanceUrl}/services/data/v65.0/ui-api/object-info/Coaching_Task__c`, {
            headers: { Authorization: `Bearer ${conn.evaluator.accessToken}` }
        });
        const info = (await response.json()) as { fields: Record<string, { updateable: boolean }> };
        expect([info.fields.Status__c.updateable, info.fields.Completed_At__c.updateable]).toEqual([true, true]);
    });

    it('lets an evaluator who is the coach complete the coaching', async () => {
        const task = await acknowledgedTask('evaluator');
        unwrap(await conn.evaluator.sobject('Coaching_Task__c').update({ Id: task, ...complete }));
        const after = await conn.admin.sobject('Coaching_Task__c').retrieve(task);
        expect([after.Status__c, comparable(after.Completed_At__c)]).toEqual(['Completed', NOW.getTime()]);
    });

    it('refuses an evaluator who is not the coach, by the rule that says who completes', async () => {
        // The evaluator's own assessment, so only Coaching_Completed_By_Coach stands in the way.
        const task = await acknowledgedTask('qaManager');
        const error = await refusal(async () =>
            unwrap(await conn.evaluator.sobject('Coaching_Task__c').update({ Id: task, ...complete }))
        );
        expect([error.errorCode, error.message]).toEqual([
            'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            'Only the coach or a QA manager completes or cancels coaching.'
        ]);
        expect((await conn.admin.sobject('Coaching_Task__c').retrieve(task)).Status__c).toBe('Acknowledged');
    });

    const COMPLETED_BY_COACH = 'Only the coach or a QA manager completes or cancels coaching.';
    const COACH_BY_MANAGER = 'Only a QA manager changes the coach of a coaching task.';
    const coachOf = async (task: string): Promise<{ coach: unknown; status: unknown }> => {
        const record = await conn.admin.sobject('Coaching_Task__c').retrieve(task);
        return { coach: record.Coach__c, status: record.Status__c };
    };

    it('refuses an evaluator who names themself coach and completes in the same save', async () => {
        const task = await acknowledgedTask('qaManager');
        const error = await refusal(async () =>
            unwrap(
                await conn.evaluator
                    .sobject('Coaching_Task__c')
                    .update({ Id: task, Coach__c: userId.evaluator, ...complete })
            )
        );
        // Both rules refuse it; the org reports one of them.
        expect(error.errorCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
        expect([COMPLETED_BY_COACH, COACH_BY_MANAGER]).toContain(error.message);
        expect(await coachOf(task)).toEqual({ coach: userId.qaManager, status: 'Acknowledged' });
    });

    it('refuses an evaluator who changes the coach, so a second save cannot complete it either', async () => {
        const task = await acknowledgedTask('qaManager');
        const switched = await refusal(async () =>
            unwrap(await conn.evaluator.sobject('Coaching_Task__c').update({ Id: task, Coach__c: userId.evaluator }))
        );
        expect([switched.errorCode, switched.message]).toEqual(['FIELD_CUSTOM_VALIDATION_EXCEPTION', COACH_BY_MANAGER]);
        const completed = await refusal(async () =>
            unwrap(await conn.evaluator.sobject('Coaching_Task__c').update({ Id: task, ...complete }))
        );
        expect(completed.message).toBe(COMPLETED_BY_COACH);
        expect(await coachOf(task)).toEqual({ coach: userId.qaManager, status: 'Acknowledged' });
    });

    it('lets a QA manager hand the coaching to an evaluator, who then completes it', async () => {
        const task = await acknowledgedTask('qaManager');
        await update('qaManager', 'Coaching_Task__c', { Id: task, Coach__c: userId.evaluator });
        unwrap(await conn.evaluator.sobject('Coaching_Task__c').update({ Id: task, ...complete }));
        expect(await coachOf(task)).toEqual({ coach: userId.evaluator, status: 'Completed' });
    });
});

// ----- sessions -----------------------------------------------------------------------------

describe('sessions', () => {
    const tokens: [string, string | null][] = [
        ['no token', null],
        ['a garbage token', 'garbage'],
        ['an empty bearer', ''],
        ['a well-formed token the org never issued (expired)', `00D5L0000000001!${'A'.repeat(43)}`]
    ];

    it.each(tokens)('answers %s with 401 INVALID_SESSION_ID', async (_label, token) => {
        for (const url of ['/sobjects/Assessment__c', '/query?q=SELECT+Id+FROM+Assessment__c', '/sobjects']) {
            const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
            const response = await fetch(`${server.instanceUrl}/services/data/v65.0${url}`, { headers });
            expect(response.status).toBe(401);
            const body = (await response.json()) as { errorCode: string }[];
            expect(body[0].errorCode).toBe('INVALID_SESSION_ID');
        }
    });

    it.each(tokens.filter(([, token]) => token))(
        'refuses jsforce with %s as INVALID_SESSION_ID',
        async (_label, token) => {
            const stranger = connect(token as string);
            for (const call of [
                () => stranger.query('SELECT Id FROM Assessment__c'),
                () => stranger.sobject('Assessment__c').retrieve(seeded.disputed),
                () => stranger.sobject('Award__c').create({ Agent__c: userId.agent })
            ]) {
                expect((await refusal(call)).errorCode).toBe('INVALID_SESSION_ID');
            }
        }
    );
});
