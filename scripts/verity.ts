/** Entry point of the `verity` command line (bin/verity.js runs it through tsx). */
import { runVerity } from './cli/program';

runVerity(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
