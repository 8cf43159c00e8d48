export interface ClaimHistory {
  id: string;
  changes: { at: Date; confidence: number }[];
}

export type StepRow = { t: number } & Record<string, number | undefined>;

/**
 * Rows for a step chart of each claim's confidence over time: one row per moment any claim
 * changed (plus `until`, so the last value extends to the present), holding every claim's
 * confidence at that moment; a claim is absent before it existed.
 */
export function confidenceSteps(claims: readonly ClaimHistory[], until: Date): StepRow[] {
  const times = [...new Set([...claims.flatMap((claim) => claim.changes.map((change) => change.at.getTime())), until.getTime()])].sort((a, b) => a - b);
  const ordered = claims.map((claim) => ({ id: claim.id, changes: [...claim.changes].sort((a, b) => a.at.getTime() - b.at.getTime()) }));
  return times.map((t) => {
    const row: StepRow = { t };
    for (const claim of ordered) {
      let value: number | undefined;
      for (const change of claim.changes) if (change.at.getTime() <= t) value = change.confidence;
      if (value !== undefined) row[claim.id] = value;
    }
    return row;
  });
}
