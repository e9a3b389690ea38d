/**
 * An error as the Salesforce REST API reports it: an HTTP status and, in the body, a list of
 * `{ message, errorCode, fields }` (REST API Developer Guide, "Status Codes and Error Responses").
 * Every refusal of the local org is one of these, with the code and status Salesforce uses:
 * INVALID_SESSION_ID 401, INSUFFICIENT_ACCESS_OR_READONLY 403 (400 inside a save result),
 * NOT_FOUND 404, MALFORMED_QUERY / INVALID_FIELD / INVALID_TYPE / REQUIRED_FIELD_MISSING /
 * FIELD_CUSTOM_VALIDATION_EXCEPTION / DUPLICATE_VALUE / … 400, REQUEST_LIMIT_EXCEEDED 403.
 */
export class SalesforceError extends Error {
    readonly status: number;
    readonly errorCode: string;
    readonly fields: string[];

    constructor(status: number, errorCode: string, message: string, fields: string[] = []) {
        super(message);
        this.name = 'SalesforceError';
        this.status = status;
        this.errorCode = errorCode;
        this.fields = fields;
    }

    /** The error as one entry of the response body's list. */
    toJSON(): { message: string; errorCode: string; fields: string[] } {
        return { message: this.message, errorCode: this.errorCode, fields: this.fields };
    }
}
