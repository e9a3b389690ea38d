/** The local org's SQLite store: the schema laid out as tables, values in the storage layout. */
export { openStore, formatAutoNumber, quoteName, type Store } from './openStore';
export {
    readOrgSchema,
    storedObject,
    columnTypeOf,
    type OrgSchema,
    type StoredObject,
    type StoredField,
    type SharingModel,
    type ObjectKind
} from './orgSchema';
export { toStoredValue, toApiValue, storedDateTime, referenceValue, type StoredValue } from './fieldValues';
