import { z } from "zod";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "./slug.ts";

/**
 * Zod fields for the record forms (campaigns, actors, sources ...). Form fields arrive as
 * strings: blank optional fields become null, dates are YYYY-MM-DD in UTC, and every message
 * names the field so the form can show it next to it.
 */

function blankToUndefined(value: unknown): unknown {
  if (typeof value !== "string") return value ?? undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function requiredText(label: string, max: number) {
  return z.preprocess(
    blankToUndefined,
    z.string({ error: `Enter ${label}` }).max(max, `${capitalise(label)} has at most ${max.toLocaleString("en")} characters`),
  );
}

export function optionalText(label: string, max: number) {
  return z
    .preprocess(blankToUndefined, z.string({ error: `${capitalise(label)} must be text` }).max(max, `${capitalise(label)} has at most ${max.toLocaleString("en")} characters`).optional())
    .transform((value) => value ?? null);
}

export const slugField = z.preprocess(
  blankToUndefined,
  z
    .string({ error: "Enter a slug" })
    .max(MAX_SLUG_LENGTH, `A slug has at most ${MAX_SLUG_LENGTH} characters`)
    .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens (e.g. olympics-boycott)"),
);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (YYYY-MM-DD) as UTC midnight; refuses days that do not exist. */
function parseDay(value: string): Date | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

export function optionalDay(label: string) {
  return z
    .preprocess(blankToUndefined, z.string().optional())
    .transform((value, ctx) => {
      if (value === undefined) return null;
      const date = parseDay(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: `${capitalise(label)} must be a real date (YYYY-MM-DD)` });
        return z.NEVER;
      }
      return date;
    });
}

export function requiredDay(label: string) {
  return z.preprocess(blankToUndefined, z.string({ error: `Enter ${label}` })).transform((value, ctx) => {
    const date = parseDay(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: `${capitalise(label)} must be a real date (YYYY-MM-DD)` });
      return z.NEVER;
    }
    return date;
  });
}

/** ISO 3166-1 alpha-2, stored uppercase ("fr" → "FR"). */
export const countryField = z
  .preprocess(
    (value) => (typeof blankToUndefined(value) === "string" ? String(blankToUndefined(value)).toUpperCase() : blankToUndefined(value)),
    z.string().regex(/^[A-Z]{2}$/, "Use the two-letter ISO 3166-1 code (FR, AZ)").optional(),
  )
  .transform((value) => value ?? null);

/** Only http(s) URLs: anything else could become a javascript: link. */
export const optionalUrl = z
  .preprocess(blankToUndefined, z.string().max(2048, "A URL has at most 2,048 characters").regex(/^https?:\/\/\S+$/i, "Enter an http(s) URL").optional())
  .transform((value) => value ?? null);

/** BCP 47 tag as the importer accepts it (fr, en, pt-BR). */
export const optionalLanguage = z
  .preprocess(blankToUndefined, z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "Use a BCP 47 language tag (fr, en, pt-BR)").optional())
  .transform((value) => value ?? null);

export function choice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.preprocess(blankToUndefined, z.enum(values, { error: `Choose ${label}: ${values.join(", ")}` }));
}

export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z
    .preprocess(blankToUndefined, z.enum(values, { error: `Choose ${label}: ${values.join(", ")}` }).optional())
    .transform((value) => value ?? null);
}

/** A record id picked in a select; blank is none. */
export const optionalId = z
  .preprocess(blankToUndefined, z.string().max(100).optional())
  .transform((value) => value ?? null);

export function requiredId(label: string) {
  return z.preprocess(blankToUndefined, z.string({ error: `Choose ${label}` }).max(100));
}

/** Ids from checkboxes or a multi-select (FormData.getAll), without blanks or repeats. */
export const idList = z
  .preprocess((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().max(100)))
  .transform((ids) => [...new Set(ids.map((id) => id.trim()).filter(Boolean))]);

/** Lines of a textarea, trimmed, blanks and repeats dropped. */
export function lines(label: string, maxEach: number) {
  return z
    .preprocess((value) => (typeof value === "string" ? value : value ?? ""), z.string())
    .transform((text, ctx) => {
      const items = [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
      const long = items.find((item) => item.length > maxEach);
      if (long) {
        ctx.addIssue({ code: "custom", message: `Each ${label} has at most ${maxEach} characters ("${long.slice(0, 40)}…")` });
        return z.NEVER;
      }
      return items;
    });
}

export function optionalWholeNumber(label: string, min: number, max: number) {
  return z
    .preprocess(
      (value) => {
        const text = blankToUndefined(value);
        return typeof text === "string" ? Number(text) : text;
      },
      z
        .number({ error: `${capitalise(label)} must be a number` })
        .int(`${capitalise(label)} must be a whole number`)
        .min(min, `${capitalise(label)} must be between ${min} and ${max}`)
        .max(max, `${capitalise(label)} must be between ${min} and ${max}`)
        .optional(),
    )
    .transform((value) => value ?? null);
}

/**
 * The updatedAt the editor's form was rendered with (ISO text): a save against a record
 * changed since then is a conflict instead of a silent overwrite.
 */
export const expectedUpdatedAt = z.preprocess(
  blankToUndefined,
  z.iso.datetime({ error: "The form is missing the record's version; reload the page" }).transform((value) => new Date(value)),
);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
