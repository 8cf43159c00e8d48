import { z } from "zod";

/**
 * A whole number from a form field. Unlike z.coerce.number(), a missing or blank field is an
 * error rather than 0 (Number(null) === 0 would silently set a confidence to zero).
 */
export function wholeNumber(label: string, min: number, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    z
      .number({ error: `${label} is required` })
      .int(`${label} must be a whole number`)
      .min(min, `${label} must be between ${min} and ${max}`)
      .max(max, `${label} must be between ${min} and ${max}`),
  );
}
