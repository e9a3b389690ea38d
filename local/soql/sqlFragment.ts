/** A piece of SQL with its positional parameters, kept together so they never drift apart. */
export interface SqlFragment {
    sql: string;
    params: unknown[];
}

export function fragment(sql: string, params: unknown[] = []): SqlFragment {
    return { sql, params };
}

/** Joins fragments in order with `separator`; parameters follow the text order. */
export function joinFragments(parts: SqlFragment[], separator: string): SqlFragment {
    return { sql: parts.map((part) => part.sql).join(separator), params: parts.flatMap((part) => part.params) };
}

/** A table or column name, double-quoted. Names come from the schema, never from values. */
export function quoteName(name: string): string {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
        throw new RangeError(`"${name}" is not an API name that can name a table or column.`);
    }
    return `"${name}"`;
}

/** `alias."Column"` */
export function column(alias: string, name: string): string {
    return `${alias}.${quoteName(name)}`;
}
