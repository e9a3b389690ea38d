import type { FieldInfo, ListColumn, ObjectInfo } from 'shell/uiApiRecords';

/**
 * A related list's columns and rows: columns from the page layout's related list (or, for a list
 * the layout does not carry, from the child object's list view), rows from one REST query of the
 * children whose lookup points at the record, turned into lightning-datatable rows and columns.
 */
export interface RelatedColumn {
    /** The SOQL path of the value shown: `Name`, `Agent__r.Name`. */
    path: string;
    label: string;
    /** The path of the ID the value links to: `Id` for the name, `Agent__c` for a lookup. */
    lookupId: string | null;
    field: FieldInfo | null;
}

export interface DatatableColumn {
    label: string;
    fieldName: string;
    type: string;
    typeAttributes?: Record<string, unknown>;
    cellAttributes?: Record<string, unknown>;
}

/** Columns from a page layout related list's fields (`NAME`, field names); fields the user cannot read are left out. */
export function layoutColumns(child: ObjectInfo, fieldNames: string[], parentLookup: string): RelatedColumn[] {
    return fieldNames
        .map((name): RelatedColumn | null => {
            if (name === 'NAME') {
                const nameField = child.nameFields[0] ?? 'Name';
                return {
                    path: nameField,
                    label: child.fields[nameField]?.label ?? 'Name',
                    lookupId: 'Id',
                    field: null
                };
            }
            const field = child.fields[name];
            if (!field || name === parentLookup) {
                return null;
            }
            const target = field.referenceToInfos[0];
            if (field.dataType === 'Reference' && field.relationshipName && target) {
                return {
                    path: `${field.relationshipName}.${target.nameFields[0] ?? 'Name'}`,
                    label: field.label.replace(/ ID$/, ''),
                    lookupId: field.apiName,
                    field: null
                };
            }
            return { path: field.apiName, label: field.label, lookupId: null, field };
        })
        .filter((column): column is RelatedColumn => column !== null);
}

/** Columns from a list view's display columns, leaving out the lookup to the parent (every row has it). */
export function listViewColumns(child: ObjectInfo, columns: ListColumn[], parentLookup: string): RelatedColumn[] {
    return columns
        .filter((column) => column.lookupId !== parentLookup)
        .map((column) => ({
            path: column.fieldApiName,
            label: column.label,
            lookupId: column.lookupId,
            field: column.fieldApiName.includes('.') ? null : (child.fields[column.fieldApiName] ?? null)
        }));
}

function quoted(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** One more row than shown, so the list knows whether there are more. */
export function relatedQuery(
    childObjectApiName: string,
    parentLookup: string,
    recordId: string,
    columns: RelatedColumn[],
    rows: number
): string {
    const fields = new Set(['Id']);
    for (const column of columns) {
        fields.add(column.path);
        if (column.lookupId) {
            fields.add(column.lookupId);
        }
    }
    return (
        `SELECT ${[...fields].join(', ')} FROM ${childObjectApiName} WHERE ${parentLookup} = ${quoted(recordId)}` +
        ` ORDER BY CreatedDate DESC LIMIT ${rows + 1}`
    );
}

function valueAt(row: Record<string, unknown>, path: string): unknown {
    return path.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown> | null)?.[part], row);
}

function cellKey(path: string): string {
    return path.replace(/\./g, '_');
}

/** The object a linked ID belongs to: the row's own object for its name, else the lookup's target. */
function linkedObject(childObjectApiName: string, column: RelatedColumn, child: ObjectInfo): string | undefined {
    if (column.lookupId === 'Id') {
        return childObjectApiName;
    }
    return child.fields[column.lookupId ?? '']?.referenceToInfos[0]?.apiName;
}

/** A REST query row as a datatable row: each column's value, and a record page URL for each link. */
export function tableRow(
    row: Record<string, unknown>,
    columns: RelatedColumn[],
    childObjectApiName: string,
    child: ObjectInfo
): Record<string, unknown> {
    const cells: Record<string, unknown> = { Id: row.Id };
    for (const column of columns) {
        let value = valueAt(row, column.path);
        if (column.field?.dataType === 'Percent' && typeof value === 'number') {
            // The org keeps a percent as shown (85.5); the datatable's percent type expects a fraction.
            value = value / 100;
        }
        cells[cellKey(column.path)] = value;
        const id = column.lookupId ? valueAt(row, column.lookupId) : undefined;
        if (typeof id === 'string') {
            const objectApiName = linkedObject(childObjectApiName, column, child);
            cells[`${cellKey(column.path)}_url`] = objectApiName
                ? `/lightning/r/${objectApiName}/${id}/view`
                : `/lightning/r/${id}/view`;
        }
    }
    return cells;
}

const TYPES: Record<string, string> = {
    Boolean: 'boolean',
    Currency: 'currency',
    Date: 'date-local',
    DateTime: 'date',
    Double: 'number',
    Int: 'number',
    Email: 'email',
    Percent: 'percent',
    Phone: 'phone'
};

export function tableColumns(columns: RelatedColumn[]): DatatableColumn[] {
    return columns.map((column) => {
        const fieldName = cellKey(column.path);
        if (column.lookupId) {
            return {
                label: column.label,
                fieldName: `${fieldName}_url`,
                type: 'url',
                typeAttributes: { label: { fieldName }, target: '_self', tooltip: { fieldName } }
            };
        }
        const type = TYPES[column.field?.dataType ?? ''] ?? 'text';
        const typeAttributes: Record<string, unknown> | undefined =
            type === 'date'
                ? { year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' }
                : type === 'number' || type === 'percent'
                  ? { maximumFractionDigits: column.field?.scale ?? 2 }
                  : undefined;
        return typeAttributes
            ? { label: column.label, fieldName, type, typeAttributes }
            : { label: column.label, fieldName, type };
    });
}

export interface TileField {
    key: string;
    /** The value's own key: label and value are siblings in the tile's description list. */
    valueKey: string;
    label: string;
    text: string;
    url: string | null;
}

/** A value as a narrow tile shows it: dates, numbers and percents in the user's locale and time zone. */
function formatted(value: unknown, dataType: string | undefined, locale: string, timeZone: string): string {
    if (value === null || value === undefined || value === '') {
        return '';
    }
    switch (dataType) {
        case 'Date':
            return new Date(`${String(value)}T00:00:00Z`).toLocaleDateString(locale, {
                timeZone: 'UTC',
                dateStyle: 'medium'
            });
        case 'DateTime':
            return new Date(String(value)).toLocaleString(locale, {
                timeZone,
                dateStyle: 'medium',
                timeStyle: 'short'
            });
        case 'Percent':
            return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Number(value))}%`;
        case 'Double':
        case 'Int':
        case 'Currency':
            return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Number(value));
        case 'Boolean':
            return value === true ? 'Yes' : 'No';
        default:
            return String(value);
    }
}

/**
 * A related record as a tile, for lists too narrow for a table (a page's sidebar): its name as the
 * link, then the other columns as label and value, as Lightning Experience shows related lists there.
 */
export function tileFields(
    row: Record<string, unknown>,
    columns: RelatedColumn[],
    childObjectApiName: string,
    child: ObjectInfo,
    i18n: { locale: string; timeZone: string }
): TileField[] {
    const cells = tableRow(row, columns, childObjectApiName, child);
    return columns.map((column) => {
        const key = cellKey(column.path);
        const raw = valueAt(row, column.path);
        return {
            key,
            valueKey: `${key}-value`,
            label: column.label,
            text: formatted(raw, column.field?.dataType, i18n.locale, i18n.timeZone),
            url: (cells[`${key}_url`] as string | undefined) ?? null
        };
    });
}
