import Link from "next/link";

export default function Forbidden() {
  return (
    <main>
      <div className="panel">
        <h1>Not allowed</h1>
        <p>Your role does not allow this page. Ask an administrator if you need it.</p>
        <Link href="/">Back to campaigns</Link>
      </div>
    </main>
  );
}
