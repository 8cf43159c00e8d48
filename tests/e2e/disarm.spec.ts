import { expect, test } from "@playwright/test";
import { signIn } from "./helpers.ts";

const DOCTORED = "/campaigns/doctored-police-image-2024";

test("the doctored-image campaign shows its DISARM techniques by tactic, with links and attribution; a viewer gets no tag form", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto(DOCTORED);
  const section = page.getByTestId("disarm-techniques");
  await expect(section.getByRole("heading", { name: "DISARM techniques" })).toBeVisible();

  const developContent = section.getByTestId("tactic-TA06");
  await expect(developContent.getByRole("heading", { level: 3 })).toHaveText("TA06 Develop Content");
  const cheapFakes = developContent.getByTestId("technique-T0086.003");
  await expect(cheapFakes).toContainText("T0086.003 Deceptively Edit Images (Cheap Fakes)");
  await expect(cheapFakes).toContainText("sub-technique of T0086 Develop Image-Based Content");
  await expect(cheapFakes).toContainText("doctored by combining two separate photos");
  const link = cheapFakes.getByRole("link", { name: "T0086.003 Deceptively Edit Images (Cheap Fakes)" });
  await expect(link).toHaveAttribute("href", "https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/T0086.003.md");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(section.getByTestId("tactic-TA17").getByTestId("technique-T0049")).toContainText("Flood Information Space");
  await expect(section).toContainText("DISARM framework © DISARM Foundation, CC BY-SA 4.0");

  // A viewer reads, never writes.
  await expect(section.getByTestId("technique-tag-form")).toHaveCount(0);
  await expect(section.getByText("Add a DISARM technique")).toHaveCount(0);
  await expect(section.getByRole("button", { name: /^Remove / })).toHaveCount(0);
});

test("an analyst tags the campaign with a technique, sees it under its tactic, and removes it", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto(DOCTORED);
  const section = page.getByTestId("disarm-techniques");
  await expect(section.getByTestId("technique-T0002")).toHaveCount(0);

  await section.getByText("Add a DISARM technique").click();
  const form = section.getByTestId("technique-tag-form");
  await form.getByLabel("Technique", { exact: true }).selectOption("T0002");
  await form.getByLabel(/^Note/).fill("The captions repeat the state's line on the riots.");
  await form.getByRole("button", { name: "Add technique" }).click();
  await expect(form.getByTestId("technique-tag-result")).toHaveText("Tagged with T0002 Facilitate State Propaganda.");

  const tagged = section.getByTestId("tactic-TA02").getByTestId("technique-T0002");
  await expect(tagged).toContainText("T0002 Facilitate State Propaganda");
  await expect(tagged).toContainText("The captions repeat the state's line on the riots.");
  // Tactics stay in DISARM's matrix order: TA02 Plan Objectives before TA06 Develop Content.
  const tactics = await section.locator("[data-testid^='tactic-']").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-testid")));
  expect(tactics.indexOf("tactic-TA02")).toBeLessThan(tactics.indexOf("tactic-TA06"));

  // Tagging the same technique twice is refused next to the field.
  await form.getByLabel("Technique", { exact: true }).selectOption("T0002");
  await form.getByRole("button", { name: "Add technique" }).click();
  await expect(form.locator("#technique-tag-technique-error")).toContainText("already tagged with T0002");

  await tagged.getByRole("button", { name: "Remove T0002" }).click();
  await expect(section.getByTestId("technique-T0002")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("disarm-techniques").getByTestId("technique-T0002")).toHaveCount(0);
  await expect(page.getByTestId("disarm-techniques").getByTestId("technique-T0086.003")).toBeVisible();
});

test("the overview filtered by a technique shows only the campaigns using it or its sub-techniques", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByTestId("campaign-card")).not.toHaveCount(0);

  // Through the filter bar: the option carries its campaign count.
  await page.getByLabel("DISARM technique").selectOption("T0086.003");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]technique=T0086\.003/);
  await expect(page.getByTestId("technique-filter-note")).toContainText("T0086.003");
  await expect(page.getByTestId("campaign-card")).toHaveCount(1);
  await expect(page.locator('[data-testid="campaign-card"][data-slug="doctored-police-image-2024"]')).toBeVisible();

  // A parent technique matches campaigns tagged with one of its sub-techniques.
  await page.goto("/?technique=T0139");
  await expect(page.getByTestId("campaign-card")).toHaveCount(1);
  await expect(page.locator('[data-testid="campaign-card"][data-slug="olympics-boycott-2023"]')).toBeVisible();

  // An id DISARM does not define is ignored, and says so.
  await page.goto("/?technique=T0999");
  await expect(page.getByTestId("ignored-filters")).toContainText("technique");
  await expect(page.getByTestId("technique-filter-note")).toHaveCount(0);
});
