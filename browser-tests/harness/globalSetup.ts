import { packageBin, runCommand } from '../../tools/shared/runCommand';
import { assertChromiumInstalled } from './chromiumPath';
import { PROJECT_ROOT } from './fixturePaths';

/** Once per run: Chromium is there; the preview bundle and the seeded demo org are prepared. */
export default async function globalSetup(): Promise<void> {
    assertChromiumInstalled();
    const result = await runCommand(
        process.execPath,
        [packageBin('tsx', 'dist/cli.mjs'), 'browser-tests/harness/prepareFixtures.ts'],
        { cwd: PROJECT_ROOT }
    );
    if (result.exitCode !== 0) {
        throw new Error(`The browser tests' fixtures could not be prepared:\n${result.output}`);
    }
}
