import { JobError } from '../cli/exitCodes';

interface SaveResultLike {
    success: boolean;
    id?: string;
    errors?: unknown[];
}

/**
 * jsforce reports refused records in its results instead of throwing; a seed step that ignored
 * them would go on with half its records. This turns the first refusal into a JobError naming the
 * object, the record and the field(s).
 */
export function assertSaved(objectName: string, results: SaveResultLike[], labelOf: (index: number) => string): void {
    const failures = results
        .map((result, index) => ({ result, index }))
        .filter(({ result }) => !result.success)
        .map(({ result, index }) => {
            const errors = (result.errors ?? []) as {
                message?: string;
                statusCode?: string;
                errorCode?: string;
                fields?: string[];
            }[];
            // Under allOrNone the good records are reported as rolled back; the cause is elsewhere.
            const cause =
                errors.find((e) => (e.statusCode ?? e.errorCode) !== 'ALL_OR_NONE_OPERATION_ROLLED_BACK') ?? errors[0];
            return { index, cause };
        });
    const real =
        failures.find(
            (f) => f.cause && (f.cause.statusCode ?? f.cause.errorCode) !== 'ALL_OR_NONE_OPERATION_ROLLED_BACK'
        ) ?? failures[0];
    if (real) {
        const fields = real.cause?.fields?.length ? ` (field ${real.cause.fields.join(', ')})` : '';
        const code = real.cause?.statusCode ?? real.cause?.errorCode;
        throw new JobError(
            `${objectName} ${labelOf(real.index)} was refused${fields}: ${code ? `${code}: ` : ''}${real.cause?.message ?? 'no message'}`
        );
    }
}
