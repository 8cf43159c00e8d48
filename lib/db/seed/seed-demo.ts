/**
 * Writes the demo dataset (lib/db/seed/demo-data.ts) and the synthetic posts and accounts
 * (lib/db/seed/synthetic-posts.ts) into a database, on SQLite or PostgreSQL.
 *
 * - Idempotent: ids are deterministic ("seed-campaign-olympics-boycott-2023"), and a record
 *   already present, by that id or by its natural unique key (slug, name, platform + handle,
 *   platform + platform post id), is left exactly as it is. The seed only inserts what is
 *   missing, so it never overwrites what analysts changed on seeded records.
 * - Atomic: one transaction; a failure leaves nothing half-written.
 * - Fast: bulk createMany in chunks (SQLite bounds the parameters of one statement), and
 *   no `skipDuplicates` (SQLite does not support it): existing keys are read first.
 * - Audited: one AuditLog row ("seed.demo") per run that inserted something, none otherwise.
 * - Creates no users.
 * - Loads DISARM's techniques (lib/disarm/load-disarm.ts) in the same transaction, then tags
 *   the campaigns with the techniques their articles describe (demo-techniques.ts).
 */
import type { Platform, Prisma, PrismaClient } from "../generated/sqlite/client.ts";
import {
  ACTORS,
  ATTRIBUTIONS,
  CAMPAIGNS,
  CLAIM_RESPONSES,
  EVENTS,
  INVESTIGATING_BODIES,
  NARRATIVES,
  NETWORKS,
  SOURCES,
  TARGETS,
  type DemoActor,
} from "./demo-data.ts";
import { generateSyntheticDataset, SYNTHETIC_ID_PREFIX, SYNTHETIC_SEED, type SyntheticDataset } from "./synthetic-posts.ts";
import { DEMO_TECHNIQUE_TAGS } from "./demo-techniques.ts";
import { readDisarmBundle, writeDisarmBundle } from "../../disarm/load-disarm.ts";

/** The tables the seed writes, in the order it writes them. */
export const SEED_TABLES = [
  "investigatingBody",
  "actor",
  "target",
  "narrative",
  "network",
  "campaign",
  "campaignTarget",
  "campaignNarrative",
  "campaignPlatform",
  "campaignNetwork",
  "source",
  "campaignSource",
  "event",
  "eventSource",
  "attribution",
  "attributionSource",
  "attributionChange",
  "attributionChangeSource",
  "claimResponse",
  "account",
  "networkAccount",
  "post",
  "campaignTechnique",
] as const;

export type SeedTable = (typeof SEED_TABLES)[number];
export type SeedCounts = Record<SeedTable, number>;

export interface SeedSummary {
  /** Rows of the demo dataset per table; after a successful run all of them are present. */
  rows: SeedCounts;
  /** Rows this run inserted; all zero when the dataset was already there. */
  created: SeedCounts;
  /** Whether this run inserted anything (and so wrote an audit entry). */
  changed: boolean;
  /** The audit entry written for this run, if it changed something. */
  auditLogId: string | null;
  durationMs: number;
}

export interface SeedDemoOptions {
  /** Time recorded on the claims' first history entries; defaults to the time of the run. */
  now?: Date;
  /** Seed of the synthetic posts' generator. */
  syntheticSeed?: number;
}

/** SQLite caps the bound parameters of one statement; 500 rows stay well below it for every table. */
const CHUNK_ROWS = 500;

/** Prefix of every id the seed assigns. */
export const SEED_ID_PREFIX = "seed-";

export const seedIds = {
  investigatingBody: (slug: string) => `seed-body-${slug}`,
  actor: (slug: string) => `seed-actor-${slug}`,
  target: (name: string) => `seed-target-${slugify(name)}`,
  narrative: (slug: string) => `seed-narrative-${slug}`,
  network: (slug: string) => `seed-network-${slug}`,
  campaign: (slug: string) => `seed-campaign-${slug}`,
  source: (key: string) => `seed-source-${key}`,
  event: (key: string) => `seed-event-${key}`,
  attribution: (key: string) => `seed-attribution-${key}`,
  attributionChange: (key: string) => `seed-attribution-change-${key}-v1`,
  claimResponse: (key: string) => `seed-response-${key}`,
  account: (platform: Platform, handle: string) => `seed-account-${platform}-${handle}`,
  post: (platformPostId: string) => `seed-post-${platformPostId}`,
};

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function zeroCounts(): SeedCounts {
  return Object.fromEntries(SEED_TABLES.map((table) => [table, 0])) as SeedCounts;
}

function chunks<T>(items: readonly T[], size: number = CHUNK_ROWS): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

async function createInChunks<T>(rows: readonly T[], create: (batch: T[]) => Promise<{ count: number }>): Promise<number> {
  let created = 0;
  for (const batch of chunks(rows)) created += (await create(batch)).count;
  return created;
}

async function findInChunks<K, R>(keys: readonly K[], find: (batch: K[]) => Promise<R[]>): Promise<R[]> {
  const found: R[] = [];
  for (const batch of chunks(keys)) found.push(...(await find(batch)));
  return found;
}

/**
 * Matches wanted records to rows already in the table, by seed id first, then by natural key.
 * Returns the id each natural key resolves to and the records still to create.
 */
function resolveExisting<T>(
  items: readonly T[],
  seedId: (item: T) => string,
  naturalKey: (item: T) => string,
  existing: readonly { id: string; key: string }[],
): { idByKey: Map<string, string>; missing: T[] } {
  const existingIds = new Set(existing.map((row) => row.id));
  const idByExistingKey = new Map(existing.map((row) => [row.key, row.id]));
  const idByKey = new Map<string, string>();
  const missing: T[] = [];
  for (const item of items) {
    const id = seedId(item);
    const key = naturalKey(item);
    if (existingIds.has(id)) idByKey.set(key, id);
    else if (idByExistingKey.has(key)) idByKey.set(key, idByExistingKey.get(key)!);
    else {
      idByKey.set(key, id);
      missing.push(item);
    }
  }
  return { idByKey, missing };
}

function pairKey(a: string, b: string | number): string {
  return `${a}\u0000${b}`;
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo data: unknown ${what} "${key}"`);
  return id;
}

/** Parents before children, so each createMany batch only points at rows already written. */
function actorsByDepth(actors: readonly DemoActor[]): DemoActor[][] {
  const bySlug = new Map(actors.map((actor) => [actor.slug, actor]));
  const depthOf = (actor: DemoActor, seen: Set<string> = new Set()): number => {
    if (!actor.parentSlug) return 0;
    if (seen.has(actor.slug)) throw new Error(`demo data: actor parent cycle at "${actor.slug}"`);
    const parent = bySlug.get(actor.parentSlug);
    if (!parent) throw new Error(`demo data: unknown parent actor "${actor.parentSlug}"`);
    return 1 + depthOf(parent, new Set([...seen, actor.slug]));
  };
  const levels: DemoActor[][] = [];
  for (const actor of actors) {
    const depth = depthOf(actor);
    (levels[depth] ??= []).push(actor);
  }
  return levels.filter((level) => level !== undefined);
}

/** Rows of the dataset per table, counted from the data itself. */
export function demoRowCounts(synthetic: SyntheticDataset): SeedCounts {
  const uniqueNetworkLinks = new Set(synthetic.accounts.map((account) => pairKey(account.networkSlug, `${account.platform}/${account.handle}`)));
  return {
    investigatingBody: INVESTIGATING_BODIES.length,
    actor: ACTORS.length,
    target: TARGETS.length,
    narrative: NARRATIVES.length,
    network: NETWORKS.length,
    campaign: CAMPAIGNS.length,
    campaignTarget: CAMPAIGNS.reduce((sum, campaign) => sum + campaign.targetNames.length, 0),
    campaignNarrative: CAMPAIGNS.reduce((sum, campaign) => sum + campaign.narrativeSlugs.length, 0),
    campaignPlatform: CAMPAIGNS.reduce((sum, campaign) => sum + campaign.platforms.length, 0),
    campaignNetwork: CAMPAIGNS.reduce((sum, campaign) => sum + campaign.networkSlugs.length, 0),
    source: SOURCES.length,
    campaignSource: CAMPAIGNS.reduce((sum, campaign) => sum + campaign.sourceKeys.length, 0),
    event: EVENTS.length,
    eventSource: EVENTS.reduce((sum, event) => sum + event.sourceKeys.length, 0),
    attribution: ATTRIBUTIONS.length,
    attributionSource: ATTRIBUTIONS.reduce((sum, claim) => sum + claim.sourceKeys.length, 0),
    attributionChange: ATTRIBUTIONS.length,
    attributionChangeSource: ATTRIBUTIONS.reduce((sum, claim) => sum + claim.sourceKeys.length, 0),
    claimResponse: CLAIM_RESPONSES.length,
    account: synthetic.accounts.length,
    networkAccount: uniqueNetworkLinks.size,
    post: synthetic.posts.length,
    campaignTechnique: DEMO_TECHNIQUE_TAGS.length,
  };
}

/** Loads the demo dataset into the database; safe to run any number of times. */
export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const syntheticSeed = options.syntheticSeed ?? SYNTHETIC_SEED;
  const synthetic = generateSyntheticDataset(syntheticSeed);
  const rows = demoRowCounts(synthetic);
  const disarm = readDisarmBundle();

  const { created, auditLogId } = await prisma.$transaction(
    async (tx) => {
      // The campaigns' technique tags point at DISARM's techniques (a no-op when already loaded).
      await writeDisarmBundle(tx, disarm);
      const created = await writeDataset(tx, synthetic, now);
      const changed = SEED_TABLES.some((table) => created[table] > 0);
      let auditLogId: string | null = null;
      if (changed) {
        const entry = await tx.auditLog.create({
          data: {
            userId: null,
            action: "seed.demo",
            entityType: "database",
            entityId: null,
            after: JSON.stringify({ created, rows, syntheticSeed }),
          },
          select: { id: true },
        });
        auditLogId = entry.id;
      }
      return { created, auditLogId };
    },
    // Thousands of rows in one transaction: allow more than the 5 s default.
    { maxWait: 10_000, timeout: 120_000 },
  );

  return {
    rows,
    created,
    changed: auditLogId !== null,
    auditLogId,
    durationMs: Math.round(performance.now() - started),
  };
}

async function writeDataset(tx: Prisma.TransactionClient, synthetic: SyntheticDataset, now: Date): Promise<SeedCounts> {
  const created = zeroCounts();

  // --- investigating bodies ---
  const bodies = resolveExisting(
    INVESTIGATING_BODIES,
    (body) => seedIds.investigatingBody(body.slug),
    (body) => body.slug,
    (
      await tx.investigatingBody.findMany({
        where: { OR: [{ id: { in: INVESTIGATING_BODIES.map((body) => seedIds.investigatingBody(body.slug)) } }, { slug: { in: INVESTIGATING_BODIES.map((body) => body.slug) } }] },
        select: { id: true, slug: true },
      })
    ).map((row) => ({ id: row.id, key: row.slug })),
  );
  created.investigatingBody = await createInChunks(bodies.missing, (batch) =>
    tx.investigatingBody.createMany({
      data: batch.map((body) => ({ id: seedIds.investigatingBody(body.slug), slug: body.slug, name: body.name, kind: body.kind, country: body.country, url: body.url })),
    }),
  );
  const bodyId = (slug: string) => lookup(bodies.idByKey, slug, "investigating body");

  // --- actors, parents first ---
  const actors = resolveExisting(
    ACTORS,
    (actor) => seedIds.actor(actor.slug),
    (actor) => actor.slug,
    (
      await tx.actor.findMany({
        where: { OR: [{ id: { in: ACTORS.map((actor) => seedIds.actor(actor.slug)) } }, { slug: { in: ACTORS.map((actor) => actor.slug) } }] },
        select: { id: true, slug: true },
      })
    ).map((row) => ({ id: row.id, key: row.slug })),
  );
  const actorId = (slug: string) => lookup(actors.idByKey, slug, "actor");
  const missingActors = new Set(actors.missing);
  for (const level of actorsByDepth(ACTORS)) {
    created.actor += await createInChunks(
      level.filter((actor) => missingActors.has(actor)),
      (batch) =>
        tx.actor.createMany({
          data: batch.map((actor) => ({
            id: seedIds.actor(actor.slug),
            slug: actor.slug,
            name: actor.name,
            kind: actor.kind,
            country: actor.country,
            description: actor.description,
            parentId: actor.parentSlug ? actorId(actor.parentSlug) : null,
          })),
        }),
    );
  }

  // --- targets, narratives, networks ---
  const targets = resolveExisting(
    TARGETS,
    (target) => seedIds.target(target.name),
    (target) => target.name,
    (
      await tx.target.findMany({
        where: { OR: [{ id: { in: TARGETS.map((target) => seedIds.target(target.name)) } }, { name: { in: TARGETS.map((target) => target.name) } }] },
        select: { id: true, name: true },
      })
    ).map((row) => ({ id: row.id, key: row.name })),
  );
  created.target = await createInChunks(targets.missing, (batch) =>
    tx.target.createMany({ data: batch.map((target) => ({ id: seedIds.target(target.name), name: target.name, kind: target.kind })) }),
  );

  const narratives = resolveExisting(
    NARRATIVES,
    (narrative) => seedIds.narrative(narrative.slug),
    (narrative) => narrative.slug,
    (
      await tx.narrative.findMany({
        where: { OR: [{ id: { in: NARRATIVES.map((narrative) => seedIds.narrative(narrative.slug)) } }, { slug: { in: NARRATIVES.map((narrative) => narrative.slug) } }] },
        select: { id: true, slug: true },
      })
    ).map((row) => ({ id: row.id, key: row.slug })),
  );
  created.narrative = await createInChunks(narratives.missing, (batch) =>
    tx.narrative.createMany({
      data: batch.map((narrative) => ({ id: seedIds.narrative(narrative.slug), slug: narrative.slug, statement: narrative.statement, description: narrative.description })),
    }),
  );

  const networks = resolveExisting(
    NETWORKS,
    (network) => seedIds.network(network.slug),
    (network) => network.slug,
    (
      await tx.network.findMany({
        where: { OR: [{ id: { in: NETWORKS.map((network) => seedIds.network(network.slug)) } }, { slug: { in: NETWORKS.map((network) => network.slug) } }] },
        select: { id: true, slug: true },
      })
    ).map((row) => ({ id: row.id, key: row.slug })),
  );
  created.network = await createInChunks(networks.missing, (batch) =>
    tx.network.createMany({
      data: batch.map((network) => ({ id: seedIds.network(network.slug), slug: network.slug, name: network.name, description: network.description })),
    }),
  );
  const networkId = (slug: string) => lookup(networks.idByKey, slug, "network");

  // --- campaigns and what they link to ---
  const campaigns = resolveExisting(
    CAMPAIGNS,
    (campaign) => seedIds.campaign(campaign.slug),
    (campaign) => campaign.slug,
    (
      await tx.campaign.findMany({
        where: { OR: [{ id: { in: CAMPAIGNS.map((campaign) => seedIds.campaign(campaign.slug)) } }, { slug: { in: CAMPAIGNS.map((campaign) => campaign.slug) } }] },
        select: { id: true, slug: true },
      })
    ).map((row) => ({ id: row.id, key: row.slug })),
  );
  created.campaign = await createInChunks(campaigns.missing, (batch) =>
    tx.campaign.createMany({
      data: batch.map((campaign) => ({
        id: seedIds.campaign(campaign.slug),
        slug: campaign.slug,
        name: campaign.name,
        summary: campaign.summary,
        status: campaign.status,
        firstSeenAt: campaign.firstSeenAt,
        lastSeenAt: campaign.lastSeenAt,
      })),
    }),
  );
  const campaignId = (slug: string) => lookup(campaigns.idByKey, slug, "campaign");
  const campaignIds = CAMPAIGNS.map((campaign) => campaignId(campaign.slug));

  const wantedCampaignTargets = CAMPAIGNS.flatMap((campaign) =>
    campaign.targetNames.map((name) => ({ campaignId: campaignId(campaign.slug), targetId: lookup(targets.idByKey, name, "target") })),
  );
  const presentCampaignTargets = new Set(
    (await tx.campaignTarget.findMany({ where: { campaignId: { in: campaignIds } } })).map((row) => pairKey(row.campaignId, row.targetId)),
  );
  created.campaignTarget = await createInChunks(
    wantedCampaignTargets.filter((row) => !presentCampaignTargets.has(pairKey(row.campaignId, row.targetId))),
    (batch) => tx.campaignTarget.createMany({ data: batch }),
  );

  const wantedCampaignNarratives = CAMPAIGNS.flatMap((campaign) =>
    campaign.narrativeSlugs.map((slug) => ({ campaignId: campaignId(campaign.slug), narrativeId: lookup(narratives.idByKey, slug, "narrative") })),
  );
  const presentCampaignNarratives = new Set(
    (await tx.campaignNarrative.findMany({ where: { campaignId: { in: campaignIds } } })).map((row) => pairKey(row.campaignId, row.narrativeId)),
  );
  created.campaignNarrative = await createInChunks(
    wantedCampaignNarratives.filter((row) => !presentCampaignNarratives.has(pairKey(row.campaignId, row.narrativeId))),
    (batch) => tx.campaignNarrative.createMany({ data: batch }),
  );

  const wantedCampaignPlatforms = CAMPAIGNS.flatMap((campaign) =>
    campaign.platforms.map((platform) => ({ campaignId: campaignId(campaign.slug), platform })),
  );
  const presentCampaignPlatforms = new Set(
    (await tx.campaignPlatform.findMany({ where: { campaignId: { in: campaignIds } } })).map((row) => pairKey(row.campaignId, row.platform)),
  );
  created.campaignPlatform = await createInChunks(
    wantedCampaignPlatforms.filter((row) => !presentCampaignPlatforms.has(pairKey(row.campaignId, row.platform))),
    (batch) => tx.campaignPlatform.createMany({ data: batch }),
  );

  const wantedCampaignNetworks = CAMPAIGNS.flatMap((campaign) =>
    campaign.networkSlugs.map((slug) => ({ campaignId: campaignId(campaign.slug), networkId: networkId(slug) })),
  );
  const presentCampaignNetworks = new Set(
    (await tx.campaignNetwork.findMany({ where: { campaignId: { in: campaignIds } } })).map((row) => pairKey(row.campaignId, row.networkId)),
  );
  created.campaignNetwork = await createInChunks(
    wantedCampaignNetworks.filter((row) => !presentCampaignNetworks.has(pairKey(row.campaignId, row.networkId))),
    (batch) => tx.campaignNetwork.createMany({ data: batch }),
  );

  // --- sources ---
  const sourceIdByKey = new Map(SOURCES.map((source) => [source.key, seedIds.source(source.key)]));
  const sourceId = (key: string) => lookup(sourceIdByKey, key, "source");
  const presentSources = new Set(
    (await tx.source.findMany({ where: { id: { in: [...sourceIdByKey.values()] } }, select: { id: true } })).map((row) => row.id),
  );
  created.source = await createInChunks(
    SOURCES.filter((source) => !presentSources.has(sourceId(source.key))),
    (batch) =>
      tx.source.createMany({
        data: batch.map((source) => ({
          id: sourceId(source.key),
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          publishedAt: source.publishedAt,
          kind: source.kind,
          language: source.language,
          archivedCopy: source.archivedCopy,
          reliability: source.reliability,
          credibility: source.credibility,
          bodyId: source.bodySlug ? bodyId(source.bodySlug) : null,
        })),
      }),
  );

  const wantedCampaignSources = CAMPAIGNS.flatMap((campaign) =>
    campaign.sourceKeys.map((key) => ({ campaignId: campaignId(campaign.slug), sourceId: sourceId(key) })),
  );
  const presentCampaignSources = new Set(
    (await tx.campaignSource.findMany({ where: { campaignId: { in: campaignIds } } })).map((row) => pairKey(row.campaignId, row.sourceId)),
  );
  created.campaignSource = await createInChunks(
    wantedCampaignSources.filter((row) => !presentCampaignSources.has(pairKey(row.campaignId, row.sourceId))),
    (batch) => tx.campaignSource.createMany({ data: batch }),
  );

  // --- events ---
  const eventIds = EVENTS.map((event) => seedIds.event(event.key));
  const presentEvents = new Set((await tx.event.findMany({ where: { id: { in: eventIds } }, select: { id: true } })).map((row) => row.id));
  created.event = await createInChunks(
    EVENTS.filter((event) => !presentEvents.has(seedIds.event(event.key))),
    (batch) =>
      tx.event.createMany({
        data: batch.map((event) => ({
          id: seedIds.event(event.key),
          occurredAt: event.occurredAt,
          datePrecision: event.datePrecision,
          title: event.title,
          description: event.description,
          location: event.location,
          campaignId: event.campaignSlug ? campaignId(event.campaignSlug) : null,
        })),
      }),
  );
  const wantedEventSources = EVENTS.flatMap((event) => event.sourceKeys.map((key) => ({ eventId: seedIds.event(event.key), sourceId: sourceId(key) })));
  const presentEventSources = new Set(
    (await tx.eventSource.findMany({ where: { eventId: { in: eventIds } } })).map((row) => pairKey(row.eventId, row.sourceId)),
  );
  created.eventSource = await createInChunks(
    wantedEventSources.filter((row) => !presentEventSources.has(pairKey(row.eventId, row.sourceId))),
    (batch) => tx.eventSource.createMany({ data: batch }),
  );

  // --- attribution claims, their sources and first history entries ---
  const attributionIds = ATTRIBUTIONS.map((claim) => seedIds.attribution(claim.key));
  const attributionIdByKey = new Map(ATTRIBUTIONS.map((claim) => [claim.key, seedIds.attribution(claim.key)]));
  const presentAttributions = new Set(
    (await tx.attribution.findMany({ where: { id: { in: attributionIds } }, select: { id: true } })).map((row) => row.id),
  );
  created.attribution = await createInChunks(
    ATTRIBUTIONS.filter((claim) => !presentAttributions.has(seedIds.attribution(claim.key))),
    (batch) =>
      tx.attribution.createMany({
        data: batch.map((claim) => ({
          id: seedIds.attribution(claim.key),
          campaignId: claim.campaignSlug ? campaignId(claim.campaignSlug) : null,
          networkId: claim.networkSlug ? networkId(claim.networkSlug) : null,
          actorId: actorId(claim.actorSlug),
          claimantId: bodyId(claim.claimantSlug),
          confidence: claim.confidence,
          status: claim.status,
          rationale: claim.rationale,
          claimedAt: claim.claimedAt,
          version: 1,
          createdById: null,
        })),
      }),
  );
  const wantedAttributionSources = ATTRIBUTIONS.flatMap((claim) =>
    claim.sourceKeys.map((key) => ({ attributionId: seedIds.attribution(claim.key), sourceId: sourceId(key) })),
  );
  const presentAttributionSources = new Set(
    (await tx.attributionSource.findMany({ where: { attributionId: { in: attributionIds } } })).map((row) =>
      pairKey(row.attributionId, row.sourceId),
    ),
  );
  created.attributionSource = await createInChunks(
    wantedAttributionSources.filter((row) => !presentAttributionSources.has(pairKey(row.attributionId, row.sourceId))),
    (batch) => tx.attributionSource.createMany({ data: batch }),
  );

  // Version 1 is unique per claim: an existing first entry, whatever its id, is kept.
  const firstChanges = await tx.attributionChange.findMany({
    where: { attributionId: { in: attributionIds }, version: 1 },
    select: { id: true, attributionId: true },
  });
  const changeIdByAttribution = new Map(firstChanges.map((row) => [row.attributionId, row.id]));
  const missingChanges = ATTRIBUTIONS.filter((claim) => !changeIdByAttribution.has(seedIds.attribution(claim.key)));
  for (const claim of missingChanges) changeIdByAttribution.set(seedIds.attribution(claim.key), seedIds.attributionChange(claim.key));
  created.attributionChange = await createInChunks(missingChanges, (batch) =>
    tx.attributionChange.createMany({
      data: batch.map((claim) => ({
        id: seedIds.attributionChange(claim.key),
        attributionId: seedIds.attribution(claim.key),
        version: 1,
        changedById: null,
        // When the claim was made, if the articles date it: the timeline should show the
        // claim's own history, not the day the demo was loaded.
        changedAt: claim.claimedAt ?? now,
        fromStatus: null,
        toStatus: claim.status,
        fromConfidence: null,
        toConfidence: claim.confidence,
        rationale: `Recorded from the seed articles: ${claim.rationale}`,
      })),
    }),
  );
  const changeIds = [...changeIdByAttribution.values()];
  const wantedChangeSources = ATTRIBUTIONS.flatMap((claim) =>
    claim.sourceKeys.map((key) => ({
      changeId: lookup(changeIdByAttribution, seedIds.attribution(claim.key), "attribution change"),
      sourceId: sourceId(key),
    })),
  );
  const presentChangeSources = new Set(
    (await tx.attributionChangeSource.findMany({ where: { changeId: { in: changeIds } } })).map((row) => pairKey(row.changeId, row.sourceId)),
  );
  created.attributionChangeSource = await createInChunks(
    wantedChangeSources.filter((row) => !presentChangeSources.has(pairKey(row.changeId, row.sourceId))),
    (batch) => tx.attributionChangeSource.createMany({ data: batch }),
  );

  // --- responses (denials) ---
  const responseIds = CLAIM_RESPONSES.map((response) => seedIds.claimResponse(response.key));
  const presentResponses = new Set(
    (await tx.claimResponse.findMany({ where: { id: { in: responseIds } }, select: { id: true } })).map((row) => row.id),
  );
  created.claimResponse = await createInChunks(
    CLAIM_RESPONSES.filter((response) => !presentResponses.has(seedIds.claimResponse(response.key))),
    (batch) =>
      tx.claimResponse.createMany({
        data: batch.map((response) => ({
          id: seedIds.claimResponse(response.key),
          attributionId: lookup(attributionIdByKey, response.attributionKey, "attribution"),
          actorId: actorId(response.actorSlug),
          spokesperson: response.spokesperson,
          stance: response.stance,
          statement: response.statement,
          statedAt: response.statedAt,
          sourceId: sourceId(response.sourceKey),
        })),
      }),
  );

  // --- synthetic accounts, their networks, and posts ---
  const accountKey = (platform: Platform, handle: string) => pairKey(platform, handle);
  const existingAccounts = await findInChunks(synthetic.accounts, (batch) =>
    tx.account.findMany({
      where: {
        OR: [
          { id: { in: batch.map((account) => seedIds.account(account.platform, account.handle)) } },
          { handle: { in: batch.map((account) => account.handle) } },
        ],
      },
      select: { id: true, platform: true, handle: true },
    }),
  );
  const accounts = resolveExisting(
    synthetic.accounts,
    (account) => seedIds.account(account.platform, account.handle),
    (account) => accountKey(account.platform, account.handle),
    existingAccounts.map((row) => ({ id: row.id, key: accountKey(row.platform, row.handle) })),
  );
  created.account = await createInChunks(accounts.missing, (batch) =>
    tx.account.createMany({
      data: batch.map((account) => ({
        id: seedIds.account(account.platform, account.handle),
        platform: account.platform,
        platformAccountId: account.platformAccountId,
        handle: account.handle,
        displayName: account.displayName,
        accountCreatedAt: account.accountCreatedAt,
        followers: account.followers,
        synthetic: true,
        firstSeenAt: account.firstSeenAt,
      })),
    }),
  );
  const accountId = (platform: Platform, handle: string) => lookup(accounts.idByKey, accountKey(platform, handle), "synthetic account");

  const networkIds = NETWORKS.map((network) => networkId(network.slug));
  const presentNetworkAccounts = new Set(
    (await tx.networkAccount.findMany({ where: { networkId: { in: networkIds } }, select: { networkId: true, accountId: true } })).map((row) =>
      pairKey(row.networkId, row.accountId),
    ),
  );
  const wantedNetworkAccounts = new Map<string, { networkId: string; accountId: string }>();
  for (const account of synthetic.accounts) {
    const row = { networkId: networkId(account.networkSlug), accountId: accountId(account.platform, account.handle) };
    wantedNetworkAccounts.set(pairKey(row.networkId, row.accountId), row);
  }
  created.networkAccount = await createInChunks(
    [...wantedNetworkAccounts].filter(([key]) => !presentNetworkAccounts.has(key)).map(([, row]) => row),
    (batch) => tx.networkAccount.createMany({ data: batch }),
  );

  // Every synthetic platform id starts with the prefix, so one query finds all present ones.
  const presentPosts = await tx.post.findMany({
    where: { OR: [{ platformPostId: { startsWith: SYNTHETIC_ID_PREFIX } }, { id: { startsWith: seedIds.post("") } }] },
    select: { id: true, platform: true, platformPostId: true },
  });
  const presentPostIds = new Set(presentPosts.map((row) => row.id));
  const presentPostKeys = new Set(presentPosts.map((row) => pairKey(row.platform, row.platformPostId)));
  created.post = await createInChunks(
    synthetic.posts.filter(
      (post) => !presentPostIds.has(seedIds.post(post.platformPostId)) && !presentPostKeys.has(pairKey(post.platform, post.platformPostId)),
    ),
    (batch) =>
      tx.post.createMany({
        data: batch.map((post) => ({
          id: seedIds.post(post.platformPostId),
          campaignId: campaignId(post.campaignSlug),
          platform: post.platform,
          platformPostId: post.platformPostId,
          url: post.url,
          accountId: accountId(post.platform, post.accountHandle),
          text: post.text,
          language: post.language,
          postedAt: post.postedAt,
          mediaHash: post.mediaHash,
          likeCount: post.likeCount,
          shareCount: post.shareCount,
          replyCount: post.replyCount,
          viewCount: post.viewCount,
          isRepost: post.isRepost,
          doctoredMedia: post.doctoredMedia,
          synthetic: true,
        })),
      }),
  );

  // --- DISARM techniques the articles describe ---
  const techniqueIdByCode = new Map(
    (
      await tx.technique.findMany({
        where: { externalId: { in: [...new Set(DEMO_TECHNIQUE_TAGS.map((tag) => tag.techniqueId))] } },
        select: { id: true, externalId: true },
      })
    ).map((row) => [row.externalId, row.id]),
  );
  const wantedTags = DEMO_TECHNIQUE_TAGS.map((tag) => ({
    campaignId: campaignId(tag.campaignSlug),
    techniqueId: lookup(techniqueIdByCode, tag.techniqueId, "DISARM technique"),
    note: tag.note,
    addedById: null,
  }));
  const presentTags = new Set(
    (
      await tx.campaignTechnique.findMany({
        where: { campaignId: { in: [...new Set(wantedTags.map((tag) => tag.campaignId))] } },
        select: { campaignId: true, techniqueId: true },
      })
    ).map((row) => pairKey(row.campaignId, row.techniqueId)),
  );
  created.campaignTechnique = await createInChunks(
    wantedTags.filter((tag) => !presentTags.has(pairKey(tag.campaignId, tag.techniqueId))),
    (batch) => tx.campaignTechnique.createMany({ data: batch }),
  );

  return created;
}
