/**
 * The local org's HTTP API: the Salesforce REST API (sobjects, describe, query, composite,
 * sObject Collections), the UI API GraphQL record queries and Bulk API 2.0 jobs, served from an
 * OrgData over node:http, with fault injection for tests.
 */
export { startLocalOrgServer, type LocalOrgServer, type LocalOrgServerOptions } from './localOrgServer';
export { FaultInjector, type FaultKind, type FaultRule } from './faultInjection';
export { apiVersions, releaseLabel } from './apiVersions';
