import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Prisma, PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { DisarmBundleError, parseDisarmBundle, type DisarmBundle, type DisarmTacticRow, type DisarmTechniqueRow } from "./parse-disarm-bundle.ts";

/**
 * Loads DISARM's tactics and techniques (prisma/disarm/DISARM.json) into Tactic and Technique.
 * Runs at migrate time, at `npm start` and in the demo seed. Idempotent: rows are keyed by
 * DISARM's STIX ids; a run that finds everything equal writes nothing and no audit entry, an
 * updated file updates the rows that changed. Rows DISARM dropped are kept (campaigns may be
 * tagged with them). One transaction; nothing is half-written.
 */

export interface DisarmLoadSummary {
  tactics: number;
  techniques: number;
  created: number;
  updated: number;
}

export const DISARM_AUDIT_ACTION = "disarm.load";

/** Where the bundle lives, relative to the project root. */
export function defaultDisarmFile(root: string = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ root, "prisma", "disarm", "DISARM.json");
}

/** Reads and checks the bundle file; a missing or malformed file is a DisarmBundleError. */
export function readDisarmBundle(file: string = defaultDisarmFile()): DisarmBundle {
  if (!existsSync(file)) throw new DisarmBundleError(`DISARM bundle not found: ${file}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DisarmBundleError(`DISARM bundle ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return parseDisarmBundle(json);
  } catch (error) {
    if (error instanceof DisarmBundleError) throw new DisarmBundleError(`${file}: ${error.message}`);
    throw error;
  }
}

/** SQLite bounds the parameters of one statement; 200 rows x 10 columns stays far below it. */
const CHUNK_ROWS = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK_ROWS) out.push(items.slice(start, start + CHUNK_ROWS));
  return out;
}

function sameTactic(row: DisarmTacticRow, existing: DisarmTacticRow): boolean {
  return (
    row.externalId === existing.externalId &&
    row.name === existing.name &&
    row.shortname === existing.shortname &&
    row.description === existing.description &&
    row.position === existing.position &&
    row.url === existing.url
  );
}

function sameTechnique(row: DisarmTechniqueRow, existing: DisarmTechniqueRow): boolean {
  return (
    row.externalId === existing.externalId &&
    row.name === existing.name &&
    row.description === existing.description &&
    row.tacticId === existing.tacticId &&
    row.parentId === existing.parentId &&
    row.isSubtechnique === existing.isSubtechnique &&
    row.url === existing.url &&
    row.stixCreated.getTime() === existing.stixCreated.getTime() &&
    row.stixModified.getTime() === existing.stixModified.getTime()
  );
}

/**
 * Writes a parsed bundle inside a transaction the caller owns (the demo seed loads DISARM in
 * its own transaction). Audits the run when it created or updated a row.
 */
export async function writeDisarmBundle(tx: Prisma.TransactionClient, bundle: DisarmBundle): Promise<DisarmLoadSummary> {
  const existingTactics = new Map((await tx.tactic.findMany()).map((row) => [row.id, row]));
  const existingTechniques = new Map((await tx.technique.findMany()).map((row) => [row.id, row]));

  const newTactics = bundle.tactics.filter((row) => !existingTactics.has(row.id));
  const changedTactics = bundle.tactics.filter((row) => {
    const existing = existingTactics.get(row.id);
    return existing !== undefined && !sameTactic(row, existing);
  });
  const newTechniques = bundle.techniques.filter((row) => !existingTechniques.has(row.id));
  const changedTechniques = bundle.techniques.filter((row) => {
    const existing = existingTechniques.get(row.id);
    return existing !== undefined && !sameTechnique(row, existing);
  });

  let created = 0;
  for (const batch of chunks(newTactics)) created += (await tx.tactic.createMany({ data: batch })).count;
  for (const { id, ...data } of changedTactics) await tx.tactic.update({ where: { id }, data });
  // Parents first: a new sub-technique may point at a technique this run also creates.
  const newParents = newTechniques.filter((row) => row.parentId === null);
  const newChildren = newTechniques.filter((row) => row.parentId !== null);
  for (const batch of [...chunks(newParents), ...chunks(newChildren)]) created += (await tx.technique.createMany({ data: batch })).count;
  for (const { id, ...data } of changedTechniques) await tx.technique.update({ where: { id }, data });

  const summary: DisarmLoadSummary = {
    tactics: bundle.tactics.length,
    techniques: bundle.techniques.length,
    created,
    updated: changedTactics.length + changedTechniques.length,
  };
  if (summary.created > 0 || summary.updated > 0) {
    await writeAudit(tx, {
      userId: null,
      action: DISARM_AUDIT_ACTION,
      entityType: "disarm",
      after: {
        ...summary,
        createdIds: [...newTactics, ...newTechniques].map((row) => row.externalId),
        updatedIds: [...changedTactics, ...changedTechniques].map((row) => row.externalId),
      },
    });
  }
  return summary;
}

/** Reads prisma/disarm/DISARM.json (or `options.file`) and loads it in one transaction. */
export async function loadDisarm(prisma: PrismaClient, options: { file?: string } = {}): Promise<DisarmLoadSummary> {
  const bundle = readDisarmBundle(options.file);
  return prisma.$transaction((tx) => writeDisarmBundle(tx, bundle), { maxWait: 10_000, timeout: 60_000 });
}
