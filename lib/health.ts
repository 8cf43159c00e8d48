import "server-only";
import { databaseProvider, db } from "./db/client.ts";

export interface Health {
  status: "ok" | "error";
  database: "sqlite" | "postgresql";
}

/** Answers whether the database responds; never exposes error details. */
export async function checkHealth(): Promise<Health> {
  const database = databaseProvider();
  try {
    await db().$queryRaw`SELECT 1`;
    return { status: "ok", database };
  } catch {
    return { status: "error", database };
  }
}
