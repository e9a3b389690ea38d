// Declarations for the lightning/* platform modules used by Verity's components. Each follows
// the shape documented in the LWC Developer Guide and the Component Reference; add a module here
// when a component first needs it. The preview implements the same modules
// (local/preview/web/modules/lightning/) and its tests check each one against these declarations.

declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventDetail {
        title?: string;
        message: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
        messageData?: Array<string | { url: string; label: string }>;
    }
    export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
        constructor(detail: ShowToastEventDetail);
    }
}

declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';

    /** `Object.Field` (spanning: `Object.Relationship__r.Field`) or an `@salesforce/schema` import. */
    export type FieldReference = string | { objectApiName: string; fieldApiName?: string };
    type OneOrMany<T> = T | T[];

    /** A failed call, as the platform gives it to wires and rejected promises (FetchResponse). */
    export interface FetchResponse {
        status: number;
        statusText: string;
        ok: false;
        /** The User Interface API's error body, typically `[{ errorCode, message }]`. */
        body: unknown;
    }

    /** What a User Interface API wire provisions: both undefined while loading. */
    export interface WireResult<T> {
        data: T | undefined;
        error: FetchResponse | undefined;
    }

    /** A field's value in a record: raw, and formatted for the user (UI API "Field Value"). */
    export interface FieldValueRepresentation {
        displayValue: string | null;
        /** A spanning field's value is the related record. */
        value: FieldValue;
    }
    export type FieldValue = string | number | boolean | null | RecordRepresentation;

    export interface RecordTypeInfo {
        available: boolean;
        defaultRecordTypeMapping: boolean;
        master: boolean;
        name: string;
        recordTypeId: string;
    }

    /** UI API "Record". */
    export interface RecordRepresentation {
        apiName: string;
        childRelationships: Record<string, unknown>;
        eTag?: string;
        fields: Record<string, FieldValueRepresentation>;
        id: string;
        lastModifiedById: string | null;
        lastModifiedDate: string | null;
        recordTypeId: string | null;
        recordTypeInfo: RecordTypeInfo | null;
        systemModstamp: string | null;
        weakEtag: number;
    }

    /** UI API "Batch Results", as getRecords provisions it. */
    export interface RecordBatchResults {
        hasErrors: boolean;
        results: Array<{ statusCode: number; result: RecordRepresentation | unknown }>;
    }

    /** A record to create (with apiName) or update (with fields.Id): UI API "Record Input". */
    export interface RecordInput {
        apiName?: string | null;
        fields: Record<string, unknown>;
        allowSaveOnDuplicate?: boolean;
    }

    export interface GetRecordConfig {
        recordId: string;
        fields?: OneOrMany<FieldReference>;
        optionalFields?: OneOrMany<FieldReference>;
        layoutTypes?: OneOrMany<'Compact' | 'Full'>;
        modes?: OneOrMany<'Create' | 'Edit' | 'View'>;
    }

    export interface GetRecordsConfig {
        records: Array<{
            recordIds: string[];
            fields?: FieldReference[];
            optionalFields?: FieldReference[];
        }>;
    }

    /** UI API "Record Layout Item": one field (or a blank) of a layout row. */
    export interface RecordLayoutItem {
        editableForNew: boolean;
        editableForUpdate: boolean;
        label: string;
        layoutComponents: Array<{ apiName: string | null; componentType: 'Field' | 'EmptySpace'; label?: string }>;
        lookupIdApiName: string | null;
        required: boolean;
        sortable: boolean;
        uiBehavior: string | null;
    }

    /** UI API "Record Layout Section". */
    export interface RecordLayoutSection {
        collapsible: boolean;
        columns: number;
        heading: string;
        id: string;
        layoutRows: Array<{ layoutItems: RecordLayoutItem[] }>;
        rows: number;
        tabOrder: 'LeftRight' | 'TopDown';
        useHeading: boolean;
    }

    /** UI API "Record Layout". */
    export interface RecordLayout {
        id: string | null;
        layoutType: 'Full' | 'Compact';
        mode: 'Create' | 'Edit' | 'View';
        objectApiName: string;
        recordTypeId: string;
        saveOptions: unknown[];
        sections: RecordLayoutSection[];
    }

    /** The record of Record Defaults: not saved yet, so without an ID or modification dates. */
    export interface NewRecordRepresentation extends Omit<RecordRepresentation, 'id'> {
        id: null;
    }

    /**
     * UI API "Record Defaults": the layout for Create mode, the Object Info of the object and of the
     * objects its lookups point to (by API name), and the new record with each field's default.
     */
    export interface RecordDefaultsRepresentation {
        layout: RecordLayout;
        objectInfos: Record<string, import('lightning/uiObjectInfoApi').ObjectInfo>;
        record: NewRecordRepresentation;
    }

    export interface GetRecordCreateDefaultsConfig {
        objectApiName: import('lightning/uiObjectInfoApi').ObjectReference;
        /** The layout's display size; Large when left out. */
        formFactor?: 'Large' | 'Medium' | 'Small';
        /** The new record's record type; the object's default one when left out. */
        recordTypeId?: string;
        /** Fields beyond the layout's; one the user cannot read is left out, without an error. */
        optionalFields?: FieldReference[];
    }

    export const getRecord: WireAdapterConstructor<GetRecordConfig, WireResult<RecordRepresentation>>;
    export const getRecords: WireAdapterConstructor<GetRecordsConfig, WireResult<RecordBatchResults>>;
    /** LWC Developer Guide, "getRecordCreateDefaults": what a form needs to create a record of the object. */
    export const getRecordCreateDefaults: WireAdapterConstructor<
        GetRecordCreateDefaultsConfig,
        WireResult<RecordDefaultsRepresentation>
    >;

    export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function updateRecord(
        recordInput: RecordInput,
        clientOptions?: { ifUnmodifiedSince?: string }
    ): Promise<RecordRepresentation>;
    export function deleteRecord(recordId: string): Promise<void>;
    export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void>;

    /** The raw value; undefined when the record lacks the field (LWC Developer Guide, "getFieldValue"). */
    export function getFieldValue(
        record: RecordRepresentation | NewRecordRepresentation | null | undefined,
        field: FieldReference
    ): FieldValue | undefined;
    export function getFieldDisplayValue(
        record: RecordRepresentation | NewRecordRepresentation | null | undefined,
        field: FieldReference
    ): string | null | undefined;

    export function generateRecordInputForCreate(
        record: RecordRepresentation,
        objectInfo?: import('lightning/uiObjectInfoApi').ObjectInfo
    ): RecordInput;
    export function generateRecordInputForUpdate(
        record: RecordRepresentation,
        objectInfo?: import('lightning/uiObjectInfoApi').ObjectInfo
    ): RecordInput;
    export function createRecordInputFilteredByEditedFields(
        recordInput: RecordInput,
        originalRecord: RecordRepresentation
    ): RecordInput;
}

declare module 'lightning/uiObjectInfoApi' {
    import type { WireAdapterConstructor } from 'lwc';
    import type { FieldReference, RecordTypeInfo, WireResult } from 'lightning/uiRecordApi';

    /** An object's API name or an `@salesforce/schema` object import. */
    export type ObjectReference = string | { objectApiName: string };

    /** UI API "Field" (the properties the components read). */
    export interface FieldInfo {
        apiName: string;
        label: string;
        dataType: string;
        calculated: boolean;
        compound: boolean;
        controllerName: string | null;
        createable: boolean;
        custom: boolean;
        inlineHelpText: string | null;
        length: number;
        nameField: boolean;
        precision: number;
        reference: boolean;
        referenceToInfos: Array<{ apiName: string; nameFields: string[] }>;
        relationshipName: string | null;
        required: boolean;
        scale: number;
        sortable: boolean;
        updateable: boolean;
    }

    /** UI API "Object Info". */
    export interface ObjectInfo {
        apiName: string;
        label: string;
        labelPlural: string;
        keyPrefix: string | null;
        custom: boolean;
        createable: boolean;
        updateable: boolean;
        deletable: boolean;
        queryable: boolean;
        defaultRecordTypeId: string | null;
        nameFields: string[];
        fields: Record<string, FieldInfo>;
        recordTypeInfos: Record<string, RecordTypeInfo>;
        childRelationships: Array<{ childObjectApiName: string; fieldName: string; relationshipName: string }>;
        themeInfo: { color: string; iconUrl: string } | null;
    }

    /** UI API "Picklist Value". */
    export interface PicklistValue {
        attributes: Record<string, unknown> | null;
        label: string;
        validFor: number[];
        value: string;
    }

    /** UI API "Picklist Values": one field's values for a record type. */
    export interface PicklistValues {
        controllerValues: Record<string, number>;
        defaultValue: PicklistValue | null;
        url: string;
        values: PicklistValue[];
    }

    /** UI API "Picklist Values Collection": every picklist of a record type. */
    export interface PicklistValuesCollection {
        picklistFieldValues: Record<string, PicklistValues>;
    }

    export interface ObjectInfoBatchResults {
        results: Array<{ statusCode: number; result: ObjectInfo | unknown }>;
    }

    export interface ObjectInfoConfig {
        objectApiName: ObjectReference;
    }
    export interface ObjectInfosConfig {
        objectApiNames: ObjectReference[];
    }
    export interface PicklistValuesConfig {
        /** The object's defaultRecordTypeId, or the master record type 012000000000000AAA. */
        recordTypeId: string;
        fieldApiName: FieldReference;
    }
    export interface PicklistValuesByRecordTypeConfig {
        objectApiName: ObjectReference;
        recordTypeId: string;
    }

    export const getObjectInfo: WireAdapterConstructor<ObjectInfoConfig, WireResult<ObjectInfo>>;
    export const getObjectInfos: WireAdapterConstructor<ObjectInfosConfig, WireResult<ObjectInfoBatchResults>>;
    export const getPicklistValues: WireAdapterConstructor<PicklistValuesConfig, WireResult<PicklistValues>>;
    export const getPicklistValuesByRecordType: WireAdapterConstructor<
        PicklistValuesByRecordTypeConfig,
        WireResult<PicklistValuesCollection>
    >;
}

declare module 'lightning/uiGraphQLApi' {
    import type { WireAdapterConstructor } from 'lwc';

    /** A query parsed by `gql`; opaque to components. */
    export interface GraphqlDocument {
        readonly kind: 'Document';
        readonly source: string;
    }

    /** An error as the GraphQL response specification gives it. */
    export interface GraphqlError {
        message: string;
        locations?: Array<{ line: number; column: number }>;
        path?: Array<string | number>;
        extensions?: Record<string, unknown>;
    }

    /**
     * What the graphql wire provisions: `errors`, not `error`, as the GraphQL response
     * specification names it. The data follows the query's shape, so its type is the caller's.
     */
    export interface GraphqlResult<Data = any> {
        data: Data | undefined;
        errors: GraphqlError[] | undefined;
    }

    export interface GraphqlConfig {
        query: GraphqlDocument;
        variables?: Record<string, unknown>;
        operationName?: string;
    }

    export function gql(strings: TemplateStringsArray, ...values: unknown[]): GraphqlDocument;
    export const graphql: WireAdapterConstructor<GraphqlConfig, GraphqlResult>;
    /** Runs the wire's query again; resolves once the wire has the latest data. */
    export function refreshGraphQL(result: GraphqlResult): Promise<void>;
}

declare module 'lightning/graphql' {
    import type { WireAdapterConstructor } from 'lwc';
    import type { GraphqlConfig, GraphqlResult } from 'lightning/uiGraphQLApi';

    export { gql } from 'lightning/uiGraphQLApi';
    export type { GraphqlConfig, GraphqlDocument, GraphqlError, GraphqlResult } from 'lightning/uiGraphQLApi';

    /** The newer module's value carries its own `refresh` (LWC Developer Guide, "refresh"). */
    export interface RefreshableGraphqlResult<Data = any> extends GraphqlResult<Data> {
        refresh: () => Promise<void>;
    }
    export const graphql: WireAdapterConstructor<GraphqlConfig, RefreshableGraphqlResult>;
}

declare module 'lightning/platformResourceLoader' {
    import type { LightningElement } from 'lwc';

    /** Loads a script (a static resource URL) once per page; resolves when it has run. */
    export function loadScript(component: LightningElement, url: string): Promise<void>;
    /** Loads a stylesheet once per page; resolves when it applies. */
    export function loadStyle(component: LightningElement, url: string): Promise<void>;
}

declare module 'lightning/navigation' {
    import type { LightningElement, WireAdapterConstructor } from 'lwc';

    /** LWC Developer Guide, "PageReference Types": a page's type, attributes and URL state. */
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, string | undefined>;
    }

    export interface NavigationCapable {
        [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
        [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
    }

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type ComponentClass = new (...args: any[]) => LightningElement;

    /** Adds [NavigationMixin.Navigate] and [NavigationMixin.GenerateUrl] to a component class. */
    export function NavigationMixin<Base extends ComponentClass>(
        base: Base
    ): Base & (new (...args: any[]) => NavigationCapable);
    export namespace NavigationMixin {
        const Navigate: unique symbol;
        const GenerateUrl: unique symbol;
    }

    /** Wire adapter: the current page's reference, again on every navigation. */
    export const CurrentPageReference: WireAdapterConstructor<Record<string, never>, PageReference>;
}
