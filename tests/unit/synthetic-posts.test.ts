import { describe, expect, it } from "vitest";
import { CAMPAIGN_SLUGS, NETWORKS } from "../../lib/db/seed/demo-data.ts";
import {
  DOCTORED_POLICE_IMAGE_MEDIA_HASH,
  generateSyntheticDataset,
  mulberry32,
  SYNTHETIC_SEED,
  type SyntheticPost,
} from "../../lib/db/seed/synthetic-posts.ts";

const dataset = generateSyntheticDataset();
const postsOf = (slug: string) => dataset.posts.filter((post) => post.campaignSlug === slug);
const policePosts = postsOf(CAMPAIGN_SLUGS.doctoredPoliceImage);
const olympicsPosts = postsOf(CAMPAIGN_SLUGS.olympicsBoycott);
const bigPosts = postsOf(CAMPAIGN_SLUGS.bakuInitiativeGroup);

const share = (posts: SyntheticPost[], test: (post: SyntheticPost) => boolean) => posts.filter(test).length / posts.length;
const utc = (iso: string) => new Date(iso).getTime();
const between = (post: SyntheticPost, fromIso: string, toIso: string) =>
  post.postedAt.getTime() >= utc(fromIso) && post.postedAt.getTime() < utc(toIso);

describe("mulberry32", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const first = mulberry32(42);
    const again = mulberry32(42);
    const other = mulberry32(43);
    const a = Array.from({ length: 1000 }, () => first());
    expect(Array.from({ length: 1000 }, () => again())).toEqual(a);
    expect(Array.from({ length: 1000 }, () => other())).not.toEqual(a);
    expect(a.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe("generateSyntheticDataset", () => {
  it("is deterministic: the same seed gives the same dataset, another seed another", () => {
    expect(generateSyntheticDataset()).toEqual(dataset);
    expect(generateSyntheticDataset(SYNTHETIC_SEED)).toEqual(dataset);
    const other = generateSyntheticDataset(SYNTHETIC_SEED + 1);
    expect(other.posts.map((post) => post.postedAt.getTime())).not.toEqual(dataset.posts.map((post) => post.postedAt.getTime()));
  });

  it("labels every post and account synthetic, with ids that cannot collide with real ones", () => {
    const unlabelledPosts = dataset.posts.filter(
      (post) => post.synthetic !== true || !post.platformPostId.startsWith("synthetic-") || post.url !== null || !post.accountHandle.startsWith("syn_"),
    );
    expect(unlabelledPosts).toEqual([]);
    const unlabelledAccounts = dataset.accounts.filter(
      (account) =>
        account.synthetic !== true ||
        !account.handle.startsWith("syn_") ||
        !account.platformAccountId.startsWith("synthetic-") ||
        !account.displayName.includes("synthetic"),
    );
    expect(unlabelledAccounts).toEqual([]);
  });

  it("gives unique (platform, platformPostId) and (platform, handle) pairs", () => {
    const postKeys = new Set(dataset.posts.map((post) => `${post.platform}/${post.platformPostId}`));
    expect(postKeys.size).toBe(dataset.posts.length);
    const accountKeys = new Set(dataset.accounts.map((account) => `${account.platform}/${account.handle}`));
    expect(accountKeys.size).toBe(dataset.accounts.length);
  });

  it("links every post to an account on its platform, and every account to a post and a known network", () => {
    const accounts = new Map(dataset.accounts.map((account) => [`${account.platform}/${account.handle}`, account]));
    const networkSlugs = new Set(NETWORKS.map((network) => network.slug));
    const firstPost = new Map<string, number>();
    for (const post of dataset.posts) {
      const key = `${post.platform}/${post.accountHandle}`;
      expect(accounts.has(key), key).toBe(true);
      firstPost.set(key, Math.min(firstPost.get(key) ?? Infinity, post.postedAt.getTime()));
    }
    for (const [key, account] of accounts) {
      expect(firstPost.has(key), `${key} has no post`).toBe(true);
      expect(account.firstSeenAt.getTime()).toBe(firstPost.get(key));
      expect(account.accountCreatedAt.getTime()).toBeLessThan(account.firstSeenAt.getTime());
      expect(networkSlugs.has(account.networkSlug)).toBe(true);
    }
  });

  it("uses UTC timestamps in whole seconds and plausible engagement", () => {
    const isCount = (value: number) => Number.isInteger(value) && value >= 0;
    const implausible = dataset.posts.filter(
      (post) =>
        post.postedAt.getTime() % 1000 !== 0 ||
        !isCount(post.likeCount) ||
        !isCount(post.shareCount) ||
        !isCount(post.replyCount) ||
        // a repost's reactions count on the original
        (post.isRepost && post.likeCount + post.shareCount + post.replyCount !== 0) ||
        // X shows views on original posts; Facebook does not
        ((post.platform === "facebook" || post.isRepost) !== (post.viewCount === null)) ||
        (post.viewCount !== null && post.viewCount <= post.likeCount),
    );
    expect(implausible).toEqual([]);
    const likes = policePosts.map((post) => post.likeCount).sort((a, b) => a - b);
    expect(likes[Math.floor(likes.length / 2)]).toBeLessThan(50); // most posts get little traction
    expect(likes[likes.length - 1]).toBeLessThanOrEqual(25_000);
  });
});

describe("the doctored police image campaign", () => {
  it('has "around 4,000 publications" from a few hundred accounts', () => {
    expect(policePosts.length).toBeGreaterThanOrEqual(3_900);
    expect(policePosts.length).toBeLessThanOrEqual(4_100);
    const accounts = new Set(policePosts.map((post) => `${post.platform}/${post.accountHandle}`));
    expect(accounts.size).toBeGreaterThanOrEqual(300);
    expect(accounts.size).toBeLessThanOrEqual(400);
  });

  it("bursts on 15-16 May 2024 (UTC), peaks on the first day, and trails off within days", () => {
    expect(share(policePosts, (post) => between(post, "2024-05-15T00:00:00Z", "2024-05-17T00:00:00Z"))).toBeGreaterThan(0.8);
    expect(policePosts.some((post) => post.postedAt.getTime() < utc("2024-05-15T00:00:00Z"))).toBe(false);
    expect(policePosts.some((post) => post.postedAt.getTime() >= utc("2024-05-17T00:00:00Z"))).toBe(true);
    expect(policePosts.every((post) => post.postedAt.getTime() < utc("2024-05-22T00:00:00Z"))).toBe(true);
    const perHour = new Map<string, number>();
    for (const post of policePosts) {
      const hour = post.postedAt.toISOString().slice(0, 13);
      perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
    }
    const [peakHour] = [...perHour].sort((a, b) => b[1] - a[1])[0] ?? [""];
    expect(peakHour.startsWith("2024-05-15")).toBe(true);
  });

  it("is on X and Facebook (about 70/30), mostly in French, with English", () => {
    expect(new Set(policePosts.map((post) => post.platform))).toEqual(new Set(["x", "facebook"]));
    const xShare = share(policePosts, (post) => post.platform === "x");
    expect(xShare).toBeGreaterThan(0.6);
    expect(xShare).toBeLessThan(0.8);
    expect(new Set(policePosts.map((post) => post.language))).toEqual(new Set(["fr", "en"]));
    expect(share(policePosts, (post) => post.language === "fr")).toBeGreaterThan(0.6);
    expect(share(policePosts, (post) => post.language === "en")).toBeGreaterThan(0.1);
  });

  it("carries the reported caption and one doctored montage", () => {
    const wordings = {
      fr: [/police française est meurtrière/i, /policiers français sont des assassins/i],
      en: [/french police are murderers/i],
    };
    const offCaption = policePosts.filter((post) => !wordings[post.language].some((wording) => wording.test(post.text)));
    expect(offCaption).toEqual([]);
    const otherMedia = policePosts.filter((post) => post.mediaHash !== DOCTORED_POLICE_IMAGE_MEDIA_HASH || !post.doctoredMedia);
    expect(otherMedia).toEqual([]);
    expect(DOCTORED_POLICE_IMAGE_MEDIA_HASH).toMatch(/^[0-9a-f]{64}$/);
    expect(policePosts.some((post) => /#Kanaky/.test(post.text))).toBe(true);
    expect(policePosts.some((post) => /#NouvelleCalédonie/.test(post.text))).toBe(true);
  });

  it("is the only campaign with doctored media", () => {
    expect([...olympicsPosts, ...bigPosts].some((post) => post.doctoredMedia || post.mediaHash !== null)).toBe(false);
  });
});

describe("the Olympics-boycott operation", () => {
  it("runs in two stages weeks apart in autumn 2023", () => {
    expect(olympicsPosts.length).toBeGreaterThanOrEqual(1_500);
    expect(olympicsPosts.length).toBeLessThanOrEqual(3_000);
    expect(olympicsPosts.every((post) => between(post, "2023-09-01T00:00:00Z", "2023-12-01T00:00:00Z"))).toBe(true);
    const times = olympicsPosts.map((post) => post.postedAt.getTime()).sort((a, b) => a - b);
    let widestGap = 0;
    let gapAt = 0;
    for (let index = 1; index < times.length; index++) {
      const gap = times[index]! - times[index - 1]!;
      if (gap > widestGap) [widestGap, gapAt] = [gap, index];
    }
    expect(widestGap).toBeGreaterThan(14 * 24 * 3_600_000);
    // Both stages are substantial, not a handful of stragglers.
    expect(gapAt / times.length).toBeGreaterThan(0.25);
    expect(gapAt / times.length).toBeLessThan(0.75);
  });

  it("is on X and Facebook in French and English, about boycotting or France's capability to host", () => {
    expect(new Set(olympicsPosts.map((post) => post.platform))).toEqual(new Set(["x", "facebook"]));
    expect(new Set(olympicsPosts.map((post) => post.language))).toEqual(new Set(["fr", "en"]));
    expect(new Set(olympicsPosts.map((post) => post.theme))).toEqual(new Set(["olympics-boycott", "olympics-cannot-host"]));
  });
});

describe("the Baku Initiative Group's stream", () => {
  it("is a small steady stream from July 2023 to mid-May 2024 from a handful of accounts", () => {
    expect(bigPosts.length).toBeGreaterThanOrEqual(150);
    expect(bigPosts.length).toBeLessThan(olympicsPosts.length);
    expect(bigPosts.every((post) => between(post, "2023-07-01T00:00:00Z", "2024-05-17T00:00:00Z"))).toBe(true);
    const months = new Set(bigPosts.map((post) => post.postedAt.toISOString().slice(0, 7)));
    expect(months.size).toBe(11); // every month from 2023-07 to 2024-05
    const accounts = new Set(bigPosts.map((post) => `${post.platform}/${post.accountHandle}`));
    expect(accounts.size).toBeGreaterThanOrEqual(3);
    expect(accounts.size).toBeLessThanOrEqual(8);
  });

  it("is about 90% about French overseas territories (Radio France's finding)", () => {
    const overseas = share(bigPosts, (post) => post.theme === "overseas-territories");
    expect(overseas).toBeGreaterThan(0.85);
    expect(overseas).toBeLessThan(0.95);
  });
});
