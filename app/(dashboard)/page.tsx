import { db } from "@/lib/db/client.ts";
import { listCampaigns } from "@/lib/campaigns/list-campaigns.ts";
import { CampaignCard } from "@/components/campaign-card.tsx";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const campaigns = await listCampaigns(db());
  return (
    <>
      <h1>Campaigns</h1>
      <p className="muted">
        {campaigns.length} {campaigns.length === 1 ? "campaign" : "campaigns"} tracked. The leading claim is the most
        advanced non-retracted one (confirmed, then assessed, then suspected), highest confidence first.
      </p>
      {campaigns.length === 0 ? (
        <p className="empty">No campaigns yet. Analysts can log one, or start the demo to load the seeded data.</p>
      ) : (
        <div className="campaign-list">
          {campaigns.map((campaign) => (
            <CampaignCard key={campaign.slug} campaign={campaign} />
          ))}
        </div>
      )}
    </>
  );
}
