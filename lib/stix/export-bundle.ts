import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { NotFoundError } from "../errors.ts";
import { attackPatternOf, disarmIdentity, disarmMarking } from "./disarm-objects.ts";
import { stixIdOf, uuidV5 } from "./stix-ids.ts";
import {
  campaignNetworkRelationship,
  campaignObject,
  claimRelationship,
  identityObject,
  intrusionSetObject,
  rationaleNote,
  reportObject,
  responseNote,
  responseOpinion,
  techniqueUseRelationship,
  threatActorObject,
  type SourceForStix,
} from "./stix-objects.ts";
import type { StixBundle, StixObject } from "./stix-types.ts";

export interface ExportStixOptions {
  /** Only this campaign and what it links to; the whole database when absent. */
  campaignSlug?: string;
}

/**
 * Exports campaigns, networks, actors, investigating bodies, attribution claims with their
 * rationales and denials, sources and DISARM technique tags as one STIX 2.1 bundle
 * (mapping: docs/stix.md). Deterministic: objects sorted by type then id, ids stable across
 * exports, and the bundle id a UUIDv5 of its content, so two exports of the same data are
 * byte-identical. Throws NotFoundError for an unknown campaign slug.
 */
export async function exportStixBundle(prisma: PrismaClient, options: ExportStixOptions = {}): Promise<StixBundle> {
  const slug = options.campaignSlug;
  const campaigns = slug
    ? await prisma.campaign.findMany({ where: { slug } })
    : await prisma.campaign.findMany();
  if (slug && campaigns.length === 0) throw new NotFoundError(`No campaign "${slug}".`);
  const campaignIds = campaigns.map((campaign) => campaign.id);

  const campaignNetworks = await prisma.campaignNetwork.findMany({ where: slug ? { campaignId: { in: campaignIds } } : {} });
  const linkedNetworkIds = campaignNetworks.map((link) => link.networkId);

  // A campaign's claims, and the claims about its networks that name no campaign.
  const attributions = await prisma.attribution.findMany({
    where: slug ? { OR: [{ campaignId: { in: campaignIds } }, { campaignId: null, networkId: { in: linkedNetworkIds } }] } : {},
    include: { sources: { select: { sourceId: true } }, responses: true },
  });
  const networks = await prisma.network.findMany({
    where: slug ? { id: { in: [...linkedNetworkIds, ...attributions.flatMap((claim) => (claim.networkId ? [claim.networkId] : []))] } } : {},
  });
  const responses = attributions.flatMap((claim) => claim.responses);

  // Actors: every one for a whole export; for a campaign, those its claims and answers name, with their parents.
  const allActors = await prisma.actor.findMany();
  const actorById = new Map(allActors.map((actor) => [actor.id, actor]));
  let actors = allActors;
  if (slug) {
    const wanted = new Set<string>([...attributions.map((claim) => claim.actorId), ...responses.map((response) => response.actorId)]);
    for (const id of [...wanted]) {
      let parentId = actorById.get(id)?.parentId ?? null;
      while (parentId && !wanted.has(parentId)) {
        wanted.add(parentId);
        parentId = actorById.get(parentId)?.parentId ?? null;
      }
    }
    actors = allActors.filter((actor) => wanted.has(actor.id));
  }

  const campaignSources = await prisma.campaignSource.findMany({ where: slug ? { campaignId: { in: campaignIds } } : {} });
  const sourceIds = new Set<string>([
    ...campaignSources.map((link) => link.sourceId),
    ...attributions.flatMap((claim) => claim.sources.map((link) => link.sourceId)),
    ...responses.flatMap((response) => (response.sourceId ? [response.sourceId] : [])),
  ]);
  const sources = await prisma.source.findMany({ where: { id: { in: [...sourceIds] } } });
  const sourceById = new Map(sources.map((source) => [source.id, source]));

  const bodies = await prisma.investigatingBody.findMany({
    where: slug
      ? { id: { in: [...attributions.map((claim) => claim.claimantId), ...sources.flatMap((source) => (source.bodyId ? [source.bodyId] : []))] } }
      : {},
  });

  const tags = await prisma.campaignTechnique.findMany({
    where: slug ? { campaignId: { in: campaignIds } } : {},
    include: { technique: { include: { tactic: { select: { shortname: true } } } } },
  });

  // --- STIX ids ---
  const campaignStix = new Map(campaigns.map((campaign) => [campaign.id, stixIdOf("campaign", campaign)]));
  const networkStix = new Map(networks.map((network) => [network.id, stixIdOf("intrusion-set", network)]));
  const actorStix = new Map(allActors.map((actor) => [actor.id, stixIdOf("threat-actor", actor)]));
  const bodyStix = new Map(bodies.map((body) => [body.id, stixIdOf("identity", body)]));
  const claimStix = new Map(attributions.map((claim) => [claim.id, stixIdOf("relationship", claim)]));
  const responseStix = new Map(responses.map((response) => [response.id, stixIdOf("opinion", response)]));
  const need = (map: Map<string, string>, id: string, what: string) => {
    const stixId = map.get(id);
    if (stixId === undefined) throw new Error(`STIX export: ${what} ${id} is not in the export`);
    return stixId;
  };

  const objects: StixObject[] = [];
  const refsBySource = new Map<string, Set<string>>();
  const supports = (sourceId: string, stixId: string) => {
    if (!refsBySource.has(sourceId)) refsBySource.set(sourceId, new Set());
    refsBySource.get(sourceId)!.add(stixId);
  };

  for (const campaign of campaigns) objects.push(campaignObject(campaign, need(campaignStix, campaign.id, "campaign")));
  for (const network of networks) objects.push(intrusionSetObject(network, need(networkStix, network.id, "network")));
  for (const actor of actors) {
    objects.push(threatActorObject(actor, need(actorStix, actor.id, "actor"), actor.parentId ? need(actorStix, actor.parentId, "actor") : null));
  }
  for (const body of bodies) objects.push(identityObject(body, need(bodyStix, body.id, "investigating body")));

  const campaignById = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  const networkById = new Map(networks.map((network) => [network.id, network]));
  for (const link of campaignNetworks) {
    const campaign = campaignById.get(link.campaignId);
    const network = networkById.get(link.networkId);
    if (!campaign || !network) continue;
    objects.push(
      campaignNetworkRelationship(
        { stixId: need(campaignStix, campaign.id, "campaign"), createdAt: campaign.createdAt },
        { stixId: need(networkStix, network.id, "network"), createdAt: network.createdAt },
      ),
    );
  }

  for (const claim of attributions) {
    const stixId = need(claimStix, claim.id, "claim");
    // A claim about a campaign and one of its networks: the campaign is the source, the network rides along.
    const subject = claim.campaignId ? need(campaignStix, claim.campaignId, "campaign") : need(networkStix, claim.networkId ?? "", "network");
    const network = claim.campaignId && claim.networkId ? need(networkStix, claim.networkId, "network") : null;
    const claimSources: SourceForStix[] = claim.sources.flatMap((link) => {
      const source = sourceById.get(link.sourceId);
      return source ? [source] : [];
    });
    objects.push(
      claimRelationship(
        claim,
        { stixId, subject, network, actor: need(actorStix, claim.actorId, "actor"), claimant: need(bodyStix, claim.claimantId, "investigating body") },
        claimSources,
      ),
    );
    const note = rationaleNote(claim, stixId);
    objects.push(note);
    for (const link of claim.sources) {
      supports(link.sourceId, stixId);
      supports(link.sourceId, note.id);
    }
    for (const response of claim.responses) {
      const opinionId = need(responseStix, response.id, "response");
      objects.push(responseOpinion(response, { stixId: opinionId, relationship: stixId, actor: need(actorStix, response.actorId, "actor") }));
      objects.push(responseNote(response, { opinion: opinionId, relationship: stixId }));
      if (response.sourceId) supports(response.sourceId, opinionId);
    }
  }
  for (const link of campaignSources) supports(link.sourceId, need(campaignStix, link.campaignId, "campaign"));

  for (const source of sources) {
    const refs = refsBySource.get(source.id);
    if (!refs || refs.size === 0) continue;
    objects.push(reportObject(source, stixIdOf("report", source), source.bodyId ? (bodyStix.get(source.bodyId) ?? null) : null, [...refs]));
  }

  if (tags.length > 0) {
    objects.push(disarmIdentity(), disarmMarking());
    const techniques = new Map(tags.map((tag) => [tag.technique.id, tag.technique]));
    for (const technique of techniques.values()) objects.push(attackPatternOf(technique));
    for (const tag of tags) objects.push(techniqueUseRelationship(tag, need(campaignStix, tag.campaignId, "campaign"), tag.technique.id));
  }

  objects.sort((a, b) => (a.type === b.type ? compareText(a.id, b.id) : compareText(a.type, b.type)));
  return { type: "bundle", id: bundleIdOf(objects), objects };
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A bundle's id: UUIDv5 of its objects, so the same content always has the same id. */
export function bundleIdOf(objects: readonly StixObject[]): string {
  return `bundle--${uuidV5(`bundle:${JSON.stringify(objects)}`)}`;
}
