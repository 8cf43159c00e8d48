import type { z } from "zod";

/** The first value of each named search parameter, trimmed; empty values are left out ("any"). */
export function pickParams(searchParams: Record<string, string | string[] | undefined>, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = searchParams[name];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (text) picked[name] = text;
  }
  return picked;
}

/**
 * Parses URL parameters for a page without failing on a bad link: each invalid parameter is
 * dropped on its own (the others still apply) and named, so the page can say what it ignored.
 */
export function parseLeniently<S extends z.ZodType>(schema: S, raw: Record<string, string>): { data: z.infer<S>; accepted: Record<string, string>; ignored: string[] } {
  const accepted = { ...raw };
  const ignored: string[] = [];
  for (;;) {
    const parsed = schema.safeParse(accepted);
    if (parsed.success) return { data: parsed.data, accepted, ignored };
    const bad = String(parsed.error.issues[0]?.path[0] ?? "");
    if (!(bad in accepted)) {
      // An error not tied to one parameter: fall back to the defaults altogether.
      return { data: schema.parse({}), accepted: {}, ignored: [...ignored, ...Object.keys(accepted)] };
    }
    ignored.push(bad);
    delete accepted[bad];
  }
}
