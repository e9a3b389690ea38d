/**
 * The messages to show a person when the platform refuses something: a save refused by a
 * validation rule, a record they cannot see, a GraphQL query the org cannot answer. Components
 * show these words as the platform wrote them, never a generic "something went wrong".
 *
 * The shapes, as the LWC Developer Guide and the User Interface API Developer Guide give them:
 * - a failed wire or a rejected createRecord/updateRecord is a FetchResponse `{ status, statusText,
 *   body }`; its body is a list of Error Message `[{ errorCode, message }]`, or, for a refused
 *   save, an Error with Output `{ message, output: { errors, fieldErrors } }`;
 * - the graphql wire gives `errors`, a list of GraphQL errors `[{ message }]`;
 * - anything else thrown in the component is an Error.
 *
 * Pure: no platform modules, no I/O.
 */

interface MessageEntry {
    message?: unknown;
    fieldLabel?: unknown;
}

function text(value: unknown): string | null {
    return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** "Due Date: Name the coach and the due date." for a field error, the message alone otherwise. */
function entryMessage(entry: unknown): string | null {
    if (!entry || typeof entry !== 'object') {
        return text(entry);
    }
    const { message, fieldLabel } = entry as MessageEntry;
    const said = text(message);
    const label = text(fieldLabel);
    return said && label ? `${label}: ${said}` : said;
}

function bodyMessages(body: unknown): string[] {
    if (Array.isArray(body)) {
        return body.flatMap((entry) => entryMessage(entry) ?? []);
    }
    if (!body || typeof body !== 'object') {
        return text(body) ? [body as string] : [];
    }
    const { message, output } = body as { message?: unknown; output?: { errors?: unknown; fieldErrors?: unknown } };
    const fieldErrors =
        output?.fieldErrors && typeof output.fieldErrors === 'object'
            ? Object.values(output.fieldErrors as Record<string, unknown>).flat()
            : [];
    const outputMessages = [...(Array.isArray(output?.errors) ? output.errors : []), ...fieldErrors].flatMap(
        (entry) => entryMessage(entry) ?? []
    );
    if (outputMessages.length > 0) {
        return outputMessages;
    }
    const said = text(message);
    return said ? [said] : [];
}

/**
 * Every distinct message in an error (or a list of errors, as the graphql wire gives them), in
 * the order the platform gave them. Never empty: an error with no words of its own is described
 * by its HTTP status.
 */
export function errorMessages(error: unknown): string[] {
    const errors = Array.isArray(error) ? error : [error];
    const messages = errors.flatMap((one): string[] => {
        if (one instanceof Error) {
            return [one.message];
        }
        if (one && typeof one === 'object' && 'body' in one) {
            const failure = one as { status?: unknown; statusText?: unknown; body: unknown };
            const said = bodyMessages(failure.body);
            if (said.length > 0) {
                return said;
            }
            const status = [failure.status, failure.statusText].filter((part) => part !== undefined && part !== '');
            return [status.length > 0 ? `The request failed (${status.join(' ')}).` : 'The request failed.'];
        }
        const said = entryMessage(one);
        return said ? [said] : [];
    });
    return messages.length > 0 ? [...new Set(messages)] : ['The request failed without a message.'];
}

/** The messages as one sentence list, for a toast. */
export function errorSummary(error: unknown): string {
    return errorMessages(error).join(' ');
}
