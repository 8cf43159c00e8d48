/** A field's error messages, next to the field and announced when they change. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  return (
    <span id={id} className="form-error" aria-live="polite">
      {errors?.join(" ")}
    </span>
  );
}
