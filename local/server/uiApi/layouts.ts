import type { LayoutSlot, PageLayoutDefinition } from '../../metadata/pageLayouts';
import { jsonResponse, type ApiRequest, type ApiResponse } from '../apiExchange';
import { requiredOnSave, type CallerSchema, type DescribedField, type DescribedObject } from './callerSchema';
import { eTagOf, metadataId } from './metadataIds';
import type { PackageUi } from './packageUi';
import { MASTER_RECORD_TYPE_ID } from './recordRepresentation';
import { illegalParameter } from './uiApiErrors';

/**
 * `GET ui-api/layout/{objectApiName}`: the object's page layout as a Record Layout (User Interface
 * API Developer Guide, "Record Layout", "Record Layout Section", "Record Layout Row", "Record
 * Layout Item"), for the caller: fields they cannot read are left out, as describeLayout leaves
 * them out, and a column closes up over them. The layout is the one the package assigns; the
 * package has no profiles, so it is the object's only layout. An object the package gives no
 * layout (a standard object) gets the platform's plain one: its fields in one two-column section,
 * then the system information; its `id` is null because no layout metadata stands behind it.
 */

type LayoutMode = 'View' | 'Edit' | 'Create';

interface LayoutComponent {
    apiName: string | null;
    componentType: 'Field' | 'EmptySpace';
    label?: string;
}

interface RecordLayoutItem {
    editableForNew: boolean;
    editableForUpdate: boolean;
    label: string;
    layoutComponents: LayoutComponent[];
    lookupIdApiName: string | null;
    required: boolean;
    sortable: boolean;
    uiBehavior: string | null;
}

interface RecordLayoutSection {
    collapsible: boolean;
    columns: number;
    heading: string;
    id: string;
    layoutRows: { layoutItems: RecordLayoutItem[] }[];
    rows: number;
    tabOrder: 'LeftRight' | 'TopDown';
    useHeading: boolean;
}

/** A Record Layout as the guide gives it. */
export interface RecordLayout {
    eTag: string;
    id: string | null;
    layoutType: 'Full';
    mode: LayoutMode;
    objectApiName: string;
    recordTypeId: string;
    saveOptions: never[];
    sections: RecordLayoutSection[];
}

const MODES: LayoutMode[] = ['View', 'Edit', 'Create'];
/** Fields the platform sets: never on a layout in Create mode. */
const AUDIT_FIELDS = new Set(['createdbyid', 'createddate', 'lastmodifiedbyid', 'lastmodifieddate', 'systemmodstamp']);
/** Left off the plain layout of an object without one. */
const HIDDEN_FIELDS = new Set(['id', 'isdeleted', 'lastvieweddate', 'lastreferenceddate', ...AUDIT_FIELDS]);

/** The plain layout the platform gives an object without layout metadata. */
function plainLayout(object: DescribedObject): PageLayoutDefinition {
    const slots: LayoutSlot[] = object.fields
        .filter((field) => !HIDDEN_FIELDS.has(field.name.toLowerCase()))
        .map((field) => ({
            field: field.name,
            behavior: field.calculated || field.autoNumber ? 'Readonly' : 'Edit',
            emptySpace: false
        }));
    const half = Math.ceil(slots.length / 2);
    const audit = (name: string): LayoutSlot[] => [{ field: name, behavior: 'Readonly', emptySpace: false }];
    return {
        objectName: object.name,
        name: '',
        sections: [
            {
                label: 'Information',
                detailHeading: true,
                editHeading: true,
                style: 'TwoColumnsTopToBottom',
                columns: [slots.slice(0, half), slots.slice(half)]
            },
            {
                label: 'System Information',
                detailHeading: true,
                editHeading: true,
                style: 'TwoColumnsTopToBottom',
                columns: [audit('CreatedById'), audit('LastModifiedById')]
            }
        ]
    };
}

/** The layout the package assigns to the object (its only one), or the plain one when it has none. */
function assignedLayout(ui: PackageUi, object: DescribedObject): PageLayoutDefinition {
    const layouts = ui.layouts(object.name);
    if (layouts.length > 1) {
        throw new Error(
            `The package has ${layouts.length} layouts for ${object.name} (${layouts.map((layout) => layout.name).join(', ')}) and assigns none; the local org cannot tell which one a user sees.`
        );
    }
    return layouts[0] ?? plainLayout(object);
}

function emptySpace(): RecordLayoutItem {
    return {
        editableForNew: false,
        editableForUpdate: false,
        label: '',
        layoutComponents: [{ apiName: null, componentType: 'EmptySpace' }],
        lookupIdApiName: null,
        required: false,
        sortable: false,
        uiBehavior: null
    };
}

/** A lookup's item reads as the related record ("Created By"), not as its ID field ("Created By ID"). */
function itemLabel(field: DescribedField): string {
    return field.type === 'reference' ? field.label.replace(/ ID$/, '') : field.label;
}

function fieldItem(field: DescribedField, behavior: string): RecordLayoutItem {
    const editable = behavior !== 'Readonly';
    return {
        editableForNew: editable && field.createable,
        editableForUpdate: editable && field.updateable,
        label: itemLabel(field),
        layoutComponents: [{ apiName: field.name, componentType: 'Field', label: field.label }],
        lookupIdApiName: field.type === 'reference' ? field.name : field.nameField ? 'Id' : null,
        required: behavior === 'Required' || requiredOnSave(field),
        sortable: false,
        uiBehavior: behavior
    };
}

/** The item of one slot for the caller in this mode; null when it is left out. */
function slotItem(
    schema: CallerSchema,
    object: DescribedObject,
    layout: PageLayoutDefinition,
    slot: LayoutSlot,
    mode: LayoutMode
): RecordLayoutItem | null {
    if (slot.other) {
        throw new Error(
            `The local org cannot show the ${slot.other} placed on the ${layout.name} layout of ${object.name}.`
        );
    }
    if (slot.emptySpace || !slot.field) {
        return emptySpace();
    }
    const field = schema.field(object, slot.field);
    if (!field) {
        return null;
    }
    // Calculated and platform-set fields are shown in view and edit, never on a new record's form.
    if (mode === 'Create' && (field.calculated || field.autoNumber || AUDIT_FIELDS.has(field.name.toLowerCase()))) {
        return null;
    }
    return fieldItem(field, slot.behavior ?? 'Edit');
}

/** The Record Layout of the object's assigned layout, for the caller and mode. */
export function recordLayout(
    ui: PackageUi,
    schema: CallerSchema,
    object: DescribedObject,
    mode: LayoutMode
): RecordLayout {
    const layout = assignedLayout(ui, object);
    const layoutKey = `${object.name}-${layout.name}`;
    const sections: RecordLayoutSection[] = [];
    layout.sections.forEach((section, index) => {
        const columns = section.columns.map((column) =>
            column
                .map((slot) => slotItem(schema, object, layout, slot, mode))
                .filter((item): item is RecordLayoutItem => item !== null)
        );
        if (!columns.some((column) => column.some((item) => item.layoutComponents[0].componentType === 'Field'))) {
            return;
        }
        const rowCount = Math.max(...columns.map((column) => column.length));
        const layoutRows = Array.from({ length: rowCount }, (_, row) => ({
            layoutItems: columns.map((column) => column[row] ?? emptySpace())
        }));
        const useHeading = mode === 'View' ? section.detailHeading : section.editHeading;
        sections.push({
            collapsible: useHeading,
            columns: columns.length,
            heading: section.label,
            id: metadataId('01B', `${layoutKey}/${index}`),
            layoutRows,
            rows: rowCount,
            tabOrder: section.style === 'TwoColumnsLeftToRight' ? 'LeftRight' : 'TopDown',
            useHeading
        });
    });
    const representation: Omit<RecordLayout, 'eTag'> = {
        id: layout.name === '' ? null : metadataId('00h', layoutKey),
        layoutType: 'Full',
        mode,
        objectApiName: object.name,
        recordTypeId: MASTER_RECORD_TYPE_ID,
        saveOptions: [],
        sections
    };
    return { eTag: eTagOf(representation), ...representation };
}

/** The API names of the fields a Record Layout shows, in its order. */
export function fieldsShown(layout: RecordLayout): string[] {
    return layout.sections.flatMap((section) =>
        section.layoutRows.flatMap((row) =>
            row.layoutItems.flatMap((item) =>
                item.layoutComponents
                    .filter((component) => component.componentType === 'Field' && component.apiName !== null)
                    .map((component) => component.apiName as string)
            )
        )
    );
}

/** The fields on the object's layout the caller reads: what a record answers a create or update with. */
export function layoutFields(ui: PackageUi, schema: CallerSchema, object: DescribedObject): DescribedField[] {
    const fields = new Map<string, DescribedField>();
    for (const section of assignedLayout(ui, object).sections) {
        for (const slot of section.columns.flat()) {
            const field = slot.field ? schema.field(object, slot.field) : undefined;
            if (field) {
                fields.set(field.name, field);
            }
        }
    }
    return [...fields.values()];
}

function modeOf(value: string | null): LayoutMode {
    const mode = MODES.find((candidate) => candidate.toLowerCase() === (value ?? 'View').toLowerCase());
    if (!mode) {
        throw illegalParameter(`mode ${value} is not one the local org serves: ${MODES.join(', ')}.`);
    }
    return mode;
}

/** `GET ui-api/layout/{objectApiName}?layoutType=Full&mode=View&recordTypeId=`. */
export function layoutRoute(
    request: ApiRequest,
    schema: CallerSchema,
    ui: PackageUi,
    objectApiName: string
): ApiResponse {
    const layoutType = request.query.get('layoutType') ?? 'Full';
    if (layoutType.toLowerCase() !== 'full') {
        throw illegalParameter(`layoutType ${layoutType}: the local org serves the Full layout only.`);
    }
    const recordTypeId = request.query.get('recordTypeId');
    if (recordTypeId !== null && recordTypeId.slice(0, 15) !== MASTER_RECORD_TYPE_ID.slice(0, 15)) {
        throw illegalParameter(`recordTypeId ${recordTypeId}: ${objectApiName} has only the master record type.`);
    }
    const object = schema.object(objectApiName);
    return jsonResponse(200, recordLayout(ui, schema, object, modeOf(request.query.get('mode'))));
}
