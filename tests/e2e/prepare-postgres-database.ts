// Recreates the PostgreSQL database the PostgreSQL e2e run serves, on the server that
// TEST_DATABASE_URL names, and prints its URL's name. Run before `npm start` by postgres.config.ts.
import pg from "pg";

const base = process.env.TEST_DATABASE_URL;
const name = process.env.E2E_POSTGRES_DATABASE ?? "ct_e2e";
if (!base) {
  console.error("TEST_DATABASE_URL is not set: the PostgreSQL end-to-end run needs a server.");
  process.exit(1);
}
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();
console.log(`recreated database ${name}`);
