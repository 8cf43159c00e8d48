import path from "node:path";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import baseConfig from "../../playwright.config.ts";

/** The repository's root: web servers run `npm start` from there. */
export const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * A Playwright run with servers of its own (beside the main suite): one spec file, the main
 * suite's Chromium and its launch options, one worker, and its own output folder.
 */
export function separateRunConfig(options: {
  project: string;
  testMatch: string;
  baseURL: string;
  outputDir: string;
  webServer: NonNullable<PlaywrightTestConfig["webServer"]>;
}) {
  const chromium = baseConfig.projects?.[0];
  if (!chromium) throw new Error("playwright.config.ts defines no project to reuse");
  return defineConfig({
    testDir: ".",
    testMatch: options.testMatch,
    testIgnore: [],
    fullyParallel: false,
    workers: 1,
    retries: 0,
    timeout: 30_000,
    reporter: [["list"]],
    outputDir: options.outputDir,
    use: { ...baseConfig.use, baseURL: options.baseURL },
    projects: [{ ...chromium, name: options.project }],
    webServer: options.webServer,
  });
}
