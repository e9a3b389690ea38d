import { SalesforceError } from '../org/salesforceError';

/**
 * The refusals SOQL gives, worded as the platform words them (errorCode and the sentence after the
 * "ERROR at Row:…" locator, which the local org does not reproduce). All are HTTP 400.
 */
export function malformedQuery(message: string): SalesforceError {
    return new SalesforceError(400, 'MALFORMED_QUERY', message);
}

/** A feature the local org does not implement: refused by name, never answered wrongly. */
export function unsupported(feature: string): SalesforceError {
    return malformedQuery(`${feature} is not supported by the local org's SOQL.`);
}

export function invalidType(objectName: string): SalesforceError {
    return new SalesforceError(
        400,
        'INVALID_TYPE',
        `sObject type '${objectName}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
    );
}

export function noSuchColumn(fieldName: string, entity: string): SalesforceError {
    return new SalesforceError(
        400,
        'INVALID_FIELD',
        `No such column '${fieldName}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
    );
}

export function unknownParentRelationship(name: string): SalesforceError {
    return new SalesforceError(
        400,
        'INVALID_FIELD',
        `Didn't understand relationship '${name}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`
    );
}

export function unknownChildRelationship(name: string): SalesforceError {
    return new SalesforceError(
        400,
        'INVALID_TYPE',
        `Didn't understand relationship '${name}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`
    );
}

/** A literal of the wrong kind for its field (a quoted number, an unquoted text, …). */
export function wrongValueType(fieldName: string, expected: string, quoted: boolean): SalesforceError {
    return new SalesforceError(
        400,
        'INVALID_FIELD',
        `value of filter criterion for field '${fieldName}' must be of type ${expected} and should ${quoted ? '' : 'not '}be enclosed in quotes`
    );
}

/** An operator the field's type does not take (LIKE on a number, INCLUDES on a picklist, …). */
export function invalidOperator(operator: string, fieldName: string): SalesforceError {
    return new SalesforceError(
        400,
        'INVALID_QUERY_FILTER_OPERATOR',
        `invalid operator on ${fieldName}: ${operator} cannot be used with this field type`
    );
}

/** An ID literal that is not a 15- or 18-character Salesforce ID. */
export function invalidId(text: string): SalesforceError {
    return new SalesforceError(400, 'INVALID_QUERY_FILTER_OPERATOR', `invalid ID field: ${text}`);
}
