import { checkAdminAccess } from './adminAccess';
import { checkConvertSource } from './convertSource';
import { checkCrossReferences } from './crossReferences';
import { checkElements } from './elementCheck';
import { loadMetadataSchema } from './metadataSchema';
import type { MetadataProblem } from './metadataProblem';
import { buildPackageIndex } from './packageIndex';
import { readMetadataFiles } from './sourceFiles';

export interface CheckSummary {
    files: number;
    problems: MetadataProblem[];
}

/**
 * Validates the package directory: well-formed files of known types, every element known to its
 * Metadata API type, every cross-reference resolved, admin read access to every custom field,
 * and the Salesforce CLI's own conversion. `convert: false` skips the CLI (for fast tests).
 */
export async function checkPackage(
    root: string,
    options: { packageDir?: string; convert?: boolean } = {}
): Promise<CheckSummary> {
    const packageDir = options.packageDir ?? 'force-app';
    const { files, problems } = readMetadataFiles(root, packageDir);
    const index = buildPackageIndex(files);
    problems.push(...checkElements(files, loadMetadataSchema()));
    problems.push(...checkCrossReferences(files, index));
    problems.push(...checkAdminAccess(files));
    if (options.convert !== false) {
        problems.push(...(await checkConvertSource(root, packageDir)));
    }
    // By file, so each file's problems read together; within a file, in document order.
    problems.sort((a, b) => a.file.localeCompare(b.file));
    return { files: files.length, problems };
}
