// `npm run user:create -- --email someone@example.org --role admin [--name "Full Name"]`:
// creates a user with a password, e.g. the first admin of an installation outside demo mode.
// The password is typed at a prompt that does not echo it, or piped on stdin
// (`printf '%s\n' "$PASSWORD" | npm run user:create -- ...`); never given as an argument,
// where it would end up in the shell history and in the process list.
import { parseArgs } from "node:util";
import { parseDatabaseUrl } from "../lib/db/database-url.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { migrateDatabase } from "../lib/db/migrate.ts";
import { ROLES } from "../lib/auth/permissions.ts";
import { ValidationError } from "../lib/errors.ts";
import { createUser } from "../lib/users/create-user.ts";
import { SYSTEM_ACTOR } from "../lib/users/system-actor.ts";
import { emailField, nameField, passwordField, roleField } from "../lib/users/user-fields.ts";

const USAGE = `usage: npm run user:create -- --email <email> --role <${ROLES.join("|")}> [--name "<name>"]
The password is read from a prompt (not echoed) or, when piped, from the first line of stdin.`;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function readArguments(argv: string[]) {
  if (argv.some((arg) => /^--?password(=|$)/i.test(arg) || /^--?pass(=|$)/i.test(arg))) {
    fail("passwords are never taken from the command line (they would be kept in the shell history and shown by ps); type it at the prompt or pipe it on stdin");
  }
  let values: { email?: string; role?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const email = emailField.safeParse(values.email ?? "");
  if (!email.success) fail(`--email: ${email.error.issues[0]?.message ?? "invalid"}`);
  const role = roleField.safeParse(values.role);
  if (!role.success) fail(`--role: ${values.role === undefined ? "missing" : `"${values.role}" is not a role`}; choose one of ${ROLES.join(", ")}`);
  // Without --name, the part of the email before the @ stands in until an admin renames the user.
  const name = nameField.safeParse(values.name ?? email.data.split("@")[0]);
  if (!name.success) fail(`--name: ${name.error.issues[0]?.message ?? "invalid"}`);
  return { email: email.data, role: role.data, name: name.data };
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(label: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (error?: Error) => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003" || (char === "\u0004" && value === "")) return finish(new UsageError("cancelled"));
        if (char === "\u0004") return finish();
        if (char === "\u007f" || char === "\b") {
          value = [...value].slice(0, -1).join("");
          continue;
        }
        if (char < " ") continue;
        value += char;
      }
    };
    // Raw mode (no echo) before the label, so nothing typed after seeing it is echoed.
    input.setRawMode(true);
    input.setEncoding("utf8");
    input.on("data", onData);
    input.resume();
    process.stderr.write(label);
  });
}

/** The first line of a piped stdin (the line break is not part of the password). */
async function readPipedLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

async function readPassword(email: string): Promise<string> {
  const password = process.stdin.isTTY ? await promptHidden(`Password for ${email}: `) : await readPipedLine();
  const checked = passwordField.safeParse(password);
  if (!checked.success) fail(`password: ${checked.error.issues[0]?.message ?? "invalid"}`);
  if (process.stdin.isTTY && (await promptHidden("Repeat the password: ")) !== password) fail("the two passwords differ");
  return password;
}

async function main() {
  const args = readArguments(process.argv.slice(2));
  const password = await readPassword(args.email);
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  await migrateDatabase(target);
  const prisma = createPrismaClient(target);
  try {
    const user = await createUser(prisma, SYSTEM_ACTOR, { ...args, password });
    console.log(`Created ${user.role} ${user.email} ("${user.name}", id ${user.id}) in the ${target.provider} database.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}\n${USAGE}`);
  } else if (error instanceof ValidationError) {
    const details = Object.entries(error.fieldErrors).map(([field, messages]) => `  ${field}: ${messages.join("; ")}`);
    console.error(`error: ${error.message}${details.length ? `\n${details.join("\n")}` : ""}`);
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
