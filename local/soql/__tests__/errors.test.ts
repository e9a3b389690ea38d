import { SalesforceError } from '../../org/salesforceError';
import { runSoql } from '../runSoql';
import { openTestOrg, type AccessRules } from './testOrg';

const org = openTestOrg();

/** The SalesforceError a query is refused with, as plain data. */
function refusal(soql: string, rules?: AccessRules): { status: number; errorCode: string; message: string } {
    try {
        runSoql(soql, org.context({ rules }));
    } catch (error) {
        if (!(error instanceof SalesforceError)) {
            throw error;
        }
        return { status: error.status, errorCode: error.errorCode, message: error.message };
    }
    throw new Error(`expected a refusal of ${soql}`);
}

/** What a refusal looks like: HTTP 400, the error code, the message. */
function refusedWith(errorCode: string, message: string | RegExp): object {
    return { status: 400, errorCode, message: expect.stringMatching(message) };
}

describe('names that do not exist for the caller', () => {
    test('unknown or unreadable objects are INVALID_TYPE', () => {
        expect(refusal('SELECT Id FROM Nope__c')).toEqual(
            refusedWith('INVALID_TYPE', /^sObject type 'Nope__c' is not supported\./)
        );
        expect(
            refusal('SELECT Id FROM Review__c', {
                hiddenObjects: ['Review__c']
            })
        ).toEqual(refusedWith('INVALID_TYPE', "sObject type 'Review__c' is not supported"));
    });

    test('unknown or unreadable fields are INVALID_FIELD, wherever they appear', () => {
        expect(refusal('SELECT Nope__c FROM Review__c')).toEqual(
            refusedWith('INVALID_FIELD', /^No such column 'Nope__c' on entity 'Review__c'\./)
        );
        const hidden = { hiddenFields: ['Review__c.Coach_Note__c'] };
        expect(refusal('SELECT Coach_Note__c FROM Review__c', hidden)).toEqual(
            refusedWith('INVALID_FIELD', "No such column 'Coach_Note__c'")
        );
        expect(refusal("SELECT Id FROM Review__c WHERE Coach_Note__c = 'x'", hidden)).toEqual(
            refusedWith('INVALID_FIELD', 'Coach_Note__c')
        );
        expect(refusal('SELECT Id FROM Review__c ORDER BY Coach_Note__c', hidden)).toEqual(
            refusedWith('INVALID_FIELD', 'Coach_Note__c')
        );
        expect(refusal('SELECT Case__r.Nope FROM Review__c')).toEqual(
            refusedWith('INVALID_FIELD', "No such column 'Nope' on entity 'Case'")
        );
        expect(refusal('SELECT Owner.Username FROM Review__c')).toEqual(
            refusedWith('INVALID_FIELD', "No such column 'Username' on entity 'Name'")
        );
    });

    test('unknown parent and child relationships', () => {
        expect(refusal('SELECT Nope__r.Name FROM Review__c')).toEqual(
            refusedWith('INVALID_FIELD', /^Didn't understand relationship 'Nope__r' in field path/)
        );
        expect(
            refusal('SELECT Case__r.Name FROM Review__c', {
                hiddenObjects: ['Case']
            })
        ).toEqual(refusedWith('INVALID_FIELD', "Didn't understand relationship 'Case__r'"));
        expect(refusal('SELECT Owner.Manager.Name FROM Review__c')).toEqual(
            refusedWith('INVALID_FIELD', "relationship 'Manager'")
        );
        expect(refusal('SELECT (SELECT Id FROM Nope__r) FROM Review__c')).toEqual(
            refusedWith('INVALID_TYPE', /^Didn't understand relationship 'Nope__r' in FROM part of query call/)
        );
        expect(
            refusal('SELECT (SELECT Id FROM Lines__r) FROM Review__c', {
                hiddenObjects: ['Review_Line__c']
            })
        ).toEqual(refusedWith('INVALID_TYPE', 'Lines__r'));
    });
});

describe('malformed and unsupported queries', () => {
    test.each([
        ["SELECT Id FROM Review__c WHERE Score__c > 1 AND Passed__c = true OR Name = 'x'", /unexpected token: 'OR'/],
        ['SELECT Id FROM', /.+/],
        ['SELECT TYPEOF Owner WHEN User THEN Name END FROM Review__c', /TYPEOF/],
        ['SELECT FORMAT(Score__c) FROM Review__c', /FORMAT/],
        ['SELECT toLabel(Status__c) FROM Review__c', /toLabel/],
        ['SELECT convertCurrency(Score__c) FROM Review__c', /convertCurrency/],
        ['SELECT Id FROM Review__c WITH SECURITY_ENFORCED', /WITH SECURITY_ENFORCED/],
        ['SELECT Id FROM Review__c FOR UPDATE', /FOR VIEW \/ REFERENCE \/ UPDATE/],
        ['SELECT Id FROM Review__c USING SCOPE mine', /USING SCOPE/],
        ['SELECT Status__c FROM Review__c GROUP BY ROLLUP(Status__c)', /ROLLUP/],
        ['SELECT Name, COUNT(Id) FROM Review__c GROUP BY Status__c', /Field must be grouped or aggregated: Name/],
        ['SELECT Id, COUNT() FROM Review__c', /COUNT\(\) must be the only element/],
        ['SELECT Name, Name FROM Review__c', /duplicate field selected: Name/],
        ['SELECT Name n FROM Review__c', /alias/],
        [
            'SELECT Id FROM Review__c WHERE Score__c = 1 AND Id IN (SELECT Review__c FROM Review_Line__c WHERE Review__c IN (SELECT Id FROM Review__c))',
            /ID or reference/
        ],
        ['SELECT SUM(Name) FROM Review__c', /does not support aggregate operator SUM/]
    ])('%s is MALFORMED_QUERY', (soql, message) => {
        expect(refusal(soql)).toEqual(refusedWith('MALFORMED_QUERY', message));
    });

    test('values of the wrong type and operators the field does not take', () => {
        expect(refusal("SELECT Id FROM Review__c WHERE Score__c = '5'")).toEqual(
            refusedWith('INVALID_FIELD', "field 'Score__c' must be of type double")
        );
        expect(refusal('SELECT Id FROM Review__c WHERE Name = 5')).toEqual(
            refusedWith('INVALID_FIELD', /must be of type string and should be enclosed in quotes/)
        );
        expect(refusal('SELECT Id FROM Review__c WHERE Reviewed_On__c = 2026-11-25T00:00:00Z')).toEqual(
            refusedWith('INVALID_FIELD', 'type date')
        );
        expect(refusal('SELECT Id FROM Review__c WHERE Passed__c > true')).toEqual(
            refusedWith('INVALID_QUERY_FILTER_OPERATOR', 'Passed__c')
        );
        expect(refusal("SELECT Id FROM Review__c WHERE Status__c INCLUDES ('Draft')")).toEqual(
            refusedWith('INVALID_QUERY_FILTER_OPERATOR', 'INCLUDES')
        );
        expect(refusal('SELECT Id FROM Review__c WHERE Score__c LIKE 5')).toEqual(
            refusedWith('INVALID_QUERY_FILTER_OPERATOR', 'LIKE')
        );
        expect(refusal("SELECT Id FROM Review__c WHERE Case__c = 'not-an-id'")).toEqual(
            refusedWith('INVALID_QUERY_FILTER_OPERATOR', 'invalid ID field: not-an-id')
        );
        expect(refusal('SELECT Id FROM Review__c WHERE Name = TODAY')).toEqual(refusedWith('INVALID_FIELD', 'Name'));
    });

    test('OFFSET beyond 2,000 is NUMBER_OUTSIDE_VALID_RANGE', () => {
        expect(refusal('SELECT Id FROM Review__c OFFSET 2001')).toEqual(
            refusedWith('NUMBER_OUTSIDE_VALID_RANGE', 'Maximum SOQL offset allowed is 2000')
        );
    });
});
