#!/usr/bin/env node
// The `verity` command line is TypeScript that imports the same engine bundles as the components
// (`c/<bundle>` from lwc-ts/); tsx runs it as is, resolving `c/*` through the project's tsconfig.
const path = require('node:path');

process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '..', 'tsconfig.json');
require('tsx/cjs');
require('../scripts/verity.ts');
