/** Where each provider's schema lives; migrations sit in a migrations/ folder beside it. */
export const SCHEMA_PATHS = {
  sqlite: "prisma/sqlite/schema.prisma",
  postgresql: "prisma/postgresql/schema.prisma",
} as const;

const HEADER =
  "// GENERATED from prisma/sqlite/schema.prisma by `npm run db:sync-schemas`. Do not edit.\n";

/**
 * The PostgreSQL schema is the SQLite one with two lines changed: the datasource provider
 * and the generated client's output folder. Anything else differing is a mistake.
 */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const swapped = sqliteSchema
    .replace(/(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(output\s*=\s*"[^"]*\/generated\/)sqlite"/, '$1postgresql"');
  if (!swapped.includes('"postgresql"') || !swapped.includes('/generated/postgresql"')) {
    throw new Error(`${SCHEMA_PATHS.sqlite}: could not find the datasource provider or the client output to swap`);
  }
  return HEADER + swapped;
}
