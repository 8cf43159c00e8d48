import type { ActionState } from "./run-action.ts";

/** What a record form typed, sent back after a refused save so every field keeps it. */
export type FormValues = Record<string, string | string[]>;

/** A record form's state: the action result plus, on failure, the submitted values. */
export type RecordFormState = (NonNullable<ActionState> & { values?: FormValues }) | null;

export type RecordFormAction = (previous: RecordFormState, form: FormData) => Promise<RecordFormState>;
