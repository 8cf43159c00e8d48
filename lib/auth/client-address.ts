import { isIP } from "node:net";

type HeaderSource = Headers | Record<string, unknown> | null | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** An IP address as one canonical key: IPv4-mapped IPv6 ("::ffff:1.2.3.4") becomes IPv4. */
function canonicalIp(candidate: string | undefined): string | null {
  const value = candidate?.trim();
  if (!value) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * The client's address for rate limiting: X-Forwarded-For's first entry, else X-Real-IP;
 * null when neither holds an IP. `next start` fills X-Forwarded-For with the socket's
 * address when no proxy set it. A client can forge these headers unless a trusted proxy
 * overwrites them, which is why the per-account limit does not depend on them.
 * Accepts next-auth's plain header object (lowercase names) or a Fetch Headers.
 */
export function clientAddressFromHeaders(headers: HeaderSource): string | null {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0];
  return canonicalIp(forwarded) ?? canonicalIp(header(headers, "x-real-ip"));
}
