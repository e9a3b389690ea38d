import { SalesforceError } from '../../org/salesforceError';
import type { ApiResponse } from '../apiExchange';

/**
 * The error bodies of the User Interface API: most resources answer a list of Error Message
 * (`[{ errorCode, message }]`, User Interface API Developer Guide, "Error Message"); record saves
 * answer one Error with Output whose output is Record Exceptions (`{ errors, fieldErrors }` of
 * Record Exception Error, guide pages "Error with Output", "Record Exceptions", "Record Exception
 * Error"), so a form can put each message beside its field.
 */

interface ErrorMessage {
    errorCode: string;
    message: string;
}

interface RecordExceptionError {
    constituentField: string | null;
    duplicateRecordError: null;
    errorCode: string;
    field: string | null;
    fieldLabel: string | null;
    message: string;
}

/** `[{ errorCode, message }]` with the error's status. */
export function errorMessages(error: SalesforceError): ApiResponse {
    const body: ErrorMessage[] = [{ errorCode: error.errorCode, message: error.message }];
    return { status: error.status, body };
}

/** A parameter the resource does not take, or takes with another value (the API's own code for it). */
export function illegalParameter(message: string): SalesforceError {
    return new SalesforceError(400, 'ILLEGAL_QUERY_PARAMETER_VALUE', message);
}

/** A request body the resource cannot use. */
export function invalidInput(message: string): SalesforceError {
    return new SalesforceError(400, 'INVALID_INPUT', message);
}

/**
 * A refused create or update as Error with Output: an error that names fields goes under each of
 * them in `fieldErrors` (with the field's label), any other under `errors`.
 */
export function recordSaveError(error: SalesforceError, labelOf: (field: string) => string | null): ApiResponse {
    const entry = (field: string | null): RecordExceptionError => ({
        constituentField: null,
        duplicateRecordError: null,
        errorCode: error.errorCode,
        field,
        fieldLabel: field === null ? null : labelOf(field),
        message: error.message
    });
    const fieldErrors: Record<string, RecordExceptionError[]> = {};
    for (const field of error.fields) {
        fieldErrors[field] = [entry(field)];
    }
    return {
        status: error.status,
        body: {
            enhancedErrorType: 'RecordError',
            message: error.message,
            output: { errors: error.fields.length === 0 ? [entry(null)] : [], fieldErrors }
        }
    };
}
