import { PayloadTooLargeError } from "../errors.ts";
import { ImportFileError } from "./import-errors.ts";

/** Bytes of any kind a Node Readable or a generator may yield. */
export type ByteSource = AsyncIterable<Uint8Array | string>;

const LF = 0x0a;

/**
 * Decodes a byte stream as UTF-8, chunk by chunk, with a fatal decoder: a byte sequence that
 * is not UTF-8 stops the import with the physical line it sits on. A leading BOM is dropped.
 */
export async function* decodeUtf8(source: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // Line breaks seen in the bytes already decoded, to place an error on its line.
  let linesBefore = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const offset = firstInvalidUtf8Offset(bytes);
      throw new ImportFileError("invalid-utf8", "the file is not valid UTF-8 (save it as UTF-8 and try again)", linesBefore + 1 + countLineFeeds(bytes, offset));
    }
    linesBefore += countLineFeeds(bytes, bytes.length);
    if (text) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new ImportFileError("invalid-utf8", "the file ends inside a UTF-8 character (it is truncated or not UTF-8)", linesBefore + 1);
  }
  if (tail) yield tail;
}

function countLineFeeds(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === LF) n++;
  return n;
}

/**
 * Offset of the first byte that cannot start or continue a UTF-8 character; used only to
 * place an error. Continuation bytes at the very start may finish a character begun in
 * the previous chunk, so they are skipped.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < 3 && i < bytes.length && ((bytes[i] ?? 0) & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let extra: number;
    if (b < 0x80) extra = 0;
    else if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) extra = 2;
    else if (b >= 0xf0 && b <= 0xf4) extra = 3;
    else return i;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length) return i + k < bytes.length ? i : bytes.length;
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return bytes.length;
}

/**
 * A web ReadableStream (a request body, a File's stream) as a ByteSource, released when done.
 * Past `maxBytes` it calls `onTooLarge` and throws a PayloadTooLargeError.
 */
export async function* readableStreamSource(
  stream: ReadableStream<Uint8Array>,
  limit: { maxBytes: number; onTooLarge?: () => void } = { maxBytes: Infinity },
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
      if (total > limit.maxBytes) {
        limit.onTooLarge?.();
        throw new PayloadTooLargeError(`The body is over ${limit.maxBytes} bytes; nothing was stored.`);
      }
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
