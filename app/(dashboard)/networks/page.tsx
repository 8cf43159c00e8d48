import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listNetworks } from "@/lib/networks/save-network.ts";
import { RecordList } from "@/components/records/record-list.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Networks" };

export default async function NetworksPage() {
  const user = await requirePageSession();
  const canPropose = hasPermission(user.role, "attribution:propose");
  const networks = await listNetworks(db());
  return (
    <RecordList
      title="Networks"
      description="Named clusters of accounts acting together (STIX intrusion sets)."
      canWrite={hasPermission(user.role, "records:write")}
      newLink={{ href: "/networks/new", label: "New network" }}
      empty="No network yet."
      testId="networks-table"
      rows={networks}
      rowKey={(network) => network.id}
      edit={(network) => ({ href: `/networks/${network.slug}/edit`, label: `Edit ${network.name}` })}
      moreActions={
        canPropose
          ? (network) => (
              <>
                {" · "}
                <Link href={`/networks/${network.slug}/claims/new`} aria-label={`New claim on ${network.name}`}>
                  New claim
                </Link>
              </>
            )
          : undefined
      }
      columns={[
        {
          header: "Name",
          cell: (network) => (
            <>
              {network.name}
              {network.description ? <div className="muted">{network.description}</div> : null}
            </>
          ),
        },
        { header: "Accounts", cell: (network) => network._count.accounts.toLocaleString("en") },
        {
          header: "Campaigns",
          cell: (network) =>
            network.campaigns.length
              ? network.campaigns.map((link, index) => (
                  <span key={link.campaign.slug}>
                    {index ? ", " : ""}
                    <Link href={`/campaigns/${link.campaign.slug}`}>{link.campaign.name}</Link>
                  </span>
                ))
              : "—",
        },
        { header: "Claims", cell: (network) => network._count.attributions },
      ]}
    />
  );
}
