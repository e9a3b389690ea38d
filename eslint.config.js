// ESLint, flat config.
// - Components (lwc-ts/): Salesforce's recommended LWC rules through their TypeScript-aware
//   config, the platform restrictions of @lwc/eslint-plugin-lwc-platform, and typescript-eslint.
// - Generated component JavaScript (force-app/main/default/lwc/): the same LWC rules and platform
//   restrictions, as they apply to what the platform receives.
// - The command line, the local org and the tools: typescript-eslint.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const lwcConfig = require('@salesforce/eslint-config-lwc');
const lwcPlatform = require('@lwc/eslint-plugin-lwc-platform');
const jestPlugin = require('eslint-plugin-jest');
const globals = require('globals');

const scoped = (configs, files) => configs.map((config) => ({ ...config, files }));

const componentSources = ['lwc-ts/**/*.ts'];
const nodeSources = [
    'bin/**/*.{js,ts}',
    'scripts/**/*.ts',
    'local/**/*.ts',
    'tools/**/*.ts',
    'force-app/__tests__/**/*.ts'
];
const tests = ['**/__tests__/**/*.ts'];

module.exports = [
    { ignores: ['node_modules/**', '.cache/**', '.local/**', 'coverage/**', '**/fixtures/**', '**/*.d.ts'] },

    ...scoped(lwcConfig.configs.recommendedTs, componentSources),
    ...scoped(tseslint.configs.recommended, componentSources),

    ...scoped(lwcConfig.configs.recommended, ['force-app/main/default/lwc/**/*.js']),
    ...scoped(lwcPlatform.configs.platform, [...componentSources, 'force-app/main/default/lwc/**/*.js']),
    // Artifacts of esbuild's printing, not of the source: `undefined` becomes `void 0`, and the
    // parentheses Prettier puts around an arrow's conditional body are dropped.
    { files: ['force-app/main/default/lwc/**/*.js'], rules: { 'no-void': 'off', 'no-confusing-arrow': 'off' } },

    ...scoped([js.configs.recommended, ...tseslint.configs.recommended], nodeSources),
    {
        files: nodeSources,
        languageOptions: { globals: globals.node, sourceType: 'module' },
        rules: { '@typescript-eslint/no-require-imports': 'off' }
    },
    { files: ['*.config.js'], languageOptions: { globals: globals.node, sourceType: 'commonjs' } },

    {
        files: tests,
        plugins: { jest: jestPlugin },
        languageOptions: { globals: { ...globals.jest, ...globals.node } },
        rules: {
            ...jestPlugin.configs['flat/recommended'].rules,
            // Tests build components and answers that do not need full types.
            '@typescript-eslint/no-explicit-any': 'off',
            '@typescript-eslint/no-non-null-assertion': 'off'
        }
    }
];
