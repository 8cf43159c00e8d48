import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/openapi.json/route.ts";
import { openApiDocument } from "@/lib/api/openapi.ts";
import { hasPermission, ROLES, type Permission } from "@/lib/auth/permissions.ts";
import { disconnectDb } from "@/lib/db/client.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";
import { apiRequest, createApiWorld, pointRoutesAt, type ApiWorld } from "../helpers/api-world.ts";

/**
 * The OpenAPI document is the contract: for every documented path and method, the real route
 * handler is called against a real database, once per documented status we can provoke
 * (200, 400, 401, 403, 404), and the answer must have that status and a body the documented
 * schema accepts. Every route file under app/api/v1 must be documented, and vice versa.
 */

const doc = openApiDocument();
const V1 = path.resolve(import.meta.dirname, "../../app/api/v1");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Operation {
  operationId: string;
  "x-permission": Permission;
  parameters?: { name: string; in: string }[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
}

/** app/api/v1/campaigns/[slug]/posts/route.ts → /api/v1/campaigns/{slug}/posts */
function routeFiles(dir: string): { file: string; apiPath: string }[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    if (entry !== "route.ts") return [];
    const relative = path.relative(V1, path.dirname(full)).split(path.sep).filter(Boolean);
    return [{ file: full, apiPath: `/api/v1/${relative.map((part) => part.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`.replace(/\/$/, "") }];
  });
}

const files = routeFiles(V1);
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Refs rewritten to $defs so Ajv compiles the component schemas in strict mode. */
function ajvWithComponents() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  const rewritten = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll("#/components/schemas/", "#/$defs/")) as Record<string, unknown>;
  ajv.addSchema({ $id: "https://campaign-tracker.test/api", $defs: rewritten });
  return ajv;
}

function responseSchema(operation: Operation, status: string): unknown | null {
  let response = operation.responses[status];
  if (!response) throw new Error(`status ${status} not documented`);
  if (response.$ref) response = (doc.components.responses as Record<string, typeof response>)[response.$ref.split("/").pop()!]!;
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) return null;
  return JSON.parse(JSON.stringify(schema).replaceAll("#/components/schemas/", "https://campaign-tracker.test/api#/$defs/"));
}

describe("the OpenAPI document", () => {
  it("documents every route file under app/api/v1, and nothing else", async () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const documented = Object.keys(doc.paths).filter((key) => key.startsWith("/api/v1/"));
    expect(files.map((entry) => entry.apiPath).sort()).toEqual(documented.sort());
    for (const { file, apiPath } of files) {
      const routeModule = (await import(file)) as Record<string, unknown>;
      const exported = METHODS.filter((method) => typeof routeModule[method.toUpperCase()] === "function");
      expect(exported, apiPath).toEqual(METHODS.filter((method) => doc.paths[apiPath]?.[method]));
    }
  });

  it("is OpenAPI 3.1 with a bearer scheme, every schema compiles, and /api/openapi.json serves it without auth", async () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    const ajv = ajvWithComponents();
    for (const name of Object.keys(doc.components.schemas)) expect(ajv.getSchema(`https://campaign-tracker.test/api#/$defs/${name}`), name).toBeTypeOf("function");
    const response = openApiRoute();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

withTestDatabases((ctx) => {
  let world: ApiWorld;
  const ajv = ajvWithComponents();
  beforeAll(async () => {
    await pointRoutesAt(ctx.target());
    world = await createApiWorld(ctx.prisma());
  });
  afterAll(async () => {
    await disconnectDb();
  });

  /** Query strings that make a documented 200 exercise the filters, and a 400 for each route that documents one. */
  const validQuery: Record<string, string> = {
    listCampaignPosts: "?page=1&pageSize=2&platform=x&from=2024-05-01&to=2024-06-30&q=paris",
    getCampaignVolume: "?bucket=day&split=platform&from=2024-05-01&to=2024-05-31",
    importPosts: "?format=csv",
  };
  const invalidQuery: Record<string, string> = {
    listCampaignPosts: "?pageSize=1000&platform=myspace&from=yesterday&color=red",
    getCampaignVolume: "?bucket=year",
    importPosts: "?format=xml",
  };
  const importBody = () => `platform,platform_post_id,posted_at,text\nx,contract-${Math.random().toString(36).slice(2)},2024-07-01T10:00:00Z,"=1+1"\n`;
  /** A minimal STIX bundle: one new campaign each time. */
  const stixBody = () => {
    const uuid = crypto.randomUUID();
    return JSON.stringify({
      type: "bundle",
      id: `bundle--${uuid}`,
      objects: [{ type: "campaign", spec_version: "2.1", id: `campaign--${uuid}`, created: "2024-05-01T00:00:00.000Z", modified: "2024-05-01T00:00:00.000Z", name: `Contract ${uuid}` }],
    });
  };
  /** Request bodies per POST operation (valid, and one that must be refused with 400). */
  const bodies: Record<string, { type: string; valid: () => string; invalid?: string }> = {
    importPosts: { type: "text/csv", valid: importBody },
    importStixBundle: { type: "application/stix+json", valid: stixBody, invalid: JSON.stringify({ type: "bundle", id: "bundle--x", objects: [{ type: "campaign", id: "campaign--nope" }] }) },
  };

  function cases() {
    return Object.entries(doc.paths).flatMap(([apiPath, item]) =>
      METHODS.flatMap((method) => (item[method] ? [{ apiPath, method, operation: item[method] as Operation }] : [])),
    );
  }

  async function call(apiPath: string, method: string, token: string | null, options: { query?: string; missing?: boolean; invalidBody?: boolean } = {}) {
    const file = files.find((entry) => entry.apiPath === apiPath);
    if (!file) throw new Error(`no route file for ${apiPath}`);
    const handler = ((await import(file.file)) as Record<string, Handler>)[method.toUpperCase()]!;
    const values: Record<string, string> = options.missing ? { slug: "no-such-campaign", id: "no-such-claim" } : { slug: world.campaignSlug, id: world.claimId };
    const names = [...apiPath.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    const routeParams = Object.fromEntries(names.map((name) => [name, values[name]!]));
    const url = names.reduce((text, name) => text.replace(`{${name}}`, encodeURIComponent(routeParams[name]!)), apiPath) + (options.query ?? "");
    let init: RequestInit = {};
    if (method === "post") {
      const operation = doc.paths[apiPath]!.post as Operation;
      const body = bodies[operation.operationId];
      if (!body) throw new Error(`${operation.operationId}: give a request body`);
      init = { method: "POST", body: options.invalidBody ? body.invalid : body.valid(), headers: { "content-type": body.type } };
    }
    return handler(apiRequest(url, token, init), { params: Promise.resolve(routeParams) });
  }

  async function expectDocumented(operation: Operation, status: string, response: Response) {
    expect(response.status, `${operation.operationId} → ${status}`).toBe(Number(status));
    const schema = responseSchema(operation, status);
    if (schema === null) {
      const type = Object.keys((operation.responses[status] as { content: Record<string, unknown> }).content)[0]!;
      expect(response.headers.get("content-type")).toContain(type);
      const text = await response.text();
      expect(text.length).toBeGreaterThan(0);
      return text;
    }
    expect(response.headers.get("content-type")).toContain("application/json");
    const body: unknown = await response.json();
    const validate = ajv.compile(schema as object);
    expect(validate(body) ? [] : validate.errors, `${operation.operationId} ${status} body`).toEqual([]);
    return body;
  }

  it("every documented operation answers 200 with a body its schema accepts", async () => {
    for (const { apiPath, method, operation } of cases()) {
      const permission = operation["x-permission"];
      const role = ROLES.find((candidate) => hasPermission(candidate, permission))!;
      const body = await expectDocumented(operation, "200", await call(apiPath, method, world.tokens[role], { query: validQuery[operation.operationId] }));
      if (operation.operationId === "listCampaignPosts") {
        // platform=x, May-June, text containing "paris": only the first post.
        expect(body).toMatchObject({ total: 1, posts: [{ platform: "x", text: "Boycott the Paris Olympics" }] });
      }
      if (operation.operationId === "getAttribution") expect(body).toMatchObject({ id: world.claimId, history: [{ version: 1 }, { version: 2 }] });
    }
  });

  it("every documented 401, 403, 404 and 400 happens as documented, with the error schema", async () => {
    let checked = 0;
    for (const { apiPath, method, operation } of cases()) {
      const statuses = Object.keys(operation.responses);
      const permission = operation["x-permission"];
      const allowed = ROLES.find((candidate) => hasPermission(candidate, permission))!;
      if (statuses.includes("401")) {
        const response = await call(apiPath, method, null);
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
        await expectDocumented(operation, "401", response);
        checked++;
      }
      const refused = ROLES.find((candidate) => !hasPermission(candidate, permission));
      if (statuses.includes("403") && refused) {
        await expectDocumented(operation, "403", await call(apiPath, method, world.tokens[refused]));
        checked++;
      }
      if (statuses.includes("404")) {
        await expectDocumented(operation, "404", await call(apiPath, method, world.tokens[allowed], { missing: true }));
        checked++;
      }
      if (statuses.includes("400")) {
        const query = invalidQuery[operation.operationId];
        const invalidBody = bodies[operation.operationId]?.invalid !== undefined;
        expect(query !== undefined || invalidBody, `${operation.operationId} documents 400: give an invalid query or body`).toBe(true);
        const body = (await expectDocumented(operation, "400", await call(apiPath, method, world.tokens[allowed], { query, invalidBody }))) as { error: { fields?: Record<string, string[]> } };
        expect(Object.keys(body.error.fields ?? {}).length).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it("a bad posts query names every bad parameter", async () => {
    const operation = doc.paths["/api/v1/campaigns/{slug}/posts"]!.get as Operation;
    const body = (await expectDocumented(operation, "400", await call("/api/v1/campaigns/{slug}/posts", "get", world.tokens.viewer, { query: invalidQuery.listCampaignPosts }))) as {
      error: { fields: Record<string, string[]> };
    };
    expect(Object.keys(body.error.fields).sort()).toEqual(["color", "from", "pageSize", "platform"]);
  });
});
