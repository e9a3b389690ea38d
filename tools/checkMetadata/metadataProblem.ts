/** One thing wrong with the package's metadata: where it is, and what is wrong. */
export interface MetadataProblem {
    /** Path relative to the project root. */
    file: string;
    /** The element path inside the file, such as `CustomField > formula`. */
    element: string;
    message: string;
}

export function formatProblem(problem: MetadataProblem): string {
    return `${problem.file}: <${problem.element}> ${problem.message}`;
}
