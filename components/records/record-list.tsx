import type { ReactNode } from "react";
import Link from "next/link";

/**
 * The list page of one kind of record (actors, bodies, sources, networks, accounts): heading,
 * description, a "New …" link and an Edit link per row for roles that may write records, and a
 * table (or an empty state). Cells are React nodes, so record text is always rendered as text.
 */

export interface RecordColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

export interface RecordListProps<Row> {
  title: string;
  description: string;
  /** Whether the viewer may write records: shows the "New …" link and the Edit column. */
  canWrite: boolean;
  newLink: { href: string; label: string };
  /** Shown when there is no row. */
  empty: string;
  testId: string;
  columns: readonly RecordColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The row's edit page and the link's accessible name. */
  edit: (row: Row) => { href: string; label: string };
  /** More links after Edit in the edit column. */
  moreActions?: (row: Row) => ReactNode;
  /** Shown between the "New …" link and the table, e.g. a search form. */
  children?: ReactNode;
}

export function RecordList<Row>({ title, description, canWrite, newLink, empty, testId, columns, rows, rowKey, edit, moreActions, children }: RecordListProps<Row>) {
  return (
    <>
      <h1>{title}</h1>
      <p className="muted">{description}</p>
      {canWrite ? (
        <p>
          <Link href={newLink.href}>{newLink.label}</Link>
        </p>
      ) : null}
      {children}
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table data-testid={testId}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
              {canWrite ? <th scope="col"><span className="visually-hidden">Edit</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const link = canWrite ? edit(row) : null;
              return (
                <tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <td key={column.header}>{column.cell(row)}</td>
                  ))}
                  {link ? (
                    <td>
                      <Link href={link.href} aria-label={link.label}>
                        Edit
                      </Link>
                      {moreActions?.(row)}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
