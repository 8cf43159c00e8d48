import "server-only";
import { AppError, ValidationError } from "../errors.ts";
import { STIX_IMPORT_MAX_BYTES } from "./stix-types.ts";

class PayloadTooLargeError extends AppError {
  override readonly status = 413;
}

/**
 * A request's body as JSON, read up to `limit` bytes (a bundle has to be parsed whole, so the
 * limit is what keeps a huge upload from filling memory).
 */
export async function readJsonBody(request: Request, limit = STIX_IMPORT_MAX_BYTES): Promise<unknown> {
  if (!request.body) throw new ValidationError("The request has no body: send the bundle as JSON.", { body: ["is required"] });
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) throw new PayloadTooLargeError(`The body is over ${limit} bytes; nothing was stored.`);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new PayloadTooLargeError(`The body is over ${limit} bytes; nothing was stored.`);
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ValidationError("The body is not JSON.", { body: [error instanceof Error ? error.message : "is not JSON"] });
  }
}
