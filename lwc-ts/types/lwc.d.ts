// The `lwc` module the platform provides; its types are those of the LWC engine that
// sfdx-lwc-jest installs, so the type-check and the tests agree on one engine version.
declare module 'lwc' {
    export * from '@lwc/engine-dom';
}
