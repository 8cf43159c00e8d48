import type { Metadata } from "next";
import Link from "next/link";
import { requirePageSession } from "@/lib/auth/session.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Records" };

const RECORDS = [
  { list: "/actors", create: "/actors/new", name: "Actors", what: "states, parties, organisations and people that claims name" },
  { list: "/bodies", create: "/bodies/new", name: "Investigating bodies", what: "agencies, newsrooms, labs and platforms that make claims" },
  { list: "/sources", create: "/sources/new", name: "Sources", what: "articles, reports and statements, with Admiralty grades" },
  { list: "/networks", create: "/networks/new", name: "Networks", what: "clusters of accounts acting together" },
  { list: "/accounts", create: "/accounts/new", name: "Accounts", what: "platform accounts seen in campaigns" },
] as const;

/** Where analysts log and edit records; campaign-specific records are added from the campaign's page. */
export default async function RecordsPage() {
  await requirePageSession("records:write");
  return (
    <>
      <h1>Records</h1>
      <p>
        <Link href="/campaigns/new">New campaign</Link>. Claims, events and posts are added from a campaign&apos;s page.
      </p>
      <ul className="record-index">
        {RECORDS.map((record) => (
          <li key={record.list}>
            <Link href={record.list}>{record.name}</Link> <span className="muted">({record.what})</span> · <Link href={record.create}>New</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
