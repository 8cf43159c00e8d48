import { z } from "zod";
import { Platform } from "../db/generated/sqlite/enums.ts";
import { ValidationError } from "../errors.ts";
import { rangeBound } from "../stats/campaign-volume.ts";

export const API_DEFAULT_PAGE_SIZE = 50;
export const API_MAX_PAGE_SIZE = 200;

/** GET /api/v1/campaigns/{slug}/posts. Unknown parameters are refused, so a typo is not a silently ignored filter. */
export const postsQuery = z
  .strictObject({
    page: z.coerce.number({ error: "a whole number from 1" }).int("a whole number from 1").min(1, "a whole number from 1").max(1_000_000).default(1),
    pageSize: z.coerce
      .number({ error: `a whole number from 1 to ${API_MAX_PAGE_SIZE}` })
      .int(`a whole number from 1 to ${API_MAX_PAGE_SIZE}`)
      .min(1, `a whole number from 1 to ${API_MAX_PAGE_SIZE}`)
      .max(API_MAX_PAGE_SIZE, `a whole number from 1 to ${API_MAX_PAGE_SIZE}`)
      .default(API_DEFAULT_PAGE_SIZE),
    platform: z.enum(Object.values(Platform) as [Platform, ...Platform[]], { error: `one of ${Object.values(Platform).join(", ")}` }).optional(),
    from: rangeBound("from").optional(),
    to: rangeBound("to").optional(),
    q: z.string().trim().min(1).max(200, "at most 200 characters").optional(),
  })
  .refine((value) => !value.from || !value.to || value.from < value.to, { message: "from must be before to", path: ["to"] });

export const importQuery = z.strictObject({
  format: z.enum(["csv", "ndjson", "x-io", "auto"], { error: "one of csv, ndjson, x-io, auto" }).default("auto"),
});

/** The query string through a schema; a 400 naming each bad parameter otherwise. Empty values count as absent. */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.infer<S> {
  const raw: Record<string, string> = {};
  const repeated: string[] = [];
  for (const [key, value] of params.entries()) {
    if (key in raw) repeated.push(key);
    if (value !== "") raw[key] = value;
  }
  if (repeated.length > 0) {
    throw new ValidationError("Invalid query parameters", Object.fromEntries(repeated.map((key) => [key, ["given more than once"]])));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) fields[key] = ["unknown parameter"];
        continue;
      }
      const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "*";
      (fields[key] ??= []).push(issue.message);
    }
    throw new ValidationError("Invalid query parameters", fields);
  }
  return parsed.data;
}
