/**
 * SOQL for the local org: parsed by @jetstreamapp/soql-parser-js, checked against the package
 * schema and the caller's access, compiled to one SQLite statement per query level over the
 * store's layout (local/README.md), and answered in the REST API's shapes.
 */
export { runSoql } from './runSoql';
export type { SoqlAccess, SoqlContext, SoqlResult } from './soqlContext';
export { dateLiteralRange, type DayRange } from './dateLiterals';
