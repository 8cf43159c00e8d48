import Link from "next/link";

/** Previous/next links that keep the page in the URL, so a view can be shared. */
export function Pagination({ basePath, page, pages, label }: { basePath: string; page: number; pages: number; label: string }) {
  const href = (target: number) => `${basePath}?page=${target}`;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link href={href(page - 1)} rel="prev">← Newer</Link> : <span className="disabled">← Newer</span>}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)} rel="next">Older →</Link> : <span className="disabled">Older →</span>}
    </nav>
  );
}
