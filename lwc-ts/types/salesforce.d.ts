// Declarations for the @salesforce/* scoped modules the platform resolves at compile time.
// Shapes follow the LWC documentation (Developer Guide: "@salesforce Modules").

declare module '@salesforce/i18n/locale' {
    /** The user's locale, such as "en-US". */
    const locale: string;
    export default locale;
}

declare module '@salesforce/i18n/lang' {
    const lang: string;
    export default lang;
}

declare module '@salesforce/i18n/timeZone' {
    const timeZone: string;
    export default timeZone;
}

declare module '@salesforce/user/Id' {
    /** The current user's 18-character Id. */
    const userId: string;
    export default userId;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/customPermission/*' {
    /** True when the running user has the custom permission. */
    const hasPermission: boolean;
    export default hasPermission;
}

declare module '@salesforce/resourceUrl/*' {
    const url: string;
    export default url;
}

declare module '@salesforce/schema/*' {
    /** An object or field reference: `{ objectApiName }` or `{ objectApiName, fieldApiName }`. */
    const reference: { objectApiName: string; fieldApiName?: string };
    export default reference;
}
