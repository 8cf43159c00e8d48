import type { ReactNode } from "react";

/**
 * A link to somewhere outside the app. Post URLs come from the campaigns we track, so the
 * link never passes our origin or session to them and search engines get no endorsement.
 * Only http(s) URLs become links; anything else (javascript:, data:) is shown as text.
 */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  let safe = false;
  try {
    safe = ["http:", "https:"].includes(new URL(href).protocol);
  } catch {
    safe = false;
  }
  if (!safe) return <span className="unsafe-url">{children ?? href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="external">
      {children ?? href}
    </a>
  );
}
