/** The job as GET /api/imports/:id answers it (lib/import/run-import-job.ts importJobStatus). */
export interface ImportStatus {
  status: "running" | "completed" | "failed" | "cancelled" | "interrupted";
  totalBytes: number | null;
  bytesRead: number;
  rowsRead: number;
  rate: number | null;
  etaSeconds: number | null;
  stored: { inserted: number; duplicates: number; rejected: number; batches: number; throughLine: number };
  error: { message: string } | null;
}

interface FinalCounts {
  outcome: "completed" | "failed" | "cancelled";
  rowsRead: number;
  inserted: number;
  duplicates: number;
  rejected: number;
  seconds: number;
  rowsPerSecond: number;
  error: { message: string } | null;
}

const n = (value: number) => value.toLocaleString("en");

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds % 60)} s`;
}

/** Progress bar and figures while an import runs; the summary once it has ended. */
export function ImportProgressView({ status, report, running }: { status: ImportStatus | null; report: FinalCounts | null; running: boolean }) {
  const total = status?.totalBytes ?? null;
  const read = status?.bytesRead ?? 0;
  const rows = report?.rowsRead ?? status?.rowsRead ?? 0;
  return (
    <section aria-label="Import progress" className="import-progress" data-testid="import-progress" data-rows={rows} data-state={running ? "running" : (report?.outcome ?? status?.status ?? "")}>
      {running ? (
        <>
          <progress max={total ?? undefined} value={total ? Math.min(read, total) : undefined} aria-label="Share of the file read" />
          <p aria-live="polite" data-testid="import-running">
            {n(rows)} rows processed
            {status?.rate ? ` · ${n(status.rate)} rows/s` : ""}
            {status?.etaSeconds !== null && status?.etaSeconds !== undefined ? ` · about ${duration(status.etaSeconds)} left` : ""}
            {total ? ` · ${Math.floor((Math.min(read, total) / total) * 100)}% of the file` : ""}
            {status ? ` · stored so far: ${n(status.stored.inserted)} posts in ${n(status.stored.batches)} batches` : ""}
          </p>
        </>
      ) : null}
      {report ? (
        <div role="status" data-testid="import-summary">
          <p className={report.outcome === "completed" ? "form-ok" : "form-error"}>
            {report.outcome === "completed" ? "Import complete." : report.outcome === "cancelled" ? "Import cancelled." : "Import failed."}
            {report.error ? ` ${report.error.message}` : ""}
          </p>
          <ul className="facts">
            <li>
              <strong data-testid="summary-inserted">{n(report.inserted)}</strong> inserted
            </li>
            <li>
              <strong data-testid="summary-duplicates">{n(report.duplicates)}</strong> duplicates (already stored)
            </li>
            <li>
              <strong data-testid="summary-rejected">{n(report.rejected)}</strong> rejected
            </li>
            <li>
              {n(report.rowsRead)} rows in {report.seconds.toFixed(1)} s ({n(report.rowsPerSecond)} rows/s)
            </li>
          </ul>
        </div>
      ) : !running && status ? (
        <p role="status">
          Import {status.status}: {n(status.stored.inserted)} posts stored through line {n(status.stored.throughLine)}.
          {status.error ? ` ${status.error.message}` : ""}
        </p>
      ) : null}
    </section>
  );
}
