// Three test projects, one run, one summary:
// - components: Lightning Web Components and engine bundles under lwc-ts/, and the preview's shell
//   and platform modules under local/preview/web/, through sfdx-lwc-jest (LWC compiler,
//   base-component stubs, jsdom);
// - node: the `verity` command line, the local org, the build and check tools, and the metadata
//   tests, on Node;
// - browser: the preview driven in Chromium by playwright-core (browser-tests/).
const { jestConfig: lwcJestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// Components import each other as `c/<bundle>`; the sources are the TypeScript ones in lwc-ts/.
const componentModules = { '^c/([^/]+)$': '<rootDir>/lwc-ts/$1/$1' };
// The preview's own namespaces, laid out as the LWC module resolver expects (namespace/name/name).
const previewModules = { '^(preview|shell)/([^/]+)$': '<rootDir>/local/preview/web/modules/$1/$2/$2' };
// Platform modules whose sfdx-lwc-jest stubs keep too little for a test to assert on.
const platformMocks = { '^lightning/navigation$': '<rootDir>/lwc-ts/types/__mocks__/lightning/navigation' };

const typeScriptOnNode = {
    '\\.ts$': [
        'babel-jest',
        {
            babelrc: false,
            configFile: false,
            presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript']
        }
    ]
};

module.exports = {
    testTimeout: 60000,
    projects: [
        {
            ...lwcJestConfig,
            displayName: 'components',
            rootDir: __dirname,
            roots: ['<rootDir>/lwc-ts', '<rootDir>/local/preview/web'],
            testMatch: ['**/__tests__/**/*.test.ts'],
            moduleNameMapper: { ...componentModules, ...previewModules, ...platformMocks }
        },
        {
            displayName: 'node',
            rootDir: __dirname,
            testEnvironment: 'node',
            roots: ['<rootDir>/scripts', '<rootDir>/local', '<rootDir>/tools', '<rootDir>/force-app'],
            testMatch: ['**/__tests__/**/*.test.ts'],
            testPathIgnorePatterns: ['/node_modules/', '<rootDir>/local/preview/web/'],
            moduleFileExtensions: ['ts', 'js', 'json'],
            moduleNameMapper: componentModules,
            transform: typeScriptOnNode
        },
        {
            displayName: 'browser',
            rootDir: __dirname,
            testEnvironment: 'node',
            roots: ['<rootDir>/browser-tests'],
            testMatch: ['**/*.test.ts'],
            moduleFileExtensions: ['ts', 'js', 'json'],
            moduleNameMapper: componentModules,
            globalSetup: '<rootDir>/browser-tests/harness/globalSetup.ts',
            transform: typeScriptOnNode
        }
    ]
};
