/** Who may do what in the local org: permission sets, profiles, custom permissions, record sharing. */
export {
    CallerAccess,
    SYSTEM_ADMINISTRATOR,
    STANDARD_USER,
    type AccessLevel,
    type RecordAccess,
    type SqlFilter
} from './callerAccess';
export { OrgSecurity } from './orgSecurity';
export { readPermissionSets, type ObjectAccess, type FieldAccess, type PermissionSetGrant } from './permissionSets';
