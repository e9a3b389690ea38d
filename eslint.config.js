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

const scoped = (configs, files, ignores = []) => configs.map((config) => ({ ...config, files, ignores }));

const componentSources = ['lwc-ts/**/*.ts'];
// The preview's shell and platform modules run in the browser as LWC modules but never deploy.
const previewSources = ['local/preview/web/**/*.ts'];
const nodeSources = [
    'bin/**/*.{js,ts}',
    'scripts/**/*.ts',
    'local/**/*.ts',
    'tools/**/*.ts',
    'force-app/__tests__/**/*.ts',
    'browser-tests/**/*.ts'
];
const tests = ['**/__tests__/**/*.ts', 'browser-tests/**/*.test.ts'];

module.exports = [
    { ignores: ['node_modules/**', '.cache/**', '.local/**', 'coverage/**', '**/fixtures/**', '**/*.d.ts'] },

    ...scoped(lwcConfig.configs.recommendedTs, [...componentSources, ...previewSources]),
    ...scoped(tseslint.configs.recommended, [...componentSources, ...previewSources]),

    // The page's entry and the session module read the host page the preview server writes.
    {
        files: ['local/preview/web/client/**/*.ts', 'local/preview/web/modules/preview/**/*.ts'],
        rules: { '@lwc/lwc/no-document-query': 'off' }
    },

    ...scoped(lwcConfig.configs.recommended, ['force-app/main/default/lwc/**/*.js']),
    ...scoped(lwcPlatform.configs.platform, [...componentSources, 'force-app/main/default/lwc/**/*.js']),
    // Artifacts of esbuild's printing, not of the source: `undefined` becomes `void 0`, and the
    // parentheses Prettier puts around an arrow's conditional body are dropped.
    { files: ['force-app/main/default/lwc/**/*.js'], rules: { 'no-void': 'off', 'no-confusing-arrow': 'off' } },

    ...scoped([js.configs.recommended, ...tseslint.configs.recommended], nodeSources, previewSources),
    {
        files: nodeSources,
        ignores: previewSources,
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
