// `npm run import -- --campaign <slug> [--format csv|ndjson|x-io|auto] [--rejected <file.csv>] [--batch-rows N] <file>`:
// streams a file of posts into a campaign as the system (audit userId null): in one
// transaction (all or nothing), or with --batch-rows in committed batches (a failure keeps the
// batches before it; running the same file again resumes). Exit code 1 when the import did not
// complete, 2 on a usage error.
import { createReadStream, createWriteStream, statSync, type WriteStream } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client.ts";
import { parseDatabaseUrl } from "../lib/db/database-url.ts";
import { migrateDatabase } from "../lib/db/migrate.ts";
import { csvCell } from "../lib/format/csv.ts";
import type { ImportProgress } from "../lib/import/import-progress.ts";
import { importPosts, type ImportFormat } from "../lib/import/import-posts.ts";
import { SYSTEM_ACTOR } from "../lib/users/system-actor.ts";

const USAGE = "usage: npm run import -- --campaign <slug> [--format csv|ndjson|x-io|auto] [--rejected <file.csv>] [--batch-rows N] <file>";
const FORMATS = ["csv", "ndjson", "x-io", "auto"] as const;

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function formatBytes(n: number): string {
  return n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} kB`;
}

/** A bar redrawn in place on a terminal; a plain line a second when stderr is a file or a pipe. */
function progressPrinter(): (p: ImportProgress) => void {
  const tty = process.stderr.isTTY;
  let lastLine = 0;
  return (p) => {
    const share = p.totalBytes ? Math.min(1, p.bytesRead / p.totalBytes) : null;
    const eta = p.etaSeconds === null ? "" : ` eta ${Math.ceil(p.etaSeconds)} s`;
    const figures = `${p.rowsProcessed.toLocaleString("en")} rows, ${formatBytes(p.bytesRead)}${p.totalBytes ? ` of ${formatBytes(p.totalBytes)}` : ""}, ${Math.round(p.rate).toLocaleString("en")} rows/s${eta}`;
    if (tty) {
      const width = 30;
      const filled = share === null ? 0 : Math.round(share * width);
      const percent = share === null ? "" : ` ${(share * 100).toFixed(0).padStart(3)}%`;
      process.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}]${percent} ${figures}\x1b[K`);
      if (p.done) process.stderr.write("\n");
    } else if (p.done || performance.now() - lastLine >= 1000) {
      lastLine = performance.now();
      process.stderr.write(`progress: ${figures}\n`);
    }
  };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      campaign: { type: "string" },
      format: { type: "string", default: "auto" },
      rejected: { type: "string" },
      "batch-rows": { type: "string" },
    },
  });
  // `npm run` starts scripts in the project folder: paths are relative to where it was typed.
  const here = process.env.INIT_CWD ?? process.cwd();
  const file = positionals[0] === undefined ? undefined : path.resolve(here, positionals[0]);
  if (!file || positionals.length > 1) usage("name one file to import");
  const rejectedPath = values.rejected === undefined ? undefined : path.resolve(here, values.rejected);
  if (!values.campaign) usage("--campaign is required");
  const asked = values.format ?? "auto";
  if (!(FORMATS as readonly string[]).includes(asked)) usage(`unknown --format "${asked}"`);
  let format = asked as ImportFormat;
  if (format === "auto" && /\.(ndjson|jsonl)$/i.test(file)) format = "ndjson";

  let batchRows: number | undefined;
  if (values["batch-rows"] !== undefined) {
    batchRows = Number(values["batch-rows"]);
    if (!Number.isInteger(batchRows) || batchRows < 1) usage(`--batch-rows must be a whole number above 0, not "${values["batch-rows"]}"`);
  }

  let totalBytes: number;
  try {
    totalBytes = statSync(file).size;
  } catch {
    usage(`cannot read ${file}`);
  }

  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  await migrateDatabase(target);
  const prisma = createPrismaClient(target);

  // Written even when no row is rejected, so an old file is never mistaken for this run's.
  const rejectedOut: WriteStream | null = rejectedPath ? createWriteStream(rejectedPath) : null;
  rejectedOut?.write("line,field,reason,raw\r\n");
  const writeRejected = (cells: unknown[]) => rejectedOut?.write(`${cells.map(csvCell).join(",")}\r\n`);

  try {
    const report = await importPosts(prisma, {
      provider: target.provider,
      actor: SYSTEM_ACTOR,
      campaignSlug: values.campaign,
      source: createReadStream(file, { highWaterMark: 256 * 1024 }),
      format,
      totalBytes,
      batchRows,
      keepRejected: 20,
      onProgress: progressPrinter(),
      onRejected: (row) => writeRejected([row.line, row.field, row.reason, row.raw]),
    });
    if (rejectedOut) await new Promise<void>((resolve) => rejectedOut.end(resolve));

    console.log(`file:       ${path.basename(file)} (${report.format})`);
    console.log(`campaign:   ${report.campaignSlug}`);
    console.log(`rows read:  ${report.rowsRead}`);
    console.log(`inserted:   ${report.inserted}`);
    console.log(`duplicates: ${report.duplicates} (already in the database)`);
    console.log(`rejected:   ${report.rejected}${report.rejected && rejectedPath ? ` (written to ${rejectedPath})` : ""}`);
    console.log(`time:       ${report.seconds.toFixed(2)} s, ${report.rowsPerSecond.toLocaleString("en")} rows/s`);
    if (report.rejected && !rejectedPath) {
      for (const row of report.rejectedRows.slice(0, 5)) console.log(`  line ${row.line}: ${row.field} ${row.reason}`);
      if (report.rejected > 5) console.log("  ... (use --rejected <file.csv> to get them all)");
    }
    if (report.error) {
      console.error(`error: ${report.error.message}`);
      if (report.batchesCommitted === 0) console.error("nothing was stored: the database is as it was before the import.");
      else console.error(`run the same file again to resume: the ${report.inserted} posts stored will count as duplicates.`);
      process.exitCode = 1;
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
