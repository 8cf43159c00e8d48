import type { NetworkPostCount } from "@/lib/networks/top-networks.ts";

/** The networks linked to a campaign, with their size and how many posts their accounts made here. */
export function NetworksTable({
  linked,
  counted,
}: {
  linked: { id: string; name: string; description: string | null; _count: { accounts: number } }[];
  counted: NetworkPostCount[];
}) {
  return (
    <section>
      <h2>Networks</h2>
      {linked.length === 0 ? (
        <p className="empty">No account network linked.</p>
      ) : (
        <table data-testid="top-networks">
          <thead>
            <tr>
              <th scope="col">Network</th>
              <th scope="col" className="num">Accounts</th>
              <th scope="col" className="num">Posts here</th>
            </tr>
          </thead>
          <tbody>
            {linked.map((network) => (
              <tr key={network.id}>
                <td>
                  <strong>{network.name}</strong>
                  {network.description ? <p className="muted">{network.description}</p> : null}
                </td>
                <td className="num">{network._count.accounts.toLocaleString("en")}</td>
                <td className="num">{(counted.find((row) => row.id === network.id)?.posts ?? 0).toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
