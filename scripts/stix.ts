// `npm run stix -- export [--campaign <slug>] [--out <file>]`: writes a STIX 2.1 bundle (stdout by default).
// `npm run stix -- import <file>`: imports a STIX 2.1 bundle as the system (audit userId null) and
// prints what it did with every object. Exit code 1 when the bundle was refused, 2 on a usage error.
// Mapping and rules: docs/stix.md.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client.ts";
import { parseDatabaseUrl } from "../lib/db/database-url.ts";
import { migrateDatabase } from "../lib/db/migrate.ts";
import { loadDisarm } from "../lib/disarm/load-disarm.ts";
import { ValidationError } from "../lib/errors.ts";
import { exportStixBundle } from "../lib/stix/export-bundle.ts";
import { importStixBundle } from "../lib/stix/import-bundle.ts";
import { summarizeStixImport } from "../lib/stix/import-report.ts";
import { SYSTEM_ACTOR } from "../lib/users/system-actor.ts";

const USAGE = "usage: npm run stix -- export [--campaign <slug>] [--out <file>]\n       npm run stix -- import <file>";

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { campaign: { type: "string" }, out: { type: "string" } },
  });
  // `npm run` starts scripts in the project folder: paths are relative to where it was typed.
  const here = process.env.INIT_CWD ?? process.cwd();
  const [command, ...rest] = positionals;
  if (command !== "export" && command !== "import") usage(command ? `unknown command "${command}"` : "name a command");

  let bundleInput: unknown;
  if (command === "import") {
    if (rest.length !== 1) usage("name one bundle file to import");
    if (values.campaign || values.out) usage("--campaign and --out are for export");
    const file = path.resolve(here, rest[0]!);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      usage(`cannot read ${file}`);
    }
    try {
      bundleInput = JSON.parse(text);
    } catch (error) {
      console.error(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  } else if (rest.length > 0) {
    usage("export takes no file name (use --out)");
  }

  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  await migrateDatabase(target);
  const prisma = createPrismaClient(target);
  try {
    if (command === "export") {
      const bundle = await exportStixBundle(prisma, { campaignSlug: values.campaign });
      const json = `${JSON.stringify(bundle, null, 2)}\n`;
      if (values.out) {
        const out = path.resolve(here, values.out);
        writeFileSync(out, json);
        console.error(`wrote ${bundle.objects.length} objects to ${out} (${bundle.id})`);
      } else {
        process.stdout.write(json);
      }
      return;
    }
    // Attack-patterns are matched to DISARM's techniques: make sure they are loaded (idempotent).
    await loadDisarm(prisma);
    const report = await importStixBundle(prisma, { actor: SYSTEM_ACTOR, bundle: bundleInput });
    console.log(`bundle: ${report.bundleId}`);
    for (const outcome of ["created", "updated", "unchanged"] as const) {
      for (const item of report[outcome]) console.log(`${outcome.padEnd(9)} ${item.id} → ${item.record} ${item.recordId}`);
    }
    for (const item of report.skipped) console.log(`skipped   ${item.id}: ${item.reason}`);
    for (const item of report.unknown) console.log(`unknown   ${item.id} (type "${item.type}" is not understood)`);
    for (const warning of report.warnings) console.log(`warning   ${warning.id} ${warning.field}: ${warning.message}`);
    console.log(summarizeStixImport(report));
  } catch (error) {
    if (error instanceof ValidationError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
