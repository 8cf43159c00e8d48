import { z } from "zod";

export const PAGE_SIZE = 50;

/** `?page=` as a positive integer; anything else falls back to page 1. */
export const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export function parsePage(value: string | string[] | undefined): number {
  return pageParam.parse(Array.isArray(value) ? value[0] : value);
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
