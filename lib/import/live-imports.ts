import "server-only";
import type { ImportProgress } from "./import-progress.ts";
import type { JobCounters } from "./import-jobs.ts";

/**
 * Imports running in this server process: their latest progress (finer than the job row,
 * which changes once per committed batch) and the switch that cancels them. Kept on
 * globalThis so every route module of the process sees the same map.
 */
export interface LiveImport {
  progress: ImportProgress | null;
  committed: JobCounters | null;
  controller: AbortController;
}

const registry = ((globalThis as { __campaignTrackerLiveImports?: Map<string, LiveImport> }).__campaignTrackerLiveImports ??= new Map());

export function registerLiveImport(jobId: string): LiveImport {
  const live: LiveImport = { progress: null, committed: null, controller: new AbortController() };
  registry.set(jobId, live);
  return live;
}

export function liveImport(jobId: string): LiveImport | undefined {
  return registry.get(jobId);
}

export function forgetLiveImport(jobId: string): void {
  registry.delete(jobId);
}

/**
 * A job's status as shown: one still "running" that this process is not running, and that had
 * begun reading its file, was cut off (a server restart); its counters say what its committed
 * batches stored.
 */
export function shownJobStatus(job: { id: string; status: string; rowsRead: number }): string {
  return job.status === "running" && !registry.has(job.id) && job.rowsRead > 0 ? "interrupted" : job.status;
}
