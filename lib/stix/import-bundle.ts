import "server-only";
import { writeAudit } from "../audit/write-audit.ts";
import { hasPermission, requirePermission, type Principal } from "../auth/permissions.ts";
import type { Prisma, PrismaClient } from "../db/client.ts";
import type { ActorKind, AttributionStatus, CampaignStatus, InvestigatingBodyKind, ResponseStance, SourceKind } from "../db/generated/sqlite/client.ts";
import { ForbiddenError } from "../errors.ts";
import { isSystemActor, type SystemActor } from "../users/system-actor.ts";
import { slugify } from "../validation/slug.ts";
import { parseStixBundle, type OtherObject, type ParsedBundle, type ParsedObject } from "./bundle-schema.ts";
import { DISARM_IDENTITY_ID, DISARM_MARKING_ID } from "./disarm-objects.ts";
import type { StixImportOutcome, StixImportReport } from "./import-report.ts";
import { stixIdOf } from "./stix-ids.ts";
import { parseStixTimestamp } from "./stix-timestamps.ts";
import { actorKindFromStix, ATTRIBUTED_TO, stanceFromOpinion, USES, X } from "./stix-vocabulary.ts";

export interface ImportStixOptions {
  /** The signed-in importer (needs "records:write"; claims also need "attribution:change-status"), or SYSTEM_ACTOR. */
  actor: Principal | SystemActor;
  /** The parsed JSON of a STIX 2.1 bundle. */
  bundle: unknown;
}

/** Confidence given to a claim whose relationship has none (STIX: absent = unspecified). See docs/stix.md. */
export const DEFAULT_IMPORTED_CONFIDENCE = 50;
/** The body that claims an attributed-to relationship with no author anywhere in the bundle. */
export const UNKNOWN_CLAIMANT = { slug: "unknown-claimant-stix-import", name: "Unknown claimant (STIX import without created_by_ref)", kind: "other" } as const;

/**
 * Imports a STIX 2.1 bundle (docs/stix.md): campaigns, intrusion sets, threat actors,
 * claimant and author identities, attributed-to claims with their rationales, denials
 * (opinions), reports and DISARM technique tags. Validates the whole bundle first (a bad one
 * throws ValidationError and writes nothing), then creates or updates the matching records in
 * one transaction with one audit entry. Records are matched by stored STIX id, then by the id
 * our exports derive, then by natural key (slug …), so a re-import never duplicates.
 */
export async function importStixBundle(prisma: PrismaClient, options: ImportStixOptions): Promise<StixImportReport> {
  const system = isSystemActor(options.actor);
  const principal = system ? null : requirePermission(options.actor as Principal, "records:write");
  const parsed = parseStixBundle(options.bundle);
  const canWriteClaims = system || hasPermission(principal!.role, "attribution:change-status");
  return prisma.$transaction(
    (tx) => new BundleImporter(tx, parsed, principal?.userId ?? null, canWriteClaims).run(),
    { maxWait: 10_000, timeout: 120_000 },
  );
}

type Of<T extends ParsedObject["type"]> = Extract<ParsedObject, { type: T }>;

const CUSTOM_PREFIX = "x_campaign_tracker_";

/** A bundle written by Campaign Tracker: an absent property then means "none", not "keep what is stored". */
function isOurs(object: Record<string, unknown>): boolean {
  return Object.keys(object).some((key) => key.startsWith(CUSTOM_PREFIX));
}

/** The bundle's value; when absent, none for our own bundles and the stored value for others. */
function pick<T>(value: T | undefined, stored: T | undefined, ours: boolean, fallback: T): T {
  if (value !== undefined) return value;
  if (!ours && stored !== undefined) return stored;
  return fallback;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function sameFields(row: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.entries(data).every(([key, value]) => sameValue(row[key], value));
}

function time(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : parseStixTimestamp(value);
}

function pairKey(...parts: (string | null)[]): string {
  return parts.map((part) => part ?? "").join("\u0000");
}

/** Rows indexed by the STIX id an export gives them (stored id, else derived from the record id). */
function byStixId<R extends { id: string; stixId: string | null }>(type: string, rows: R[]): Map<string, R> {
  return new Map(rows.map((row) => [stixIdOf(type, row), row]));
}

class BundleImporter {
  private readonly report: StixImportReport;
  private readonly objects: ParsedObject[] = [];
  private readonly byId = new Map<string, ParsedObject>();
  /** STIX id → record id, for everything this import or the database can resolve. */
  private readonly campaigns = new Map<string, string>();
  private readonly networks = new Map<string, string>();
  private readonly actors = new Map<string, string>();
  private readonly bodies = new Map<string, string>();
  private readonly claims = new Map<string, string>();
  private readonly techniques = new Map<string, string>();
  private readonly responseSource = new Map<string, string>();
  /** Record ids matched by an object of this bundle (a natural key may not claim them twice). */
  private readonly claimed = new Set<string>();
  private unknownClaimantId: string | null = null;
  /** Set when this import created the "unknown claimant" body. */
  private createdUnknownClaimantId: string | null = null;
  /** Campaign and claim source links added from reports (also when the report's source itself was kept). */
  private linksAdded = 0;

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly bundle: ParsedBundle,
    private readonly userId: string | null,
    private readonly canWriteClaims: boolean,
  ) {
    this.report = { bundleId: bundle.id, created: [], updated: [], unchanged: [], skipped: [], unknown: [], warnings: [], auditLogId: null };
  }

  async run(): Promise<StixImportReport> {
    this.keepLatestVersions();
    this.listOthers(this.bundle.other);
    await this.importBodies();
    await this.importActors();
    await this.importNetworks();
    await this.importCampaigns();
    await this.importRelationships();
    await this.importReports();
    await this.importOpinions();
    await this.importTechniqueTags();
    this.listNotes();
    for (const list of [this.report.created, this.report.updated, this.report.unchanged, this.report.skipped, this.report.unknown]) {
      list.sort((a, b) => a.index - b.index);
    }
    if (this.report.created.length > 0 || this.report.updated.length > 0 || this.linksAdded > 0) {
      await writeAudit(this.tx, {
        userId: this.userId,
        action: "stix.import",
        entityType: "stix-bundle",
        entityId: this.bundle.id,
        after: {
          created: this.report.created.map((item) => item.id),
          updated: this.report.updated.map((item) => item.id),
          unchanged: this.report.unchanged.length,
          skipped: this.report.skipped.length,
          unknown: this.report.unknown.length,
          linksAdded: this.linksAdded,
          ...(this.createdUnknownClaimantId ? { createdUnknownClaimant: this.createdUnknownClaimantId } : {}),
        },
      });
      const entry = await this.tx.auditLog.findFirst({ where: { action: "stix.import", entityId: this.bundle.id }, orderBy: { at: "desc" }, select: { id: true } });
      this.report.auditLogId = entry?.id ?? null;
    }
    return this.report;
  }

  // --- bookkeeping ---

  /** A bundle may hold several versions of one object: the latest `modified` wins. */
  private keepLatestVersions() {
    for (const item of this.bundle.read) {
      const held = this.byId.get(item.id);
      if (held && parseStixTimestamp(held.object.modified).getTime() >= parseStixTimestamp(item.object.modified).getTime()) {
        this.skip(item, "an equal or newer version of this object is in the same bundle");
        continue;
      }
      if (held) this.skip(held, "a newer version of this object is in the same bundle");
      this.byId.set(item.id, item);
    }
    this.objects.push(...[...this.byId.values()].sort((a, b) => a.index - b.index));
  }

  private listOthers(others: OtherObject[]) {
    for (const other of others) {
      if (other.type === "marking-definition") {
        this.skip(other, other.id === DISARM_MARKING_ID ? "DISARM's licence marking (exports add it again)" : "markings are not stored");
      } else if (other.type === "x-mitre-tactic" || other.type === "x-mitre-matrix") {
        this.skip(other, "DISARM tactics and matrix are loaded from prisma/disarm/DISARM.json, not from bundles");
      } else {
        this.report.unknown.push({ index: other.index, type: other.type, id: other.id });
      }
    }
  }

  private ofType<T extends ParsedObject["type"]>(type: T): Of<T>[] {
    return this.objects.filter((item): item is Of<T> => item.type === type);
  }

  private skip(item: { index: number; type: string; id: string }, reason: string) {
    this.report.skipped.push({ index: item.index, type: item.type, id: item.id, reason });
  }

  private record(outcome: StixImportOutcome, item: { index: number; type: string; id: string }, record: string, recordId: string) {
    this.report[outcome].push({ index: item.index, type: item.type, id: item.id, record, recordId });
  }

  private warn(item: { index: number; id: string }, field: string, message: string) {
    this.report.warnings.push({ index: item.index, id: item.id, field, message });
  }

  /**
   * Creates, updates or leaves a record. `stored` is the matched row (if any); a stored row
   * newer than the object (by `updatedAt`) is kept and the object skipped.
   */
  private async write<R extends { id: string; updatedAt: Date }>(
    item: ParsedObject,
    record: string,
    stored: R | undefined,
    data: Record<string, unknown>,
    ops: { create(): Promise<string>; update(id: string): Promise<void>; modified?: Date },
  ): Promise<string> {
    if (!stored) {
      const id = await ops.create();
      this.claimed.add(id);
      this.record("created", item, record, id);
      return id;
    }
    this.claimed.add(stored.id);
    const storedAt = stored.updatedAt;
    if (storedAt && ops.modified && storedAt.getTime() > ops.modified.getTime()) {
      this.skip(item, `the stored ${record} is newer (modified ${storedAt.toISOString()}) than this object (${ops.modified.toISOString()}); kept`);
      return stored.id;
    }
    const sameTime = !storedAt || !ops.modified || storedAt.getTime() === ops.modified.getTime();
    if (sameTime && sameFields(stored as unknown as Record<string, unknown>, data)) {
      this.record("unchanged", item, record, stored.id);
      return stored.id;
    }
    await ops.update(stored.id);
    this.record("updated", item, record, stored.id);
    return stored.id;
  }

  /** A slug no other row has: `base`, `base-2`, `base-3` … */
  private uniqueSlug(base: string, taken: Set<string>, fallback: string): string {
    const root = base || fallback;
    let slug = root;
    for (let n = 2; taken.has(slug); n++) slug = `${root.slice(0, 75)}-${n}`;
    taken.add(slug);
    return slug;
  }

  /** Natural-key match, unless another object of this bundle already took that record. */
  private unclaimed<R extends { id: string }>(row: R | undefined): R | undefined {
    return row && !this.claimed.has(row.id) ? row : undefined;
  }

  // --- identities → investigating bodies ---

  private async importBodies() {
    const rows = await this.tx.investigatingBody.findMany();
    const stix = byStixId("identity", rows);
    for (const [stixId, row] of stix) this.bodies.set(stixId, row.id);
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    const slugs = new Set(bySlug.keys());

    // Only identities that claim or author something here are bodies; others are left alone.
    const authors = new Set<string>();
    for (const item of this.objects) {
      if ((item.type === "relationship" && item.object.relationship_type === ATTRIBUTED_TO) || item.type === "report") {
        if (item.object.created_by_ref) authors.add(item.object.created_by_ref);
      }
    }
    for (const item of this.ofType("identity")) {
      const o = item.object;
      if (item.id === DISARM_IDENTITY_ID) {
        this.skip(item, "DISARM's identity (the author of its techniques; exports add it again)");
        continue;
      }
      if (!authors.has(item.id) && o[X.bodyKind] === undefined) {
        this.skip(item, "identity neither claims an attributed-to relationship nor authors a report here");
        continue;
      }
      const ours = isOurs(o);
      const slug = o[X.slug] ?? slugify(o.name);
      const stored = stix.get(item.id) ?? this.unclaimed(bySlug.get(slug));
      const website = o.external_references?.find((reference) => reference.source_name === "website" && reference.url)?.url;
      const created = parseStixTimestamp(o.created);
      const modified = parseStixTimestamp(o.modified);
      const data = {
        name: o.name,
        kind: pick(o[X.bodyKind] as InvestigatingBodyKind | undefined, stored?.kind, ours, "other" as InvestigatingBodyKind),
        country: pick(o[X.country]?.toUpperCase(), stored?.country, ours, null),
        url: pick(website, stored?.url, ours, null),
      };
      const id = await this.write(item, "InvestigatingBody", stored, data, {
        create: async () =>
          (
            await this.tx.investigatingBody.create({
              data: { ...data, stixId: item.id, slug: this.uniqueSlug(slug, slugs, "body"), createdAt: created, updatedAt: modified },
              select: { id: true },
            })
          ).id,
        update: async (rowId) => void (await this.tx.investigatingBody.update({ where: { id: rowId }, data: { ...data, updatedAt: modified } })),
        modified,
      });
      this.bodies.set(item.id, id);
    }
  }

  // --- threat actors → actors ---

  private async importActors() {
    const rows = await this.tx.actor.findMany();
    const stix = byStixId("threat-actor", rows);
    for (const [stixId, row] of stix) this.actors.set(stixId, row.id);
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    const slugs = new Set(bySlug.keys());
    const items = this.ofType("threat-actor");

    // First without parents (a parent may come later in the bundle), then the parent links.
    for (const item of items) {
      const o = item.object;
      const ours = isOurs(o);
      const slug = o[X.slug] ?? slugify(o.name);
      const stored = stix.get(item.id) ?? this.unclaimed(bySlug.get(slug));
      const created = parseStixTimestamp(o.created);
      const modified = parseStixTimestamp(o.modified);
      const parentRef = o[X.parentRef];
      // A parent that is not resolvable yet comes later in the bundle: the second pass links it.
      const parentId =
        parentRef === undefined ? pick<string | null>(undefined, stored?.parentId, ours, null) : (this.actors.get(parentRef) ?? stored?.parentId ?? null);
      const data = {
        name: o.name,
        kind: pick(o[X.actorKind] as ActorKind | undefined, stored?.kind, ours, actorKindFromStix(o)),
        country: pick(o[X.country]?.toUpperCase(), stored?.country, ours, null),
        description: pick(o.description, stored?.description, ours, null),
        parentId,
      };
      const id = await this.write(item, "Actor", stored, data, {
        create: async () =>
          (
            await this.tx.actor.create({
              data: { ...data, stixId: item.id, slug: this.uniqueSlug(slug, slugs, "actor"), createdAt: created, updatedAt: modified },
              select: { id: true },
            })
          ).id,
        update: async (rowId) => void (await this.tx.actor.update({ where: { id: rowId }, data: { ...data, updatedAt: modified } })),
        modified,
      });
      this.actors.set(item.id, id);
    }
    for (const item of items) {
      const parentRef = item.object[X.parentRef];
      if (parentRef === undefined) continue;
      const parentId = this.actors.get(parentRef);
      const id = this.actors.get(item.id)!;
      if (!parentId) {
        this.warn(item, X.parentRef, `parent ${parentRef} is neither in the bundle nor in the database; no parent set`);
        continue;
      }
      const current = await this.tx.actor.findUniqueOrThrow({ where: { id }, select: { parentId: true, updatedAt: true } });
      if (current.parentId !== parentId && !this.report.skipped.some((skipped) => skipped.id === item.id)) {
        // Keep updatedAt as the object's modified: setting the parent is part of importing this version.
        await this.tx.actor.update({ where: { id }, data: { parentId, updatedAt: current.updatedAt } });
        const unchanged = this.report.unchanged.findIndex((entry) => entry.id === item.id);
        if (unchanged >= 0) this.report.updated.push(...this.report.unchanged.splice(unchanged, 1));
      }
    }
  }

  // --- intrusion sets → networks ---

  private async importNetworks() {
    const rows = await this.tx.network.findMany();
    const stix = byStixId("intrusion-set", rows);
    for (const [stixId, row] of stix) this.networks.set(stixId, row.id);
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    const slugs = new Set(bySlug.keys());
    for (const item of this.ofType("intrusion-set")) {
      const o = item.object;
      const ours = isOurs(o);
      const slug = o[X.slug] ?? slugify(o.name);
      const stored = stix.get(item.id) ?? this.unclaimed(bySlug.get(slug));
      const created = parseStixTimestamp(o.created);
      const modified = parseStixTimestamp(o.modified);
      const data = { name: o.name, description: pick(o.description, stored?.description, ours, null) };
      const id = await this.write(item, "Network", stored, data, {
        create: async () =>
          (
            await this.tx.network.create({
              data: { ...data, stixId: item.id, slug: this.uniqueSlug(slug, slugs, "network"), createdAt: created, updatedAt: modified },
              select: { id: true },
            })
          ).id,
        update: async (rowId) => void (await this.tx.network.update({ where: { id: rowId }, data: { ...data, updatedAt: modified } })),
        modified,
      });
      this.networks.set(item.id, id);
    }
  }

  // --- campaigns ---

  private async importCampaigns() {
    const rows = await this.tx.campaign.findMany();
    const stix = byStixId("campaign", rows);
    for (const [stixId, row] of stix) this.campaigns.set(stixId, row.id);
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    const slugs = new Set(bySlug.keys());
    for (const item of this.ofType("campaign")) {
      const o = item.object;
      const ours = isOurs(o);
      const slug = o[X.slug] ?? slugify(o.name);
      const stored = stix.get(item.id) ?? this.unclaimed(bySlug.get(slug));
      const created = parseStixTimestamp(o.created);
      const modified = parseStixTimestamp(o.modified);
      const data = {
        name: o.name,
        summary: pick(o.description, stored?.summary, ours, ""),
        status: pick(o[X.status] as CampaignStatus | undefined, stored?.status, ours, "active" as CampaignStatus),
        firstSeenAt: pick(time(o.first_seen), stored?.firstSeenAt, ours, null),
        lastSeenAt: pick(time(o.last_seen), stored?.lastSeenAt, ours, null),
      };
      const id = await this.write(item, "Campaign", stored, data, {
        create: async () =>
          (
            await this.tx.campaign.create({
              data: { ...data, stixId: item.id, slug: this.uniqueSlug(slug, slugs, "campaign"), createdAt: created, updatedAt: modified },
              select: { id: true },
            })
          ).id,
        update: async (rowId) => void (await this.tx.campaign.update({ where: { id: rowId }, data: { ...data, updatedAt: modified } })),
        modified,
      });
      this.campaigns.set(item.id, id);
    }
  }

  // --- relationships: claims, campaign-network links (technique tags come later) ---

  private async importRelationships() {
    const rows = await this.tx.attribution.findMany();
    const stix = byStixId("relationship", rows);
    for (const [stixId, row] of stix) this.claims.set(stixId, row.id);
    const byNaturalKey = new Map(rows.map((row) => [pairKey(row.campaignId, row.networkId, row.actorId, row.claimantId), row]));
    const campaignNetworks = new Set((await this.tx.campaignNetwork.findMany({ select: { campaignId: true, networkId: true } })).map((row) => pairKey(row.campaignId, row.networkId)));
    const rationales = new Map<string, string>();
    for (const note of this.ofType("note")) {
      if (note.object[X.noteKind] !== "rationale") continue;
      for (const ref of note.object.object_refs) rationales.set(ref, note.object.content);
    }

    for (const item of this.ofType("relationship")) {
      const o = item.object;
      if (o.relationship_type === USES) continue; // technique tags, after attack-patterns
      if (o.relationship_type !== ATTRIBUTED_TO) {
        this.skip(item, `relationship type "${o.relationship_type}" is not mapped (only attributed-to and uses)`);
        continue;
      }
      const campaignId = this.campaigns.get(o.source_ref);
      const networkAsSource = this.networks.get(o.source_ref);
      const networkAsTarget = this.networks.get(o.target_ref);
      const actorId = this.actors.get(o.target_ref);
      if (campaignId && networkAsTarget) {
        await this.importCampaignNetwork(item, campaignId, networkAsTarget, campaignNetworks);
        continue;
      }
      if (!(campaignId || networkAsSource) || !actorId) {
        this.skip(
          item,
          `attributed-to ${o.source_ref} → ${o.target_ref}: only campaign or intrusion-set → threat-actor (a claim) and campaign → intrusion-set are mapped, and both ends must be in the bundle or the database`,
        );
        continue;
      }
      if (!this.canWriteClaims) {
        throw new ForbiddenError("This bundle holds attribution claims: importing them needs the attribution:change-status permission (editor or admin).");
      }
      const claimantId = await this.claimantOf(item);
      const ours = isOurs(o);
      const networkRef = o[X.networkRef];
      const alsoNetwork = campaignId && networkRef ? this.networks.get(networkRef) : undefined;
      if (networkRef && !alsoNetwork) this.warn(item, X.networkRef, `${networkRef} is neither in the bundle nor in the database; the claim names no network`);
      const subject = campaignId ? { campaignId, networkId: alsoNetwork ?? null } : { campaignId: null, networkId: networkAsSource! };
      const stored = stix.get(item.id) ?? this.unclaimed(byNaturalKey.get(pairKey(subject.campaignId, subject.networkId, actorId, claimantId)));
      const created = parseStixTimestamp(o.created);
      const modified = parseStixTimestamp(o.modified);
      let confidence = o.confidence;
      if (confidence === undefined && !stored) {
        confidence = DEFAULT_IMPORTED_CONFIDENCE;
        this.warn(item, "confidence", `absent (STIX: unspecified); stored as ${DEFAULT_IMPORTED_CONFIDENCE} ("roughly even chance") and recorded in the claim's history`);
      }
      const rationale = rationales.get(item.id) ?? o.description;
      const data = {
        ...subject,
        actorId,
        claimantId,
        confidence: confidence ?? stored!.confidence,
        status: pick(o[X.status] as AttributionStatus | undefined, stored?.status, ours, "suspected" as AttributionStatus),
        rationale: rationale ?? stored?.rationale ?? `Imported from STIX bundle ${this.bundle.id}; it gives no rationale.`,
        claimedAt: pick(time(o[X.claimedAt]), stored?.claimedAt, ours, null),
      };
      const id = await this.write(item, "Attribution", stored, data, {
        create: async () => {
          const claim = await this.tx.attribution.create({
            data: { ...data, stixId: item.id, version: 1, createdById: this.userId, createdAt: created, updatedAt: modified },
            select: { id: true },
          });
          const defaulted = o.confidence === undefined ? ` Confidence was not given; set to ${DEFAULT_IMPORTED_CONFIDENCE} by the importer.` : "";
          await this.tx.attributionChange.create({
            data: {
              attributionId: claim.id,
              version: 1,
              changedById: this.userId,
              changedAt: data.claimedAt ?? created,
              toStatus: data.status,
              toConfidence: data.confidence,
              rationale: `Imported from STIX bundle ${this.bundle.id}: ${data.rationale}${defaulted}`,
            },
          });
          return claim.id;
        },
        update: async (rowId) => {
          const before = stored!;
          const statusOrConfidence = before.status !== data.status || before.confidence !== data.confidence;
          const version = statusOrConfidence ? before.version + 1 : before.version;
          await this.tx.attribution.update({ where: { id: rowId }, data: { ...data, version, updatedAt: modified } });
          if (statusOrConfidence) {
            await this.tx.attributionChange.create({
              data: {
                attributionId: rowId,
                version,
                changedById: this.userId,
                changedAt: modified,
                fromStatus: before.status,
                toStatus: data.status,
                fromConfidence: before.confidence,
                toConfidence: data.confidence,
                rationale: `Updated from STIX bundle ${this.bundle.id}: ${data.rationale}`,
              },
            });
          }
        },
        modified,
      });
      this.claims.set(item.id, id);
    }
  }

  private async importCampaignNetwork(item: Of<"relationship">, campaignId: string, networkId: string, stored: Set<string>) {
    const key = pairKey(campaignId, networkId);
    if (stored.has(key)) {
      this.record("unchanged", item, "CampaignNetwork", `${campaignId}/${networkId}`);
      return;
    }
    await this.tx.campaignNetwork.create({ data: { campaignId, networkId } });
    stored.add(key);
    this.record("created", item, "CampaignNetwork", `${campaignId}/${networkId}`);
  }

  /** The relationship's created_by_ref, else the author of a report citing it, else the "unknown claimant" body. */
  private async claimantOf(item: Of<"relationship">): Promise<string> {
    const author = item.object.created_by_ref;
    if (author) {
      const id = this.bodies.get(author);
      if (id) return id;
      this.warn(item, "created_by_ref", `${author} is neither in the bundle nor in the database; using the report author or "${UNKNOWN_CLAIMANT.name}"`);
    }
    for (const report of this.ofType("report")) {
      if (!report.object.object_refs.includes(item.id) || !report.object.created_by_ref) continue;
      const id = this.bodies.get(report.object.created_by_ref);
      if (id) {
        if (!author) this.warn(item, "created_by_ref", `absent; the claimant is the author of report ${report.id}`);
        return id;
      }
    }
    if (!author) this.warn(item, "created_by_ref", `absent and no citing report has an author; the claimant is "${UNKNOWN_CLAIMANT.name}"`);
    if (!this.unknownClaimantId) {
      const existing = await this.tx.investigatingBody.findUnique({ where: { slug: UNKNOWN_CLAIMANT.slug }, select: { id: true } });
      if (existing) {
        this.unknownClaimantId = existing.id;
      } else {
        const body = await this.tx.investigatingBody.create({ data: { slug: UNKNOWN_CLAIMANT.slug, name: UNKNOWN_CLAIMANT.name, kind: UNKNOWN_CLAIMANT.kind }, select: { id: true } });
        this.unknownClaimantId = body.id;
        this.createdUnknownClaimantId = body.id;
      }
    }
    return this.unknownClaimantId;
  }

  // --- reports → sources, and the links they carry ---

  private async importReports() {
    const rows = await this.tx.source.findMany();
    const stix = byStixId("report", rows);
    const byUrl = new Map(rows.filter((row) => row.url).map((row) => [row.url!, row]));
    const byTitle = new Map(rows.map((row) => [pairKey(row.title, row.publisher), row]));
    const bodyNames = new Map((await this.tx.investigatingBody.findMany({ select: { id: true, name: true } })).map((row) => [row.id, row.name]));
    const campaignSources = new Set((await this.tx.campaignSource.findMany({ select: { campaignId: true, sourceId: true } })).map((row) => pairKey(row.campaignId, row.sourceId)));
    const attributionSources = new Set(
      (await this.tx.attributionSource.findMany({ select: { attributionId: true, sourceId: true } })).map((row) => pairKey(row.attributionId, row.sourceId)),
    );

    for (const item of this.ofType("report")) {
      const o = item.object;
      const ours = isOurs(o);
      const url = o.external_references?.find((reference) => reference.url)?.url;
      const bodyId = o.created_by_ref ? (this.bodies.get(o.created_by_ref) ?? null) : null;
      const publisher = o[X.publisher] ?? (bodyId ? bodyNames.get(bodyId) : undefined) ?? o.external_references?.[0]?.source_name ?? "Unknown publisher";
      const stored = stix.get(item.id) ?? this.unclaimed(url ? byUrl.get(url) : undefined) ?? this.unclaimed(byTitle.get(pairKey(o.name, publisher)));
      const created = parseStixTimestamp(o.created);
      const modified = parseStixTimestamp(o.modified);
      const data = {
        title: o.name,
        publisher,
        url: pick(url, stored?.url, ours, null),
        publishedAt: o[X.publishedUnknown] === true ? null : parseStixTimestamp(o.published),
        kind: pick(o[X.sourceKind] as SourceKind | undefined, stored?.kind, ours, "other" as SourceKind),
        language: pick(o.lang, stored?.language, ours, null),
        archivedCopy: pick(o[X.archivedCopy], stored?.archivedCopy, ours, null),
        reliability: pick(o[X.reliability], stored?.reliability, ours, null),
        credibility: pick(o[X.credibility], stored?.credibility, ours, null),
        bodyId: pick(bodyId ?? undefined, stored?.bodyId, ours, null),
      };
      let linksAdded = 0;
      const sourceId = await this.write(item, "Source", stored, data, {
        create: async () =>
          (await this.tx.source.create({ data: { ...data, stixId: item.id, createdAt: created, updatedAt: modified }, select: { id: true } })).id,
        update: async (rowId) => void (await this.tx.source.update({ where: { id: rowId }, data: { ...data, updatedAt: modified } })),
        modified,
      });
      for (const ref of o.object_refs) {
        const campaignId = this.campaigns.get(ref);
        const attributionId = this.claims.get(ref);
        if (campaignId) {
          const key = pairKey(campaignId, sourceId);
          if (!campaignSources.has(key)) {
            await this.tx.campaignSource.create({ data: { campaignId, sourceId } });
            campaignSources.add(key);
            linksAdded++;
          }
        } else if (attributionId) {
          const key = pairKey(attributionId, sourceId);
          if (!attributionSources.has(key)) {
            await this.tx.attributionSource.create({ data: { attributionId, sourceId } });
            attributionSources.add(key);
            linksAdded++;
          }
        } else if (this.byId.get(ref)?.type === "opinion" && !this.responseSource.has(ref)) {
          this.responseSource.set(ref, sourceId);
        }
      }
      this.linksAdded += linksAdded;
      if (linksAdded > 0 && this.report.unchanged.at(-1)?.id === item.id) {
        this.report.updated.push(this.report.unchanged.pop()!);
      }
    }
  }

  // --- opinions → answers to claims ---

  private async importOpinions() {
    const rows = await this.tx.claimResponse.findMany();
    const stix = byStixId("opinion", rows);
    const byNaturalKey = new Map(rows.map((row) => [pairKey(row.attributionId, row.actorId, row.statement), row]));
    for (const item of this.ofType("opinion")) {
      const o = item.object;
      const attributionId = o.object_refs.map((ref) => this.claims.get(ref)).find((id) => id !== undefined);
      const actorRef = o[X.actorRef];
      const actorId = actorRef ? this.actors.get(actorRef) : undefined;
      if (!attributionId) {
        this.skip(item, "an opinion is stored only as the answer to an attributed-to claim of this bundle or the database");
        continue;
      }
      if (!actorId) {
        this.skip(item, actorRef ? `answering actor ${actorRef} is neither in the bundle nor in the database` : `no ${X.actorRef}: who answered the claim is unknown`);
        continue;
      }
      const stance = stanceFromOpinion(o.opinion) as ResponseStance;
      const statement = o.explanation ?? "";
      const stored = stix.get(item.id) ?? this.unclaimed(byNaturalKey.get(pairKey(attributionId, actorId, statement)));
      const created = parseStixTimestamp(o.created);
      const modified = parseStixTimestamp(o.modified);
      const data = {
        attributionId,
        actorId,
        spokesperson: o.authors?.[0] ?? null,
        stance,
        statement,
        statedAt: time(o[X.statedAt]) ?? null,
        sourceId: this.responseSource.get(item.id) ?? null,
      };
      await this.write(item, "ClaimResponse", stored, data, {
        create: async () =>
          (await this.tx.claimResponse.create({ data: { ...data, stixId: item.id, createdAt: created, updatedAt: modified }, select: { id: true } })).id,
        update: async (rowId) => void (await this.tx.claimResponse.update({ where: { id: rowId }, data: { ...data, updatedAt: modified } })),
        modified,
      });
    }
  }

  // --- attack-patterns → DISARM techniques, and campaign uses attack-pattern ---

  private async importTechniqueTags() {
    const techniques = await this.tx.technique.findMany({ select: { id: true, externalId: true } });
    const byExternalId = new Map(techniques.map((row) => [row.externalId, row.id]));
    for (const row of techniques) this.techniques.set(row.id, row.id);
    for (const item of this.ofType("attack-pattern")) {
      // DISARM's own id, else its T-number (OpenCTI re-keys attack-patterns and keeps it in x_mitre_id).
      const candidates = [...(item.object.external_references ?? []).map((reference) => reference.external_id), item.object.x_mitre_id];
      const externalId = candidates.find((value): value is string => typeof value === "string" && /^T\d{4}(\.\d{3})?$/.test(value));
      const id = this.techniques.get(item.id) ?? (externalId ? byExternalId.get(externalId) : undefined);
      if (!id) {
        this.skip(item, externalId ? `unknown DISARM technique ${externalId} (load DISARM with npm run db:migrate, or it is not in DISARM)` : "not a DISARM technique (no DISARM id or Txxxx external_id)");
        continue;
      }
      this.techniques.set(item.id, id);
      this.record("unchanged", item, "Technique", id);
    }
    const notes = new Map(
      (await this.tx.campaignTechnique.findMany({ select: { campaignId: true, techniqueId: true, note: true } })).map((row) => [pairKey(row.campaignId, row.techniqueId), row.note]),
    );
    for (const item of this.ofType("relationship")) {
      const o = item.object;
      if (o.relationship_type !== USES) continue;
      const campaignId = this.campaigns.get(o.source_ref);
      const techniqueId = this.techniques.get(o.target_ref);
      if (!campaignId || !techniqueId) {
        this.skip(item, `uses ${o.source_ref} → ${o.target_ref}: only campaign → a known DISARM attack-pattern is mapped`);
        continue;
      }
      const key = pairKey(campaignId, techniqueId);
      const note = o.description ?? null;
      const recordId = `${campaignId}/${techniqueId}`;
      if (!notes.has(key)) {
        await this.tx.campaignTechnique.create({ data: { campaignId, techniqueId, note, addedById: this.userId, addedAt: parseStixTimestamp(o.created) } });
        notes.set(key, note);
        this.record("created", item, "CampaignTechnique", recordId);
      } else if (notes.get(key) !== note) {
        await this.tx.campaignTechnique.update({ where: { campaignId_techniqueId: { campaignId, techniqueId } }, data: { note } });
        notes.set(key, note);
        this.record("updated", item, "CampaignTechnique", recordId);
      } else {
        this.record("unchanged", item, "CampaignTechnique", recordId);
      }
    }
  }

  // --- notes: rationales travel with their claim, answers with their opinion ---

  private listNotes() {
    const outcomes = new Map<string, StixImportOutcome>();
    const recordIds = new Map<string, string>();
    for (const outcome of ["created", "updated", "unchanged"] as const) {
      for (const item of this.report[outcome]) {
        outcomes.set(item.id, outcome);
        recordIds.set(item.id, item.recordId);
      }
    }
    for (const item of this.ofType("note")) {
      const o = item.object;
      if (o[X.noteKind] === "response") {
        // The answer itself was read from its opinion; this note repeats it for other tools.
        const opinionRef = o.object_refs.find((ref) => this.byId.get(ref)?.type === "opinion" && outcomes.has(ref));
        if (!opinionRef) this.skip(item, "the opinion it repeats was not imported");
        else this.record(outcomes.get(opinionRef)!, item, "ClaimResponse.statement", recordIds.get(opinionRef)!);
        continue;
      }
      if (o[X.noteKind] !== "rationale") {
        this.skip(item, `only claim rationales and answers (${X.noteKind} "rationale" or "response") are imported from notes`);
        continue;
      }
      const claimRef = o.object_refs.find((ref) => this.claims.has(ref) && outcomes.has(ref));
      const outcome = claimRef ? outcomes.get(claimRef) : undefined;
      if (!claimRef || !outcome) {
        this.skip(item, "the claim it explains was not imported");
        continue;
      }
      this.record(outcome, item, "Attribution.rationale", this.claims.get(claimRef)!);
    }
  }
}
