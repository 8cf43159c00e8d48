"use client";

import { useRef, type InputHTMLAttributes, type ReactNode } from "react";
import { slugify } from "@/lib/validation/slug.ts";
import { FieldError } from "../field-error.tsx";
import { useFieldErrors, useFieldValue, useFieldValues } from "./record-form.tsx";

/**
 * The record forms' fields. Each has a label tied to its input, shows its errors next to it
 * (FieldError is an aria-live region) and keeps what the user typed after a refused save.
 */

export interface Option {
  value: string;
  label: string;
}

interface FieldProps {
  name: string;
  label: string;
  /** The stored value when editing. */
  defaultValue?: string | null;
  hint?: string;
  required?: boolean;
}

function ids(name: string, hint: string | undefined) {
  const id = `field-${name}`;
  return { id, errorId: `${id}-error`, hintId: hint ? `${id}-hint` : undefined, describedBy: [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ") };
}

function Hint({ id, text }: { id: string | undefined; text: string | undefined }) {
  return text && id ? (
    <span id={id} className="muted field-hint">
      {text}
    </span>
  ) : null;
}

type InputProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue" | "id">;

/** What one named field shows: its errors, its value (typed or stored) and its element ids. */
function useField(name: string, defaultValue: string | null | undefined, hint: string | undefined) {
  return { errors: useFieldErrors(name), value: useFieldValue(name, defaultValue ?? undefined), ...ids(name, hint) };
}

type FieldState = ReturnType<typeof useField>;

/** The attributes every control shares: id, required, invalid, and the hint and error it is described by. */
function controlProps(field: FieldState, required: boolean | undefined) {
  return {
    id: field.id,
    required,
    "aria-required": required || undefined,
    "aria-invalid": field.errors?.length ? true : undefined,
    "aria-describedby": field.describedBy,
  } as const;
}

/** Label (with a * when required), hint, the control, and its errors. */
function FieldFrame({ field, label, hint, required, children }: { field: FieldState; label: string; hint: string | undefined; required: boolean | undefined; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={field.id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <Hint id={field.hintId} text={hint} />
      {children}
      <FieldError id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function TextField({ name, label, defaultValue, hint, required, type = "text", ...rest }: InputProps) {
  const field = useField(name, defaultValue, hint);
  return (
    <FieldFrame field={field} label={label} hint={hint} required={required}>
      <input {...rest} {...controlProps(field, required)} name={name} type={type} defaultValue={field.value} />
    </FieldFrame>
  );
}

export function DateField(props: Omit<InputProps, "type">) {
  return <TextField {...props} type="date" />;
}

export function NumberField(props: Omit<InputProps, "type">) {
  return <TextField inputMode="numeric" {...props} type="number" />;
}

export function TextAreaField({ name, label, defaultValue, hint, required, rows = 4 }: FieldProps & { rows?: number }) {
  const field = useField(name, defaultValue, hint);
  return (
    <FieldFrame field={field} label={label} hint={hint} required={required}>
      <textarea {...controlProps(field, required)} name={name} rows={rows} defaultValue={field.value} />
    </FieldFrame>
  );
}

export function SelectField({ name, label, defaultValue, hint, required, options, blank }: FieldProps & { options: readonly Option[]; blank?: string }) {
  const field = useField(name, defaultValue, hint);
  return (
    <FieldFrame field={field} label={label} hint={hint} required={required}>
      {/* Keyed by the value: a select takes its default only when mounted, and React resets the form after each action. */}
      <select key={field.value} {...controlProps(field, required)} name={name} defaultValue={field.value}>
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Several values under one name (ids of linked records), as checkboxes in a fieldset. */
export function CheckboxGroupField({ name, label, defaultValues = [], hint, options, empty }: Omit<FieldProps, "defaultValue"> & { defaultValues?: readonly string[]; options: readonly Option[]; empty?: string }) {
  const errors = useFieldErrors(name);
  const values = useFieldValues(name, defaultValues);
  const { id, errorId, hintId, describedBy } = ids(name, hint);
  const checked = new Set(values);
  return (
    <fieldset id={id} aria-describedby={describedBy} className="checkbox-group">
      <legend>{label}</legend>
      <Hint id={hintId} text={hint} />
      {options.length === 0 ? <p className="muted">{empty ?? "Nothing to choose from yet."}</p> : null}
      <div key={values.join(",")} className="checkbox-list">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" name={name} value={option.value} defaultChecked={checked.has(option.value)} /> {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} errors={errors} />
    </fieldset>
  );
}

/** A yes/no flag: sends "true" when ticked, nothing otherwise. */
export function CheckboxField({ name, label, defaultChecked = false, hint }: { name: string; label: string; defaultChecked?: boolean; hint?: string }) {
  const { errors, value, id, errorId, hintId, describedBy } = useField(name, defaultChecked ? "true" : "", hint);
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input key={value} id={id} type="checkbox" name={name} value="true" defaultChecked={value === "true"} aria-describedby={describedBy} /> {label}
      </label>
      <Hint id={hintId} text={hint} />
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

/**
 * Name and slug. For a new record the slug follows the name (slugified) until the user
 * edits the slug themselves; the server checks the slug either way.
 */
export function NameSlugFields({ nameLabel = "Name", defaultName, defaultSlug }: { nameLabel?: string; defaultName?: string | null; defaultSlug?: string | null }) {
  const slugRef = useRef<HTMLInputElement>(null);
  const lastName = useRef<string>(defaultName ?? "");
  return (
    <>
      <TextField
        name="name"
        label={nameLabel}
        required
        maxLength={200}
        defaultValue={defaultName}
        onFocus={(event) => {
          lastName.current = event.currentTarget.value;
        }}
        onInput={(event) => {
          const slug = slugRef.current;
          const name = event.currentTarget.value;
          if (slug && (slug.value === "" || slug.value === slugify(lastName.current))) slug.value = slugify(name);
          lastName.current = name;
        }}
      />
      <SlugInput inputRef={slugRef} defaultValue={defaultSlug} />
    </>
  );
}

const SLUG_HINT = "Used in the address; filled in from the name, and editable.";

function SlugInput({ inputRef, defaultValue }: { inputRef: React.RefObject<HTMLInputElement | null>; defaultValue?: string | null }) {
  const field = useField("slug", defaultValue, SLUG_HINT);
  return (
    <FieldFrame field={field} label="Slug" hint={SLUG_HINT} required>
      <input ref={inputRef} {...controlProps(field, true)} name="slug" type="text" defaultValue={field.value} maxLength={80} pattern="[a-z0-9]+(-[a-z0-9]+)*" />
    </FieldFrame>
  );
}

/** When editing: the record's id, and the version the form was loaded from (a save over a newer version is refused). */
export function RecordVersionFields({ record }: { record?: { id: string; updatedAt: string } }) {
  return record ? (
    <>
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="expectedUpdatedAt" value={record.updatedAt} />
    </>
  ) : null;
}
