import { db } from "@/lib/db/client.ts";
import { hasPermission, type Role } from "@/lib/auth/permissions.ts";
import { listCampaignTechniques, listTechniqueOptions } from "@/lib/disarm/technique-queries.ts";
import { tagCampaignTechniqueAction, untagCampaignTechniqueAction } from "@/app/(dashboard)/campaigns/[slug]/technique-actions.ts";
import { ExternalLink } from "../external-link.tsx";
import { TechniqueRemoveButton, TechniqueTagForm } from "./technique-tag-form.tsx";

/**
 * The campaign's DISARM techniques, by tactic in the matrix's order; roles with records:write
 * also get the form to add one and a remove button per tag (the actions re-check the role).
 */
export async function CampaignTechniques({ campaignId, role }: { campaignId: string; role: Role }) {
  const prisma = db();
  const canWrite = hasPermission(role, "records:write");
  const [groups, options] = await Promise.all([listCampaignTechniques(prisma, campaignId), canWrite ? listTechniqueOptions(prisma) : Promise.resolve([])]);
  return (
    <section aria-labelledby="disarm-techniques-heading" data-testid="disarm-techniques">
      <h2 id="disarm-techniques-heading">DISARM techniques</h2>
      {groups.length === 0 ? (
        <p className="empty">No DISARM technique is tagged on this campaign yet.{canWrite ? " Add one below." : ""}</p>
      ) : (
        groups.map((group) => (
          <div key={group.tactic.externalId} className="technique-group" data-testid={`tactic-${group.tactic.externalId}`}>
            <h3>
              <ExternalLink href={group.tactic.url}>
                {group.tactic.externalId} {group.tactic.name}
              </ExternalLink>
            </h3>
            <ul className="technique-list">
              {group.techniques.map((technique) => (
                <li key={technique.externalId} data-testid={`technique-${technique.externalId}`}>
                  <ExternalLink href={technique.url}>
                    {technique.externalId} {technique.name}
                  </ExternalLink>
                  {technique.parent ? (
                    <span className="muted">
                      {" "}
                      (sub-technique of {technique.parent.externalId} {technique.parent.name})
                    </span>
                  ) : null}
                  {technique.note ? <p className="technique-note">{technique.note}</p> : null}
                  {canWrite ? <TechniqueRemoveButton action={untagCampaignTechniqueAction} campaignId={campaignId} technique={technique.externalId} /> : null}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {canWrite ? (
        <details className="technique-add">
          <summary>Add a DISARM technique</summary>
          <TechniqueTagForm action={tagCampaignTechniqueAction} campaignId={campaignId} groups={options} />
        </details>
      ) : null}
      <p className="muted disarm-attribution">
        DISARM framework © DISARM Foundation, <ExternalLink href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</ExternalLink>.
      </p>
    </section>
  );
}
