import {
    assessmentFollowUp,
    decisionProblems,
    decisionSaves,
    escalationSave,
    resolutionText,
    reviewSave,
    type DisputedAnswer
} from '../arbitrationSteps';

const dispute = { id: 'a055L0000000006QAA', name: 'D-00007', arbitratorId: '0055L0000000009QAA' };
const lead = { userId: '0055L0000000009QAA', mayArbitrateAny: false };
const qaManager = { userId: '0055L0000000006QAA', mayArbitrateAny: true };
const NOW = new Date('2026-11-02T09:00:00.000Z');

const greeting: DisputedAnswer = {
    itemId: 'a065L000000000DQAQ',
    itemName: 'DI-000001',
    question: 'Greets the customer by name',
    responseId: 'a015L000000005gQAA',
    original: 'No',
    proposed: 'Yes',
    reason: 'Said the name.',
    outcome: null,
    note: null,
    currentAnswer: 'No'
};
const resolution: DisputedAnswer = {
    ...greeting,
    itemId: 'a065L000000000EQAQ',
    itemName: 'DI-000002',
    question: 'Resolves the issue',
    responseId: 'a015L000000005hQAA',
    original: 'Partial',
    proposed: 'Yes',
    currentAnswer: 'Partial'
};
const decided = (outcome: string, note = '') => ({ outcome, note });

describe('reviewSave and escalationSave', () => {
    it('leaves the named arbitrator in place', () => {
        expect(reviewSave(dispute, lead).fields).toEqual({ Id: dispute.id, Status__c: 'Under Review' });
    });

    it('names the QA manager who takes on someone else’s dispute', () => {
        expect(reviewSave(dispute, qaManager).fields).toEqual({
            Id: dispute.id,
            Status__c: 'Under Review',
            Arbitrator__c: qaManager.userId
        });
    });

    it('escalates to level 2, naming the level-2 arbitrator or nobody', () => {
        expect(escalationSave(dispute, qaManager.userId).fields).toEqual({
            Id: dispute.id,
            Status__c: 'Escalated',
            Level__c: 'Level 2',
            Arbitrator__c: qaManager.userId
        });
        expect(escalationSave(dispute, null).fields.Arbitrator__c).toBeNull();
    });
});

describe('decisionSaves', () => {
    it('saves outcomes with their notes, then overturned answers, then the dispute with its outcome', () => {
        const { outcome, saves } = decisionSaves(
            dispute,
            lead,
            [greeting, resolution],
            {
                [greeting.itemId]: decided('Overturned', ' The name is said at 00:02.\n'),
                [resolution.itemId]: decided('Upheld', '  ')
            },
            'Partly right.',
            NOW
        );
        expect(outcome).toBe('Partially Upheld');
        expect(saves.map((save) => save.fields)).toEqual([
            { Id: greeting.itemId, Outcome__c: 'Overturned', Decision_Note__c: 'The name is said at 00:02.' },
            { Id: resolution.itemId, Outcome__c: 'Upheld' },
            { Id: greeting.responseId, Answer__c: 'Yes' },
            {
                Id: dispute.id,
                Status__c: 'Partially Upheld',
                Resolution__c: expect.stringContaining('Partly right.'),
                Resolved_At__c: '2026-11-02T09:00:00.000Z'
            }
        ]);
    });

    it('repeats only what an interrupted attempt left undone', () => {
        const { saves } = decisionSaves(
            dispute,
            lead,
            [{ ...greeting, outcome: 'Overturned', currentAnswer: 'Yes' }, resolution],
            { [greeting.itemId]: decided('Overturned'), [resolution.itemId]: decided('Overturned') },
            'Both.',
            NOW
        );
        expect(saves.map((save) => save.fields.Id)).toEqual([resolution.itemId, resolution.responseId, dispute.id]);
        expect(saves[0].purpose).toBe('record “Resolves the issue” as Overturned');
    });

    it('puts back an answer an earlier attempt overturned when the arbitrator now upholds it', () => {
        const { outcome, saves } = decisionSaves(
            dispute,
            lead,
            [{ ...greeting, outcome: 'Overturned', currentAnswer: 'Yes' }],
            { [greeting.itemId]: decided('Upheld') },
            'On reflection, no.',
            NOW
        );
        expect(outcome).toBe('Upheld');
        expect(saves.map((save) => save.fields)).toEqual([
            { Id: greeting.itemId, Outcome__c: 'Upheld' },
            { Id: greeting.responseId, Answer__c: 'No' },
            expect.objectContaining({ Id: dispute.id, Status__c: 'Upheld' })
        ]);
    });

    it('saves a note that changed on an answer already decided, alone, and clears one that was removed', () => {
        const { saves } = decisionSaves(
            dispute,
            lead,
            [
                { ...greeting, outcome: 'Overturned', note: 'Name at 00:02.', currentAnswer: 'Yes' },
                { ...resolution, outcome: 'Upheld', note: 'Refund came a day later.' }
            ],
            {
                [greeting.itemId]: decided('Overturned', 'The name is said at 00:02, before the account number.'),
                [resolution.itemId]: decided('Upheld', '')
            },
            'Partly right.',
            NOW
        );
        expect(saves.slice(0, 2)).toEqual([
            {
                purpose: 'save the note on “Greets the customer by name”',
                fields: {
                    Id: greeting.itemId,
                    Decision_Note__c: 'The name is said at 00:02, before the account number.'
                }
            },
            {
                purpose: 'save the note on “Resolves the issue”',
                fields: { Id: resolution.itemId, Decision_Note__c: null }
            }
        ]);
        expect(saves.map((save) => save.fields.Id)).toEqual([greeting.itemId, resolution.itemId, dispute.id]);
    });

    it('leaves an answer whose outcome and note are saved as decided alone', () => {
        const { saves } = decisionSaves(
            dispute,
            lead,
            [{ ...greeting, outcome: 'Upheld', note: 'No name anywhere in the call.' }],
            { [greeting.itemId]: decided('Upheld', ' No name anywhere in the call. ') },
            'No.',
            NOW
        );
        expect(saves.map((save) => save.fields.Id)).toEqual([dispute.id]);
    });

    it('records a QA manager who decides someone else’s dispute as its arbitrator', () => {
        const { saves } = decisionSaves(
            dispute,
            qaManager,
            [greeting],
            { [greeting.itemId]: decided('Upheld') },
            'No.',
            NOW
        );
        expect(saves[saves.length - 1].fields.Arbitrator__c).toBe(qaManager.userId);
    });

    it('refuses while an answer is undecided', () => {
        expect(() => decisionSaves(dispute, lead, [greeting], {}, 'x', NOW)).toThrow('no decision yet');
    });
});

describe('decisionProblems and resolutionText', () => {
    it('names each undecided answer and a missing resolution', () => {
        expect(decisionProblems([greeting, resolution], { [greeting.itemId]: decided('Upheld') }, ' ')).toEqual([
            '“Resolves the issue”: uphold or overturn it.',
            'Write the resolution: the decision and why, for the agent and the evaluator.'
        ]);
        expect(decisionProblems([greeting], { [greeting.itemId]: decided('Upheld') }, 'Fine.')).toEqual([]);
    });

    it('writes the resolution with each answer’s decision, leaving its note to the answer', () => {
        expect(
            resolutionText(' Partly right. ', [greeting, resolution], {
                [greeting.itemId]: decided('Overturned', ' Name at 00:02. '),
                [resolution.itemId]: decided('Upheld')
            })
        ).toBe(
            'Partly right.\n\nDecisions:\n' +
                '- DI-000001 “Greets the customer by name”: Overturned (No → Yes).\n' +
                '- DI-000002 “Resolves the issue”: Upheld (Partial stands).'
        );
    });
});

describe('assessmentFollowUp', () => {
    it.each([
        ['Under Review', 'Submitted', 1, 'Disputed'],
        ['Escalated', 'Submitted', 1, 'Disputed'],
        ['Under Review', 'Disputed', 1, null],
        ['Overturned', 'Disputed', 0, 'Final'],
        ['Upheld', 'Submitted', 0, 'Final'],
        ['Partially Upheld', 'Disputed', 1, null],
        ['Withdrawn', 'Disputed', 0, 'Submitted'],
        ['Withdrawn', 'Submitted', 0, null],
        ['Open', 'Submitted', 1, null],
        ['Upheld', 'Final', 0, null]
    ])('dispute %s, assessment %s with %p open: %p', (disputeStatus, assessmentStatus, open, wanted) => {
        expect(assessmentFollowUp(disputeStatus, assessmentStatus, open)?.status ?? null).toBe(wanted);
    });
});
