import Link from "next/link";

/**
 * Newer/older links that keep the page and the current filters in the URL, so a view can
 * be shared. `anchor` scrolls back to the list (e.g. "posts").
 */
export function Pagination({
  basePath,
  page,
  pages,
  label,
  query = {},
  anchor,
}: {
  basePath: string;
  page: number;
  pages: number;
  label: string;
  query?: Record<string, string | undefined>;
  anchor?: string;
}) {
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
    if (target > 1) params.set("page", String(target));
    const text = params.toString();
    return `${basePath}${text ? `?${text}` : ""}${anchor ? `#${anchor}` : ""}`;
  };
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
