/** Download links for the campaign's CSV and STIX exports (session-authenticated; the same files as /api/v1). */
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
      <span>
        or as a{" "}
        <a href={`/api/campaigns/${encodeURIComponent(slug)}/stix`} download data-testid="stix-download">
          STIX 2.1 bundle
        </a>
      </span>
    </p>
  );
}
