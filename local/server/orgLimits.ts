/**
 * `GET /limits`: `{ Name: { Max, Remaining } }` for the limits a job might check before a large
 * load (REST API Developer Guide, "Limits"). The maxima are a Developer Edition's; the local org
 * only counts API requests, so only DailyApiRequests moves.
 */
const MAXIMA: Record<string, number> = {
    ConcurrentAsyncGetReportInstances: 200,
    ConcurrentSyncReportRuns: 20,
    DailyApiRequests: 15000,
    DailyAsyncApexExecutions: 250000,
    DailyBulkApiBatches: 15000,
    DailyBulkV2QueryFileStorageMB: 976562,
    DailyBulkV2QueryJobs: 10000,
    DailyWorkflowEmails: 390,
    DataStorageMB: 5,
    FileStorageMB: 20,
    HourlyODataCallout: 10000,
    HourlySyncReportRuns: 500,
    MassEmail: 10,
    SingleEmail: 15
};

export const DAILY_API_REQUESTS = MAXIMA.DailyApiRequests;

export function orgLimits(apiRequestsUsed: number): Record<string, { Max: number; Remaining: number }> {
    const limits: Record<string, { Max: number; Remaining: number }> = {};
    for (const [name, max] of Object.entries(MAXIMA)) {
        const used = name === 'DailyApiRequests' ? Math.min(apiRequestsUsed, max) : 0;
        limits[name] = { Max: max, Remaining: max - used };
    }
    return limits;
}
