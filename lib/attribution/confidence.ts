/**
 * STIX 2.1 confidence (0-100) in the estimative words of ICD 203, which analysts read
 * faster than numbers. The bands follow ICD 203's table; where two bands meet (5, 20,
 * 45, 55, 80, 95) the value belongs to the lower band, and 0 and 100 sit outside it.
 */
export const ESTIMATIVE_BANDS = [
  { max: 0, words: "no confidence" },
  { max: 5, words: "almost no chance" },
  { max: 20, words: "very unlikely" },
  { max: 45, words: "unlikely" },
  { max: 55, words: "roughly even chance" },
  { max: 80, words: "likely" },
  { max: 95, words: "very likely" },
  { max: 99, words: "almost certain" },
  { max: 100, words: "certain" },
] as const;

export type EstimativeWords = (typeof ESTIMATIVE_BANDS)[number]["words"];

export function isConfidence(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100;
}

/** ICD 203 words for a STIX confidence; throws for anything outside 0-100. */
export function confidenceWords(confidence: number): EstimativeWords {
  if (!isConfidence(confidence)) throw new RangeError(`confidence must be an integer 0-100, got ${confidence}`);
  const band = ESTIMATIVE_BANDS.find((candidate) => confidence <= candidate.max);
  // The last band's max is 100, so a valid value always finds one.
  return band!.words;
}

/** "60 · likely" — the number and the words together, as the UI shows them. */
export function formatConfidence(confidence: number): string {
  return `${confidence} · ${confidenceWords(confidence)}`;
}
