import { NextResponse, type NextRequest } from "next/server";

/**
 * A Content-Security-Policy with a fresh nonce per request: only scripts Next.js itself
 * emits (which carry the nonce) run, never anything injected into a page. Next reads the
 * nonce from the request's CSP header and puts it on its own scripts; every page here is
 * rendered per request anyway. Styles stay 'unsafe-inline' because React and Recharts set
 * style attributes; images only from our origin (post media is never loaded).
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages and API routes; not the static files Next serves with their own caching, and not
  // the routes that receive uploads: when a proxy runs, Next buffers the request body for it
  // and silently cuts it at 10 MB (experimental.proxyClientMaxBodySize), which would truncate
  // an import. Those routes return JSON or CSV, which need no script nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/imports|api/v1).*)" }],
};
