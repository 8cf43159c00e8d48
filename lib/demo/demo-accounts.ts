import type { Role } from "../auth/permissions.ts";

/** One account per role for the demo. The README prints these; they exist only in demo mode. */
export const DEMO_USERS: readonly { email: string; name: string; role: Role; password: string }[] = [
  { email: "viewer@demo.test", name: "Vera Viewer", role: "viewer", password: "demo-viewer-pass" },
  { email: "analyst@demo.test", name: "Ana Analyst", role: "analyst", password: "demo-analyst-pass" },
  { email: "editor@demo.test", name: "Ed Editor", role: "editor", password: "demo-editor-pass" },
  { email: "admin@demo.test", name: "Ada Admin", role: "admin", password: "demo-admin-pass" },
];
