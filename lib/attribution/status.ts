import type { AttributionStatus } from "../db/generated/sqlite/enums.ts";

export const ATTRIBUTION_STATUSES = ["suspected", "assessed", "confirmed", "disputed", "retracted"] as const satisfies readonly AttributionStatus[];

/**
 * How much a status asserts, for choosing the claim that speaks for a campaign: a
 * confirmed claim outranks an assessed one, and disputed or retracted claims come last.
 */
const STATUS_WEIGHT: Record<AttributionStatus, number> = {
  confirmed: 4,
  assessed: 3,
  suspected: 2,
  disputed: 1,
  retracted: 0,
};

export interface RankedClaim {
  status: AttributionStatus;
  confidence: number;
}

/** The claim that best states where the attribution stands, or null when there is none. */
export function leadingClaim<T extends RankedClaim>(claims: readonly T[]): T | null {
  let best: T | null = null;
  for (const claim of claims) {
    if (
      !best ||
      STATUS_WEIGHT[claim.status] > STATUS_WEIGHT[best.status] ||
      (STATUS_WEIGHT[claim.status] === STATUS_WEIGHT[best.status] && claim.confidence > best.confidence)
    ) {
      best = claim;
    }
  }
  return best;
}
