import { randomBytes } from "node:crypto";

let lastMs = 0;
let sequence = 0;
// Random bytes drawn 64 kB at a time: one call per id made randomBytes the importer's top cost.
const POOL_BYTES = 16 * 4096;
let pool = Buffer.alloc(0);
let poolOffset = POOL_BYTES;

function randomSixteen(): Buffer {
  if (poolOffset + 16 > pool.length) {
    pool = randomBytes(POOL_BYTES);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return bytes;
}

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit sequence within the
 * millisecond, then random bits. Rows created one after another get ids in order, so a bulk
 * import appends to the primary-key index instead of writing all over it (random UUIDv4 keys
 * cost SQLite a B-tree page search and split at a random place for every row).
 */
export function timeOrderedId(now = Date.now()): string {
  if (now <= lastMs) {
    sequence++;
    if (sequence > 0xfff) {
      // More than 4,096 ids in one millisecond: borrow the next millisecond.
      lastMs++;
      sequence = 0;
    }
  } else {
    lastMs = now;
    sequence = 0;
  }
  const bytes = randomSixteen();
  let ms = lastMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
