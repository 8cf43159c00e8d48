import { AttributionStatus, CampaignStatus, DatePrecision, Platform, ResponseStance } from "../db/generated/sqlite/enums.ts";
import { BUCKET_UNITS } from "../stats/time-buckets.ts";
import { API_ERROR_CODES } from "./api-errors.ts";
import { API_DEFAULT_PAGE_SIZE, API_MAX_PAGE_SIZE } from "./api-params.ts";
import { STIX_IMPORT_MAX_BYTES, STIX_MEDIA_TYPE } from "../stix/stix-types.ts";

/**
 * The OpenAPI 3.1 document of /api/v1, built here as a plain object (served at
 * /api/openapi.json). Schemas are JSON Schema 2020-12 and describe exactly what presenters.ts
 * returns (the contract test validates every documented route's answers against them). To
 * add routes, add entries to `paths` (and schemas to `schemas`).
 */

type JsonSchema = Record<string, unknown>;

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string, extra: JsonSchema = {}): JsonSchema => ({ type: [type, "null"], ...extra });
const dateTime: JsonSchema = { type: "string", format: "date-time" };
const nullableDateTime: JsonSchema = { type: ["string", "null"], format: "date-time" };
const enumOf = (values: readonly string[]): JsonSchema => ({ type: "string", enum: [...values] });

/** An object whose every property is required and nothing else is allowed. */
function closed(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return { type: "object", ...(description ? { description } : {}), properties, required: Object.keys(properties), additionalProperties: false };
}

const platforms = Object.values(Platform);
const confidence: JsonSchema = { type: "integer", minimum: 0, maximum: 100, description: "STIX 2.1 confidence, 0-100" };

const schemas: Record<string, JsonSchema> = {
  Error: closed({
    error: {
      type: "object",
      properties: {
        code: enumOf(API_ERROR_CODES),
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } }, description: "Per query parameter (or body field), what is wrong with it" },
      },
      required: ["code", "message"],
      additionalProperties: false,
    },
  }),
  PlatformCount: closed({ platform: enumOf(platforms), posts: { type: "integer", minimum: 0 } }),
  CampaignSummary: closed({
    slug: { type: "string" },
    name: { type: "string" },
    summary: { type: "string" },
    status: enumOf(Object.values(CampaignStatus)),
    targets: { type: "array", items: { type: "string" } },
    postCount: { type: "integer", minimum: 0 },
    syntheticPostCount: { type: "integer", minimum: 0, description: "Posts generated for the demo, not collected" },
    firstPostAt: nullableDateTime,
    lastPostAt: nullableDateTime,
    platforms: { type: "array", items: ref("PlatformCount") },
    claimCount: { type: "integer", minimum: 0 },
    leadingClaim: {
      oneOf: [
        { type: "null" },
        closed({ status: enumOf(Object.values(AttributionStatus)), confidence, confidenceWords: { type: "string" }, actor: { type: "string" }, claimant: { type: "string" } }),
      ],
    },
  }),
  CampaignList: closed({ campaigns: { type: "array", items: ref("CampaignSummary") } }),
  SourceSummary: closed({ id: { type: "string" }, title: { type: "string" }, publisher: { type: "string" }, url: nullable("string"), publishedAt: nullableDateTime }),
  Source: closed({
    id: { type: "string" },
    title: { type: "string" },
    publisher: { type: "string" },
    url: nullable("string"),
    publishedAt: nullableDateTime,
    kind: { type: "string" },
    reliability: nullable("string", { description: "Admiralty source reliability A-F" }),
    credibility: nullable("integer", { description: "Admiralty information credibility 1-6" }),
  }),
  CampaignDetail: closed({
    slug: { type: "string" },
    name: { type: "string" },
    summary: { type: "string" },
    status: enumOf(Object.values(CampaignStatus)),
    firstSeenAt: nullableDateTime,
    lastSeenAt: nullableDateTime,
    targets: { type: "array", items: closed({ name: { type: "string" }, kind: { type: "string" } }) },
    narratives: { type: "array", items: closed({ slug: { type: "string" }, statement: { type: "string" } }) },
    platforms: { type: "array", items: enumOf(platforms) },
    posts: closed({
      total: { type: "integer", minimum: 0 },
      synthetic: { type: "integer", minimum: 0 },
      firstPostAt: nullableDateTime,
      lastPostAt: nullableDateTime,
      byPlatform: { type: "array", items: ref("PlatformCount") },
      languages: { type: "array", items: { type: "string" } },
    }),
    networks: { type: "array", items: closed({ slug: { type: "string" }, name: { type: "string" }, accounts: { type: "integer", minimum: 0 } }) },
    events: {
      type: "array",
      items: closed({
        occurredAt: dateTime,
        datePrecision: enumOf(Object.values(DatePrecision)),
        title: { type: "string" },
        description: nullable("string"),
        sources: { type: "array", items: ref("SourceSummary") },
      }),
    },
    sources: { type: "array", items: ref("SourceSummary") },
    attributions: {
      type: "array",
      items: closed({
        id: { type: "string" },
        status: enumOf(Object.values(AttributionStatus)),
        confidence,
        confidenceWords: { type: "string" },
        actor: { type: "string" },
        claimant: { type: "string" },
      }),
    },
  }),
  Post: closed(
    {
      id: { type: "string" },
      platform: enumOf(platforms),
      platformPostId: { type: "string" },
      url: nullable("string"),
      postedAt: dateTime,
      text: { type: "string", description: "The post's words: hostile content, show as text only" },
      language: nullable("string"),
      likes: { type: "integer", minimum: 0 },
      shares: { type: "integer", minimum: 0 },
      replies: { type: "integer", minimum: 0 },
      views: nullable("integer"),
      isRepost: { type: "boolean" },
      doctoredMedia: { type: "boolean" },
      mediaHash: nullable("string"),
      synthetic: { type: "boolean" },
      account: { oneOf: [{ type: "null" }, closed({ handle: { type: "string" }, displayName: nullable("string"), synthetic: { type: "boolean" } })] },
    },
    "A post. Its text and account fields are the campaign's own content.",
  ),
  PostPage: closed({
    campaign: { type: "string" },
    page: { type: "integer", minimum: 1 },
    pageSize: { type: "integer", minimum: 1, maximum: API_MAX_PAGE_SIZE },
    total: { type: "integer", minimum: 0, description: "Posts matching the filters" },
    pageCount: { type: "integer", minimum: 1 },
    posts: { type: "array", items: ref("Post") },
  }),
  VolumeSeries: closed({
    campaign: { type: "string" },
    unit: enumOf(BUCKET_UNITS),
    from: nullableDateTime,
    to: nullableDateTime,
    series: {
      type: "array",
      items: closed({
        key: { type: "string", description: `"all", or a platform when split=platform` },
        points: { type: "array", items: closed({ t: { ...dateTime, description: "Bucket start (UTC)" }, n: { type: "integer", minimum: 0 } }) },
      }),
    },
  }),
  Attribution: closed({
    id: { type: "string" },
    campaign: { oneOf: [{ type: "null" }, closed({ slug: { type: "string" }, name: { type: "string" } })] },
    network: { oneOf: [{ type: "null" }, closed({ slug: { type: "string" }, name: { type: "string" } })] },
    actor: closed({ slug: { type: "string" }, name: { type: "string" }, kind: { type: "string" }, country: nullable("string") }),
    claimant: closed({ slug: { type: "string" }, name: { type: "string" }, kind: { type: "string" } }),
    status: enumOf(Object.values(AttributionStatus)),
    confidence,
    confidenceWords: { type: "string", description: "ICD 203 estimative words" },
    rationale: { type: "string" },
    claimedAt: nullableDateTime,
    version: { type: "integer", minimum: 1 },
    createdAt: dateTime,
    updatedAt: dateTime,
    sources: { type: "array", items: ref("Source") },
    history: {
      type: "array",
      description: "Every change, oldest first; the first records the claim's creation",
      items: closed({
        version: { type: "integer", minimum: 1 },
        changedAt: dateTime,
        changedBy: nullable("string"),
        fromStatus: { oneOf: [{ type: "null" }, enumOf(Object.values(AttributionStatus))] },
        toStatus: enumOf(Object.values(AttributionStatus)),
        fromConfidence: { oneOf: [{ type: "null" }, confidence] },
        toConfidence: confidence,
        rationale: { type: "string" },
        sources: { type: "array", items: ref("Source") },
      }),
    },
    responses: {
      type: "array",
      description: "The accused side's public answers (denials ...)",
      items: closed({
        actor: { type: "string" },
        spokesperson: nullable("string"),
        stance: enumOf(Object.values(ResponseStance)),
        statement: { type: "string" },
        statedAt: nullableDateTime,
        source: { oneOf: [{ type: "null" }, ref("Source")] },
      }),
    },
  }),
  AttributionList: closed({ campaign: { type: "string" }, attributions: { type: "array", items: ref("Attribution") } }),
  ImportReport: closed({
    campaignSlug: { type: "string" },
    format: enumOf(["csv", "ndjson", "x-io", "mapped"]),
    rowsRead: { type: "integer", minimum: 0 },
    inserted: { type: "integer", minimum: 0 },
    duplicates: { type: "integer", minimum: 0, description: "Posts already stored (same platform and platform id), left untouched" },
    rejected: { type: "integer", minimum: 0 },
    seconds: { type: "number", minimum: 0 },
    rowsPerSecond: { type: "number", minimum: 0 },
    stored: { type: "boolean", description: "False: nothing was stored (the file was refused)" },
    error: {
      oneOf: [{ type: "null" }, closed({ code: { type: "string" }, message: { type: "string" }, line: nullable("integer") })],
    },
    rejectedRows: {
      type: "array",
      description: "The first 1,000 rejected rows",
      items: closed({ line: { type: "integer" }, field: { type: "string" }, reason: { type: "string" }, raw: { type: "string" } }),
    },
  }),
  StixImportedObject: closed({
    index: { type: "integer", minimum: 0, description: "Position in the bundle's objects" },
    type: { type: "string" },
    id: { type: "string" },
    record: { type: "string", description: "The table written" },
    recordId: { type: "string" },
  }),
  StixImportReport: closed(
    {
      bundleId: { type: "string" },
      created: { type: "array", items: ref("StixImportedObject") },
      updated: { type: "array", items: ref("StixImportedObject") },
      unchanged: { type: "array", items: ref("StixImportedObject") },
      skipped: { type: "array", items: closed({ index: { type: "integer" }, type: { type: "string" }, id: { type: "string" }, reason: { type: "string" } }) },
      unknown: { type: "array", items: closed({ index: { type: "integer" }, type: { type: "string" }, id: { type: "string" } }), description: "Objects of types the importer does not understand" },
      warnings: { type: "array", items: closed({ index: { type: "integer" }, id: { type: "string" }, field: { type: "string" }, message: { type: "string" } }) },
      auditLogId: { type: ["string", "null"], description: "The audit entry of the import; null when nothing changed" },
    },
    "What a STIX import did with every object of the bundle (docs/stix.md)",
  ),
};

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });

const responses = {
  BadRequest: errorResponse("A query parameter is invalid; `error.fields` names each one"),
  Unauthorized: {
    ...errorResponse("No token, or an unknown, revoked or expired one, or its user is deactivated"),
    headers: { "WWW-Authenticate": { schema: { type: "string" }, description: `Bearer realm="campaign-tracker"` } },
  },
  Forbidden: errorResponse("The token's user's current role lacks the permission"),
  NotFound: errorResponse("No such campaign or attribution"),
};

const slugParameter = { name: "slug", in: "path", required: true, description: "The campaign's slug", schema: { type: "string" } };

const json = (schema: string, description: string) => ({ description, content: { "application/json": { schema: ref(schema) } } });
const stixBundle = (description: string) => ({ description, content: { [STIX_MEDIA_TYPE]: { schema: { type: "object", required: ["type", "id", "objects"] } } } });
const csv = (description: string) => ({ description, content: { "text/csv": { schema: { type: "string" } } } });
const errors = (...codes: (400 | 401 | 403 | 404)[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      { $ref: `#/components/responses/${code === 400 ? "BadRequest" : code === 401 ? "Unauthorized" : code === 403 ? "Forbidden" : "NotFound"}` },
    ]),
  );

const query = (name: string, description: string, schema: JsonSchema) => ({ name, in: "query", required: false, description, schema });
const dateParam = (name: "from" | "to") =>
  query(
    name,
    name === "from" ? "Range start, inclusive: YYYY-MM-DD (UTC) or an ISO date-time" : "Range end: YYYY-MM-DD (inclusive day, UTC) or an ISO date-time (exclusive)",
    { type: "string" },
  );

function exportPath(kind: "posts" | "accounts" | "attributions", description: string) {
  return {
    get: {
      operationId: `export${kind[0]!.toUpperCase()}${kind.slice(1)}Csv`,
      tags: ["exports"],
      summary: `The campaign's ${kind} as CSV (streamed)`,
      description,
      "x-permission": "export:read",
      parameters: [slugParameter],
      responses: { "200": csv(`${kind}.csv`), ...errors(401, 403, 404) },
    },
  };
}

const paths: Record<string, Record<string, unknown>> = {
  "/api/v1/campaigns": {
    get: {
      operationId: "listCampaigns",
      tags: ["campaigns"],
      summary: "Every campaign with post and claim counts",
      "x-permission": "dashboard:read",
      responses: { "200": json("CampaignList", "The campaigns, most recently active first"), ...errors(401, 403) },
    },
  },
  "/api/v1/campaigns/{slug}": {
    get: {
      operationId: "getCampaign",
      tags: ["campaigns"],
      summary: "One campaign: post statistics, targets, narratives, networks, events, sources, claims",
      "x-permission": "dashboard:read",
      parameters: [slugParameter],
      responses: { "200": json("CampaignDetail", "The campaign"), ...errors(401, 403, 404) },
    },
  },
  "/api/v1/campaigns/{slug}/posts": {
    get: {
      operationId: "listCampaignPosts",
      tags: ["posts"],
      summary: "A page of the campaign's posts, newest first",
      description: "Unknown parameters are refused (400) so that a misspelt filter is never silently ignored.",
      "x-permission": "dashboard:read",
      parameters: [
        slugParameter,
        query("page", "Page number, from 1", { type: "integer", minimum: 1, default: 1 }),
        query("pageSize", `Posts per page (max ${API_MAX_PAGE_SIZE})`, { type: "integer", minimum: 1, maximum: API_MAX_PAGE_SIZE, default: API_DEFAULT_PAGE_SIZE }),
        query("platform", "Only this platform", enumOf(platforms)),
        dateParam("from"),
        dateParam("to"),
        query("q", "Only posts whose text contains this (case-insensitive)", { type: "string", maxLength: 200 }),
      ],
      responses: { "200": json("PostPage", "The page"), ...errors(400, 401, 403, 404) },
    },
  },
  "/api/v1/campaigns/{slug}/volume": {
    get: {
      operationId: "getCampaignVolume",
      tags: ["posts"],
      summary: "Posts per hour, day or week (zero-filled), split by platform or not",
      "x-permission": "dashboard:read",
      parameters: [
        slugParameter,
        query("bucket", "Bucket size; by default chosen from the range", enumOf(BUCKET_UNITS)),
        query("split", "One series per platform, or one in all", { type: "string", enum: ["platform", "none"], default: "platform" }),
        query("platform", "Only this platform", enumOf(platforms)),
        query("language", "Only this language (BCP 47)", { type: "string", maxLength: 35 }),
        dateParam("from"),
        dateParam("to"),
      ],
      responses: { "200": json("VolumeSeries", "The series"), ...errors(400, 401, 403, 404) },
    },
  },
  "/api/v1/campaigns/{slug}/attributions": {
    get: {
      operationId: "listCampaignAttributions",
      tags: ["attributions"],
      summary: "The campaign's attribution claims with sources, full history and answers",
      "x-permission": "dashboard:read",
      parameters: [slugParameter],
      responses: { "200": json("AttributionList", "The claims, highest confidence first"), ...errors(401, 403, 404) },
    },
  },
  "/api/v1/attributions/{id}": {
    get: {
      operationId: "getAttribution",
      tags: ["attributions"],
      summary: "One attribution claim with sources, full history and answers",
      "x-permission": "dashboard:read",
      parameters: [{ name: "id", in: "path", required: true, description: "The claim's id", schema: { type: "string" } }],
      responses: { "200": json("Attribution", "The claim"), ...errors(401, 403, 404) },
    },
  },
  "/api/v1/campaigns/{slug}/imports": {
    post: {
      operationId: "importPosts",
      tags: ["imports"],
      summary: "Import a file of posts into the campaign (all or nothing)",
      description:
        "The request body is the file (formats: docs/import-format.md), at most 100 MiB. One transaction: the file is stored whole or not at all; posts already stored are counted as duplicates; rejected rows are reported with their line, field and reason. Audited as the token's user.",
      "x-permission": "records:write",
      parameters: [
        slugParameter,
        query("format", "File format; auto reads NDJSON when the Content-Type is application/x-ndjson, otherwise CSV (the project's or an X archive's, from the header)", {
          type: "string",
          enum: ["csv", "ndjson", "x-io", "auto"],
          default: "auto",
        }),
      ],
      requestBody: {
        required: true,
        content: {
          "text/csv": { schema: { type: "string" } },
          "application/x-ndjson": { schema: { type: "string" } },
          "application/octet-stream": { schema: { type: "string" } },
        },
      },
      responses: {
        "200": json("ImportReport", "Stored: the report"),
        ...errors(400, 401, 403, 404),
        "413": errorResponse("The body is over the size limit; nothing was stored"),
        "422": json("ImportReport", "The file was refused (bad header, not UTF-8, truncated ...); nothing was stored"),
      },
    },
  },
  "/api/v1/campaigns/{slug}/exports/posts.csv": exportPath(
    "posts",
    "Oldest first, in the import CSV format (docs/import-format.md), so the file can be imported again, plus a `synthetic` column the importer ignores. Text cells starting with = + - @ are prefixed with an apostrophe.",
  ),
  "/api/v1/campaigns/{slug}/exports/accounts.csv": exportPath(
    "accounts",
    "The accounts that posted in the campaign: platform, handle, display_name, platform_account_id, followers, account_created_at, synthetic, first_seen_at, networks, campaign_posts, first_post_at, last_post_at.",
  ),
  "/api/v1/campaigns/{slug}/exports/attributions.csv": exportPath(
    "attributions",
    "One row per claim: id, status, confidence, confidence_words, actor, actor_kind, claimant, claimant_kind, network, rationale, claimed_at, version, last_changed_at, last_changed_by, sources, source_urls, responses.",
  ),
  "/api/v1/stix": {
    get: {
      operationId: "exportStixBundle",
      tags: ["stix"],
      summary: "Everything as one STIX 2.1 bundle",
      description:
        "Campaigns, intrusion sets (networks), threat actors, identities (investigating bodies), attributed-to relationships with confidence and x_campaign_tracker_status, reports (sources), DISARM attack-patterns, notes and opinions. Ids are stable across exports. See docs/stix.md.",
      "x-permission": "export:read",
      responses: { "200": stixBundle("The bundle"), ...errors(401, 403) },
    },
  },
  "/api/v1/campaigns/{slug}/stix": {
    get: {
      operationId: "exportCampaignStixBundle",
      tags: ["stix"],
      summary: "One campaign and everything it refers to as a STIX 2.1 bundle",
      "x-permission": "export:read",
      parameters: [slugParameter],
      responses: { "200": stixBundle("The bundle"), ...errors(401, 403, 404) },
    },
  },
  "/api/v1/stix/imports": {
    post: {
      operationId: "importStixBundle",
      tags: ["stix", "imports"],
      summary: "Import a STIX 2.1 bundle (e.g. exported by OpenCTI)",
      description: `Creates or updates the matching records in one transaction; a re-import changes nothing. Objects of unknown types are listed in \`unknown\`, not dropped silently. Claims in a bundle also need attribution:change-status (they arrive with a status). At most ${STIX_IMPORT_MAX_BYTES / 1024 / 1024} MiB.`,
      "x-permission": "records:write",
      requestBody: {
        required: true,
        content: { "application/stix+json": { schema: { type: "object" } }, "application/json": { schema: { type: "object" } } },
      },
      responses: {
        "200": json("StixImportReport", "What was created, updated, unchanged, skipped or not understood"),
        "400": errorResponse("The body is not a STIX 2.1 bundle; `error.fields` names each problem (objects[i] (id).field)"),
        ...errors(401, 403),
        "413": errorResponse("The body is over the size limit; nothing was stored"),
      },
    },
  },
};

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: Record<string, unknown>;
  jsonSchemaDialect: string;
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    securitySchemes: Record<string, unknown>;
    schemas: Record<string, JsonSchema>;
    responses: Record<string, unknown>;
  };
}

export function openApiDocument(): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: {
      title: "Campaign Tracker API",
      version: "1.0.0",
      description:
        "Read campaigns, posts, volume series and attribution claims; import posts; export CSV. Authenticate with a personal API token (Settings → API tokens): `Authorization: Bearer ctk_…`. A token acts with its user's current role. See docs/api.md.",
      license: { name: "See the project's licence" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    tags: [{ name: "campaigns" }, { name: "posts" }, { name: "attributions" }, { name: "imports" }, { name: "exports" }, { name: "stix", description: "STIX 2.1 bundles (docs/stix.md)" }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "ctk_ followed by 43 base64url characters", description: "A personal API token" },
      },
      schemas,
      responses,
    },
  };
}
