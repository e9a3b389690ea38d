import path from 'node:path';

/** What the global setup prepares once for every browser test file. */
const ROOT = path.join(__dirname, '..', '..');
export const PROJECT_ROOT = ROOT;
export const FIXTURE_DIR = path.join(ROOT, '.cache', 'browser-tests');
export const PREVIEW_BUNDLE_DIR = path.join(FIXTURE_DIR, 'preview');
/** A local org with the demo contact center seeded and its sampling run: each test file copies it. */
export const DEMO_ORG_TEMPLATE = path.join(FIXTURE_DIR, 'demo-org.sqlite');
export const PACKAGE_SOURCE = path.join(ROOT, 'force-app', 'main', 'default');
/** Screenshots of each main page, kept as test artifacts. */
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
/** The demo's "today", so seeded dates and due dates are the same on every run. */
export const DEMO_NOW = new Date('2026-11-02T09:00:00.000Z');
