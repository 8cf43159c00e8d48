// Export throughput: a fresh SQLite database (and PostgreSQL when BENCH_POSTGRES_URL or
// TEST_DATABASE_URL names a server) with ONE campaign of N posts (default 1,000,000) by 20,000
// accounts, then posts.csv streamed through the same code as the API route
// (campaignExportResponse) and read to the end. Prints rows/s and the process's peak RSS, which
// stays flat however many posts there are: batches of 2,000 by keyset, read as the consumer pulls.
//   tsx --conditions=react-server scripts/bench/export-throughput.ts [posts] [sqlite|postgresql]
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/client.ts";
import type { DatabaseTarget } from "../../lib/db/database-url.ts";
import { migrateDatabase } from "../../lib/db/migrate.ts";
import { campaignExportResponse } from "../../lib/export/campaign-export.ts";

const ACCOUNTS = 20_000;
const START = Date.UTC(2024, 0, 1);
const CAMPAIGN_ID = "bench-export-campaign";

function postValues(i: number) {
  return {
    id: `p${String(i).padStart(9, "0")}`,
    platformPostId: `export-bench-${i}`,
    accountId: `a${i % ACCOUNTS}`,
    text: i % 50 === 0 ? `=HYPERLINK("http://x/${i}")` : `Generated post ${i}, saying "something" about the Olympics`,
    postedAt: new Date(START + i * 31_000),
    likes: i % 97,
    views: i * 3,
  };
}

async function fillSqlite(file: string, posts: number) {
  const conn = new Database(file);
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = OFF");
  const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");
  conn.transaction(() => {
    conn.prepare(`INSERT INTO "Campaign" ("id","slug","name","summary","status","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?)`).run(CAMPAIGN_ID, "bench", "Bench", "Export throughput", "active", iso(new Date()), iso(new Date()));
    const account = conn.prepare(`INSERT INTO "Account" ("id","platform","handle","displayName","synthetic","firstSeenAt") VALUES (?,?,?,?,?,?)`);
    for (let a = 0; a < ACCOUNTS; a++) account.run(`a${a}`, "x", `bench_${a}`, `Bench ${a}`, 1, iso(new Date(START)));
    const post = conn.prepare(
      `INSERT INTO "Post" ("id","campaignId","platform","platformPostId","accountId","text","language","postedAt","likeCount","shareCount","replyCount","viewCount","isRepost","doctoredMedia","synthetic","collectedAt") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    );
    for (let i = 0; i < posts; i++) {
      const p = postValues(i);
      post.run(p.id, CAMPAIGN_ID, "x", p.platformPostId, p.accountId, p.text, "fr", iso(p.postedAt), p.likes, 0, 0, p.views, 0, 0, 1, iso(p.postedAt));
    }
  })();
  conn.close();
}

async function fillPostgres(url: string, posts: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "Campaign" ("id","slug","name","summary","status","createdAt","updatedAt") VALUES ($1,'bench','Bench','Export throughput','active',now(),now())`, [CAMPAIGN_ID]);
    await client.query(
      `INSERT INTO "Account" ("id","platform","handle","displayName","synthetic","firstSeenAt") SELECT 'a' || g, 'x', 'bench_' || g, 'Bench ' || g, true, now() FROM generate_series(0, $1 - 1) AS g`,
      [ACCOUNTS],
    );
    for (let from = 0; from < posts; from += 50_000) {
      const rows = Array.from({ length: Math.min(50_000, posts - from) }, (_, k) => postValues(from + k));
      await client.query(
        `INSERT INTO "Post" ("id","campaignId","platform","platformPostId","accountId","text","language","postedAt","likeCount","viewCount","synthetic")
         SELECT id, $1, 'x', pid, acc, txt, 'fr', ts, likes, views, true FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamp[], $7::int[], $8::int[]) AS t(id, pid, acc, txt, ts, likes, views)`,
        [CAMPAIGN_ID, rows.map((r) => r.id), rows.map((r) => r.platformPostId), rows.map((r) => r.accountId), rows.map((r) => r.text), rows.map((r) => r.postedAt.toISOString().replace("Z", "")), rows.map((r) => r.likes), rows.map((r) => r.views)],
      );
    }
    await client.query("COMMIT");
    await client.query(`ANALYZE "Post"`);
  } finally {
    await client.end();
  }
}

async function benchExport(label: string, target: DatabaseTarget, posts: number) {
  const prisma = createPrismaClient(target);
  // Generating the data grew the heap; let it shrink so the figure is the export's.
  (globalThis as { gc?: () => void }).gc?.();
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    const started = performance.now();
    const response = await campaignExportResponse(prisma, "bench", "posts");
    const reader = response.body!.getReader();
    let bytes = 0;
    let lines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 0x0a) lines++;
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = lines - 1;
    if (rows !== posts) throw new Error(`exported ${rows} rows, expected ${posts}`);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(
      `${label.padEnd(12)} ${rows.toLocaleString("en")} posts, ${(bytes / 1_048_576).toFixed(0)} MB in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds).toLocaleString("en")} rows/s; RSS ${(startRss / 1_048_576).toFixed(0)} MB at start, peak ${(peakRss / 1_048_576).toFixed(0)} MB`,
    );
  } finally {
    clearInterval(sampler);
    await prisma.$disconnect();
  }
}

async function main() {
  const posts = Number(process.argv[2] ?? 1_000_000);
  const only = process.argv[3];
  console.log(`baseline RSS ${(process.memoryUsage().rss / 1_048_576).toFixed(0)} MB`);
  if (only !== "postgresql") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ct-export-bench-"));
    try {
      const file = path.join(dir, "export.db");
      const target: DatabaseTarget = { provider: "sqlite", url: `file:${file}`, filePath: file };
      await migrateDatabase(target);
      const t0 = performance.now();
      await fillSqlite(file, posts);
      console.log(`sqlite: generated ${posts.toLocaleString("en")} posts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      await benchExport("sqlite", target, posts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const postgresUrl = (process.env.BENCH_POSTGRES_URL ?? process.env.TEST_DATABASE_URL)?.trim();
  if (postgresUrl && only !== "sqlite") {
    const name = `ct_export_bench_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(postgresUrl);
      url.pathname = `/${name}`;
      const target: DatabaseTarget = { provider: "postgresql", url: url.toString() };
      await migrateDatabase(target);
      const t0 = performance.now();
      await fillPostgres(target.url, posts);
      console.log(`postgresql: generated ${posts.toLocaleString("en")} posts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      await benchExport("postgresql", target, posts);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
}

await main();
