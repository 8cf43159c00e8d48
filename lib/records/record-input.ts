import "server-only";
import type { z } from "zod";
import { ConflictError, ValidationError } from "../errors.ts";
import { fieldErrorsOf } from "../validation/field-errors.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";

/** Parses a record form's input or throws a ValidationError naming each faulty field. */
export function parseRecordInput<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(`The ${what} was not saved: check the marked fields.`, fieldErrorsOf(parsed.error));
  return parsed.data;
}


/** A slug (or other unique value) already used by another record, as a field error. */
export function takenError(field: string, message: string): ValidationError {
  return new ValidationError(message, { [field]: [message] });
}

/** Turns a unique violation raised by the write into the field error the pre-check would have given. */
export async function withUniqueAsFieldError<T>(work: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw takenError(field, message);
    throw error;
  }
}

/** The editor saw an older version of the record than the one stored. */
export function assertUnchanged(what: string, stored: Date, expected: Date): void {
  if (stored.getTime() !== expected.getTime()) {
    throw new ConflictError(`Someone else saved this ${what} after you opened it. Reload the page to see their change, then edit again.`);
  }
}

/** Ids that do not exist among `found`, for "a referenced record is missing" field errors. */
export function missingIds(wanted: readonly string[], found: readonly { id: string }[]): string[] {
  const present = new Set(found.map((row) => row.id));
  return wanted.filter((id) => !present.has(id));
}
