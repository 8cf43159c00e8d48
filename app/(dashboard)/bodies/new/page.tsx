import type { Metadata } from "next";
import { requirePageSession } from "@/lib/auth/session.ts";
import { BODY_KINDS, optionsOf } from "@/lib/records/choices.ts";
import { BodyForm } from "@/components/forms/body-form.tsx";
import { createBodyAction } from "../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New investigating body" };

export default async function NewBodyPage() {
  await requirePageSession("records:write");
  return (
    <>
      <h1>New investigating body</h1>
      <BodyForm action={createBodyAction} kinds={optionsOf(BODY_KINDS)} />
    </>
  );
}
