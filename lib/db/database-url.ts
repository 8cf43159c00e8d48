import path from "node:path";

/** The two databases one build of the app can run on. */
export type DatabaseProvider = "sqlite" | "postgresql";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

/** The embedded default: a SQLite file under data/ (git-ignored). */
export const DEFAULT_DATABASE_URL = "file:./data/campaign-tracker.db";

/**
 * Reads a DATABASE_URL and says which provider serves it. SQLite paths are made absolute
 * against the working directory, because the better-sqlite3 adapter would otherwise
 * resolve them differently from our migration runner.
 */
export function parseDatabaseUrl(raw: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
    return { provider: "postgresql", url };
  }
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/\?.*$/, "");
    if (!file) throw new Error(`DATABASE_URL "${url}" names no SQLite file`);
    const filePath = file === ":memory:" ? file : path.resolve(/*turbopackIgnore: true*/ cwd, file);
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:..."`,
  );
}
