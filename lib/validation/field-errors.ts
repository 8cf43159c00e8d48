import { z } from "zod";

/** A zod error as the field errors a ValidationError carries (form-level messages under `form`). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flat.fieldErrors) as [string, string[] | undefined][]) {
    if (messages?.length) fieldErrors[field] = messages;
  }
  if (flat.formErrors.length) fieldErrors.form = flat.formErrors;
  return fieldErrors;
}
