import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listNetworks } from "@/lib/networks/save-network.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Networks" };

export default async function NetworksPage() {
  const user = await requirePageSession();
  const canWrite = hasPermission(user.role, "records:write");
  const canPropose = hasPermission(user.role, "attribution:propose");
  const networks = await listNetworks(db());
  return (
    <>
      <h1>Networks</h1>
      <p className="muted">Named clusters of accounts acting together (STIX intrusion sets).</p>
      {canWrite ? (
        <p>
          <Link href="/networks/new">New network</Link>
        </p>
      ) : null}
      {networks.length === 0 ? (
        <p className="empty">No network yet.</p>
      ) : (
        <table data-testid="networks-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Accounts</th>
              <th scope="col">Campaigns</th>
              <th scope="col">Claims</th>
              {canWrite ? <th scope="col"><span className="visually-hidden">Edit</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {networks.map((network) => (
              <tr key={network.id}>
                <td>
                  {network.name}
                  {network.description ? <div className="muted">{network.description}</div> : null}
                </td>
                <td>{network._count.accounts.toLocaleString("en")}</td>
                <td>
                  {network.campaigns.length
                    ? network.campaigns.map((link, index) => (
                        <span key={link.campaign.slug}>
                          {index ? ", " : ""}
                          <Link href={`/campaigns/${link.campaign.slug}`}>{link.campaign.name}</Link>
                        </span>
                      ))
                    : "—"}
                </td>
                <td>{network._count.attributions}</td>
                {canWrite ? (
                  <td>
                    <Link href={`/networks/${network.slug}/edit`} aria-label={`Edit ${network.name}`}>
                      Edit
                    </Link>
                    {canPropose ? (
                      <>
                        {" · "}
                        <Link href={`/networks/${network.slug}/claims/new`} aria-label={`New claim on ${network.name}`}>
                          New claim
                        </Link>
                      </>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
