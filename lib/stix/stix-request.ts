import "server-only";
import { PayloadTooLargeError, ValidationError } from "../errors.ts";
import { readableStreamSource } from "../import/decode-utf8.ts";
import { STIX_IMPORT_MAX_BYTES } from "./stix-types.ts";

/**
 * A request's body as JSON, read up to `limit` bytes (a bundle has to be parsed whole, so the
 * limit is what keeps a huge upload from filling memory).
 */
export async function readJsonBody(request: Request, limit = STIX_IMPORT_MAX_BYTES): Promise<unknown> {
  if (!request.body) throw new ValidationError("The request has no body: send the bundle as JSON.", { body: ["is required"] });
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) throw new PayloadTooLargeError(`The body is over ${limit} bytes; nothing was stored.`);
  const chunks: Uint8Array[] = [];
  for await (const chunk of readableStreamSource(request.body, { maxBytes: limit })) chunks.push(chunk);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks))) as unknown;
  } catch (error) {
    // Invalid UTF-8 (TextDecoder's TypeError) is as much the client's error as bad JSON.
    throw new ValidationError("The body is not UTF-8 JSON.", { body: [error instanceof Error ? error.message : "is not JSON"] });
  }
}
