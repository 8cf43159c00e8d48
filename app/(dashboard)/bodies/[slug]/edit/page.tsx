import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { getBodyBySlug } from "@/lib/bodies/list-bodies.ts";
import { BODY_KINDS, optionsOf } from "@/lib/records/choices.ts";
import { BodyForm } from "@/components/forms/body-form.tsx";
import { updateBodyAction } from "../../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit investigating body" };

export default async function EditBodyPage({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }] = await Promise.all([params, requirePageSession("records:write")]);
  const body = await getBodyBySlug(db(), slug);
  if (!body) notFound();
  return (
    <>
      <h1>Edit {body.name}</h1>
      <BodyForm
        action={updateBodyAction}
        kinds={optionsOf(BODY_KINDS)}
        record={{
          id: body.id,
          name: body.name,
          slug: body.slug,
          kind: body.kind,
          country: body.country ?? "",
          url: body.url ?? "",
          updatedAt: body.updatedAt.toISOString(),
        }}
      />
    </>
  );
}
