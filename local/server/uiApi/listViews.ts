import type { ListViewDefinition } from '../../metadata/listViews';
import { jsonResponse, notFound, type ApiRequest, type ApiResponse } from '../apiExchange';
import { invalidField, type CallerSchema, type DescribedField, type DescribedObject } from './callerSchema';
import { userFormat } from './displayValues';
import { addFieldPath, emptySelection, soqlFields, type FieldSelection } from './fieldSelection';
import { listViewCondition } from './listViewFilters';
import { eTagOf, metadataId } from './metadataIds';
import type { PackageUi } from './packageUi';
import { recordRepresentation } from './recordRepresentation';
import { illegalParameter, invalidInput } from './uiApiErrors';

/**
 * The list views of the package's listViews metadata (User Interface API Developer Guide, API
 * 65.0): `GET list-info/{objectApiName}` ("Get List Views for an Object": List Info Summary
 * Collection), `GET list-info/{objectApiName}/{listViewApiName}` ("Get List View Metadata": List
 * Info) and `GET list-records/{objectApiName}/{listViewApiName}` ("Get List View Records with URL
 * Parameters": List Record Collection). For API 65.0 the guide presents list-info and
 * list-records; the older list-ui resources are deprecated there and not served. Records come
 * from one SOQL query as the caller (listViewFilters), so sharing and field-level security apply.
 */

interface ListColumn {
    fieldApiName: string;
    label: string;
    lookupId: string | null;
    searchable: boolean;
    sortable: boolean;
}

/** Column tokens of standard fields as list view metadata writes them, as field paths. */
const STANDARD_COLUMNS: Readonly<Record<string, string[]>> = {
    CREATED_DATE: ['CreatedDate'],
    LAST_UPDATE: ['LastModifiedDate'],
    'OWNER.ALIAS': ['Owner', 'Alias'],
    'OWNER.FIRST_NAME': ['Owner', 'FirstName'],
    'OWNER.LAST_NAME': ['Owner', 'LastName'],
    'CREATEDBY_USER.ALIAS': ['CreatedBy', 'Alias'],
    'UPDATEDBY_USER.ALIAS': ['LastModifiedBy', 'Alias']
};
const SEARCHABLE_TYPES = new Set(['string', 'picklist', 'email', 'phone', 'url', 'textarea']);
const DEFAULT_PAGE_SIZE = 50;
const LIST_INFO_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 2000;
/** The largest SOQL OFFSET, so the deepest page a token can start at. */
const MAX_OFFSET = 2000;

function listViewOf(ui: PackageUi, object: DescribedObject, listViewApiName: string): ListViewDefinition {
    const view = ui
        .listViews(object.name)
        .find((candidate) => candidate.name.toLowerCase() === listViewApiName.toLowerCase());
    if (!view) {
        throw notFound();
    }
    return view;
}

function listReference(object: DescribedObject, view: ListViewDefinition): Record<string, unknown> {
    return {
        id: metadataId('00B', `${object.name}.${view.name}`),
        listViewApiName: view.name,
        objectApiName: object.name,
        type: 'listView'
    };
}

/** A column the caller reads, as a field path: a lookup shows its record's name, with the lookup as lookupId. */
function columnOf(
    schema: CallerSchema,
    object: DescribedObject,
    view: ListViewDefinition,
    column: string
): { column: ListColumn; path: string[] } | null {
    if (column === 'NAME') {
        const name = schema.nameField(object);
        return name
            ? {
                  column: {
                      fieldApiName: name.name,
                      label: name.label,
                      lookupId: 'Id',
                      searchable: true,
                      sortable: name.sortable
                  },
                  path: [name.name]
              }
            : null;
    }
    if (/^[A-Z_.]+$/.test(column) && !column.includes('__')) {
        const standard = STANDARD_COLUMNS[column];
        if (!standard) {
            throw invalidInput(
                `The local org cannot show the column ${column} of the list view ${object.name}.${view.name}.`
            );
        }
        return pathColumn(schema, object, standard);
    }
    const field = schema.field(object, column);
    if (!field) {
        return null;
    }
    if (field.type === 'reference') {
        const target = schema.target(field);
        const name = target ? schema.nameField(target) : undefined;
        if (!field.relationshipName || !name) {
            return null;
        }
        return {
            column: {
                fieldApiName: `${field.relationshipName}.${name.name}`,
                label: field.label,
                lookupId: field.name,
                searchable: false,
                sortable: field.sortable
            },
            path: [field.relationshipName, name.name]
        };
    }
    return {
        column: {
            fieldApiName: field.name,
            label: field.label,
            lookupId: null,
            searchable: SEARCHABLE_TYPES.has(field.type),
            sortable: field.sortable
        },
        path: [field.name]
    };
}

/** A standard column through a relationship (`Owner.Alias`), when the caller reads every part. */
function pathColumn(
    schema: CallerSchema,
    object: DescribedObject,
    path: string[]
): { column: ListColumn; path: string[] } | null {
    if (path.length === 1) {
        const field = schema.field(object, path[0]);
        return field
            ? {
                  column: {
                      fieldApiName: field.name,
                      label: field.label,
                      lookupId: null,
                      searchable: false,
                      sortable: field.sortable
                  },
                  path
              }
            : null;
    }
    const reference = schema.relationship(object, path[0]);
    const target = reference ? schema.target(reference) : null;
    const field = target ? schema.field(target, path[1]) : undefined;
    return reference && field
        ? {
              column: {
                  fieldApiName: path.join('.'),
                  label: `${reference.label.replace(/ ID$/, '')} ${field.label}`,
                  lookupId: reference.name,
                  searchable: false,
                  sortable: field.sortable
              },
              path
          }
        : null;
}

function columnsOf(
    schema: CallerSchema,
    object: DescribedObject,
    view: ListViewDefinition
): { column: ListColumn; path: string[] }[] {
    return view.columns
        .map((column) => columnOf(schema, object, view, column))
        .filter((entry): entry is { column: ListColumn; path: string[] } => entry !== null);
}

const OPERATORS: Readonly<Record<string, string>> = {
    equals: 'Equals',
    notEqual: 'NotEqual',
    lessThan: 'LessThan',
    greaterThan: 'GreaterThan',
    lessOrEqual: 'LessOrEqual',
    greaterOrEqual: 'GreaterOrEqual',
    contains: 'Contains',
    notContain: 'NotContain',
    startsWith: 'StartsWith',
    includes: 'Includes',
    excludes: 'Excludes',
    within: 'Within'
};

/** A filter value as the list shows it: a picklist value's label, a checkbox's True or False. */
function operandLabel(field: DescribedField | undefined, value: string): string {
    if (field?.type === 'boolean') {
        return ['1', 'true'].includes(value.toLowerCase()) ? 'True' : 'False';
    }
    return field?.picklistValues.find((entry) => entry.value === value)?.label ?? value;
}

/** The name field, ascending: how a list view without a saved sort is ordered. */
function defaultOrder(schema: CallerSchema, object: DescribedObject): DescribedField | undefined {
    return schema.nameField(object);
}

/** The List Info of a list view for the caller (guide, "List Info", "List Column", "List Filter by Info"). */
function listInfo(schema: CallerSchema, object: DescribedObject, view: ListViewDefinition): Record<string, unknown> {
    const order = defaultOrder(schema, object);
    const columns = columnsOf(schema, object, view).map((entry) => entry.column);
    const representation = {
        cloneable: object.createable,
        createable: object.createable,
        deletable: false,
        displayColumns: columns,
        filterLogicString: view.booleanFilter ?? null,
        filteredByInfo: view.filters.map((line) => {
            const field = schema.field(object, line.field);
            return {
                fieldApiName: line.field,
                label: field?.label ?? line.field,
                operandLabels:
                    line.value === '' ? [] : line.value.split(',').map((value) => operandLabel(field, value.trim())),
                operator: OPERATORS[line.operation] ?? line.operation
            };
        }),
        inlineEditDetails: null,
        label: view.label,
        listReference: listReference(object, view),
        listShares: [],
        objectApiNames: [object.name],
        orderedByInfo: order ? [{ fieldApiName: order.name, isAscending: true, label: order.label }] : [],
        scope:
            view.filterScope === 'Mine'
                ? { apiName: 'mine', entity: null, label: 'My', relatedEntity: null }
                : { apiName: 'everything', entity: null, label: 'All', relatedEntity: null },
        searchable: columns.some((column) => column.searchable),
        updateable: false,
        userPreferences: {
            columnWidths: Object.fromEntries(columns.map((column) => [column.fieldApiName, -1])),
            columnWrap: Object.fromEntries(columns.map((column) => [column.fieldApiName, false]))
        },
        visibility: view.restrictions.includes('sharedTo') ? 'Shared' : 'Public',
        visibilityEditable: false
    };
    return { eTag: eTagOf(representation), ...representation };
}

function wholeNumber(request: ApiRequest, name: string, fallback: number, min: number, max: number): number {
    const text = request.query.get(name);
    if (text === null) {
        return fallback;
    }
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
        throw illegalParameter(`${name} ${text} is not a whole number from ${min} to ${max}.`);
    }
    return value;
}

/** `GET list-info/{objectApiName}`: the object's list views, paged, optionally those whose label holds `q`. */
function listInfoSummaries(request: ApiRequest, ui: PackageUi, object: DescribedObject): ApiResponse {
    if (request.query.get('recentListsOnly') === 'true') {
        throw illegalParameter('The local org keeps no recently used list views (recentListsOnly).');
    }
    const pageSize = wholeNumber(request, 'pageSize', LIST_INFO_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    const offset = wholeNumber(request, 'pageToken', 0, 0, MAX_OFFSET);
    const q = request.query.get('q');
    const base = `/services/data/v${request.version}/ui-api`;
    const views = ui
        .listViews(object.name)
        .filter((view) => q === null || view.label.toLowerCase().includes(q.toLowerCase().replace(/\*/g, '')));
    const page = views.slice(offset, offset + pageSize);
    const pageUrl = (token: number): string =>
        `${base}/list-info/${object.name}?pageSize=${pageSize}&pageToken=${token}${q === null ? '' : `&q=${encodeURIComponent(q)}`}`;
    const next = offset + pageSize < views.length ? offset + pageSize : null;
    const previous = offset > 0 ? Math.max(0, offset - pageSize) : null;
    const lists = page.map((view) => ({
        apiName: view.name,
        id: metadataId('00B', `${object.name}.${view.name}`),
        label: view.label,
        url: `${base}/list-info/${object.name}/${view.name}`
    }));
    return jsonResponse(200, {
        count: lists.length,
        currentPageToken: String(offset),
        currentPageUrl: pageUrl(offset),
        eTag: eTagOf(lists),
        lists,
        nextPageToken: next === null ? null : String(next),
        nextPageUrl: next === null ? null : pageUrl(next),
        objectApiName: object.name,
        pageSize,
        previousPageToken: previous === null ? null : String(previous),
        previousPageUrl: previous === null ? null : pageUrl(previous),
        queryString: q,
        recentListsOnly: false
    });
}

/** `fields` / `optionalFields` of list-records: `Object.Field` paths of the list's object. */
function addRequestedFields(
    schema: CallerSchema,
    selection: FieldSelection,
    request: ApiRequest,
    name: string
): string[] {
    const requested = request.query
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => value !== '');
    for (const text of requested) {
        const [objectName, ...path] = text.split('.');
        const refusal =
            objectName.toLowerCase() === selection.object.name.toLowerCase()
                ? addFieldPath(schema, selection, path)
                : invalidField(text, selection.object.name);
        if (refusal && name === 'fields') {
            throw refusal;
        }
    }
    return requested;
}

/** `sortBy=Field` or `-Field` (descending): one sortable field path of the object. */
function orderBy(schema: CallerSchema, object: DescribedObject, sortBy: string | null): string {
    if (sortBy === null) {
        const order = defaultOrder(schema, object);
        return order ? `${order.name} ASC, Id ASC` : 'Id ASC';
    }
    if (sortBy.includes(',')) {
        throw illegalParameter(`sortBy ${sortBy}: one field per request.`);
    }
    const descending = sortBy.startsWith('-');
    const path = sortBy.replace(/^-/, '').split('.');
    const probe = emptySelection(object);
    const refusal = addFieldPath(schema, probe, path);
    if (refusal) {
        throw refusal;
    }
    // The probe holds the one path: follow its parents down to the field sorted on.
    let selection = probe;
    while (selection.parents.size > 0) {
        selection = [...selection.parents.values()][0].selection;
    }
    const field = [...selection.fields.values()][0];
    if (!field.sortable) {
        throw illegalParameter(`sortBy ${sortBy}: ${field.name} cannot be sorted.`);
    }
    return `${path.join('.')} ${descending ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}, Id ASC`;
}

/** `GET list-records/{objectApiName}/{listViewApiName}?pageSize=&pageToken=&sortBy=&fields=&optionalFields=`. */
function listRecords(
    request: ApiRequest,
    schema: CallerSchema,
    object: DescribedObject,
    view: ListViewDefinition
): ApiResponse {
    for (const parameter of ['where', 'searchTerm']) {
        if (request.query.has(parameter)) {
            throw illegalParameter(`The local org does not serve the ${parameter} parameter of list-records.`);
        }
    }
    const pageSize = wholeNumber(request, 'pageSize', DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    const offset = wholeNumber(request, 'pageToken', 0, 0, MAX_OFFSET);
    const sortBy = request.query.get('sortBy');
    const selection = emptySelection(object);
    for (const { path } of columnsOf(schema, object, view)) {
        const refusal = addFieldPath(schema, selection, path);
        if (refusal) {
            throw refusal;
        }
        const lookup = path.length > 1 ? schema.relationship(object, path[0]) : undefined;
        if (lookup) {
            selection.fields.set(lookup.name, lookup);
        }
    }
    for (const system of ['CreatedDate', 'LastModifiedById', 'LastModifiedDate', 'SystemModstamp', 'Id']) {
        addFieldPath(schema, selection, [system]);
    }
    const fields = addRequestedFields(schema, selection, request, 'fields');
    const optionalFields = addRequestedFields(schema, selection, request, 'optionalFields');
    const condition = listViewCondition(schema, object, view);
    const soql =
        `SELECT ${soqlFields(schema, selection).join(', ')} FROM ${object.name}` +
        (condition ? ` WHERE ${condition}` : '') +
        ` ORDER BY ${orderBy(schema, object, sortBy)} LIMIT ${pageSize + 1} OFFSET ${offset}`;
    const found = schema.org.query(schema.caller, soql).records;
    const format = userFormat(schema.org, schema.caller);
    const records = found.slice(0, pageSize).map((record) => recordRepresentation(schema, record, selection, format));
    const base = `/services/data/v${request.version}/ui-api/list-records/${object.name}/${view.name}`;
    const pageUrl = (token: number): string =>
        `${base}?pageSize=${pageSize}&pageToken=${token}${sortBy === null ? '' : `&sortBy=${encodeURIComponent(sortBy)}`}`;
    const next = found.length > pageSize && offset + pageSize <= MAX_OFFSET ? offset + pageSize : null;
    const previous = offset > 0 ? Math.max(0, offset - pageSize) : null;
    return jsonResponse(200, {
        count: records.length,
        currentPageToken: String(offset),
        currentPageUrl: pageUrl(offset),
        fields,
        listInfoETag: listInfo(schema, object, view).eTag,
        listReference: listReference(object, view),
        nextPageToken: next === null ? null : String(next),
        nextPageUrl: next === null ? null : pageUrl(next),
        optionalFields,
        pageSize,
        previousPageToken: previous === null ? null : String(previous),
        previousPageUrl: previous === null ? null : pageUrl(previous),
        records,
        sortBy
    });
}

/** `ui-api/list-info/…` (rest after list-info) and `ui-api/list-records/…`. */
export function listViewsRoute(
    request: ApiRequest,
    schema: CallerSchema,
    ui: PackageUi,
    resource: 'list-info' | 'list-records',
    rest: string[]
): ApiResponse {
    const object = rest.length === 1 || rest.length === 2 ? schema.object(rest[0]) : null;
    if (!object || (resource === 'list-records' && rest.length !== 2)) {
        throw notFound();
    }
    if (rest.length === 1) {
        return listInfoSummaries(request, ui, object);
    }
    const view = listViewOf(ui, object, rest[1]);
    return resource === 'list-info'
        ? jsonResponse(200, listInfo(schema, object, view))
        : listRecords(request, schema, object, view);
}
