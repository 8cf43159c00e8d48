import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// What a production build depends on; a change to any of these makes `npm start` rebuild.
const BUILD_INPUTS = ["app", "components", "lib", "types", "next.config.js", "package-lock.json", "tsconfig.json"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when there is no production build, or a source file is newer than it. */
export function needsBuild(root: string, distDir = process.env.CT_DIST_DIR || ".next"): { needed: boolean; reason: string } {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return { needed: true, reason: "no production build yet" };
  const builtAt = statSync(buildId).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(root, input)) > builtAt);
  return changed ? { needed: true, reason: `${changed} changed since the last build` } : { needed: false, reason: "build is up to date" };
}
