// Two test projects, one run, one summary:
// - components: Lightning Web Components and engine bundles under lwc-ts/, through sfdx-lwc-jest
//   (LWC compiler, base-component stubs, jsdom);
// - node: the `verity` command line, the local org, the build and check tools, and the metadata
//   tests, on Node.
const { jestConfig: lwcJestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// Components import each other as `c/<bundle>`; the sources are the TypeScript ones in lwc-ts/.
const componentModules = { '^c/([^/]+)$': '<rootDir>/lwc-ts/$1/$1' };

module.exports = {
    testTimeout: 60000,
    projects: [
        {
            ...lwcJestConfig,
            displayName: 'components',
            rootDir: __dirname,
            roots: ['<rootDir>/lwc-ts'],
            testMatch: ['**/__tests__/**/*.test.ts'],
            moduleNameMapper: componentModules
        },
        {
            displayName: 'node',
            rootDir: __dirname,
            testEnvironment: 'node',
            roots: ['<rootDir>/scripts', '<rootDir>/local', '<rootDir>/tools', '<rootDir>/force-app'],
            testMatch: ['**/__tests__/**/*.test.ts'],
            moduleFileExtensions: ['ts', 'js', 'json'],
            moduleNameMapper: componentModules,
            transform: {
                '\\.ts$': [
                    'babel-jest',
                    {
                        babelrc: false,
                        configFile: false,
                        presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript']
                    }
                ]
            }
        }
    ]
};
