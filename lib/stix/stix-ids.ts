import "server-only";
import { createHash } from "node:crypto";

/**
 * Campaign Tracker's STIX id scheme. A record we created is exported as
 * `<type>--<UUIDv5(CAMPAIGN_TRACKER_STIX_NAMESPACE, record id)>`, so the same record has the
 * same STIX id in every export; a record imported from someone else's bundle keeps that
 * bundle's id (its `stixId` column). Objects with no row of their own (a campaign-network
 * link, a technique tag, a claim's rationale note) take a UUIDv5 of a name built from the
 * STIX ids they join, so they are stable across exports and across a round trip too.
 */

/** Fixed namespace of every UUIDv5 this project derives (chosen once; never change it). */
export const CAMPAIGN_TRACKER_STIX_NAMESPACE = "5b0ee4f6-0a3c-4b5e-9d1c-2f6c8a7e3d41";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 9562 UUID version 5: SHA-1 of the namespace's 16 bytes then the name's UTF-8 bytes. */
export function uuidV5(name: string, namespace: string = CAMPAIGN_TRACKER_STIX_NAMESPACE): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `campaign--<UUIDv5 of the record id>`: the id of a record that has no stored STIX id. */
export function derivedStixId(type: string, recordId: string): string {
  return `${type}--${uuidV5(recordId)}`;
}

/** The record's stored STIX id (imported records) or the derived one. */
export function stixIdOf(type: string, record: { id: string; stixId?: string | null }): string {
  return record.stixId ?? derivedStixId(type, record.id);
}

/** The id of an object that joins others (a link, a tag, a note on a claim). */
export function joinedStixId(type: string, kind: string, ...stixIds: string[]): string {
  return `${type}--${uuidV5(`${kind}:${stixIds.join(":")}`)}`;
}
