// Writes prisma/postgresql/schema.prisma from the canonical prisma/sqlite/schema.prisma.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { postgresSchemaFrom, SCHEMA_PATHS } from "../lib/db/schema-variants.ts";

const sqlite = readFileSync(SCHEMA_PATHS.sqlite, "utf8");
mkdirSync("prisma/postgresql", { recursive: true });
writeFileSync(SCHEMA_PATHS.postgresql, postgresSchemaFrom(sqlite));
console.log(`wrote ${SCHEMA_PATHS.postgresql} from ${SCHEMA_PATHS.sqlite}`);
