/**
 * A small reader of a Prisma schema's models: which columns each model declares. Relation
 * fields (typed with another model) have no column of their own and are left out.
 */
export function declaredColumns(schema: string): Map<string, string[]> {
  const blocks = [...schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)];
  const modelNames = new Set(blocks.map((block) => block[1]!));
  const columns = new Map<string, string[]>();
  for (const [, name, body] of blocks) {
    const fields: string[] = [];
    for (const rawLine of body!.split("\n")) {
      const line = rawLine.replace(/\/\/.*$/, "").trim();
      if (!line || line.startsWith("@@")) continue;
      const [field, type] = line.split(/\s+/);
      if (!field || !type) continue;
      if (modelNames.has(type.replace(/[?[\]]/g, ""))) continue;
      fields.push(field);
    }
    columns.set(name!, fields);
  }
  return columns;
}
