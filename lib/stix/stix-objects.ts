import "server-only";
import type {
  ActorKind,
  AttributionStatus,
  CampaignStatus,
  InvestigatingBodyKind,
  ResponseStance,
  SourceKind,
} from "../db/generated/sqlite/client.ts";
import { joinedStixId } from "./stix-ids.ts";
import { laterOf, toStixTimestamp } from "./stix-timestamps.ts";
import { STIX_SPEC_VERSION, type StixExternalReference, type StixObject } from "./stix-types.ts";
import { ATTRIBUTED_TO, opinionOf, threatActorTypesOf, USES, X } from "./stix-vocabulary.ts";

/**
 * One function per record kind, turning a record (with the STIX ids of what it points at
 * already resolved) into its STIX 2.1 object. Pure: the export queries, these build. Keys are
 * written in a fixed order so that two exports of the same data are byte-identical.
 */

function base(type: string, id: string, created: Date | string, modified: Date | string): StixObject {
  const createdText = typeof created === "string" ? created : toStixTimestamp(created);
  let modifiedText = typeof modified === "string" ? modified : toStixTimestamp(modified);
  if (modifiedText < createdText) modifiedText = createdText;
  return { type, spec_version: STIX_SPEC_VERSION, id, created: createdText, modified: modifiedText };
}

/** Drops undefined values (absent STIX properties), keeping the order of the rest. */
function compact(object: StixObject): StixObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as StixObject;
}

export function campaignObject(
  campaign: { slug: string; name: string; summary: string; status: CampaignStatus; firstSeenAt: Date | null; lastSeenAt: Date | null; createdAt: Date; updatedAt: Date },
  stixId: string,
): StixObject {
  return compact({
    ...base("campaign", stixId, campaign.createdAt, campaign.updatedAt),
    name: campaign.name,
    description: campaign.summary === "" ? undefined : campaign.summary,
    first_seen: campaign.firstSeenAt ? toStixTimestamp(campaign.firstSeenAt) : undefined,
    last_seen: campaign.lastSeenAt ? toStixTimestamp(campaign.lastSeenAt) : undefined,
    [X.slug]: campaign.slug,
    [X.status]: campaign.status,
  });
}

export function intrusionSetObject(
  network: { slug: string; name: string; description: string | null; createdAt: Date; updatedAt: Date },
  stixId: string,
): StixObject {
  return compact({
    ...base("intrusion-set", stixId, network.createdAt, network.updatedAt),
    name: network.name,
    description: network.description ?? undefined,
    [X.slug]: network.slug,
  });
}

export function threatActorObject(
  actor: { slug: string; name: string; kind: ActorKind; country: string | null; description: string | null; createdAt: Date; updatedAt: Date },
  stixId: string,
  parentStixId: string | null,
): StixObject {
  return compact({
    ...base("threat-actor", stixId, actor.createdAt, actor.updatedAt),
    name: actor.name,
    description: actor.description ?? undefined,
    threat_actor_types: threatActorTypesOf(actor.kind),
    resource_level: actor.kind === "state" || actor.kind === "government_body" ? "government" : undefined,
    [X.slug]: actor.slug,
    [X.actorKind]: actor.kind,
    [X.country]: actor.country ?? undefined,
    [X.parentRef]: parentStixId ?? undefined,
  });
}

export function identityObject(
  body: { slug: string; name: string; kind: InvestigatingBodyKind; country: string | null; url: string | null; createdAt: Date; updatedAt: Date },
  stixId: string,
): StixObject {
  return compact({
    ...base("identity", stixId, body.createdAt, body.updatedAt),
    name: body.name,
    identity_class: "organization",
    external_references: body.url ? [{ source_name: "website", url: body.url }] : undefined,
    [X.slug]: body.slug,
    [X.bodyKind]: body.kind,
    [X.country]: body.country ?? undefined,
  });
}

export interface SourceForStix {
  title: string;
  publisher: string;
  url: string | null;
  publishedAt: Date | null;
  kind: SourceKind;
  language: string | null;
  archivedCopy: string | null;
  reliability: string | null;
  credibility: number | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The inline reference to a source, as attributed-to relationships list their sources. */
export function sourceReference(source: SourceForStix): StixExternalReference {
  const reference: StixExternalReference = { source_name: source.publisher, description: source.title };
  if (source.url) reference.url = source.url;
  return reference;
}

/** STIX's Admiralty mapping of information credibility 1-5 to confidence (6: cannot be judged, none). */
const CREDIBILITY_CONFIDENCE: Record<number, number> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10 };

export function reportObject(source: SourceForStix, stixId: string, authorStixId: string | null, objectRefs: string[]): StixObject {
  const confidence = source.credibility === null ? undefined : CREDIBILITY_CONFIDENCE[source.credibility];
  return compact({
    ...base("report", stixId, source.createdAt, source.updatedAt),
    created_by_ref: authorStixId ?? undefined,
    name: source.title,
    report_types: ["threat-report"],
    published: toStixTimestamp(source.publishedAt ?? source.createdAt),
    object_refs: [...objectRefs].sort(),
    confidence,
    lang: source.language ?? undefined,
    external_references: source.url ? [{ source_name: source.publisher, url: source.url }] : undefined,
    [X.publisher]: source.publisher,
    [X.sourceKind]: source.kind,
    [X.publishedUnknown]: source.publishedAt === null ? true : undefined,
    [X.archivedCopy]: source.archivedCopy ?? undefined,
    [X.reliability]: source.reliability ?? undefined,
    [X.credibility]: source.credibility ?? undefined,
  });
}

export function claimRelationship(
  claim: { confidence: number; status: AttributionStatus; claimedAt: Date | null; createdAt: Date; updatedAt: Date },
  ids: { stixId: string; subject: string; network: string | null; actor: string; claimant: string },
  sources: SourceForStix[],
): StixObject {
  const references = sources.map(sourceReference).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
  return compact({
    ...base("relationship", ids.stixId, claim.createdAt, claim.updatedAt),
    created_by_ref: ids.claimant,
    relationship_type: ATTRIBUTED_TO,
    source_ref: ids.subject,
    target_ref: ids.actor,
    confidence: claim.confidence,
    external_references: references.length > 0 ? references.map((reference) => ({ ...reference })) : undefined,
    [X.status]: claim.status,
    [X.claimedAt]: claim.claimedAt ? toStixTimestamp(claim.claimedAt) : undefined,
    [X.networkRef]: ids.network ?? undefined,
  });
}

/** The claim's rationale, a note on its relationship (ours, not the claimant's: no created_by_ref). */
export function rationaleNote(claim: { rationale: string; createdAt: Date; updatedAt: Date }, relationshipStixId: string): StixObject {
  return {
    ...base("note", rationaleNoteId(relationshipStixId), claim.createdAt, claim.updatedAt),
    abstract: "Rationale of the attribution claim",
    content: claim.rationale,
    object_refs: [relationshipStixId],
    [X.noteKind]: "rationale",
  };
}

export function rationaleNoteId(relationshipStixId: string): string {
  return joinedStixId("note", "rationale", relationshipStixId);
}

/** An actor's answer to a claim (a denial is strongly-disagree). */
export function responseOpinion(
  response: { spokesperson: string | null; stance: ResponseStance; statement: string; statedAt: Date | null; createdAt: Date; updatedAt: Date },
  ids: { stixId: string; relationship: string; actor: string },
): StixObject {
  return compact({
    ...base("opinion", ids.stixId, response.createdAt, response.updatedAt),
    explanation: response.statement,
    authors: response.spokesperson ? [response.spokesperson] : undefined,
    opinion: opinionOf(response.stance),
    object_refs: [ids.relationship],
    [X.actorRef]: ids.actor,
    [X.statedAt]: response.statedAt ? toStixTimestamp(response.statedAt) : undefined,
  });
}

/**
 * The same answer as a note on the claim (abstract "Denial of the attribution claim" for a
 * denial): tools that list a relationship's notes but not its opinions still show it. The
 * opinion stays the record import reads; this note is derived from it (id and timestamps).
 */
export function responseNote(
  response: { spokesperson: string | null; stance: ResponseStance; statement: string; createdAt: Date; updatedAt: Date },
  ids: { opinion: string; relationship: string },
): StixObject {
  const denial = response.stance === "strongly_disagree" || response.stance === "disagree";
  return compact({
    ...base("note", responseNoteId(ids.opinion), response.createdAt, response.updatedAt),
    abstract: denial ? "Denial of the attribution claim" : "Response to the attribution claim",
    content: response.statement,
    authors: response.spokesperson ? [response.spokesperson] : undefined,
    object_refs: [ids.relationship, ids.opinion],
    [X.noteKind]: "response",
  });
}

export function responseNoteId(opinionStixId: string): string {
  return joinedStixId("note", "response", opinionStixId);
}

/** A campaign run through a network: campaign attributed-to intrusion-set (no claimant, no confidence). */
export function campaignNetworkRelationship(campaign: { stixId: string; createdAt: Date }, network: { stixId: string; createdAt: Date }): StixObject {
  const at = laterOf(campaign.createdAt, network.createdAt);
  return {
    ...base("relationship", campaignNetworkRelationshipId(campaign.stixId, network.stixId), at, at),
    relationship_type: ATTRIBUTED_TO,
    source_ref: campaign.stixId,
    target_ref: network.stixId,
  };
}

export function campaignNetworkRelationshipId(campaignStixId: string, networkStixId: string): string {
  return joinedStixId("relationship", "campaign-network", campaignStixId, networkStixId);
}

/** A DISARM technique tagged on a campaign: campaign uses attack-pattern, the analyst's note as description. */
export function techniqueUseRelationship(tag: { note: string | null; addedAt: Date }, campaignStixId: string, techniqueStixId: string): StixObject {
  return compact({
    ...base("relationship", joinedStixId("relationship", "campaign-technique", campaignStixId, techniqueStixId), tag.addedAt, tag.addedAt),
    relationship_type: USES,
    description: tag.note ?? undefined,
    source_ref: campaignStixId,
    target_ref: techniqueStixId,
  });
}
