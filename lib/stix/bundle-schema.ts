import "server-only";
import { z } from "zod";
import { ValidationError } from "../errors.ts";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../validation/slug.ts";
import { STIX_TIMESTAMP_PATTERN } from "./stix-timestamps.ts";
import { ACTOR_KINDS, BODY_KINDS, CAMPAIGN_STATUSES, SOURCE_KINDS, X } from "./stix-vocabulary.ts";

/**
 * Structural validation of an incoming bundle (zod). Only the properties the importer reads
 * are checked, and only on the types it maps to records; custom and unknown properties pass
 * through. Every problem is reported with the object's index, id and field.
 */

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const IDENTIFIER = new RegExp(`^[a-z][a-z0-9-]+[a-z0-9]--${UUID}$`);

const identifier = z.string().regex(IDENTIFIER, "must be a STIX identifier (<type>--<uuid>)");
const timestamp = z.string().regex(STIX_TIMESTAMP_PATTERN, "must be a STIX timestamp (RFC 3339, UTC, e.g. 2024-05-15T10:00:00.000Z)");
const text = z.string();
const name = z.string().trim().min(1, "must not be empty");

const externalReference = z.looseObject({
  source_name: z.string(),
  description: z.string().optional(),
  url: z.string().optional(),
  external_id: z.string().optional(),
});

const common = {
  type: z.string(),
  id: identifier,
  spec_version: z.string().optional(),
  created_by_ref: identifier.optional(),
  external_references: z.array(externalReference).optional(),
};
const dated = { ...common, created: timestamp, modified: timestamp };

const slug = z.string().regex(SLUG_PATTERN, "must be a slug (lowercase letters, digits, single hyphens)").max(MAX_SLUG_LENGTH);
const country = z.string().regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code");

export const campaignSchema = z.looseObject({
  ...dated,
  name,
  description: text.optional(),
  first_seen: timestamp.optional(),
  last_seen: timestamp.optional(),
  [X.slug]: slug.optional(),
  [X.status]: z.enum(CAMPAIGN_STATUSES as [string, ...string[]]).optional(),
});

export const intrusionSetSchema = z.looseObject({ ...dated, name, description: text.optional(), [X.slug]: slug.optional() });

export const threatActorSchema = z.looseObject({
  ...dated,
  name,
  description: text.optional(),
  threat_actor_types: z.array(z.string()).optional(),
  [X.slug]: slug.optional(),
  [X.actorKind]: z.enum(ACTOR_KINDS as [string, ...string[]]).optional(),
  [X.country]: country.optional(),
  [X.parentRef]: identifier.optional(),
});

export const identitySchema = z.looseObject({
  ...dated,
  name,
  identity_class: z.string().optional(),
  [X.slug]: slug.optional(),
  [X.bodyKind]: z.enum(BODY_KINDS as [string, ...string[]]).optional(),
  [X.country]: country.optional(),
});

export const relationshipSchema = z.looseObject({
  ...dated,
  relationship_type: z.string().min(1),
  source_ref: identifier,
  target_ref: identifier,
  description: text.optional(),
  confidence: z.int("must be an integer").min(0, "must be 0-100").max(100, "must be 0-100").optional(),
  [X.status]: z.enum(["suspected", "assessed", "confirmed", "disputed", "retracted"]).optional(),
  [X.claimedAt]: timestamp.optional(),
  [X.networkRef]: identifier.optional(),
});

export const reportSchema = z.looseObject({
  ...dated,
  name,
  published: timestamp,
  object_refs: z.array(identifier).min(1, "must list at least one object"),
  lang: z.string().optional(),
  [X.publisher]: z.string().optional(),
  [X.sourceKind]: z.enum(SOURCE_KINDS as [string, ...string[]]).optional(),
  [X.publishedUnknown]: z.boolean().optional(),
  [X.archivedCopy]: z.string().optional(),
  [X.reliability]: z.enum(["A", "B", "C", "D", "E", "F"]).optional(),
  [X.credibility]: z.int().min(1).max(6).optional(),
});

export const noteSchema = z.looseObject({
  ...dated,
  content: z.string(),
  abstract: z.string().optional(),
  object_refs: z.array(identifier).min(1, "must list at least one object"),
  [X.noteKind]: z.string().optional(),
});

export const opinionSchema = z.looseObject({
  ...dated,
  opinion: z.enum(["strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"]),
  explanation: z.string().optional(),
  authors: z.array(z.string()).optional(),
  object_refs: z.array(identifier).min(1, "must list at least one object"),
  [X.actorRef]: identifier.optional(),
  [X.statedAt]: timestamp.optional(),
});

export const attackPatternSchema = z.looseObject({ ...dated, name });

/** Types whose objects the importer reads, with the schema each must satisfy. */
const SCHEMAS = {
  campaign: campaignSchema,
  "intrusion-set": intrusionSetSchema,
  "threat-actor": threatActorSchema,
  identity: identitySchema,
  relationship: relationshipSchema,
  report: reportSchema,
  note: noteSchema,
  opinion: opinionSchema,
  "attack-pattern": attackPatternSchema,
} as const;

export type ReadType = keyof typeof SCHEMAS;
export type ParsedObject = { [T in ReadType]: { index: number; type: T; id: string; object: z.infer<(typeof SCHEMAS)[T]> } }[ReadType];
export interface OtherObject {
  index: number;
  type: string;
  id: string;
  object: Record<string, unknown>;
}

export interface ParsedBundle {
  id: string;
  /** Objects of the types the importer reads, checked. */
  read: ParsedObject[];
  /** Every other object (markings, indicators, x-… types): only its type and id were checked. */
  other: OtherObject[];
}

const envelope = z.object({
  type: z.literal("bundle", "must be \"bundle\""),
  id: z.string().regex(new RegExp(`^bundle--${UUID}$`), "must be bundle--<uuid>"),
  objects: z.array(z.unknown(), "must be an array of STIX objects"),
});
const objectHead = z.looseObject({ type: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a STIX type name"), id: identifier });

function pathText(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("").replace(/^\./, "");
}

/** Checks a bundle's structure; throws ValidationError listing every problem (first 50 in the message). */
export function parseStixBundle(input: unknown): ParsedBundle {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  const top = envelope.safeParse(input);
  if (!top.success) {
    for (const issue of top.error.issues) add(pathText(issue.path) || "bundle", issue.message);
    throw bundleError(errors);
  }
  const read: ParsedObject[] = [];
  const other: OtherObject[] = [];
  top.data.objects.forEach((raw, index) => {
    const head = objectHead.safeParse(raw);
    if (!head.success) {
      for (const issue of head.error.issues) add(`objects[${index}]${issue.path.length ? "." + pathText(issue.path) : ""}`, issue.message);
      return;
    }
    const { type, id } = head.data;
    if (!id.startsWith(`${type}--`)) {
      add(`objects[${index}] (${id}).id`, `must start with "${type}--" (the object's type)`);
      return;
    }
    const schema = (SCHEMAS as Record<string, z.ZodType>)[type];
    if (!schema) {
      other.push({ index, type, id, object: head.data });
      return;
    }
    const checked = schema.safeParse(raw);
    if (!checked.success) {
      for (const issue of checked.error.issues) add(`objects[${index}] (${id}).${pathText(issue.path)}`, issue.message);
      return;
    }
    read.push({ index, type, id, object: checked.data } as ParsedObject);
  });
  if (Object.keys(errors).length > 0) throw bundleError(errors);
  return { id: top.data.id, read, other };
}

function bundleError(errors: Record<string, string[]>): ValidationError {
  const lines = Object.entries(errors).flatMap(([field, messages]) => messages.map((message) => `${field}: ${message}`));
  const shown = lines.slice(0, 50);
  const more = lines.length > shown.length ? `\n… and ${lines.length - shown.length} more` : "";
  return new ValidationError(`The STIX bundle is invalid (${lines.length} problem${lines.length === 1 ? "" : "s"}); nothing was imported.\n${shown.join("\n")}${more}`, errors);
}
