import {
  ActorKind,
  CampaignStatus,
  DatePrecision,
  InvestigatingBodyKind,
  Platform,
  SourceKind,
} from "../db/generated/sqlite/enums.ts";

/**
 * The values of the schema's enums as tuples, for zod and for the forms' selects (the
 * generated enum objects are plain constants, identical for both providers).
 */
function tuple<T extends string>(values: Record<string, T>): [T, ...T[]] {
  return Object.values(values) as [T, ...T[]];
}

export const CAMPAIGN_STATUSES = tuple(CampaignStatus);
export const PLATFORMS = tuple(Platform);
export const ACTOR_KINDS = tuple(ActorKind);
export const BODY_KINDS = tuple(InvestigatingBodyKind);
export const SOURCE_KINDS = tuple(SourceKind);
export const DATE_PRECISIONS = tuple(DatePrecision);
/** Admiralty source reliability: A (completely reliable) to F (cannot be judged). */
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;

export const RELIABILITY_WORDS: Record<(typeof RELIABILITY_GRADES)[number], string> = {
  A: "A: completely reliable",
  B: "B: usually reliable",
  C: "C: fairly reliable",
  D: "D: not usually reliable",
  E: "E: unreliable",
  F: "F: reliability cannot be judged",
};

export const CREDIBILITY_WORDS: Record<number, string> = {
  1: "1: confirmed by other sources",
  2: "2: probably true",
  3: "3: possibly true",
  4: "4: doubtful",
  5: "5: improbable",
  6: "6: truth cannot be judged",
};

/** "government_agency" → "government agency", for option labels. */
export function humanise(value: string): string {
  return value.replace(/_/g, " ");
}

/** Enum values as select options with readable labels. */
export function optionsOf(values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: humanise(value) }));
}

/** A stored date as the YYYY-MM-DD a date input shows (UTC). */
export function dayInput(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
