import "server-only";
import { STIX_MEDIA_TYPE, type StixBundle } from "./stix-types.ts";

/** A bundle as a download: STIX's media type, attachment, never cached (it holds unpublished claims). */
export function stixBundleResponse(bundle: StixBundle, fileName: string): Response {
  const safeName = fileName.replace(/[^A-Za-z0-9._-]/g, "-");
  return new Response(`${JSON.stringify(bundle, null, 2)}\n`, {
    headers: {
      "Content-Type": STIX_MEDIA_TYPE,
      "Content-Disposition": `attachment; filename="${safeName}.stix.json"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
