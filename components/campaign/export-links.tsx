/** Download links for the campaign's CSV exports (session-authenticated; the same files as /api/v1/.../exports). */
export function ExportLinks({ slug }: { slug: string }) {
  const base = `/api/campaigns/${encodeURIComponent(slug)}/export`;
  return (
    <p className="chart-actions" data-testid="campaign-exports">
      Download as CSV:
      <a href={`${base}/posts.csv`} download>
        posts
      </a>
      <a href={`${base}/accounts.csv`} download>
        accounts
      </a>
      <a href={`${base}/attributions.csv`} download>
        attribution claims
      </a>
    </p>
  );
}
