import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

/**
 * The OASIS STIX 2.1 JSON schemas vendored in tests/fixtures/stix-schemas, compiled with
 * Ajv (draft 2020-12). Every file is added under its $id so relative $refs resolve. The only
 * `format` they use is "uri" (external references): ajv-formats is not installed, so it is
 * registered here as "parses as an absolute URL". Ajv's strict mode is off (the schemas use
 * keywords such as "definitions" that strict mode flags), and so are unicode regular expressions.
 */
const SCHEMA_ROOT = path.resolve(import.meta.dirname, "../fixtures/stix-schemas");

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(full);
    return entry.name.endsWith(".json") ? [full] : [];
  });
}

export function createStixValidators(): { validatorFor(type: string): ValidateFunction | null; schemaTypes: string[] } {
  // unicodeRegExp off: the schemas' patterns escape "-" (`\-`), which the `u` flag rejects.
  const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat("uri", (value: string) => {
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  });
  const typeToId = new Map<string, string>();
  for (const file of schemaFiles(SCHEMA_ROOT)) {
    const schema = JSON.parse(readFileSync(file, "utf8")) as { $id: string; title?: string };
    ajv.addSchema(schema);
    const relative = path.relative(SCHEMA_ROOT, file);
    if (relative.startsWith("sdos") || relative.startsWith("sros") || relative === path.join("common", "marking-definition.json")) {
      typeToId.set(path.basename(file, ".json"), schema.$id);
    }
  }
  return {
    schemaTypes: [...typeToId.keys()].sort(),
    validatorFor(type: string) {
      const id = typeToId.get(type);
      return id ? (ajv.getSchema(id) ?? null) : null;
    },
  };
}
