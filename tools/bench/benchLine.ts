/** One line of a benchmark's report: what was measured, the value, and the target it must meet. */
export interface BenchLine {
    name: string;
    value: string;
    target?: string;
    /** Whether the value meets the target; absent for lines without one. */
    ok?: boolean;
}
