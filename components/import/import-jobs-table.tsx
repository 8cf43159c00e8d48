import type { ImportJobRow } from "@/lib/import/campaign-imports.ts";
import { formatDateTime } from "@/lib/format/dates.ts";

/** The latest imports of a campaign: what each stored, and its rejected rows to download. */
export function ImportJobsTable({ jobs }: { jobs: ImportJobRow[] }) {
  if (jobs.length === 0) return <p className="empty">No imports yet.</p>;
  return (
    <div className="table-scroll">
      <table data-testid="import-jobs">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Status</th>
            <th scope="col">By</th>
            <th scope="col">Started</th>
            <th scope="col" className="num">Rows</th>
            <th scope="col" className="num">Inserted</th>
            <th scope="col" className="num">Duplicates</th>
            <th scope="col" className="num">Rejected</th>
            <th scope="col" className="num">Stored through line</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id}>
              <td>{job.fileName}</td>
              <td>
                {job.status}
                {job.error ? <div className="muted">{job.error}</div> : null}
              </td>
              <td>{job.by ?? "system"}</td>
              <td className="nowrap">{formatDateTime(job.startedAt)}</td>
              <td className="num">{job.rowsRead.toLocaleString("en")}</td>
              <td className="num">{job.inserted.toLocaleString("en")}</td>
              <td className="num">{job.duplicates.toLocaleString("en")}</td>
              <td className="num">
                {job.rejected > 0 ? <a href={`/api/imports/${job.id}/rejected`}>{job.rejected.toLocaleString("en")}</a> : 0}
              </td>
              <td className="num">{job.committedThroughLine.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
