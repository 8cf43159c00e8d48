import { expect, test } from "@playwright/test";
import { signIn } from "./helpers.ts";

const DOCTORED = "doctored-police-image-2024";

test("a viewer downloads a campaign's STIX bundle and the whole export", async ({ page }) => {
  await signIn(page, "viewer");
  const response = await page.request.get(`/api/campaigns/${DOCTORED}/stix`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/stix+json;version=2.1");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${DOCTORED}.stix.json"`);
  const bundle = (await response.json()) as { type: string; id: string; objects: { type: string; x_campaign_tracker_slug?: string }[] };
  expect(bundle.type).toBe("bundle");
  expect(bundle.objects.filter((object) => object.type === "campaign").map((object) => object.x_campaign_tracker_slug)).toEqual([DOCTORED]);
  expect(bundle.objects.some((object) => object.type === "attack-pattern")).toBe(true);

  const again = await page.request.get(`/api/campaigns/${DOCTORED}/stix`);
  expect(await again.text()).toBe(await response.text());

  const whole = await page.request.get("/api/stix");
  expect(whole.status()).toBe(200);
  expect(whole.headers()["content-disposition"]).toBe('attachment; filename="campaign-tracker.stix.json"');
  const all = (await whole.json()) as { objects: { type: string }[] };
  expect(all.objects.filter((object) => object.type === "campaign").length).toBeGreaterThan(1);

  expect((await page.request.get("/api/campaigns/no-such-campaign/stix")).status()).toBe(404);
});

test("the STIX routes refuse anybody not signed in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/stix")).status()).toBe(401);
  expect((await anonymous.get(`/api/campaigns/${DOCTORED}/stix`)).status()).toBe(401);
  await anonymous.dispose();
});
