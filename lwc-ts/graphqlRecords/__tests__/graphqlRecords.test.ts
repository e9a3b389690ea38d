import { displayText, isChecked, numberValue, recordId, recordNodes, textValue } from 'c/graphqlRecords';

const answer = {
    uiapi: {
        query: {
            Dispute__c: {
                edges: [
                    {
                        node: {
                            Id: 'a055L0000000006QAA',
                            Status__c: { value: 'Under Review', displayValue: 'Under Review' },
                            Level__c: { value: 'Level 1', displayValue: 'Level 1: team lead' },
                            Item_Count__c: { value: 2, displayValue: null },
                            Summary__c: { value: '', displayValue: null },
                            Arbitrator__r: null,
                            Assessment__r: {
                                Id: 'a005L000000000mQAA',
                                Agent__r: { Id: '0055L000000000LQAQ', Name: { value: 'Maria Okafor' } },
                                Auto_Failed__c: { value: true, displayValue: null }
                            }
                        }
                    }
                ]
            }
        }
    }
};
const [dispute] = recordNodes(answer, 'Dispute__c');

describe('recordNodes', () => {
    it('lists the nodes of one object connection', () => {
        expect(recordNodes(answer, 'Dispute__c')).toHaveLength(1);
        expect(recordId(dispute)).toBe('a055L0000000006QAA');
    });

    it('finds nothing for an object the answer does not hold, or no answer at all', () => {
        expect(recordNodes(answer, 'Dispute_Item__c')).toEqual([]);
        expect(recordNodes(undefined, 'Dispute__c')).toEqual([]);
        expect(recordNodes({ uiapi: null }, 'Dispute__c')).toEqual([]);
    });
});

describe('field values', () => {
    it('reads text, numbers and checkboxes, through parent relationships', () => {
        expect(textValue(dispute, 'Status__c')).toBe('Under Review');
        expect(numberValue(dispute, 'Item_Count__c')).toBe(2);
        expect(textValue(dispute, 'Assessment__r.Agent__r.Name')).toBe('Maria Okafor');
        expect(isChecked(dispute, 'Assessment__r.Auto_Failed__c')).toBe(true);
        expect(recordId(dispute, 'Assessment__r.Agent__r')).toBe('0055L000000000LQAQ');
    });

    it('gives null for blank values and for a blank lookup on the way', () => {
        expect(textValue(dispute, 'Summary__c')).toBeNull();
        expect(textValue(dispute, 'Arbitrator__r.Name')).toBeNull();
        expect(recordId(dispute, 'Arbitrator__r')).toBeNull();
        expect(numberValue(dispute, 'Status__c')).toBeNull();
        expect(isChecked(dispute, 'Missing__c')).toBe(false);
    });

    it('prefers the display value the platform formats, else the raw text', () => {
        expect(displayText(dispute, 'Level__c')).toBe('Level 1: team lead');
        expect(displayText(dispute, 'Assessment__r.Agent__r.Name')).toBe('Maria Okafor');
        expect(displayText(dispute, 'Summary__c')).toBeNull();
    });
});
