import { reassignAssessment, type ReassignmentRequest } from 'c/evaluatorAssignment';

const request = (overrides: Partial<ReassignmentRequest> = {}): ReassignmentRequest => ({
    assessment: { assessmentId: 'a-17', agentId: 'agent1', evaluatorId: 'E1' },
    toEvaluatorId: 'E2',
    reason: '  E1 is on leave  ',
    at: '2026-03-02T09:15:00.000+0000',
    evaluators: [
        { id: 'E1', capacity: 10 },
        { id: 'E2', capacity: 10, openAssessments: 9 },
        { id: 'S1', capacity: 10 },
        { id: 'agent1', capacity: 10 },
        { id: 'E3', capacity: 10, unavailableDates: ['2026-03-02'] },
        { id: 'E4', capacity: 10, available: false },
        { id: 'E5', capacity: 4, openAssessments: 4 }
    ],
    supervisorOf: { agent1: 'S1' },
    excludeOwnSupervisor: true,
    ...overrides
});

describe('reassignAssessment', () => {
    it('returns the audit entry: from, to, the reason as written (trimmed) and the moment given', () => {
        expect(reassignAssessment(request())).toEqual({
            assessmentId: 'a-17',
            agentId: 'agent1',
            from: 'E1',
            to: 'E2',
            reason: 'E1 is on leave',
            at: '2026-03-02T09:15:00.000+0000'
        });
    });

    it('needs a reason', () => {
        expect(() => reassignAssessment(request({ reason: '   ' }))).toThrow('Moving assessment a-17 needs a reason.');
        expect(() => reassignAssessment(request({ reason: undefined as any }))).toThrow(TypeError);
    });

    it('applies the assignment rules to the new evaluator', () => {
        expect(() => reassignAssessment(request({ toEvaluatorId: 'agent1' }))).toThrow(
            'Evaluator agent1 is the agent of assessment a-17 and cannot assess themself.'
        );
        expect(() => reassignAssessment(request({ toEvaluatorId: 'S1' }))).toThrow(
            'Evaluator S1 supervises agent agent1, and the plan excludes own supervisors.'
        );
        expect(reassignAssessment(request({ toEvaluatorId: 'S1', excludeOwnSupervisor: false })).to).toBe('S1');
        expect(() => reassignAssessment(request({ toEvaluatorId: 'E3' }))).toThrow(
            'Evaluator E3 is not available on 2026-03-02.'
        );
        expect(reassignAssessment(request({ toEvaluatorId: 'E3', on: '2026-03-03' })).to).toBe('E3');
        expect(() => reassignAssessment(request({ toEvaluatorId: 'E4' }))).toThrow('E4 is not available');
        expect(() => reassignAssessment(request({ toEvaluatorId: 'E5' }))).toThrow(
            'Evaluator E5 is at capacity (4 of 4 open assessments).'
        );
        expect(() => reassignAssessment(request({ toEvaluatorId: 'E1' }))).toThrow('already assigned to E1');
        expect(() => reassignAssessment(request({ toEvaluatorId: 'E9' }))).toThrow('E9 is not in the evaluator pool');
    });

    it('checks the time and the assessment it is given', () => {
        expect(() => reassignAssessment(request({ at: '2026-03-02 09:15' }))).toThrow(
            'The re-assignment time (at) must be an ISO 8601 datetime with a zone'
        );
        expect(() => reassignAssessment(request({ at: '2026-02-31T09:15:00Z' }))).toThrow('calendar date');
        expect(() => reassignAssessment(request({ on: 'tomorrow' }))).toThrow('The re-assignment day (on)');
        expect(() =>
            reassignAssessment(request({ assessment: { assessmentId: 'a-17', agentId: 'agent1' } as any }))
        ).toThrow('needs its evaluatorId');
        expect(() => reassignAssessment(request({ toEvaluatorId: '' }))).toThrow('the evaluator to move to');
        expect(() => reassignAssessment(null as any)).toThrow(TypeError);
    });
});
