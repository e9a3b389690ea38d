import { errorMessages, errorSummary } from 'c/platformErrors';

describe('platformErrors', () => {
    it('reads a refused save: field errors with their label, then record errors', () => {
        const refused = {
            status: 400,
            statusText: 'Bad Request',
            ok: false,
            body: {
                enhancedErrorType: 'RecordError',
                message: 'An error occurred while trying to update the record. Please try again.',
                output: {
                    errors: [
                        {
                            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                            message: 'An agent only acknowledges coaching.'
                        }
                    ],
                    fieldErrors: {
                        Coach__c: [
                            {
                                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                                field: 'Coach__c',
                                fieldLabel: 'Coach',
                                message: 'Name the coach and the due date.'
                            }
                        ]
                    }
                }
            }
        };
        expect(errorMessages(refused)).toEqual([
            'An agent only acknowledges coaching.',
            'Coach: Name the coach and the due date.'
        ]);
    });

    it('falls back to the Error with Output message when the output names nothing', () => {
        const refused = { status: 400, body: { message: 'The record was changed by someone else.', output: {} } };
        expect(errorMessages(refused)).toEqual(['The record was changed by someone else.']);
    });

    it('reads the Error Message list of a failed wire', () => {
        const notFound = {
            status: 404,
            statusText: 'Not Found',
            body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
        };
        expect(errorMessages(notFound)).toEqual(['The requested resource does not exist']);
    });

    it('reads the GraphQL errors list, without repeating a message', () => {
        const errors = [
            { message: "INVALID_FIELD: No such column 'Score__c' on entity 'Assessment__c'." },
            { message: "INVALID_FIELD: No such column 'Score__c' on entity 'Assessment__c'." },
            { message: 'Access denied.' }
        ];
        expect(errorMessages(errors)).toEqual([
            "INVALID_FIELD: No such column 'Score__c' on entity 'Assessment__c'.",
            'Access denied.'
        ]);
    });

    it('describes a failure without words by its status', () => {
        expect(errorMessages({ status: 503, statusText: 'Service Unavailable', body: null })).toEqual([
            'The request failed (503 Service Unavailable).'
        ]);
    });

    it('reads a thrown Error and never answers nothing', () => {
        expect(errorMessages(new Error('updateRecord needs fields.Id'))).toEqual(['updateRecord needs fields.Id']);
        expect(errorMessages(undefined)).toEqual(['The request failed without a message.']);
    });

    it('joins the messages for a toast', () => {
        expect(errorSummary([{ message: 'One.' }, { message: 'Two.' }])).toBe('One. Two.');
    });
});
