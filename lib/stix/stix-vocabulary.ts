import "server-only";
import type { ActorKind, CampaignStatus, InvestigatingBodyKind, ResponseStance, SourceKind } from "../db/generated/sqlite/client.ts";

/**
 * The custom properties (STIX 2.1 §11.1: `x_` prefix) that carry what STIX has no property
 * for, so that an export imported into another Campaign Tracker reproduces the records.
 * Documented in docs/stix.md.
 */
export const X = {
  /** campaign, intrusion-set, threat-actor, identity: the record's URL slug. */
  slug: "x_campaign_tracker_slug",
  /** campaign: active | dormant | concluded. relationship (attributed-to claim): suspected … retracted. */
  status: "x_campaign_tracker_status",
  /** relationship (attributed-to claim): the day the claimant first made the claim. */
  claimedAt: "x_campaign_tracker_claimed_at",
  /** relationship (attributed-to claim about a campaign): the intrusion-set the claim also names. */
  networkRef: "x_campaign_tracker_network_ref",
  /** threat-actor: state | government_body | political_party | organisation | person | unknown. */
  actorKind: "x_campaign_tracker_actor_kind",
  /** threat-actor, identity: ISO 3166-1 alpha-2 country code. */
  country: "x_campaign_tracker_country",
  /** threat-actor: the threat-actor this one belongs to or is reported to serve. */
  parentRef: "x_campaign_tracker_parent_ref",
  /** identity: government_agency | intelligence_service | newsroom | research_lab | platform | academic | other. */
  bodyKind: "x_campaign_tracker_body_kind",
  /** report: who published it, as written. */
  publisher: "x_campaign_tracker_publisher",
  /** report: news_article | government_statement | research_report | platform_report | social_media | other. */
  sourceKind: "x_campaign_tracker_source_kind",
  /** report: true when the publication date is unknown (`published` then holds the record's creation time). */
  publishedUnknown: "x_campaign_tracker_published_unknown",
  /** report: where a copy is kept. */
  archivedCopy: "x_campaign_tracker_archived_copy",
  /** report: Admiralty source reliability A-F. */
  reliability: "x_campaign_tracker_reliability",
  /** report: Admiralty information credibility 1-6. */
  credibility: "x_campaign_tracker_credibility",
  /** opinion: the threat-actor that answered the claim. */
  actorRef: "x_campaign_tracker_actor_ref",
  /** opinion: when the answer was given. */
  statedAt: "x_campaign_tracker_stated_at",
  /** note: what the note is ("rationale": the claim's rationale). */
  noteKind: "x_campaign_tracker_note_kind",
} as const;

export const ACTOR_KINDS: readonly ActorKind[] = ["state", "government_body", "political_party", "organisation", "person", "unknown"];
export const BODY_KINDS: readonly InvestigatingBodyKind[] = [
  "government_agency",
  "intelligence_service",
  "newsroom",
  "research_lab",
  "platform",
  "academic",
  "other",
];
export const SOURCE_KINDS: readonly SourceKind[] = ["news_article", "government_statement", "research_report", "platform_report", "social_media", "other"];
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ["active", "dormant", "concluded"];
export const RESPONSE_STANCES: readonly ResponseStance[] = ["strongly_disagree", "disagree", "neutral", "agree", "strongly_agree"];

/** threat-actor-type-ov for an actor kind; the exact kind travels in x_campaign_tracker_actor_kind. */
export function threatActorTypesOf(kind: ActorKind): string[] {
  return kind === "state" || kind === "government_body" ? ["nation-state"] : ["unknown"];
}

/** Our actor kind for a threat-actor from a bundle that is not ours. */
export function actorKindFromStix(object: { threat_actor_types?: unknown; x_opencti_type?: unknown; resource_level?: unknown }): ActorKind {
  const types = Array.isArray(object.threat_actor_types) ? object.threat_actor_types : [];
  if (types.includes("nation-state")) return "state";
  if (object.x_opencti_type === "Threat-Actor-Individual") return "person";
  if (object.x_opencti_type === "Threat-Actor-Group") return "organisation";
  return "unknown";
}

/** STIX opinion-enum values are our stances with hyphens. */
export function opinionOf(stance: ResponseStance): string {
  return stance.replace(/_/g, "-");
}

export function stanceFromOpinion(opinion: string): ResponseStance | null {
  const stance = opinion.replace(/-/g, "_");
  return (RESPONSE_STANCES as readonly string[]).includes(stance) ? (stance as ResponseStance) : null;
}

/** The relationship types (source type → target type) the importer maps to records. */
export const ATTRIBUTED_TO = "attributed-to";
export const USES = "uses";
