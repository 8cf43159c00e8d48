// `npm run bench`: how fast the dashboards answer, on SQLite and PostgreSQL, with the demo seed
// and with the 1,000,000-post dataset (scripts/bench/generate-large-dataset.ts). It prints
// figures; it asserts nothing and is not part of `npm test`.
//
// For each database × dataset it prepares a database of its own (never the app's), starts the
// real production server (`next start`, build folder CT_DIST_DIR, default .next-bench) on a free
// port in 3300-3399, signs in over HTTP like a browser (next-auth credentials), warms up, then
// times sequential requests to the overview page, the biggest campaign's dashboard and the two
// volume JSON routes. Then it times the lib functions behind them directly against the large
// databases, with every SQL statement Prisma runs, and shows the plans of the slowest.
//
// Environment (all optional):
//   BENCH_REQUESTS=30        timed requests per case (fewer for slow cases: see the n column)
//   BENCH_WARMUP=3           untimed requests per case first
//   BENCH_CASE_BUDGET_MS=45000  time budget per case, which lowers n for slow cases (min 10)
//   BENCH_ONLY=sqlite|postgresql   one database only
//   BENCH_DATASETS=seed,1m   which datasets
//   BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test   admin connection
//   BENCH_USER=viewer@demo.test    the demo account that signs in
//   BENCH_REUSE_BUILD=1      do not rebuild a stale build folder (still builds a missing one)
//   BENCH_SKIP_BREAKDOWN=1   skip the breakdown (lib calls timed in-process, SQL statements, plans)
//   BENCH_SKIP_IMPORT=1      skip the import throughput run at the end (npm run bench:import)
//   BENCH_IMPORT_ROWS=1000000  rows of its large file
//   CT_DIST_DIR=.next-bench  build folder
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { execSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqlitePrismaClient } from "../../lib/db/generated/sqlite/client.ts";
import { PrismaClient as PostgresPrismaClient } from "../../lib/db/generated/postgresql/client.ts";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client.ts";
import { parseDatabaseUrl, type DatabaseProvider, type DatabaseTarget } from "../../lib/db/database-url.ts";
import { migrateDatabase } from "../../lib/db/migrate.ts";
import { seedDemo } from "../../lib/db/seed/seed-demo.ts";
import { ensureDemoUsers } from "../../lib/demo/demo-users.ts";
import { DEMO_USERS } from "../../lib/demo/demo-accounts.ts";
import { needsBuild } from "../../lib/build/needs-build.ts";
import { getOverview, getOverviewVolume } from "../../lib/dashboard/get-overview.ts";
import { overviewFilters } from "../../lib/dashboard/overview-filters.ts";
import { listCampaigns } from "../../lib/campaigns/list-campaigns.ts";
import { getCampaign, getCampaignPostStats } from "../../lib/campaigns/get-campaign.ts";
import { getTopAccounts } from "../../lib/accounts/top-accounts.ts";
import { searchCampaignPosts } from "../../lib/posts/search-campaign-posts.ts";
import { getTopNetworks } from "../../lib/networks/top-networks.ts";
import { getBurstMarkers, getVolumeSeries } from "../../lib/stats/volume-series.ts";
import {
  DEFAULT_BENCH_POSTGRES_URL,
  LARGE_DATASET,
  LARGE_SQLITE_FILE,
  describeGeneration,
  ensureLargePostgres,
  ensureLargeSqlite,
  postgresUrlFor,
} from "./generate-large-dataset.ts";

const root = process.cwd();
const env = process.env;
const REQUESTS = positiveInt(env.BENCH_REQUESTS, 30);
const WARMUP = positiveInt(env.BENCH_WARMUP, 3);
const CASE_BUDGET_MS = positiveInt(env.BENCH_CASE_BUDGET_MS, 45_000);
const MIN_REQUESTS = Math.min(10, REQUESTS);
const DIST_DIR = env.CT_DIST_DIR || ".next-bench";
const ADMIN_URL = env.BENCH_POSTGRES_URL || DEFAULT_BENCH_POSTGRES_URL;
const SEED_SQLITE_FILE = "data/bench-seed.db";
const SEED_POSTGRES_DATABASE = "ct_bench_seed";
const TARGET_MS = { seed: 50, "1m": 300 } as const;
const PORTS = { first: 3300, last: 3399 };

type DatasetName = keyof typeof TARGET_MS;

function positiveInt(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const log = (message: string) => console.log(`[bench] ${message}`);
const loadAverage = () => os.loadavg().map((n) => n.toFixed(2)).join(" / ");
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

// ---------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------

function quantile(sorted: number[], q: number): number {
  // Nearest rank: the smallest value with at least q of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// ---------------------------------------------------------------------------------------
// Servers: started in their own process group, always stopped
// ---------------------------------------------------------------------------------------

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
  running.delete(child);
}

process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of running) killGroup(child, "SIGTERM");
    process.exit(130);
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let port = PORTS.first; port <= PORTS.last; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${PORTS.first}-${PORTS.last}`);
}

interface Server {
  child: ChildProcess;
  base: string;
  output: string[];
}

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    detached: true, // its own process group, so next-server goes down with npx
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      CT_DIST_DIR: DIST_DIR,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      CAMPAIGN_TRACKER_DEMO: "0",
      PORT: String(port),
    },
  });
  running.add(child);
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${base}/api/health`);
      await response.arrayBuffer();
      if (response.ok) return { child, base, output };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopServer(child);
  throw new Error(`next start on port ${port} did not become healthy:\n${output.slice(-30).join("\n")}`);
}

// ---------------------------------------------------------------------------------------
// HTTP: a cookie jar and the next-auth credentials sign-in
// ---------------------------------------------------------------------------------------

class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      if (at < 1) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || value === "") this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  has(name: string) {
    return this.#cookies.has(name);
  }

  header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function signIn(base: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${base}/` }),
  });
  jar.store(response);
  await response.arrayBuffer();
  if (!jar.has("next-auth.session-token")) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie: jar.header() } })).json()) as { user?: { email?: string } };
  if (session.user?.email !== email) throw new Error(`signed in, but the session is not ${email}: ${JSON.stringify(session)}`);
  return jar;
}

interface CaseResult {
  provider: DatabaseProvider;
  dataset: DatasetName;
  name: string;
  path: string;
  samples: number[];
  bytes: number;
  reduced: boolean;
}

async function timedGet(base: string, route: string, jar: CookieJar): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${base}${route}`, { headers: { cookie: jar.header() }, redirect: "manual" });
  const body = await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) {
    throw new Error(`GET ${route} answered ${response.status}: ${Buffer.from(body).toString("utf8").slice(0, 300)}`);
  }
  return { ms: elapsed, bytes: body.byteLength };
}

async function runCase(base: string, jar: CookieJar, provider: DatabaseProvider, dataset: DatasetName, name: string, route: string): Promise<CaseResult> {
  let last = 0;
  for (let i = 0; i < WARMUP; i++) last = (await timedGet(base, route, jar)).ms;
  const count = Math.max(MIN_REQUESTS, Math.min(REQUESTS, Math.floor(CASE_BUDGET_MS / Math.max(1, last))));
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const result = await timedGet(base, route, jar);
    samples.push(result.ms);
    bytes = result.bytes;
  }
  const result = { provider, dataset, name, path: route, samples, bytes, reduced: count < REQUESTS };
  log(`  ${name.padEnd(24)} n=${String(count).padStart(2)}  median ${ms(median(samples)).padStart(6)} ms  p95 ${ms(quantile([...samples].sort((a, b) => a - b), 0.95)).padStart(6)} ms  (${(bytes / 1024).toFixed(0)} KB)`);
  return result;
}

// ---------------------------------------------------------------------------------------
// Databases
// ---------------------------------------------------------------------------------------

interface BenchDatabase {
  provider: DatabaseProvider;
  dataset: DatasetName;
  target: DatabaseTarget;
  label: string;
}

async function ensurePostgresDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
    if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

/** Migrates, loads the dataset if missing, and makes sure the demo accounts exist. */
async function prepare(database: BenchDatabase): Promise<void> {
  const started = performance.now();
  if (database.dataset === "1m") {
    const report = database.provider === "sqlite" ? await ensureLargeSqlite(path.resolve(root, LARGE_SQLITE_FILE)) : await ensureLargePostgres(ADMIN_URL);
    log(`dataset ${describeGeneration(report)}`);
  } else if (database.provider === "postgresql") {
    await ensurePostgresDatabase(SEED_POSTGRES_DATABASE);
  } else {
    mkdirSync(path.join(root, "data"), { recursive: true });
  }
  await migrateDatabase(database.target);
  const prisma = createPrismaClient(database.target);
  try {
    if (database.dataset === "seed" && (await prisma.campaign.count()) === 0) {
      const summary = await seedDemo(prisma);
      log(`seeded the demo into ${database.label} in ${(summary.durationMs / 1000).toFixed(1)} s`);
    }
    const created = await ensureDemoUsers(prisma);
    if (created) log(`created ${created} demo accounts in ${database.label}`);
  } finally {
    await prisma.$disconnect();
  }
  log(`${database.label} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The campaign with the most posts: the heaviest campaign dashboard. */
async function biggestCampaign(target: DatabaseTarget): Promise<{ id: string; slug: string; posts: number }> {
  const prisma = createPrismaClient(target);
  try {
    const [top] = await prisma.post.groupBy({ by: ["campaignId"], _count: { _all: true }, orderBy: { _count: { campaignId: "desc" } }, take: 1 });
    if (!top) throw new Error("the database has no posts");
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: top.campaignId }, select: { id: true, slug: true } });
    return { ...campaign, posts: top._count._all };
  } finally {
    await prisma.$disconnect();
  }
}

// ---------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------

/**
 * `next build` with a custom distDir adds "<distDir>/types/**" entries to tsconfig.json's
 * include (and reformats it). The bench must leave the project's files alone: when that is
 * the only change, the file is put back byte for byte; anything else is left and reported.
 */
function undoTsconfigEdit(file: string, before: string) {
  const after = readFileSync(file, "utf8");
  if (after === before) return;
  const withoutOurs = (text: string) => {
    const parsed = JSON.parse(text) as { include?: unknown[] };
    parsed.include = parsed.include?.filter((entry) => !(typeof entry === "string" && entry.startsWith(`${DIST_DIR}/`)));
    return parsed;
  };
  try {
    if (isDeepStrictEqual(withoutOurs(after), withoutOurs(before))) {
      writeFileSync(file, before);
      log(`build: undid next build's edit of tsconfig.json (it adds ${DIST_DIR}/types to include)`);
      return;
    }
  } catch {
    // Not JSON (comments): fall through and report.
  }
  log("build: warning: tsconfig.json changed during the build beyond next build's include entries; left as it is");
}

function ensureBuild() {
  const buildId = path.join(root, DIST_DIR, "BUILD_ID");
  const state = needsBuild(root, DIST_DIR);
  if (!state.needed) return log(`build: ${DIST_DIR} is up to date`);
  if (existsSync(buildId) && env.BENCH_REUSE_BUILD === "1") return log(`build: reusing ${DIST_DIR} although ${state.reason} (BENCH_REUSE_BUILD=1)`);
  log(`build: next build into ${DIST_DIR} (${state.reason})…`);
  const started = performance.now();
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigBefore = readFileSync(tsconfig, "utf8");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...env, CT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
  undoTsconfigEdit(tsconfig, tsconfigBefore);
  if (result.status === 0) return log(`build: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const output = `${result.stdout?.toString() ?? ""}${result.stderr?.toString() ?? ""}`.split("\n").slice(-25).join("\n");
  if (!existsSync(buildId)) throw new Error(`next build failed:\n${output}`);
  log(`build: next build FAILED; benchmarking the previous build in ${DIST_DIR} instead. Its output:\n${output}`);
}

// ---------------------------------------------------------------------------------------
// Breakdown: the lib calls behind each case, timed in this process, and their SQL
// ---------------------------------------------------------------------------------------

interface LoggedQuery {
  query: string;
  params: string;
  duration: number;
}

/** A client like the app's (lib/db/client.ts), plus Prisma's query events. */
function loggingClient(target: DatabaseTarget, sink: LoggedQuery[]): PrismaClient {
  const logOption = [{ emit: "event", level: "query" }] as const;
  if (target.provider === "postgresql") {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: target.url }), log: [...logOption] });
    client.$on("query", (event) => sink.push({ query: event.query, params: event.params, duration: event.duration }));
    return client as unknown as PrismaClient;
  }
  const client = new SqlitePrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url }), log: [...logOption] });
  client.$on("query", (event) => sink.push({ query: event.query, params: event.params, duration: event.duration }));
  return client;
}

type Campaign = { id: string; slug: string; posts: number };
type DataCall = (prisma: PrismaClient, provider: DatabaseProvider, campaign: Campaign) => Promise<unknown>;

const DEFAULT_FILTERS = overviewFilters.parse({});

// getCampaignVolume reads the provider from the process-wide client, so its two steps are called here.
const campaignVolume = (prisma: PrismaClient, provider: DatabaseProvider, campaign: Campaign, unit: "day" | undefined) =>
  prisma.campaign
    .findUnique({ where: { slug: campaign.slug }, select: { id: true } })
    .then(() => getVolumeSeries(prisma, provider, { campaignId: campaign.id, unit, splitBy: "platform" }));

/** What each case's page or route asks of lib/, composed as the page composes it (session and render aside). */
const CASE_DATA: Record<string, DataCall> = {
  "overview page /": (prisma, provider) => Promise.all([getOverview(prisma, provider, DEFAULT_FILTERS), listCampaigns(prisma)]),
  "campaign page": async (prisma, provider, campaign) => {
    const detail = await getCampaign(prisma, campaign.slug);
    if (!detail) throw new Error(`no campaign ${campaign.slug}`);
    return Promise.all([
      getCampaignPostStats(prisma, detail.id),
      getTopAccounts(prisma, detail.id),
      getTopNetworks(prisma, detail.id),
      searchCampaignPosts(prisma, detail.id, undefined, 1),
      campaignVolume(prisma, provider, campaign, undefined),
      getBurstMarkers(prisma, provider, detail.id),
    ]);
  },
  "campaign volume JSON": (prisma, provider, campaign) => campaignVolume(prisma, provider, campaign, "day"),
  "/api/volume": (prisma, provider) => getOverviewVolume(prisma, provider, DEFAULT_FILTERS),
};

const FUNCTIONS: { name: string; serves: string; call: DataCall }[] = [
  { name: "getOverview", serves: "overview page", call: (prisma, provider) => getOverview(prisma, provider, DEFAULT_FILTERS) },
  { name: "listCampaigns", serves: "overview page", call: (prisma) => listCampaigns(prisma) },
  { name: "getOverviewVolume = getVolumeSeries split=campaign, all posts", serves: "/api/volume; inside getOverview", call: (prisma, provider) => getOverviewVolume(prisma, provider, DEFAULT_FILTERS) },
  { name: "getVolumeSeries split=platform, all posts", serves: "overview ?split=platform", call: (prisma, provider) => getVolumeSeries(prisma, provider, { splitBy: "platform" }) },
  { name: "getVolumeSeries no split, all posts", serves: "(reference)", call: (prisma, provider) => getVolumeSeries(prisma, provider, {}) },
  { name: "getVolumeSeries campaign, unit=day, split=platform", serves: "campaign volume JSON", call: (prisma, provider, c) => getVolumeSeries(prisma, provider, { campaignId: c.id, unit: "day", splitBy: "platform" }) },
  { name: "getVolumeSeries campaign, auto unit, split=platform", serves: "campaign page", call: (prisma, provider, c) => getVolumeSeries(prisma, provider, { campaignId: c.id, splitBy: "platform" }) },
  { name: "getVolumeSeries campaign, unit=day, no split", serves: "campaign volume JSON ?split=none", call: (prisma, provider, c) => getVolumeSeries(prisma, provider, { campaignId: c.id, unit: "day" }) },
  { name: "getCampaign", serves: "campaign page", call: (prisma, _provider, c) => getCampaign(prisma, c.slug) },
  { name: "getCampaignPostStats", serves: "campaign page", call: (prisma, _provider, c) => getCampaignPostStats(prisma, c.id) },
  { name: "getTopAccounts", serves: "campaign page", call: (prisma, _provider, c) => getTopAccounts(prisma, c.id) },
  { name: "getTopNetworks", serves: "campaign page", call: (prisma, _provider, c) => getTopNetworks(prisma, c.id) },
  { name: "searchCampaignPosts page 1, no search", serves: "campaign page", call: (prisma, _provider, c) => searchCampaignPosts(prisma, c.id, undefined, 1) },
  { name: "getBurstMarkers", serves: "campaign page", call: (prisma, provider, c) => getBurstMarkers(prisma, provider, c.id) },
];

/** Median wall time of `runs` calls after one warm-up, and the SQL of the last call. */
async function timeCall(sink: LoggedQuery[], runs: number, run: () => Promise<unknown>): Promise<{ medianMs: number; queries: LoggedQuery[] }> {
  await run();
  const samples: number[] = [];
  let queries: LoggedQuery[] = [];
  for (let i = 0; i < runs; i++) {
    sink.length = 0;
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
    queries = [...sink];
  }
  return { medianMs: median(samples), queries };
}

function shortSql(query: string, width = 150): string {
  const text = query.replace(/`main`\.|"public"\./g, "").replace(/\s+/g, " ").trim();
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Runs statements Prisma logged, on the raw driver and alone, binding values as the adapter does. */
async function rawRunner(target: DatabaseTarget) {
  if (target.provider === "sqlite") {
    const conn = new Database(target.filePath, { readonly: true });
    const bind = (params: string) =>
      (JSON.parse(params) as unknown[]).map((value) =>
        typeof value === "boolean" ? (value ? 1 : 0) : typeof value === "string" && ISO_UTC.test(value) ? value.replace("Z", "+00:00") : value,
      ) as (string | number | null)[];
    return {
      async time(query: LoggedQuery) {
        const started = performance.now();
        const statement = conn.prepare(query.query);
        if (statement.reader) statement.all(...bind(query.params));
        else statement.run(...bind(query.params));
        return performance.now() - started;
      },
      async plan(query: LoggedQuery) {
        const rows = conn.prepare(`EXPLAIN QUERY PLAN ${query.query}`).all(...bind(query.params)) as { detail: string; parent: number; id: number }[];
        const depth = new Map<number, number>([[0, 0]]);
        return rows
          .map((row) => {
            const level = (depth.get(row.parent) ?? 0) + 1;
            depth.set(row.id, level);
            return `${"  ".repeat(level)}${row.detail}`;
          })
          .join("\n");
      },
      async close() {
        conn.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    async time(query: LoggedQuery) {
      const started = performance.now();
      await client.query(query.query, JSON.parse(query.params) as unknown[]);
      return performance.now() - started;
    },
    async plan(query: LoggedQuery) {
      const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.query}`, JSON.parse(query.params) as unknown[]);
      return result.rows.map((row) => `  ${row["QUERY PLAN"]}`).join("\n");
    },
    async close() {
      await client.end();
    },
  };
}

interface CaseData {
  database: BenchDatabase;
  name: string;
  medianMs: number;
  queries: LoggedQuery[];
}

/** Times each case's lib calls in this process, as its page composes them. */
async function caseData(database: BenchDatabase, campaign: Campaign, runs: number): Promise<CaseData[]> {
  const sink: LoggedQuery[] = [];
  const prisma = loggingClient(database.target, sink);
  try {
    const out: CaseData[] = [];
    for (const [name, call] of Object.entries(CASE_DATA)) {
      const timing = await timeCall(sink, runs, () => call(prisma, database.provider, campaign));
      out.push({ database, name, ...timing });
    }
    return out;
  } finally {
    await prisma.$disconnect();
  }
}

async function functionTable(database: BenchDatabase, campaign: Campaign, runs: number) {
  const sink: LoggedQuery[] = [];
  const prisma = loggingClient(database.target, sink);
  try {
    console.log(`\n### ${database.label}: lib functions one by one (median of ${runs} runs after a warm-up; load average ${loadAverage()})\n`);
    console.log("| function | serves | median ms | SQL statements |");
    console.log("|---|---|---:|---:|");
    for (const fn of FUNCTIONS) {
      const timing = await timeCall(sink, runs, () => fn.call(prisma, database.provider, campaign));
      console.log(`| ${fn.name} | ${fn.serves} | ${ms(timing.medianMs)} | ${timing.queries.length} |`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

/** Each statement of a case re-run alone on the raw driver (median of 3), slowest first; plans of the top ones. */
async function statementTable(data: CaseData, plans: number, top: number) {
  const runner = await rawRunner(data.database.target);
  try {
    const distinct = new Map<string, { query: LoggedQuery; count: number; inFlight: number }>();
    for (const query of data.queries) {
      const key = `${query.query}\u0000${query.params}`;
      const seen = distinct.get(key);
      if (seen) {
        seen.count++;
        seen.inFlight = Math.max(seen.inFlight, query.duration);
      } else distinct.set(key, { query, count: 1, inFlight: query.duration });
    }
    const rows: { query: LoggedQuery; count: number; inFlight: number; alone: number }[] = [];
    for (const entry of distinct.values()) {
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) samples.push(await runner.time(entry.query));
      rows.push({ ...entry, alone: median(samples) });
    }
    rows.sort((a, b) => b.alone * b.count - a.alone * a.count);
    const total = rows.reduce((sum, row) => sum + row.alone * row.count, 0);
    console.log(`\n#### ${data.database.label}, ${data.name}: its ${data.queries.length} SQL statements, each re-run alone on the raw driver (median of 3), slowest first\n`);
    console.log(`| alone ms | share | × | as logged in the call ms | SQL |`);
    console.log("|---:|---:|---:|---:|---|");
    for (const row of rows.slice(0, top)) {
      console.log(`| ${ms(row.alone)} | ${((100 * row.alone * row.count) / total).toFixed(0)}% | ${row.count} | ${ms(row.inFlight)} | \`${shortSql(row.query.query).replace(/\|/g, "\\|")}\` |`);
    }
    if (rows.length > top) {
      const rest = rows.slice(top);
      const restMs = rest.reduce((sum, row) => sum + row.alone * row.count, 0);
      console.log(`| ${ms(restMs)} | ${((100 * restMs) / total).toFixed(0)}% | ${rest.reduce((sum, row) => sum + row.count, 0)} | | (the other statements) |`);
    }
    console.log(
      `\nThe lib calls took ${ms(data.medianMs)} ms (median); their statements alone on the raw driver ${ms(total)} ms` +
        (data.database.provider === "postgresql"
          ? " (PostgreSQL runs a Promise.all's statements in parallel on pool connections, so the two need not add up)."
          : ` (SQLite runs them one at a time): ${ms(Math.max(0, data.medianMs - total))} ms went outside SQLite (Prisma's query compilation and result mapping, JS).`),
    );
    for (const row of rows.slice(0, plans)) {
      console.log(`\nPlan (${data.database.provider === "sqlite" ? "EXPLAIN QUERY PLAN" : "EXPLAIN (ANALYZE, BUFFERS)"}) of the ${ms(row.alone)} ms statement \`${shortSql(row.query.query, 120)}\`:\n`);
      console.log("```");
      console.log(await runner.plan(row.query));
      console.log("```");
    }
  } finally {
    await runner.close();
  }
}

// ---------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------

const CASES = (slug: string) => [
  { name: "overview page /", path: "/" },
  { name: "campaign page", path: `/campaigns/${slug}` },
  { name: "campaign volume JSON", path: `/api/campaigns/${slug}/volume?bucket=day` },
  { name: "/api/volume", path: "/api/volume" },
];

function databases(): BenchDatabase[] {
  const providers = (["sqlite", "postgresql"] as const).filter((provider) => !env.BENCH_ONLY || env.BENCH_ONLY === provider);
  const datasets = (env.BENCH_DATASETS ?? "seed,1m").split(",").map((name) => name.trim().toLowerCase()).filter((name): name is DatasetName => name in TARGET_MS);
  const list: BenchDatabase[] = [];
  for (const provider of providers) {
    for (const dataset of datasets) {
      const url =
        provider === "sqlite"
          ? `file:${dataset === "seed" ? SEED_SQLITE_FILE : LARGE_SQLITE_FILE}`
          : postgresUrlFor(ADMIN_URL, dataset === "seed" ? SEED_POSTGRES_DATABASE : "ct_bench_large");
      const where = provider === "sqlite" ? (dataset === "seed" ? SEED_SQLITE_FILE : LARGE_SQLITE_FILE) : dataset === "seed" ? SEED_POSTGRES_DATABASE : "ct_bench_large";
      list.push({ provider, dataset, target: parseDatabaseUrl(url, root), label: `${provider} ${dataset === "seed" ? "demo seed" : "1M"} (${where})` });
    }
  }
  return list;
}

function gitDescription(): string {
  try {
    const head = execSync("git rev-parse --short HEAD", { cwd: root, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    const dirty = execSync("git status --porcelain", { cwd: root, stdio: ["ignore", "pipe", "ignore"] }).toString().trim() !== "";
    return `${head}${dirty ? " + uncommitted changes" : ""}`;
  } catch {
    return "unknown";
  }
}

async function main() {
  const startedAt = performance.now();
  const user = DEMO_USERS.find((candidate) => candidate.email === (env.BENCH_USER || "viewer@demo.test"));
  if (!user) throw new Error(`BENCH_USER must be one of ${DEMO_USERS.map((candidate) => candidate.email).join(", ")}`);
  console.log(`# Campaign Tracker dashboards benchmark\n`);
  console.log(`- date: ${new Date().toISOString()}; code: ${gitDescription()}; build folder: ${DIST_DIR}`);
  console.log(`- machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB; node ${process.version}; load average (1/5/15 min) at start: ${loadAverage()}`);
  console.log(`- requests: sequential, ${WARMUP} warm-up + up to ${REQUESTS} timed per case (at least ${MIN_REQUESTS}; fewer when a case would exceed ${CASE_BUDGET_MS / 1000} s), signed in as ${user.email} (${user.role})`);
  console.log(`- large dataset: ${LARGE_DATASET.version}, ${LARGE_DATASET.posts.toLocaleString("en")} posts, ${LARGE_DATASET.campaigns} campaigns, ${LARGE_DATASET.accounts.toLocaleString("en")} accounts, seed ${LARGE_DATASET.seed}\n`);

  ensureBuild();
  const results: CaseResult[] = [];
  const loads: string[] = [];
  const biggest = new Map<string, { id: string; slug: string; posts: number }>();
  for (const database of databases()) {
    log(`== ${database.label}`);
    await prepare(database);
    const campaign = await biggestCampaign(database.target);
    biggest.set(database.label, campaign);
    log(`biggest campaign: ${campaign.slug} (${campaign.posts.toLocaleString("en")} posts); load average ${loadAverage()}`);
    loads.push(`${database.label}: ${loadAverage()}`);
    const server = await startServer(database.target.url);
    try {
      const jar = await signIn(server.base, user.email, user.password);
      for (const benchCase of CASES(campaign.slug)) {
        results.push(await runCase(server.base, jar, database.provider, database.dataset, benchCase.name, benchCase.path));
      }
    } catch (error) {
      console.error(`[bench] server output (last lines):\n${server.output.slice(-30).join("\n")}`);
      throw error;
    } finally {
      await stopServer(server.child);
    }
  }

  console.log(`\n## Results (milliseconds per request, wall time to the last byte)\n`);
  console.log("| database | dataset | case | n | median | p95 | min | max | response | target (median) | verdict |");
  console.log("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const result of results) {
    const sorted = [...result.samples].sort((a, b) => a - b);
    const target = TARGET_MS[result.dataset];
    const med = median(sorted);
    console.log(
      `| ${result.provider} | ${result.dataset === "seed" ? "demo seed" : "1M posts"} | ${result.name} | ${sorted.length}${result.reduced ? "*" : ""} | ${ms(med)} | ${ms(quantile(sorted, 0.95))} | ${ms(sorted[0]!)} | ${ms(sorted[sorted.length - 1]!)} | ${(result.bytes / 1024).toFixed(0)} KB | < ${target} | ${med < target ? "ok" : "MISSED"} |`,
    );
  }
  if (results.some((result) => result.reduced)) console.log(`\n\\* fewer than ${REQUESTS} requests: the case is slow, and ${CASE_BUDGET_MS / 1000} s per case is the budget (minimum ${MIN_REQUESTS}).`);
  console.log(`\nLoad average (1/5/15 min) when each database's cases began: ${loads.join("; ")}; at the end: ${loadAverage()}.`);
  console.log(`Case paths: ${CASES("<biggest campaign>").map((c) => `${c.name} = GET ${c.path}`).join("; ")}. Biggest campaigns: ${[...biggest].map(([label, c]) => `${label}: ${c.slug} (${c.posts.toLocaleString("en")} posts)`).join("; ")}.`);

  console.log(`\n## Target verdicts\n`);
  for (const dataset of Object.keys(TARGET_MS) as DatasetName[]) {
    for (const provider of ["sqlite", "postgresql"] as const) {
      const rows = results.filter((result) => result.dataset === dataset && result.provider === provider);
      if (rows.length === 0) continue;
      const missed = rows.filter((result) => median(result.samples) >= TARGET_MS[dataset]);
      console.log(
        `- ${provider}, ${dataset === "seed" ? "demo seed" : "1M posts"}, median < ${TARGET_MS[dataset]} ms: ${missed.length === 0 ? "MET for every case" : `MISSED by ${missed.map((result) => `${result.name} (${ms(median(result.samples))} ms)`).join(", ")}`}`,
      );
    }
  }

  if (env.BENCH_SKIP_BREAKDOWN !== "1") {
    const runs = 5;
    console.log(`\n## Where the time goes\n`);
    console.log(
      `"lib calls": the case's lib/ functions, composed as its page or route composes them, called in this process against the same database (median of ${runs} after a warm-up; load average ${loadAverage()}). ` +
        `"rest" = HTTP median - lib calls: session check, React rendering and serialisation (HTML + RSC payload), transfer.\n`,
    );
    const data: CaseData[] = [];
    for (const database of databases()) data.push(...(await caseData(database, biggest.get(database.label)!, runs)));
    console.log("| database | dataset | case | HTTP median | lib calls | rest | response |");
    console.log("|---|---|---|---:|---:|---:|---:|");
    const httpOf = (item: CaseData) => results.find((r) => r.provider === item.database.provider && r.dataset === item.database.dataset && r.name === item.name);
    for (const item of data) {
      const http = httpOf(item);
      const httpMedian = http ? median(http.samples) : NaN;
      console.log(
        `| ${item.database.provider} | ${item.database.dataset === "seed" ? "demo seed" : "1M posts"} | ${item.name} | ${ms(httpMedian)} | ${ms(item.medianMs)} | ${ms(httpMedian - item.medianMs)} | ${http ? `${(http.bytes / 1024).toFixed(0)} KB` : "?"} |`,
      );
    }

    console.log(`\n## Breakdown: what dominates\n`);
    for (const database of databases()) {
      if (database.dataset === "1m") await functionTable(database, biggest.get(database.label)!, runs);
      const missed = data
        .filter((item) => item.database.label === database.label)
        .map((item) => ({ item, http: median(httpOf(item)?.samples ?? [0]) }))
        .filter(({ http }) => http >= TARGET_MS[database.dataset])
        .sort((a, b) => b.http - a.http);
      for (const [index, { item }] of missed.entries()) {
        await statementTable(item, database.dataset === "1m" ? (index === 0 ? 3 : 2) : 1, database.dataset === "1m" ? 10 : 6);
      }
    }
  }
  if (env.BENCH_SKIP_IMPORT !== "1") {
    // Import throughput (issue #4's targets) runs in its own process: its figures must not share
    // a heap with the servers' clients above.
    console.log(`\n## Import throughput (npm run bench:import; load average ${loadAverage()})\n`);
    const imported = spawnSync("npm", ["run", "--silent", "bench:import", "--", env.BENCH_IMPORT_ROWS ?? "1000000"], {
      stdio: "inherit",
      env: { ...env, BENCH_POSTGRES_URL: ADMIN_URL },
    });
    if (imported.status !== 0) throw new Error(`bench:import exited with ${imported.status}`);
  }
  console.log(`\n[bench] done in ${((performance.now() - startedAt) / 1000).toFixed(0)} s; load average at the end: ${loadAverage()}`);
}

main()
  .catch((error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const child of [...running]) await stopServer(child);
  });
