/**
 * The message to show for a failed call to the local org. It answers as Salesforce does: REST
 * errors are a list of `{ errorCode, message }`, User Interface API record errors carry
 * `output.errors` and `output.fieldErrors`; callOrg rejects with a FetchResponse-shaped error whose
 * body is that answer.
 */
interface OrgErrorEntry {
    errorCode?: string;
    message?: string;
    field?: string;
    fieldLabel?: string;
}

function entries(body: unknown): OrgErrorEntry[] {
    if (Array.isArray(body)) {
        return body as OrgErrorEntry[];
    }
    if (body && typeof body === 'object') {
        const answer = body as {
            message?: string;
            output?: { errors?: OrgErrorEntry[]; fieldErrors?: Record<string, OrgErrorEntry[]> };
        };
        const output = answer.output;
        const outputErrors = [...(output?.errors ?? []), ...Object.values(output?.fieldErrors ?? {}).flat()];
        if (outputErrors.length > 0) {
            return outputErrors;
        }
        if (answer.message) {
            return [answer];
        }
    }
    return [];
}

export function errorMessage(error: unknown): string {
    if (error && typeof error === 'object' && 'body' in error) {
        const failure = error as { status?: number; statusText?: string; body: unknown };
        const messages = entries(failure.body)
            .map((entry) => (entry.fieldLabel ? `${entry.fieldLabel}: ${entry.message}` : entry.message))
            .filter((message): message is string => Boolean(message));
        if (messages.length > 0) {
            return [...new Set(messages)].join(' ');
        }
        return `The local org answered ${failure.status ?? ''} ${failure.statusText ?? ''}`.trim() + '.';
    }
    if (error instanceof Error) {
        return error.message;
    }
    return String(error);
}

/** The HTTP status of a failed call, when it was one. */
export function errorStatus(error: unknown): number | undefined {
    return error && typeof error === 'object' && 'status' in error ? (error as { status: number }).status : undefined;
}
