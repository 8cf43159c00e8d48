/**
 * Demo mode loads the seeded France–Azerbaijan dataset and one account per role with
 * passwords printed in the README. It is on by default only for the embedded SQLite
 * database; an install pointed at PostgreSQL gets no default password unless it asks.
 */
export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.CAMPAIGN_TRACKER_DEMO?.trim().toLowerCase();
  if (flag === "1" || flag === "true") return true;
  if (flag === "0" || flag === "false") return false;
  return !env.DATABASE_URL?.trim();
}
