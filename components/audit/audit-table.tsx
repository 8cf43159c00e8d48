import type { AuditListEntry } from "@/lib/audit/list-audit.ts";
import { formatDateTime } from "@/lib/format/dates.ts";

/** Stored JSON, indented for reading; shown as text (React escapes it), never as HTML. */
function readableJson(text: string | null): string | null {
  if (text === null) return null;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function Who({ entry }: { entry: AuditListEntry }) {
  if (entry.user) {
    return (
      <>
        {entry.user.name}
        <br />
        <span className="muted">{entry.user.email}</span>
      </>
    );
  }
  return <span className="muted">{entry.userId ? `removed user ${entry.userId}` : "System"}</span>;
}

export function AuditTable({ entries }: { entries: AuditListEntry[] }) {
  if (entries.length === 0) return <p className="empty">No audit entries match these filters.</p>;
  return (
    <table data-testid="audit-table">
      <thead>
        <tr>
          <th scope="col">When (UTC)</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Entity</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const before = readableJson(entry.before);
          const after = readableJson(entry.after);
          return (
            <tr key={entry.id} data-testid="audit-row">
              <td className="nowrap">
                <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
              </td>
              <td>
                <Who entry={entry} />
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {entry.entityType}
                {entry.entityId ? (
                  <>
                    <br />
                    <code className="muted">{entry.entityId}</code>
                  </>
                ) : null}
              </td>
              <td>{before === null ? <span className="muted">—</span> : <pre className="audit-json" tabIndex={0} aria-label="Before">{before}</pre>}</td>
              <td>{after === null ? <span className="muted">—</span> : <pre className="audit-json" tabIndex={0} aria-label="After">{after}</pre>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
