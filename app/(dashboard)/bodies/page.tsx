import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listBodies } from "@/lib/bodies/list-bodies.ts";
import { humanise } from "@/lib/records/choices.ts";
import { ExternalLink } from "@/components/external-link.tsx";
import { RecordList } from "@/components/records/record-list.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Investigating bodies" };

export default async function BodiesPage() {
  const user = await requirePageSession();
  const bodies = await listBodies(db());
  return (
    <RecordList
      title="Investigating bodies"
      description="Agencies, newsrooms, research labs and platforms that investigate campaigns and make attribution claims."
      canWrite={hasPermission(user.role, "records:write")}
      newLink={{ href: "/bodies/new", label: "New investigating body" }}
      empty="No investigating body yet."
      testId="bodies-table"
      rows={bodies}
      rowKey={(body) => body.id}
      edit={(body) => ({ href: `/bodies/${body.slug}/edit`, label: `Edit ${body.name}` })}
      columns={[
        { header: "Name", cell: (body) => body.name },
        { header: "Kind", cell: (body) => humanise(body.kind) },
        { header: "Country", cell: (body) => body.country ?? "—" },
        { header: "Website", cell: (body) => (body.url ? <ExternalLink href={body.url} /> : "—") },
        { header: "Claims", cell: (body) => body._count.attributions },
        { header: "Sources", cell: (body) => body._count.sources },
      ]}
    />
  );
}
