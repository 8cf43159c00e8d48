import { Readable } from "node:stream";
import { expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors.ts";
import { createImportJob, rejectedRowsCsv } from "@/lib/import/import-jobs.ts";
import { cancelImportJob, importJobStatus, runImportJob } from "@/lib/import/run-import-job.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const HEADER = "platform,platform_post_id,posted_at,text,author_handle\n";
let run = 0;

/** `count` rows of the project's CSV; row i is rejected when `bad(i)` (a bad date). */
function rows(prefix: string, count: number, bad: (i: number) => boolean = () => false): string[] {
  return Array.from({ length: count }, (_, i) => `x,${prefix}-${i},${bad(i) ? "not a date" : "2024-05-15T10:00:00Z"},post ${i},acct_${i % 7}\n`);
}

withTestDatabases(({ provider, prisma }) => {
  async function arrange() {
    run += 1;
    const db = prisma();
    const campaign = await db.campaign.create({ data: { slug: `jobs-${run}`, name: "Job target", summary: "…" } });
    const user = (role: Principal["role"], tag = "") =>
      db.user.create({ data: { email: `${role}${tag}-jobs-${run}@example.test`, name: role, role } }).then((u) => ({ userId: u.id, role }) satisfies Principal);
    return { db, campaign, analyst: await user("analyst"), other: await user("analyst", "2"), viewer: await user("viewer") };
  }

  /** What the database holds for a campaign, to compare with what the job row claims. */
  async function stored(db: PrismaClient, campaignId: string, jobId: string) {
    return {
      posts: await db.post.count({ where: { campaignId } }),
      batchAudits: await db.auditLog.count({ where: { action: "posts.import.batch", entityId: campaignId } }),
      rejectedRows: await db.importRejectedRow.count({ where: { jobId } }),
      job: await db.importJob.findUniqueOrThrow({ where: { id: jobId } }),
    };
  }

  it("commits batch by batch; a failure keeps the committed batches, and the job says exactly through which line", async () => {
    const { db, campaign, analyst } = await arrange();
    const job = await createImportJob(db, analyst, campaign.slug, { fileName: "big.csv", totalBytes: null, format: "csv" });
    const lines = rows(`b${run}`, 2_600, (i) => i % 500 === 7);
    async function* failing() {
      yield Buffer.from(HEADER);
      for (const line of lines) yield Buffer.from(line);
      throw new Error("connection reset while reading the upload");
    }
    const report = await runImportJob(db, provider, analyst, job.id, failing(), undefined, 1_000);
    // Lines 2..1001 and 1002..2001 committed; 2002..2601 were read but their batch rolled back.
    expect(report).toMatchObject({ outcome: "failed", stored: false, batchesCommitted: 2, committedThroughLine: 2_001, inserted: 1_996, rowsRead: 2_600 });
    expect(report.error?.message).toMatch(/Lines 1-2001 are stored/);
    const after = await stored(db, campaign.id, job.id);
    expect(after.posts).toBe(after.job.inserted);
    expect(after.job).toMatchObject({ status: "failed", inserted: 1_996, rejected: 4, batchesCommitted: 2, committedThroughLine: 2_001, errorCode: "failed" });
    expect(after.batchAudits).toBe(2);
    expect(after.rejectedRows).toBe(4);

    // Resuming: the same file again, whole this time, stores only the rest.
    const resume = await createImportJob(db, analyst, campaign.slug, { fileName: "big.csv", totalBytes: null, format: "csv" });
    const second = await runImportJob(db, provider, analyst, resume.id, Readable.from([HEADER, ...lines]), undefined, 1_000);
    expect(second).toMatchObject({ outcome: "completed", stored: true, inserted: 2_600 - 6 - 1_996, duplicates: 1_996, rejected: 6, batchesCommitted: 3 });
    expect(await db.post.count({ where: { campaignId: campaign.id } })).toBe(2_600 - 6);
    const finished = await db.importJob.findUniqueOrThrow({ where: { id: resume.id } });
    expect(finished).toMatchObject({ status: "completed", committedThroughLine: 2_601, rowsRead: 2_600 });
    expect(finished.finishedAt).not.toBeNull();
  });

  it("cancels between rows: committed batches stay, the job is marked cancelled", async () => {
    const { db, campaign, analyst, other } = await arrange();
    const job = await createImportJob(db, analyst, campaign.slug, { fileName: "slow.csv", totalBytes: 1_000_000, format: "auto" });
    let cancelled: Promise<unknown> | null = null;
    async function* slow() {
      yield Buffer.from(HEADER);
      for (const [i, line] of rows(`c${run}`, 3_000).entries()) {
        if (i === 1_500) {
          // Another analyst may not cancel someone else's import; its owner may.
          await expect(cancelImportJob(db, other, job.id)).rejects.toThrow(/Only the user/);
          cancelled = cancelImportJob(db, analyst, job.id);
          await cancelled;
        }
        yield Buffer.from(line);
      }
    }
    const report = await runImportJob(db, provider, analyst, job.id, slow(), undefined, 1_000);
    expect(cancelled).not.toBeNull();
    expect(report).toMatchObject({ outcome: "cancelled", batchesCommitted: 1, committedThroughLine: 1_001, inserted: 1_000 });
    const after = await stored(db, campaign.id, job.id);
    expect(after.posts).toBe(1_000);
    expect(after.job).toMatchObject({ status: "cancelled", errorCode: "cancelled", inserted: 1_000 });
    const status = await importJobStatus(db, analyst, job.id);
    expect(status).toMatchObject({ status: "cancelled", stored: { inserted: 1_000, throughLine: 1_001 } });
  });

  it("keeps every rejected row for the downloadable report, with line, field and reason", async () => {
    const { db, campaign, analyst } = await arrange();
    const job = await createImportJob(db, analyst, campaign.slug, { fileName: "mixed.csv", totalBytes: null, format: "csv" });
    const body = [HEADER, ...rows(`r${run}`, 50, (i) => i % 10 === 3), "facebook,dup,2024-01-01 10:00,once,a\n", "facebook,dup,2024-01-01 10:00,twice,a\n", "myspace,z1,2024-01-01 10:00,old,a\n"];
    const report = await runImportJob(db, provider, analyst, job.id, Readable.from(body));
    expect(report).toMatchObject({ outcome: "completed", inserted: 46, rejected: 7 });
    const csv = await new Response(rejectedRowsCsv(db, job.id, 3)).text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("line,field,reason,raw");
    expect(lines).toHaveLength(8);
    expect(lines[1]).toMatch(/^5,posted_at,/);
    expect(lines.at(-2)).toMatch(/^53,platform_post_id,duplicate of line 52 in this file,/);
    expect(lines.at(-1)).toMatch(/^54,platform,/);
  });

  it("accepts an upload once, from the user who registered it; validates the settings", async () => {
    const { db, campaign, analyst, other, viewer } = await arrange();
    await expect(createImportJob(db, viewer, campaign.slug, { fileName: "a.csv", format: "csv" })).rejects.toThrow(/viewer role/);
    await expect(createImportJob(db, analyst, "no-such-campaign", { fileName: "a.csv", format: "csv" })).rejects.toBeInstanceOf(NotFoundError);
    const invalid = createImportJob(db, analyst, campaign.slug, { fileName: "", format: "mapped" });
    await expect(invalid).rejects.toBeInstanceOf(ValidationError);
    await expect(invalid).rejects.toMatchObject({ fieldErrors: { fileName: ["is required"], mapping: ["is required for a mapped CSV"] } });

    const job = await createImportJob(db, analyst, campaign.slug, {
      fileName: "theirs.csv",
      format: "mapped",
      mapping: { columns: { platform_post_id: "ID", posted_at: "Date", text: "Body" }, platform: "telegram" },
    });
    await expect(runImportJob(db, provider, other, job.id, Readable.from(["ID,Date,Body\n"]))).rejects.toBeInstanceOf(NotFoundError);
    const report = await runImportJob(db, provider, analyst, job.id, Readable.from(["ID,Date,Body\n", `t${run},2024-05-15 10:00,hello\n`]));
    expect(report).toMatchObject({ outcome: "completed", format: "mapped", inserted: 1 });
    expect(await db.post.findFirst({ where: { campaignId: campaign.id }, select: { platform: true, text: true } })).toEqual({ platform: "telegram", text: "hello" });
    await expect(runImportJob(db, provider, analyst, job.id, Readable.from(["ID,Date,Body\n"]))).rejects.toBeInstanceOf(ConflictError);
    expect(await db.auditLog.count({ where: { entityId: job.id, action: "posts.import.start" } })).toBe(1);
  });

  it.runIf(provider === "sqlite")("tunes the SQLite connection for the import's length and gives it its settings back", async () => {
    const { db, campaign, analyst } = await arrange();
    const read = async (name: string) => Number(Object.values((await db.$queryRawUnsafe<Record<string, bigint>[]>(`PRAGMA ${name}`))[0]!)[0]);
    const cacheSize = async () => [await read("cache_size"), await read("wal_autocheckpoint")];
    await db.$executeRawUnsafe("PRAGMA cache_size = -4000");
    let during: number[] | null = null;
    const job = await createImportJob(db, analyst, campaign.slug, { fileName: "c.csv", totalBytes: null, format: "csv" });
    async function* watched() {
      yield Buffer.from(HEADER);
      yield Buffer.from(rows(`pc${run}`, 10).join(""));
      during = await cacheSize();
    }
    await runImportJob(db, provider, analyst, job.id, watched());
    expect(during).toEqual([-128 * 1024, 20_000]);
    expect(await cacheSize()).toEqual([-4000, 1000]);
  });
});

