/**
 * The standard objects Verity uses, with the fields it reads or shows, as Salesforce describes
 * them (Object Reference for the Salesforce Platform). The metadata checker resolves references to
 * them; the local org serves them. Add a field here when the package first needs it.
 */
export interface StandardField {
    name: string;
    /** The describe type: id, string, reference, picklist, boolean, datetime, date, textarea, email, … */
    type: string;
    /** For references: the objects it can point to, and the relationship name used in paths. */
    referenceTo?: string[];
    relationshipName?: string;
    /** The value Salesforce gives the field on create when none is sent, as a formula (`true`). */
    defaultValue?: string;
}

export interface StandardObject {
    name: string;
    fields: StandardField[];
}

const field = (name: string, type: string): StandardField => ({ name, type });
const reference = (name: string, referenceTo: string[], relationshipName: string): StandardField => ({
    name,
    type: 'reference',
    referenceTo,
    relationshipName
});

/** Fields every object has, custom ones included. */
export const SYSTEM_FIELDS: StandardField[] = [
    field('Id', 'id'),
    field('IsDeleted', 'boolean'),
    field('CreatedDate', 'datetime'),
    reference('CreatedById', ['User'], 'CreatedBy'),
    field('LastModifiedDate', 'datetime'),
    reference('LastModifiedById', ['User'], 'LastModifiedBy'),
    field('SystemModstamp', 'datetime')
];

/** Standard fields of a custom object; detail objects of a master-detail have no owner. */
export function customObjectStandardFields(hasOwner: boolean): StandardField[] {
    return [
        ...SYSTEM_FIELDS,
        field('Name', 'string'),
        ...(hasOwner ? [reference('OwnerId', ['User', 'Group'], 'Owner')] : []),
        field('LastViewedDate', 'datetime'),
        field('LastReferencedDate', 'datetime')
    ];
}

export const STANDARD_OBJECTS: StandardObject[] = [
    {
        name: 'User',
        fields: [
            ...SYSTEM_FIELDS,
            field('Username', 'string'),
            field('FirstName', 'string'),
            field('LastName', 'string'),
            field('Name', 'string'),
            field('Alias', 'string'),
            field('Email', 'email'),
            field('Title', 'string'),
            field('Department', 'string'),
            field('Division', 'string'),
            // A new user is active unless created otherwise.
            { name: 'IsActive', type: 'boolean', defaultValue: 'true' },
            reference('ManagerId', ['User'], 'Manager'),
            reference('ProfileId', ['Profile'], 'Profile'),
            reference('UserRoleId', ['UserRole'], 'UserRole'),
            field('TimeZoneSidKey', 'picklist'),
            field('LocaleSidKey', 'picklist'),
            field('LanguageLocaleKey', 'picklist'),
            field('EmailEncodingKey', 'picklist')
        ]
    },
    {
        name: 'Account',
        fields: [
            ...SYSTEM_FIELDS,
            field('Name', 'string'),
            field('Type', 'picklist'),
            field('Industry', 'picklist'),
            field('Phone', 'phone'),
            reference('OwnerId', ['User'], 'Owner'),
            reference('ParentId', ['Account'], 'Parent')
        ]
    },
    {
        name: 'Contact',
        fields: [
            ...SYSTEM_FIELDS,
            field('FirstName', 'string'),
            field('LastName', 'string'),
            field('Name', 'string'),
            field('Email', 'email'),
            field('Phone', 'phone'),
            reference('AccountId', ['Account'], 'Account'),
            reference('OwnerId', ['User'], 'Owner')
        ]
    },
    {
        name: 'Case',
        fields: [
            ...SYSTEM_FIELDS,
            field('CaseNumber', 'string'),
            field('Subject', 'string'),
            field('Description', 'textarea'),
            field('Status', 'picklist'),
            field('Priority', 'picklist'),
            field('Origin', 'picklist'),
            field('Reason', 'picklist'),
            field('Type', 'picklist'),
            field('IsClosed', 'boolean'),
            field('ClosedDate', 'datetime'),
            field('IsEscalated', 'boolean'),
            reference('AccountId', ['Account'], 'Account'),
            reference('ContactId', ['Contact'], 'Contact'),
            reference('OwnerId', ['User', 'Group'], 'Owner'),
            reference('ParentId', ['Case'], 'Parent')
        ]
    },
    {
        name: 'Group',
        fields: [...SYSTEM_FIELDS, field('Name', 'string'), field('DeveloperName', 'string'), field('Type', 'picklist')]
    },
    {
        name: 'PermissionSet',
        fields: [...SYSTEM_FIELDS, field('Name', 'string'), field('Label', 'string')]
    },
    {
        name: 'PermissionSetAssignment',
        fields: [
            ...SYSTEM_FIELDS,
            reference('AssigneeId', ['User'], 'Assignee'),
            reference('PermissionSetId', ['PermissionSet'], 'PermissionSet')
        ]
    }
];
