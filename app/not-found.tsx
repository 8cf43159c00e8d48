import Link from "next/link";

export default function NotFound() {
  return (
    <main>
      <div className="panel">
        <h1>Not found</h1>
        <p>There is nothing at this address. It may have been renamed.</p>
        <Link href="/">Back to campaigns</Link>
      </div>
    </main>
  );
}
