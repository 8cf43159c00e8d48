// `npm run bench:generate`: the large dataset of the dashboards benchmark (scripts/bench/run-bench.ts).
//
// 1,000,000 synthetic posts over 50 campaigns and ~2 years (2023-2024), bursty, on several
// platforms and in several languages, by 20,000 accounts grouped into networks, with actors,
// investigating bodies, sources, events and a few attribution claims per campaign (with their
// history and denials) so every dashboard has something to show. Same seed, same dataset.
//
// It is written into its own database, never the app's: SQLite data/bench-large.db, and on
// PostgreSQL a database `ct_bench_large` created on the server of BENCH_POSTGRES_URL (the
// admin connection, default postgresql://postgres@127.0.0.1:5432/test).
//
// Fast on purpose: the raw drivers (better-sqlite3 prepared multi-row INSERTs, pg INSERT ...
// SELECT FROM unnest(arrays)), one transaction, and the Post indexes dropped during the load
// and rebuilt after it from the migration's own CREATE INDEX statements. DateTime values are
// written as Prisma's adapters store them: on SQLite ISO text "2024-05-15T13:04:05.000+00:00"
// (range filters compare text), on PostgreSQL UTC wall time in TIMESTAMP(3).
//
// A finished dataset carries a marker (an AuditLog row naming the dataset version and post
// count); a run that finds the marker and the expected post count does nothing. A partial
// run leaves no marker (SQLite: written to a temporary file renamed at the end; PostgreSQL:
// one transaction) and is regenerated from scratch.
//
// Usage: npm run bench:generate [-- sqlite|postgresql] [-- --force]
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { migrateDatabase, migrationsDir, readMigrations } from "../../lib/db/migrate.ts";
import type { DatabaseProvider } from "../../lib/db/database-url.ts";
import { mulberry32 } from "../../lib/db/seed/synthetic-posts.ts";

export const LARGE_DATASET = {
  version: "bench-large-v1",
  seed: 20261122,
  posts: 1_000_000,
  campaigns: 50,
  accounts: 20_000,
  networks: 24,
} as const;

export const LARGE_SQLITE_FILE = "data/bench-large.db";
export const LARGE_POSTGRES_DATABASE = "ct_bench_large";
export const DEFAULT_BENCH_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test";
export const MARKER_ID = "bench-large-dataset-marker";
const MARKER_ACTION = "bench.generate-large-dataset";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SPAN_START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 731; // 2023-01-01 .. 2024-12-31

/** The admin connection (BENCH_POSTGRES_URL) pointed at another database on the same server. */
export function postgresUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

// ---------------------------------------------------------------------------------------
// Values and tables
// ---------------------------------------------------------------------------------------

type Value = string | number | boolean | Date | null;
type Row = Value[];

interface Table {
  name: string;
  columns: string[];
  rows: Row[];
}

const PLATFORMS = ["x", "facebook", "telegram", "tiktok", "instagram", "youtube", "vk", "web"] as const;
type PlatformName = (typeof PLATFORMS)[number];
// Share of the 20,000 accounts per platform.
const PLATFORM_ACCOUNT_SHARE: Record<PlatformName, number> = { x: 0.34, facebook: 0.2, telegram: 0.12, tiktok: 0.12, instagram: 0.08, youtube: 0.05, vk: 0.06, web: 0.03 };
// How likely a campaign is to use a platform.
const PLATFORM_POPULARITY: Record<PlatformName, number> = { x: 10, facebook: 7, telegram: 6, tiktok: 5, instagram: 3, youtube: 2, vk: 2, web: 2 };

const LANGUAGES = ["en", "fr", "ru", "es", "ar", "de", "tr", "az", "uk", "pt"] as const;
type Language = (typeof LANGUAGES)[number];

const PHRASES: Record<Language, string[]> = {
  en: ["They are lying to you about", "Wake up: the truth about", "Nobody talks about", "Share before they delete it:", "Leaked documents prove", "Independent sources confirm", "The media hides"],
  fr: ["On vous ment sur", "Réveillez-vous : la vérité sur", "Personne ne parle de", "Partagez avant la censure :", "Des documents prouvent", "Les médias cachent"],
  ru: ["Вам лгут о", "Правда о", "Об этом молчат:", "Распространите, пока не удалили:", "Документы доказывают", "СМИ скрывают"],
  es: ["Te mienten sobre", "Despierta: la verdad sobre", "Nadie habla de", "Comparte antes de que lo borren:", "Documentos filtrados prueban"],
  ar: ["يكذبون عليكم بشأن", "الحقيقة حول", "لا أحد يتحدث عن", "انشروا قبل الحذف:", "وثائق مسربة تثبت"],
  de: ["Man belügt euch über", "Die Wahrheit über", "Niemand spricht über", "Teilt es, bevor es gelöscht wird:", "Geleakte Dokumente beweisen"],
  tr: ["Size yalan söylüyorlar:", "Gerçek şu:", "Kimse bundan bahsetmiyor:", "Silinmeden paylaşın:", "Sızan belgeler kanıtlıyor"],
  az: ["Sizə yalan deyirlər:", "Həqiqət budur:", "Heç kim danışmır:", "Silinmədən paylaşın:"],
  uk: ["Вам брешуть про", "Правда про", "Про це мовчать:", "Поширте, поки не видалили:"],
  pt: ["Estão mentindo sobre", "Acorde: a verdade sobre", "Ninguém fala de", "Compartilhe antes que apaguem:"],
};

const TOPICS = [
  "the elections",
  "energy prices",
  "the vaccine programme",
  "the Olympic Games",
  "the overseas territories",
  "refugee policy",
  "military aid",
  "the climate summit",
  "the central bank",
  "the public broadcaster",
  "food imports",
  "the police",
  "the new pipeline",
  "the peace talks",
  "water supply",
];

const ADJECTIVES = ["Amber", "Cobalt", "Crimson", "Silent", "Northern", "Granite", "Velvet", "Iron", "Hollow", "Saffron", "Glass", "Copper"];
const NOUNS = ["Harbor", "Lantern", "Meridian", "Echo", "Tide", "Compass", "Orchard", "Beacon", "Mirror", "Summit", "Delta", "Quarry"];

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** A small toolbox around one seeded PRNG stream. */
function randomness(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let u = next() * total;
    for (let i = 0; i < items.length; i++) {
      u -= weights[i] ?? 0;
      if (u < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  };
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => shuffle([...items]).slice(0, Math.min(count, items.length));
  const exponential = (mean: number) => -Math.log(1 - next()) * mean;
  const hex = (length: number) => {
    let out = "";
    while (out.length < length) out += Math.floor(next() * 0x100000000).toString(16).padStart(8, "0");
    return out.slice(0, length);
  };
  return { next, int, pick, weighted, shuffle, sample, exponential, hex };
}

/** Splits `total` in proportion to `weights`, exactly (largest remainders). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

const HOUR_OF_DAY_WEIGHTS = [2, 1.5, 1, 1, 1, 1.5, 3, 5, 7, 8, 8, 7, 7, 7, 6, 6, 7, 8, 9, 9, 8, 6, 4, 3];
const HOURS_OF_DAY = HOUR_OF_DAY_WEIGHTS.map((_, hour) => hour);

interface CampaignPlan {
  index: number;
  id: string;
  slug: string;
  name: string;
  start: number;
  end: number;
  posts: number;
  platforms: PlatformName[];
  platformWeights: number[];
  languages: Language[];
  languageWeights: number[];
  topic: string;
  /** Accounts (indexes into the account table) that post in the campaign, per platform; most active first. */
  pools: Map<PlatformName, number[]>;
  networks: number[];
  mediaHashes: string[];
}

export interface LargeDataset {
  /** Every table but Post, parents first. */
  tables: Table[];
  postColumns: string[];
  postCount: number;
  /** Post rows in batches (generated on the fly: the whole set is never held in memory). */
  postBatches(batchRows: number): Generator<Row[]>;
  biggestCampaignSlug: string;
}

/** Builds the dataset; deterministic for a seed. */
export function buildLargeDataset(seed: number = LARGE_DATASET.seed): LargeDataset {
  const rnd = randomness(seed);
  const created = new Date(Date.UTC(2025, 0, 15, 9, 0, 0));

  // --- accounts --------------------------------------------------------------------------
  const accountCounts = apportion(
    LARGE_DATASET.accounts,
    PLATFORMS.map((p) => PLATFORM_ACCOUNT_SHARE[p]),
  );
  const accountPlatform: PlatformName[] = [];
  const accountsByPlatform = new Map<PlatformName, number[]>();
  PLATFORMS.forEach((platform, i) => {
    const list: number[] = [];
    for (let k = 0; k < (accountCounts[i] ?? 0); k++) {
      list.push(accountPlatform.length);
      accountPlatform.push(platform);
    }
    accountsByPlatform.set(platform, list);
  });
  const accountId = (index: number) => `bench-account-${pad(index + 1, 5)}`;

  // --- campaigns: sizes (Zipf-like), windows, platforms, languages -----------------------
  const sizes = apportion(
    LARGE_DATASET.posts,
    Array.from({ length: LARGE_DATASET.campaigns }, (_, rank) => (rank + 1) ** -0.65),
  );
  const names = rnd.shuffle(ADJECTIVES.flatMap((adj) => NOUNS.map((noun) => `${adj} ${noun}`)));
  const campaigns: CampaignPlan[] = sizes.map((posts, rank) => {
    // The biggest campaigns run longest; the biggest spans (almost) the whole two years.
    const maxDays = rank === 0 ? SPAN_DAYS - 10 : rank < 6 ? rnd.int(300, 650) : rank < 20 ? rnd.int(90, 400) : rnd.int(20, 200);
    const startDay = rank === 0 ? 5 : rnd.int(0, SPAN_DAYS - maxDays);
    const platformCount = rank < 10 ? rnd.int(3, 5) : rnd.int(1, 3);
    const platforms: PlatformName[] = [];
    while (platforms.length < platformCount) {
      const platform = rnd.weighted(PLATFORMS, PLATFORMS.map((p) => PLATFORM_POPULARITY[p]));
      if (!platforms.includes(platform)) platforms.push(platform);
    }
    const languages = rnd.sample(LANGUAGES, rnd.int(1, 3));
    const number = pad(rank + 1, 2);
    return {
      index: rank,
      id: `bench-campaign-${number}`,
      slug: `bench-${names[rank]!.toLowerCase().replace(/ /g, "-")}`,
      name: `Operation ${names[rank]} (synthetic ${number})`,
      start: SPAN_START + startDay * DAY,
      end: SPAN_START + (startDay + maxDays) * DAY,
      posts,
      platforms,
      platformWeights: platforms.map((_, i) => (i === 0 ? 4 : 1 + rnd.next() * 2)),
      languages,
      languageWeights: languages.map((_, i) => (i === 0 ? 6 : 1 + rnd.next())),
      topic: rnd.pick(TOPICS),
      pools: new Map(),
      networks: [],
      mediaHashes: Array.from({ length: rnd.int(3, 12) }, () => rnd.hex(64)),
    };
  });

  // Each campaign posts through a pool of accounts per platform (pools overlap across campaigns).
  for (const campaign of campaigns) {
    const shares = apportion(campaign.posts, campaign.platformWeights);
    campaign.platforms.forEach((platform, i) => {
      const all = accountsByPlatform.get(platform) ?? [];
      const wanted = Math.max(20, Math.round((shares[i] ?? 0) / rnd.int(12, 40)));
      campaign.pools.set(platform, rnd.sample(all, wanted));
    });
  }

  // --- networks ---------------------------------------------------------------------------
  const networkTable: Row[] = [];
  const networkAccountTable: Row[] = [];
  const campaignNetworkTable: Row[] = [];
  for (let n = 0; n < LARGE_DATASET.networks; n++) {
    // Bigger campaigns are more often linked to networks; each network to 1-3 campaigns.
    const linked = new Set<number>();
    const links = rnd.int(1, 3);
    while (linked.size < links) linked.add(Math.min(LARGE_DATASET.campaigns - 1, Math.floor(rnd.next() ** 1.6 * LARGE_DATASET.campaigns)));
    const id = `bench-network-${pad(n + 1, 2)}`;
    networkTable.push([id, `bench-network-${pad(n + 1, 2)}`, `${rnd.pick(ADJECTIVES)} cluster ${pad(n + 1, 2)} (synthetic)`, "Synthetic account network for the benchmark dataset.", created, created]);
    const candidates = [...new Set([...linked].flatMap((c) => [...campaigns[c]!.pools.values()].flat()))];
    for (const account of rnd.sample(candidates, rnd.int(150, 1200))) {
      networkAccountTable.push([id, accountId(account), new Date(created.getTime() + rnd.int(0, 300) * DAY)]);
    }
    for (const c of linked) {
      campaigns[c]!.networks.push(n);
      campaignNetworkTable.push([campaigns[c]!.id, id]);
    }
  }

  // --- post skeleton: time, platform, language, account (compact arrays) -----------------
  const total = LARGE_DATASET.posts;
  const postTime = new Float64Array(total);
  const postCampaign = new Uint8Array(total);
  const postPlatform = new Uint8Array(total);
  const postLanguage = new Int8Array(total);
  const postAccount = new Int32Array(total);
  const accountFirstPost = new Float64Array(LARGE_DATASET.accounts).fill(Infinity);
  let cursor = 0;
  for (const campaign of campaigns) {
    const duration = campaign.end - campaign.start;
    const bursts = Array.from({ length: rnd.int(2, 7) }, () => ({
      at: campaign.start + rnd.next() * duration,
      tau: (1 + rnd.next() * 18) * HOUR,
      weight: 0.5 + rnd.next(),
    }));
    const burstWeights = bursts.map((b) => b.weight);
    const burstShare = 0.25 + rnd.next() * 0.35;
    const period = rnd.int(20, 120) * DAY;
    const phase = rnd.next() * Math.PI * 2;
    const times = new Float64Array(campaign.posts);
    for (let k = 0; k < campaign.posts; k++) {
      let t: number;
      if (rnd.next() < burstShare) {
        // Bursts rise fast and decay slowly.
        const burst = rnd.weighted(bursts, burstWeights);
        t = rnd.next() < 0.8 ? burst.at + rnd.exponential(burst.tau) : burst.at - rnd.exponential(burst.tau / 4);
      } else {
        // Background: slow waves over the weeks, a daily rhythm within the day.
        let day: number;
        do day = Math.floor(rnd.next() * (duration / DAY));
        while (rnd.next() > 0.35 + 0.65 * (0.5 + 0.5 * Math.sin((2 * Math.PI * day * DAY) / period + phase)));
        const hour = rnd.weighted(HOURS_OF_DAY, HOUR_OF_DAY_WEIGHTS);
        t = campaign.start + day * DAY + hour * HOUR + rnd.next() * HOUR;
      }
      times[k] = Math.floor(Math.min(campaign.end - 1000, Math.max(campaign.start, t)) / 1000) * 1000;
    }
    times.sort();
    for (let k = 0; k < campaign.posts; k++, cursor++) {
      const platform = rnd.weighted(campaign.platforms, campaign.platformWeights);
      const pool = campaign.pools.get(platform)!;
      postTime[cursor] = times[k]!;
      postCampaign[cursor] = campaign.index;
      postPlatform[cursor] = PLATFORMS.indexOf(platform);
      postLanguage[cursor] = rnd.next() < 0.03 ? -1 : LANGUAGES.indexOf(rnd.weighted(campaign.languages, campaign.languageWeights));
      // A few posts have no known author; the rest favour the pool's most active accounts.
      const account = rnd.next() < 0.02 ? -1 : pool[Math.floor(rnd.next() ** 2.2 * pool.length)]!;
      postAccount[cursor] = account;
      if (account >= 0 && times[k]! < accountFirstPost[account]!) accountFirstPost[account] = times[k]!;
    }
  }

  // --- accounts table ---------------------------------------------------------------------
  const accountTable: Row[] = accountPlatform.map((platform, index) => {
    const first = Number.isFinite(accountFirstPost[index]!) ? accountFirstPost[index]! : SPAN_START + rnd.int(0, SPAN_DAYS) * DAY;
    return [
      accountId(index),
      platform,
      `bench-${pad(index + 1, 5)}`,
      `bench_${platform}_${pad(index + 1, 5)}`,
      `Synthetic account ${index + 1}`,
      new Date(Date.UTC(2010, 0, 1) + rnd.int(0, 14 * 365) * DAY + rnd.int(0, 86_399) * 1000),
      Math.floor(rnd.exponential(800)),
      true,
      new Date(first),
    ];
  });

  // --- reference data: targets, narratives, actors, bodies, sources -----------------------
  const targetTable: Row[] = TOPICS.map((topic, i) => [`bench-target-${pad(i + 1, 2)}`, `Benchmark target: ${topic}`, i % 3 === 0 ? "event" : i % 3 === 1 ? "policy" : "organisation"]);
  const narrativeTable: Row[] = Array.from({ length: 30 }, (_, i) => [
    `bench-narrative-${pad(i + 1, 2)}`,
    `bench-narrative-${pad(i + 1, 2)}`,
    `${TOPICS[i % TOPICS.length]} is a cover-up (synthetic narrative ${i + 1})`,
    null,
  ]);

  const actorTable: Row[] = [];
  const actorKinds: string[] = [];
  const actorParent: (number | null)[] = [];
  const addActor = (kind: string, name: string, parent: number | null, country: string | null) => {
    const i = actorTable.length;
    actorTable.push([`bench-actor-${pad(i + 1, 2)}`, `bench-actor-${pad(i + 1, 2)}`, `${name} (synthetic)`, kind, country, "Synthetic actor for the benchmark dataset.", parent === null ? null : `bench-actor-${pad(parent + 1, 2)}`, created, created]);
    actorKinds.push(kind);
    actorParent.push(parent);
    return i;
  };
  const states = ["XA", "XB", "XC", "XD"].map((code, i) => addActor("state", `State ${String.fromCharCode(65 + i)}`, null, code));
  for (const [i, state] of states.entries()) addActor("government_body", `Ministry of Information of State ${String.fromCharCode(65 + i)}`, state, ["XA", "XB", "XC", "XD"][i]!);
  for (let i = 0; i < 3; i++) addActor("political_party", `Party ${i + 1}`, states[i]!, ["XA", "XB", "XC"][i]!);
  for (let i = 0; i < 4; i++) addActor("organisation", `Media agency ${i + 1}`, i < 2 ? states[i]! : null, null);
  addActor("person", "A businessman", states[0]!, "XA");
  addActor("unknown", "Unidentified operators", null, null);

  const bodyKinds = ["government_agency", "intelligence_service", "newsroom", "newsroom", "research_lab", "research_lab", "platform", "platform", "academic", "other"];
  const bodyTable: Row[] = bodyKinds.map((kind, i) => [`bench-body-${pad(i + 1, 2)}`, `bench-body-${pad(i + 1, 2)}`, `Investigating body ${i + 1} (${kind.replace(/_/g, " ")}, synthetic)`, kind, null, null]);

  const sourceKinds = ["news_article", "government_statement", "research_report", "platform_report", "social_media", "other"];
  const sourceTable: Row[] = Array.from({ length: 120 }, (_, i) => {
    const body = rnd.next() < 0.6 ? rnd.int(0, bodyTable.length - 1) : null;
    return [
      `bench-source-${pad(i + 1, 3)}`,
      `Synthetic report ${i + 1} on ${rnd.pick(TOPICS)}`,
      body === null ? `Publisher ${rnd.int(1, 30)}` : String(bodyTable[body]![2]),
      null,
      new Date(SPAN_START + rnd.int(0, SPAN_DAYS + 200) * DAY),
      rnd.pick(sourceKinds),
      rnd.pick(LANGUAGES),
      null,
      rnd.pick(["A", "B", "B", "C", "C", "D", "F"]),
      rnd.int(1, 6),
      body === null ? null : bodyTable[body]![0]!,
      created,
    ];
  });
  const sourceId = () => String(rnd.pick(sourceTable)[0]);

  // --- campaign tables ---------------------------------------------------------------------
  const spanEnd = SPAN_START + SPAN_DAYS * DAY;
  const campaignTable: Row[] = campaigns.map((c) => {
    const active = c.end > spanEnd - 45 * DAY;
    const status = active ? "active" : rnd.next() < 0.7 ? "concluded" : "dormant";
    return [
      c.id,
      c.slug,
      c.name,
      `Synthetic benchmark campaign about ${c.topic}, on ${c.platforms.join(", ")}, in ${c.languages.join(", ")}. Not real data.`,
      status,
      new Date(c.start),
      active ? null : new Date(c.end),
      created,
      created,
    ];
  });
  const campaignTargetTable: Row[] = campaigns.flatMap((c) => rnd.sample(targetTable, rnd.int(1, 3)).map((t) => [c.id, t[0]!]));
  const campaignNarrativeTable: Row[] = campaigns.flatMap((c) => rnd.sample(narrativeTable, rnd.int(1, 4)).map((n) => [c.id, n[0]!]));
  const campaignPlatformTable: Row[] = campaigns.flatMap((c) => c.platforms.map((p) => [c.id, p]));
  const campaignSourceTable: Row[] = campaigns.flatMap((c) => rnd.sample(sourceTable, rnd.int(2, 5)).map((s) => [c.id, s[0]!]));

  const eventTable: Row[] = [];
  const eventSourceTable: Row[] = [];
  const addEvent = (campaignId: string | null, at: number) => {
    const id = `bench-event-${pad(eventTable.length + 1, 3)}`;
    eventTable.push([id, new Date(Math.floor(at / DAY) * DAY), rnd.weighted(["day", "month", "quarter"], [8, 3, 1]), `Synthetic event ${eventTable.length + 1} about ${rnd.pick(TOPICS)}`, null, rnd.next() < 0.5 ? `City ${rnd.int(1, 40)}` : null, campaignId, created]);
    for (const s of rnd.sample(sourceTable, rnd.int(1, 2))) eventSourceTable.push([id, s[0]!]);
  };
  for (const c of campaigns) for (let k = rnd.int(3, 8); k > 0; k--) addEvent(c.id, c.start + rnd.next() * (c.end - c.start));
  for (let k = 0; k < 10; k++) addEvent(null, SPAN_START + rnd.next() * SPAN_DAYS * DAY);

  // --- attribution claims, their history, sources and denials ------------------------------
  const statuses = ["suspected", "assessed", "confirmed", "disputed", "retracted"];
  const attributionTable: Row[] = [];
  const attributionSourceTable: Row[] = [];
  const changeTable: Row[] = [];
  const changeSourceTable: Row[] = [];
  const responseTable: Row[] = [];
  const addClaim = (campaignId: string | null, networkId: string | null, claimedAt: number) => {
    const id = `bench-attribution-${pad(attributionTable.length + 1, 3)}`;
    const actor = rnd.int(0, actorTable.length - 1);
    const claimant = rnd.pick(bodyTable)[0]!;
    const versions = rnd.int(1, 4);
    let status = rnd.weighted(statuses.slice(0, 2), [3, 1]);
    let confidence = rnd.int(15, 60);
    let at = claimedAt;
    for (let v = 1; v <= versions; v++) {
      const fromStatus = v === 1 ? null : status;
      const fromConfidence = v === 1 ? null : confidence;
      if (v > 1) {
        status = rnd.weighted(statuses, [1, 4, 3, 2, 1]);
        confidence = Math.max(1, Math.min(99, confidence + rnd.int(-25, 30)));
        at += rnd.int(5, 120) * DAY;
      }
      const changeId = `${id}-v${v}`;
      changeTable.push([changeId, id, v, null, new Date(at), fromStatus, status, fromConfidence, confidence, `Synthetic rationale, version ${v}.`]);
      if (rnd.next() < 0.6) changeSourceTable.push([changeId, sourceId()]);
    }
    attributionTable.push([id, campaignId, networkId, `bench-actor-${pad(actor + 1, 2)}`, claimant, confidence, status, "Synthetic claim for the benchmark dataset.", new Date(claimedAt), versions, null, new Date(claimedAt), new Date(at)]);
    for (const s of rnd.sample(sourceTable, rnd.int(1, 3))) attributionSourceTable.push([id, s[0]!]);
    // States, their bodies and parties deny; the denial is spoken by the state (or the actor itself).
    if (["state", "government_body", "political_party"].includes(actorKinds[actor]!) && rnd.next() < 0.5) {
      const speaker = actorParent[actor] ?? actor;
      responseTable.push([`${id}-response`, id, `bench-actor-${pad(speaker + 1, 2)}`, rnd.next() < 0.5 ? "A spokesperson (synthetic)" : null, rnd.weighted(["strongly_disagree", "disagree", "neutral"], [6, 2, 1]), "We firmly reject these baseless accusations (synthetic).", new Date(claimedAt + rnd.int(1, 10) * DAY), sourceId(), created]);
    }
  };
  for (const c of campaigns) for (let k = rnd.int(2, 4); k > 0; k--) addClaim(c.id, null, c.start + rnd.next() * (c.end - c.start) + 20 * DAY);
  for (let n = 0; n < LARGE_DATASET.networks; n += 2) addClaim(null, String(networkTable[n]![0]), SPAN_START + rnd.int(100, SPAN_DAYS) * DAY);

  // --- posts, streamed ---------------------------------------------------------------------
  const postColumns = ["id", "campaignId", "platform", "platformPostId", "url", "accountId", "text", "language", "postedAt", "mediaHash", "likeCount", "shareCount", "replyCount", "viewCount", "isRepost", "doctoredMedia", "synthetic", "collectedAt"];
  function* postBatches(batchRows: number): Generator<Row[]> {
    // Its own stream, so the post details do not depend on how the rest was drawn.
    const detail = randomness(seed ^ 0x5bd1e995);
    let batch: Row[] = [];
    for (let i = 0; i < total; i++) {
      const campaign = campaigns[postCampaign[i]!]!;
      const platform = PLATFORMS[postPlatform[i]!]!;
      const languageIndex = postLanguage[i]!;
      const language = languageIndex < 0 ? null : LANGUAGES[languageIndex]!;
      const phrases = PHRASES[language ?? "en"];
      const postedAt = postTime[i]!;
      const account = postAccount[i]!;
      const withMedia = detail.next() < 0.15;
      const views = Math.floor(detail.exponential(400));
      batch.push([
        `bench-post-${pad(i + 1, 7)}`,
        campaign.id,
        platform,
        `bench-${pad(i + 1, 7)}`,
        platform === "web" ? `https://example.invalid/bench/${i + 1}` : null,
        account < 0 ? null : accountId(account),
        `${detail.pick(phrases)} ${campaign.topic} #${campaign.slug.replace(/-/g, "")} #${detail.int(1, 99)}`,
        language,
        new Date(postedAt),
        withMedia ? detail.pick(campaign.mediaHashes) : null,
        Math.floor(detail.exponential(views / 40 + 1)),
        Math.floor(detail.exponential(views / 120 + 0.5)),
        Math.floor(detail.exponential(views / 300 + 0.3)),
        platform === "telegram" || platform === "web" ? null : views,
        detail.next() < 0.3,
        withMedia && detail.next() < 0.2,
        true,
        new Date(postedAt + detail.int(1, 72) * HOUR),
      ]);
      if (batch.length === batchRows) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  const tables: Table[] = [
    { name: "InvestigatingBody", columns: ["id", "slug", "name", "kind", "country", "url"], rows: bodyTable },
    { name: "Actor", columns: ["id", "slug", "name", "kind", "country", "description", "parentId", "createdAt", "updatedAt"], rows: actorTable },
    { name: "Target", columns: ["id", "name", "kind"], rows: targetTable },
    { name: "Narrative", columns: ["id", "slug", "statement", "description"], rows: narrativeTable },
    { name: "Network", columns: ["id", "slug", "name", "description", "createdAt", "updatedAt"], rows: networkTable },
    { name: "Campaign", columns: ["id", "slug", "name", "summary", "status", "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt"], rows: campaignTable },
    { name: "CampaignTarget", columns: ["campaignId", "targetId"], rows: campaignTargetTable },
    { name: "CampaignNarrative", columns: ["campaignId", "narrativeId"], rows: campaignNarrativeTable },
    { name: "CampaignPlatform", columns: ["campaignId", "platform"], rows: campaignPlatformTable },
    { name: "CampaignNetwork", columns: ["campaignId", "networkId"], rows: campaignNetworkTable },
    { name: "Source", columns: ["id", "title", "publisher", "url", "publishedAt", "kind", "language", "archivedCopy", "reliability", "credibility", "bodyId", "createdAt"], rows: sourceTable },
    { name: "CampaignSource", columns: ["campaignId", "sourceId"], rows: campaignSourceTable },
    { name: "Event", columns: ["id", "occurredAt", "datePrecision", "title", "description", "location", "campaignId", "createdAt"], rows: eventTable },
    { name: "EventSource", columns: ["eventId", "sourceId"], rows: eventSourceTable },
    { name: "Attribution", columns: ["id", "campaignId", "networkId", "actorId", "claimantId", "confidence", "status", "rationale", "claimedAt", "version", "createdById", "createdAt", "updatedAt"], rows: attributionTable },
    { name: "AttributionSource", columns: ["attributionId", "sourceId"], rows: attributionSourceTable },
    { name: "AttributionChange", columns: ["id", "attributionId", "version", "changedById", "changedAt", "fromStatus", "toStatus", "fromConfidence", "toConfidence", "rationale"], rows: changeTable },
    { name: "AttributionChangeSource", columns: ["changeId", "sourceId"], rows: changeSourceTable },
    { name: "ClaimResponse", columns: ["id", "attributionId", "actorId", "spokesperson", "stance", "statement", "statedAt", "sourceId", "createdAt"], rows: responseTable },
    { name: "Account", columns: ["id", "platform", "platformAccountId", "handle", "displayName", "accountCreatedAt", "followers", "synthetic", "firstSeenAt"], rows: accountTable },
    { name: "NetworkAccount", columns: ["networkId", "accountId", "addedAt"], rows: networkAccountTable },
  ];
  return { tables, postColumns, postCount: total, postBatches, biggestCampaignSlug: campaigns[0]!.slug };
}

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

export interface GenerationReport {
  provider: DatabaseProvider;
  /** Where it is: the SQLite file or the PostgreSQL URL. */
  location: string;
  generated: boolean;
  posts: number;
  rows: number;
  seconds: number;
}

/** The CREATE INDEX statements of the Post table, as the committed migrations write them. */
function postIndexStatements(provider: DatabaseProvider): { name: string; sql: string }[] {
  const sql = readMigrations(migrationsDir(provider)).map((m) => m.sql).join("\n");
  return [...sql.matchAll(/CREATE (?:UNIQUE )?INDEX "(Post_[^"]+)" ON "Post"[^;]*;/g)].map((match) => ({ name: match[1]!, sql: match[0] }));
}

function markerAfter(): string {
  return JSON.stringify({ version: LARGE_DATASET.version, seed: LARGE_DATASET.seed, posts: LARGE_DATASET.posts });
}

function markerMatches(after: unknown, posts: number): boolean {
  if (typeof after !== "string") return false;
  try {
    const parsed = JSON.parse(after) as { version?: string; seed?: number; posts?: number };
    return parsed.version === LARGE_DATASET.version && parsed.seed === LARGE_DATASET.seed && parsed.posts === posts && posts === LARGE_DATASET.posts;
  } catch {
    return false;
  }
}

const sqliteValue = (value: Value): string | number | null =>
  value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "boolean" ? (value ? 1 : 0) : value;

function progress(label: string, done: number, total: number, startedAt: number) {
  const seconds = (performance.now() - startedAt) / 1000;
  console.log(`[bench:generate] ${label}: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} posts (${Math.round(done / seconds).toLocaleString("en")} rows/s)`);
}

/** Whether a SQLite file holds the finished dataset. */
export function sqliteHasLargeDataset(filePath: string): boolean {
  if (!existsSync(filePath)) return false;
  const conn = new Database(filePath, { readonly: true, fileMustExist: true });
  try {
    const marker = conn.prepare(`SELECT "after" FROM "AuditLog" WHERE id = ? AND action = ?`).get(MARKER_ID, MARKER_ACTION) as { after: string } | undefined;
    if (!marker) return false;
    const { n } = conn.prepare(`SELECT COUNT(*) AS n FROM "Post" WHERE id LIKE 'bench-post-%'`).get() as { n: number };
    return markerMatches(marker.after, n);
  } catch {
    return false;
  } finally {
    conn.close();
  }
}

/** Writes the dataset into data/bench-large.db (or `filePath`) unless it is already there. */
export async function ensureLargeSqlite(filePath: string = path.resolve(LARGE_SQLITE_FILE), force = false): Promise<GenerationReport> {
  const startedAt = performance.now();
  if (!force && sqliteHasLargeDataset(filePath)) {
    return { provider: "sqlite", location: filePath, generated: false, posts: LARGE_DATASET.posts, rows: 0, seconds: (performance.now() - startedAt) / 1000 };
  }
  const temporary = `${filePath}.partial`;
  for (const file of [filePath, temporary]) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  mkdirSync(path.dirname(filePath), { recursive: true });
  await migrateDatabase({ provider: "sqlite", url: `file:${temporary}`, filePath: temporary });

  const dataset = buildLargeDataset();
  console.log(`[bench:generate] sqlite: dataset planned in ${((performance.now() - startedAt) / 1000).toFixed(1)} s; writing ${temporary}`);
  const conn = new Database(temporary);
  let rows = 0;
  try {
    // A throw-away file until it is complete: no journal, no fsync.
    conn.pragma("journal_mode = OFF");
    conn.pragma("synchronous = OFF");
    conn.pragma("cache_size = -262144");
    conn.pragma("temp_store = MEMORY");
    // SQLite binds at most 32,766 parameters per statement.
    const insertMany = (table: string, columns: string[], batch: Row[]) => {
      const tuple = `(${columns.map(() => "?").join(", ")})`;
      const statement = conn.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${Array(batch.length).fill(tuple).join(", ")}`);
      statement.run(batch.flatMap((row) => row.map(sqliteValue)));
    };
    const indexes = postIndexStatements("sqlite");
    conn.exec("BEGIN");
    for (const table of dataset.tables) {
      const per = Math.max(1, Math.floor(30_000 / table.columns.length));
      for (let i = 0; i < table.rows.length; i += per) insertMany(table.name, table.columns, table.rows.slice(i, i + per));
      rows += table.rows.length;
    }
    for (const index of indexes) conn.exec(`DROP INDEX "${index.name}"`);
    const postStart = performance.now();
    const batchRows = 500;
    const tuple = `(${dataset.postColumns.map(() => "?").join(", ")})`;
    const full = conn.prepare(`INSERT INTO "Post" (${dataset.postColumns.map((c) => `"${c}"`).join(", ")}) VALUES ${Array(batchRows).fill(tuple).join(", ")}`);
    let posts = 0;
    for (const batch of dataset.postBatches(batchRows)) {
      if (batch.length === batchRows) full.run(batch.flatMap((row) => row.map(sqliteValue)));
      else insertMany("Post", dataset.postColumns, batch);
      posts += batch.length;
      if (posts % 200_000 === 0) progress("sqlite", posts, dataset.postCount, postStart);
    }
    rows += posts;
    const indexStart = performance.now();
    for (const index of indexes) conn.exec(index.sql);
    console.log(`[bench:generate] sqlite: ${indexes.length} Post indexes rebuilt in ${((performance.now() - indexStart) / 1000).toFixed(1)} s`);
    conn
      .prepare(`INSERT INTO "AuditLog" (id, "at", "userId", action, "entityType", "entityId", "before", "after") VALUES (?, ?, NULL, ?, 'dataset', ?, NULL, ?)`)
      .run(MARKER_ID, sqliteValue(new Date()), MARKER_ACTION, LARGE_DATASET.version, markerAfter());
    conn.exec("COMMIT");
    conn.pragma("journal_mode = WAL");
  } catch (error) {
    if (conn.inTransaction) conn.exec("ROLLBACK");
    throw error;
  } finally {
    conn.close();
  }
  renameSync(temporary, filePath);
  return { provider: "sqlite", location: filePath, generated: true, posts: LARGE_DATASET.posts, rows: rows + 1, seconds: (performance.now() - startedAt) / 1000 };
}

async function withPgClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Whether a PostgreSQL database holds the finished dataset (false when it does not exist). */
export async function postgresHasLargeDataset(adminUrl: string, database: string = LARGE_POSTGRES_DATABASE): Promise<boolean> {
  const exists = await withPgClient(adminUrl, async (admin) => (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database])).rowCount === 1);
  if (!exists) return false;
  return withPgClient(postgresUrlFor(adminUrl, database), async (client) => {
    try {
      const marker = await client.query<{ after: string }>(`SELECT "after" FROM "AuditLog" WHERE id = $1 AND action = $2`, [MARKER_ID, MARKER_ACTION]);
      if (marker.rowCount !== 1) return false;
      const count = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "Post" WHERE id LIKE 'bench-post-%'`);
      return markerMatches(marker.rows[0]!.after, Number(count.rows[0]!.n));
    } catch {
      return false;
    }
  });
}

/** Creates `ct_bench_large` on the server of `adminUrl` and writes the dataset, unless it is already there. */
export async function ensureLargePostgres(adminUrl: string = process.env.BENCH_POSTGRES_URL || DEFAULT_BENCH_POSTGRES_URL, force = false): Promise<GenerationReport> {
  const startedAt = performance.now();
  const url = postgresUrlFor(adminUrl, LARGE_POSTGRES_DATABASE);
  if (!force && (await postgresHasLargeDataset(adminUrl))) {
    return { provider: "postgresql", location: url, generated: false, posts: LARGE_DATASET.posts, rows: 0, seconds: (performance.now() - startedAt) / 1000 };
  }
  await withPgClient(adminUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${LARGE_POSTGRES_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${LARGE_POSTGRES_DATABASE}"`);
  });
  await migrateDatabase({ provider: "postgresql", url });

  const dataset = buildLargeDataset();
  console.log(`[bench:generate] postgresql: dataset planned in ${((performance.now() - startedAt) / 1000).toFixed(1)} s; writing ${LARGE_POSTGRES_DATABASE}`);
  let rows = 0;
  await withPgClient(url, async (client) => {
    // Column types, to cast the unnest() arrays (enums included).
    const typeRows = await client.query<{ table_name: string; column_name: string; udt_name: string }>(
      `SELECT table_name, column_name, udt_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const typeOf = new Map(typeRows.rows.map((row) => [`${row.table_name}.${row.column_name}`, row.udt_name]));
    const insertMany = async (table: string, columns: string[], batch: Row[]) => {
      const arrays = columns.map((_, c) => batch.map((row) => {
        const value = row[c] ?? null;
        return value instanceof Date ? value.toISOString() : value;
      }));
      const casts = columns.map((column, c) => {
        const udt = typeOf.get(`${table}.${column}`);
        if (!udt) throw new Error(`no column ${table}.${column} in the database`);
        return `$${c + 1}::"${udt}"[]`;
      });
      await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${casts.join(", ")})`, arrays);
    };
    const indexes = postIndexStatements("postgresql");
    await client.query("SET synchronous_commit = off");
    await client.query("SET maintenance_work_mem = '256MB'");
    // The foreign keys' per-row triggers (a key-share lock on the parent for each of 2M references)
    // cost more than the inserts. A superuser may skip them for the load; the references are
    // then checked once, in bulk, before committing. Anyone else loads with them on.
    const skipTriggers = await client
      .query("SET session_replication_role = replica")
      .then(() => true)
      .catch(() => false);
    await client.query("BEGIN");
    try {
      for (const table of dataset.tables) {
        for (let i = 0; i < table.rows.length; i += 10_000) await insertMany(table.name, table.columns, table.rows.slice(i, i + 10_000));
        rows += table.rows.length;
      }
      for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
      const postStart = performance.now();
      let posts = 0;
      for (const batch of dataset.postBatches(10_000)) {
        await insertMany("Post", dataset.postColumns, batch);
        posts += batch.length;
        if (posts % 200_000 === 0) progress("postgresql", posts, dataset.postCount, postStart);
      }
      rows += posts;
      const indexStart = performance.now();
      for (const index of indexes) await client.query(index.sql);
      console.log(`[bench:generate] postgresql: ${indexes.length} Post indexes rebuilt in ${((performance.now() - indexStart) / 1000).toFixed(1)} s`);
      if (skipTriggers) {
        await client.query("SET session_replication_role = DEFAULT");
        const dangling = await client.query<{ n: string }>(
          `SELECT (SELECT COUNT(*) FROM "Post" p WHERE NOT EXISTS (SELECT 1 FROM "Campaign" c WHERE c.id = p."campaignId"))
                + (SELECT COUNT(*) FROM "Post" p WHERE p."accountId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Account" a WHERE a.id = p."accountId")) AS n`,
        );
        if (Number(dangling.rows[0]?.n) !== 0) throw new Error(`${dangling.rows[0]?.n} posts point at a missing campaign or account`);
      }
      await client.query(
        `INSERT INTO "AuditLog" (id, "at", "userId", action, "entityType", "entityId", "before", "after") VALUES ($1, $2, NULL, $3, 'dataset', $4, NULL, $5)`,
        [MARKER_ID, new Date().toISOString(), MARKER_ACTION, LARGE_DATASET.version, markerAfter()],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    // What autovacuum would do soon after such a load: statistics and the visibility map.
    const vacuumStart = performance.now();
    await client.query("VACUUM ANALYZE");
    console.log(`[bench:generate] postgresql: VACUUM ANALYZE in ${((performance.now() - vacuumStart) / 1000).toFixed(1)} s`);
  });
  return { provider: "postgresql", location: url, generated: true, posts: LARGE_DATASET.posts, rows: rows + 1, seconds: (performance.now() - startedAt) / 1000 };
}

export function describeGeneration(report: GenerationReport): string {
  const where = report.provider === "sqlite" ? path.relative(process.cwd(), report.location) : LARGE_POSTGRES_DATABASE;
  if (!report.generated) return `${report.provider}: ${where} already holds ${LARGE_DATASET.version} (${report.posts.toLocaleString("en")} posts); checked in ${report.seconds.toFixed(1)} s`;
  return `${report.provider}: generated ${where} in ${report.seconds.toFixed(1)} s: ${report.rows.toLocaleString("en")} rows, ${Math.round(report.rows / report.seconds).toLocaleString("en")} rows/s (${report.posts.toLocaleString("en")} posts)`;
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const only = args.find((arg) => arg === "sqlite" || arg === "postgresql");
  if (!only || only === "sqlite") console.log(`[bench:generate] ${describeGeneration(await ensureLargeSqlite(undefined, force))}`);
  if (!only || only === "postgresql") console.log(`[bench:generate] ${describeGeneration(await ensureLargePostgres(undefined, force))}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
