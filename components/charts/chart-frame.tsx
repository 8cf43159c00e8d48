import type { ReactNode } from "react";

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * The one frame every chart sits in: title and description, the chart, an empty state that
 * says what to do, links to the same numbers as CSV and JSON, and a "view as table"
 * alternative rendered on the server for screen readers and for copying.
 */
export function ChartFrame({
  title,
  description,
  empty,
  emptyMessage,
  table,
  downloads,
  children,
}: {
  title: string;
  description?: ReactNode;
  empty: boolean;
  emptyMessage: string;
  table: ChartTable;
  downloads?: { csv: string; json: string };
  children: ReactNode;
}) {
  return (
    <figure className="panel chart" aria-label={title}>
      <figcaption>
        <h3>{title}</h3>
        {description ? <p className="muted">{description}</p> : null}
      </figcaption>
      {empty ? <p className="empty">{emptyMessage}</p> : children}
      <div className="chart-actions">
        {downloads ? (
          <>
            <a href={downloads.csv} download>
              Download CSV
            </a>
            <a href={downloads.json}>JSON</a>
          </>
        ) : null}
      </div>
      {empty ? null : (
        <details className="chart-table">
          <summary>View as table</summary>
          {/* Focusable, so keyboard users can scroll a long table. */}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`${title}: data table`}>
            <table>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, column) => (
                      <td key={column} className={typeof cell === "number" ? "num" : undefined}>
                        {typeof cell === "number" ? cell.toLocaleString("en") : cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
