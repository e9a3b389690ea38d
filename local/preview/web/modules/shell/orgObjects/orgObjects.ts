import { callOrg } from 'preview/session';

/**
 * The objects the signed-in user can see, from the REST describe global (`sobjects`): an object
 * they cannot read is not listed. Asked once per page load (switching persona reloads the page),
 * so the shell can leave out what would only be refused, and find an object from a record ID.
 */
export interface DescribedObjectSummary {
    name: string;
    label: string;
    labelPlural: string;
    keyPrefix: string | null;
    queryable: boolean;
    createable: boolean;
}

let described: Promise<DescribedObjectSummary[]> | undefined;

export function describedObjects(): Promise<DescribedObjectSummary[]> {
    described ??= callOrg<{ sobjects: DescribedObjectSummary[] }>('sobjects').then((answer) => answer.sobjects);
    return described;
}

/** Forgets the answer (tests start each case afresh). */
export function forgetDescribedObjects(): void {
    described = undefined;
}

export async function canQuery(objectApiName: string): Promise<boolean> {
    return (await describedObjects()).some((object) => object.name === objectApiName && object.queryable);
}

/** The object a record ID belongs to, from its key prefix; null when the user sees no such object. */
export async function objectOfRecordId(recordId: string): Promise<string | null> {
    const prefix = recordId.slice(0, 3);
    return (await describedObjects()).find((object) => object.keyPrefix === prefix)?.name ?? null;
}
