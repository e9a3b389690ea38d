/**
 * `npm run check:metadata`: validates force-app/ (see checkMetadata/checkPackage.ts) and prints
 * each problem as `file: <element> message`. Exit code 1 when there is any.
 */
import { checkPackage } from './checkMetadata/checkPackage';
import { formatProblem } from './checkMetadata/metadataProblem';

checkPackage(process.cwd()).then(
    ({ files, problems }) => {
        problems.forEach((problem) => console.error(formatProblem(problem)));
        console.log(`check:metadata: ${files} metadata files, ${problems.length} problems`);
        process.exitCode = problems.length === 0 ? 0 : 1;
    },
    (error: Error) => {
        console.error(`check:metadata: ${error.message}`);
        process.exitCode = 1;
    }
);
