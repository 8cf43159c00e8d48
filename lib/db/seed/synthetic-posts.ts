/**
 * Deterministic synthetic posts and accounts for the demo. The seed articles report volumes,
 * platforms, dates, languages and the captions' wording, never the posts themselves, so the
 * posts are generated to match what they report. Every record is labelled synthetic: handles
 * start with "syn_", platform ids with "synthetic-", and no record carries a URL.
 *
 * Same seed, same output: a small seeded PRNG (mulberry32), no Math.random, no clock.
 */
import type { Platform } from "../generated/sqlite/client.ts";
import { CAMPAIGN_SLUGS, NETWORK_SLUGS } from "./demo-data.ts";

/** The default seed; any other value gives another, equally deterministic, dataset. */
export const SYNTHETIC_SEED = 20240515;

/** Prefix of every synthetic post's (and account's) platform id, so none can collide with a real one. */
export const SYNTHETIC_ID_PREFIX = "synthetic-";
/** Prefix of every synthetic account handle. */
export const SYNTHETIC_HANDLE_PREFIX = "syn_";

/**
 * Stands in for the hash of the doctored montage: sha256 of the text "campaign-tracker synthetic
 * placeholder: doctored police montage, New Caledonia, May 2024", not of any real image.
 */
export const DOCTORED_POLICE_IMAGE_MEDIA_HASH = "2e5fd29e3cc2a5356301b6da6cdd45dff3dcca13502c7a976667a785c7deea7e";

// Volumes and windows, each from what the articles report (see the generator of each campaign).
export const POLICE_IMAGE_POST_COUNT = 3_987; // "around 4,000 publications" (AFP via Le Monde)
export const POLICE_IMAGE_START = Date.UTC(2024, 4, 15, 6, 0, 0); // "the previous day" before Thu 16 May
export const OLYMPICS_WAVE_STARTS = [Date.UTC(2023, 9, 2, 6, 0, 0), Date.UTC(2023, 9, 30, 6, 0, 0)] as const;
export const OLYMPICS_WAVE_POST_COUNTS = [880, 1_260] as const;
export const BIG_STREAM_FIRST_DAY = Date.UTC(2023, 6, 10); // the group was formed in July 2023
export const BIG_STREAM_LAST_DAY = Date.UTC(2024, 4, 16); // its statement of Thursday 16 May 2024

export type SyntheticTheme =
  | "police-murderers"
  | "olympics-boycott"
  | "olympics-cannot-host"
  | "overseas-territories"
  | "anti-colonial-general";

export interface SyntheticAccount {
  platform: Platform;
  handle: string;
  platformAccountId: string;
  displayName: string;
  accountCreatedAt: Date;
  followers: number;
  /** When the account's first synthetic post appears. */
  firstSeenAt: Date;
  networkSlug: string;
  synthetic: true;
}

export interface SyntheticPost {
  campaignSlug: string;
  platform: Platform;
  platformPostId: string;
  url: null;
  accountHandle: string;
  text: string;
  language: "fr" | "en";
  postedAt: Date;
  mediaHash: string | null;
  likeCount: number;
  shareCount: number;
  replyCount: number;
  viewCount: number | null;
  isRepost: boolean;
  doctoredMedia: boolean;
  synthetic: true;
  /** Not stored: what the caption says, so tests can check the mix the articles report. */
  theme: SyntheticTheme;
}

export interface SyntheticDataset {
  accounts: SyntheticAccount[];
  posts: SyntheticPost[];
}

// ---------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------

/** mulberry32: a tiny 32-bit PRNG, good enough for demo data and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max). */
  int(min: number, max: number): number {
    return Math.floor(this.uniform(min, max));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  weighted<T>(items: readonly { value: T; weight: number }[]): T {
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    let threshold = this.next() * total;
    for (const item of items) {
      threshold -= item.weight;
      if (threshold < 0) return item.value;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error("weighted pick from an empty list");
    return last.value;
  }

  /** Gamma with shape 2: a burst that rises, peaks at `scale` and decays. */
  gamma2(scale: number): number {
    return -scale * Math.log((1 - this.next()) * (1 - this.next()));
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Lomax (Pareto II): mostly small counts, a few large ones, as engagement is. */
  lomax(scale: number, alpha: number): number {
    return scale * (Math.pow(1 - this.next(), -1 / alpha) - 1);
  }
}

/** Independent streams per campaign, so changing one campaign's volume leaves the others as they were. */
function streamSeed(seed: number, stream: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(stream, 0xc2b2ae35)) >>> 0;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function wholeSecond(ms: number): Date {
  return new Date(Math.round(ms / 1000) * 1000);
}

// ---------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------

interface AccountDraft {
  account: Omit<SyntheticAccount, "firstSeenAt">;
  /** Most accounts post in one language. */
  language: "fr" | "en";
  weight: number;
}

interface AccountPoolSpec {
  handleStem: string;
  displayStem: string;
  networkSlug: string;
  platform: Platform;
  count: number;
  frenchShare: number;
  createdBetween: readonly [number, number];
  followerScale: number;
}

function makeAccountPool(random: Random, spec: AccountPoolSpec): AccountDraft[] {
  const drafts: AccountDraft[] = [];
  for (let index = 1; index <= spec.count; index++) {
    const number = String(index).padStart(3, "0");
    const handle = `${SYNTHETIC_HANDLE_PREFIX}${spec.handleStem}_${spec.platform}_${number}`;
    drafts.push({
      account: {
        platform: spec.platform,
        handle,
        platformAccountId: `${SYNTHETIC_ID_PREFIX}${handle}`,
        displayName: `${spec.displayStem} ${number} (synthetic)`,
        accountCreatedAt: wholeSecond(random.uniform(spec.createdBetween[0], spec.createdBetween[1])),
        followers: Math.min(250_000, Math.round(random.lomax(spec.followerScale, 1.3))),
        networkSlug: spec.networkSlug,
        synthetic: true,
      },
      language: random.chance(spec.frenchShare) ? "fr" : "en",
      // Zipf-like activity: a few accounts post a lot, most post a little.
      weight: 1 / Math.pow(index, 0.6),
    });
  }
  return drafts;
}

function pickAccount(random: Random, pool: AccountDraft[], cumulative: number[]): AccountDraft {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const threshold = random.float() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] ?? 0) > threshold) high = middle;
    else low = middle + 1;
  }
  const draft = pool[low];
  if (!draft) throw new Error("empty account pool");
  return draft;
}

function cumulativeWeights(pool: AccountDraft[]): number[] {
  let sum = 0;
  return pool.map((draft) => (sum += draft.weight));
}

// ---------------------------------------------------------------------------------------
// Engagement
// ---------------------------------------------------------------------------------------

type Engagement = Pick<SyntheticPost, "likeCount" | "shareCount" | "replyCount" | "viewCount">;

function engagement(random: Random, platform: Platform, isRepost: boolean, reach: number): Engagement {
  // A repost's reactions count on the original, and platforms show no views for it.
  if (isRepost) return { likeCount: 0, shareCount: 0, replyCount: 0, viewCount: null };
  const likeCount = Math.min(25_000, Math.floor(random.lomax(6 * reach, 1.4)));
  const shareCount = Math.floor(likeCount * random.uniform(platform === "x" ? 0.2 : 0.1, platform === "x" ? 0.7 : 0.5));
  const replyCount = Math.floor(likeCount * random.uniform(0.03, 0.3));
  // X shows view counts; Facebook does not for ordinary posts.
  const viewCount = platform === "x" ? Math.floor((likeCount + 1) * random.uniform(35, 110) + random.int(20, 300)) : null;
  return { likeCount, shareCount, replyCount, viewCount };
}

// ---------------------------------------------------------------------------------------
// Shared assembly
// ---------------------------------------------------------------------------------------

interface PostDraft {
  platform: Platform;
  account: AccountDraft;
  postedAtMs: number;
  language: "fr" | "en";
  text: string;
  theme: SyntheticTheme;
  isRepost: boolean;
}

/** Gives every account at least one post, taking one from the busiest account of its platform. */
function ensureEveryAccountPosts(drafts: PostDraft[], pool: AccountDraft[]): void {
  const postsByHandle = new Map<string, PostDraft[]>();
  for (const draft of drafts) {
    const list = postsByHandle.get(draft.account.account.handle) ?? [];
    list.push(draft);
    postsByHandle.set(draft.account.account.handle, list);
  }
  for (const idle of pool) {
    if (postsByHandle.has(idle.account.handle)) continue;
    let busiest: PostDraft[] | undefined;
    for (const [handle, list] of postsByHandle) {
      const owner = list[0]?.account;
      if (!owner || owner.account.platform !== idle.account.platform || handle === idle.account.handle) continue;
      if (!busiest || list.length > busiest.length) busiest = list;
    }
    const moved = busiest?.pop();
    if (!moved || !busiest || busiest.length === 0) throw new Error("not enough posts to give every account one");
    moved.account = idle;
    postsByHandle.set(idle.account.handle, [moved]);
  }
}

function assemble(
  random: Random,
  campaignSlug: string,
  idStem: string,
  drafts: PostDraft[],
  pools: AccountDraft[],
  media: { mediaHash: string | null; doctoredMedia: boolean },
): SyntheticDataset {
  drafts.sort((a, b) => a.postedAtMs - b.postedAtMs || a.account.account.handle.localeCompare(b.account.account.handle));
  const counters = new Map<Platform, number>();
  const firstSeen = new Map<string, number>();
  const posts = drafts.map((draft): SyntheticPost => {
    const serial = (counters.get(draft.platform) ?? 0) + 1;
    counters.set(draft.platform, serial);
    const handle = draft.account.account.handle;
    if (!firstSeen.has(handle)) firstSeen.set(handle, draft.postedAtMs);
    // Bigger accounts reach more people; the square root keeps the tail plausible.
    const reach = Math.max(0.3, Math.sqrt(draft.account.account.followers / 500));
    return {
      campaignSlug,
      platform: draft.platform,
      platformPostId: `${SYNTHETIC_ID_PREFIX}${idStem}-${draft.platform}-${String(serial).padStart(5, "0")}`,
      url: null,
      accountHandle: handle,
      text: draft.text,
      language: draft.language,
      postedAt: new Date(draft.postedAtMs),
      mediaHash: media.mediaHash,
      ...engagement(random, draft.platform, draft.isRepost, reach),
      isRepost: draft.isRepost,
      doctoredMedia: media.doctoredMedia,
      synthetic: true,
      theme: draft.theme,
    };
  });
  const accounts = pools.map((draft): SyntheticAccount => {
    const seen = firstSeen.get(draft.account.handle);
    if (seen === undefined) throw new Error(`synthetic account ${draft.account.handle} has no post`);
    return { ...draft.account, firstSeenAt: new Date(seen) };
  });
  return { accounts, posts };
}

function otherLanguage(language: "fr" | "en"): "fr" | "en" {
  return language === "fr" ? "en" : "fr";
}

// ---------------------------------------------------------------------------------------
// The doctored police image, 15-16 May 2024
// ---------------------------------------------------------------------------------------

// The reported wording: "The French Police are murderers" (ABC); the French variants are
// how that caption reads in French. Hashtags name the territory as both sides do.
const POLICE_CAPTIONS = {
  fr: {
    bases: ["La police française est meurtrière", "Les policiers français sont des assassins", "LA POLICE FRANÇAISE EST MEURTRIÈRE"],
    prefixes: ["", "", "", "Nouvelle-Calédonie : ", "Kanaky : ", "Nouméa : "],
    hashtags: ["", "#NouvelleCalédonie", "#Kanaky", "#NouvelleCalédonie #Kanaky", "#Nouméa #Kanaky", "#Kanaky #NouvelleCalédonie #Nouméa"],
  },
  en: {
    bases: ["The French Police are murderers", "THE FRENCH POLICE ARE MURDERERS", "French police are murderers"],
    prefixes: ["", "", "New Caledonia: ", "Kanaky: "],
    hashtags: ["", "#NewCaledonia", "#Kanaky", "#NewCaledonia #Kanaky", "#Noumea #Kanaky"],
  },
} as const;

function policeCaption(random: Random, language: "fr" | "en"): string {
  const parts = POLICE_CAPTIONS[language];
  const caption = `${random.pick(parts.prefixes)}${random.pick(parts.bases)}${random.pick(["", "", ".", " !", "!"] as const)}`;
  const hashtags = random.pick(parts.hashtags);
  return hashtags ? `${caption} ${hashtags}` : caption;
}

function generatePoliceImage(seed: number): SyntheticDataset {
  const random = new Random(streamSeed(seed, 1));
  const common = {
    handleStem: "proaz",
    displayStem: "Pro-Azerbaijan network account",
    networkSlug: NETWORK_SLUGS.proAzerbaijanAccounts,
    frenchShare: 0.85,
    createdBetween: [Date.UTC(2012, 0, 1), Date.UTC(2024, 3, 30)] as const,
    followerScale: 300,
  };
  // "X (formerly Twitter) and Facebook" (ABC); the articles give no split, so about 70/30.
  const xPool = makeAccountPool(random, { ...common, platform: "x", count: 240 });
  const facebookPool = makeAccountPool(random, { ...common, platform: "facebook", count: 100 });
  const xWeights = cumulativeWeights(xPool);
  const facebookWeights = cumulativeWeights(facebookPool);

  const drafts: PostDraft[] = [];
  const originals: { fr: string[]; en: string[] } = { fr: [], en: [] };
  for (let index = 0; index < POLICE_IMAGE_POST_COUNT; index++) {
    // Nine posts in ten fall in the burst (peaking hours after the start, all by late on
    // 16 May); the rest trail off over the following days.
    let hours: number;
    if (random.chance(0.9)) {
      do hours = random.gamma2(5);
      while (hours >= 40);
    } else {
      do hours = 40 + random.exponential(30);
      while (hours >= 150);
    }
    const platform: Platform = random.chance(0.7) ? "x" : "facebook";
    const account = platform === "x" ? pickAccount(random, xPool, xWeights) : pickAccount(random, facebookPool, facebookWeights);
    const language = random.chance(0.9) ? account.language : otherLanguage(account.language);
    const earlier = originals[language];
    const isRepost = earlier.length > 0 && random.chance(0.35);
    const text = isRepost ? random.pick(earlier) : policeCaption(random, language);
    if (!isRepost) earlier.push(text);
    drafts.push({ platform, account, postedAtMs: POLICE_IMAGE_START + hours * HOUR, language, text, theme: "police-murderers", isRepost });
  }
  for (const draft of drafts) draft.postedAtMs = wholeSecond(draft.postedAtMs).getTime();
  const pools = [...xPool, ...facebookPool];
  ensureEveryAccountPosts(drafts, pools);
  return assemble(random, CAMPAIGN_SLUGS.doctoredPoliceImage, "police-image", drafts, pools, {
    mediaHash: DOCTORED_POLICE_IMAGE_MEDIA_HASH,
    doctoredMedia: true,
  });
}

// ---------------------------------------------------------------------------------------
// The Olympics-boycott operation, 2023: two stages
// ---------------------------------------------------------------------------------------

// Captions from the two narratives the articles report: a boycott call (Le Monde, ABC) and
// "France's capability to host the Olympic Games" (The Epoch Times).
const OLYMPICS_CAPTIONS: Record<"fr" | "en", { theme: SyntheticTheme; text: string }[]> = {
  fr: [
    { theme: "olympics-boycott", text: "Boycottez les JO de Paris 2024 !" },
    { theme: "olympics-boycott", text: "Pourquoi aller aux Jeux de Paris ? Boycott." },
    { theme: "olympics-boycott", text: "Ne venez pas aux Jeux olympiques de Paris." },
    { theme: "olympics-cannot-host", text: "La France est incapable d'organiser les Jeux olympiques." },
    { theme: "olympics-cannot-host", text: "Paris 2024 : la France n'est pas en mesure d'accueillir les Jeux." },
  ],
  en: [
    { theme: "olympics-boycott", text: "Boycott the Paris 2024 Olympics!" },
    { theme: "olympics-boycott", text: "Stay away from the Paris Olympics." },
    { theme: "olympics-cannot-host", text: "France is not capable of hosting the Olympic Games." },
    { theme: "olympics-cannot-host", text: "Paris 2024: France cannot host the Games." },
  ],
};
const OLYMPICS_HASHTAGS: Record<"fr" | "en", readonly string[]> = {
  fr: ["", "#Paris2024", "#JO2024", "#BoycottParis2024", "#JO2024 #BoycottParis2024"],
  en: ["", "#Paris2024", "#Olympics", "#BoycottParis2024", "#Paris2024 #Boycott"],
};

function generateOlympicsBoycott(seed: number): SyntheticDataset {
  const random = new Random(streamSeed(seed, 2));
  const common = {
    handleStem: "jo2024",
    displayStem: "Olympics-boycott account",
    networkSlug: NETWORK_SLUGS.olympicsBoycottAccounts,
    frenchShare: 0.65,
    createdBetween: [Date.UTC(2011, 0, 1), Date.UTC(2023, 8, 1)] as const,
    followerScale: 250,
  };
  const xPool = makeAccountPool(random, { ...common, platform: "x", count: 120 });
  const facebookPool = makeAccountPool(random, { ...common, platform: "facebook", count: 60 });
  const xWeights = cumulativeWeights(xPool);
  const facebookWeights = cumulativeWeights(facebookPool);

  const drafts: PostDraft[] = [];
  // "carried out in two stages" (Le Monde), before Viginum's finding in November 2023. The
  // articles date neither stage: the windows here are an illustration, four weeks apart.
  OLYMPICS_WAVE_STARTS.forEach((startMs, wave) => {
    const count = OLYMPICS_WAVE_POST_COUNTS[wave] ?? 0;
    const spanHours = wave === 0 ? 12 * 24 : 14 * 24;
    const peakHours = wave === 0 ? 30 : 36;
    for (let index = 0; index < count; index++) {
      let hours: number;
      do hours = random.gamma2(peakHours);
      while (hours >= spanHours);
      const platform: Platform = random.chance(0.65) ? "x" : "facebook";
      const account = platform === "x" ? pickAccount(random, xPool, xWeights) : pickAccount(random, facebookPool, facebookWeights);
      const language = random.chance(0.9) ? account.language : otherLanguage(account.language);
      const caption = random.pick(OLYMPICS_CAPTIONS[language]);
      const hashtags = random.pick(OLYMPICS_HASHTAGS[language]);
      drafts.push({
        platform,
        account,
        postedAtMs: wholeSecond(startMs + hours * HOUR).getTime(),
        language,
        text: hashtags ? `${caption.text} ${hashtags}` : caption.text,
        theme: caption.theme,
        isRepost: random.chance(0.3),
      });
    }
  });
  const pools = [...xPool, ...facebookPool];
  ensureEveryAccountPosts(drafts, pools);
  return assemble(random, CAMPAIGN_SLUGS.olympicsBoycott, "olympics-boycott", drafts, pools, { mediaHash: null, doctoredMedia: false });
}

// ---------------------------------------------------------------------------------------
// The Baku Initiative Group's steady output, July 2023 - May 2024
// ---------------------------------------------------------------------------------------

const TERRITORIES = [
  { fr: "en Nouvelle-Calédonie", en: "New Caledonia", hashtag: "#Kanaky", weight: 5 },
  { fr: "en Martinique", en: "Martinique", hashtag: "#Martinique", weight: 2 },
  { fr: "en Guadeloupe", en: "Guadeloupe", hashtag: "#Guadeloupe", weight: 1.5 },
  { fr: "en Guyane", en: "French Guiana", hashtag: "#Guyane", weight: 1.5 },
  { fr: "en Polynésie française", en: "French Polynesia", hashtag: "#Polynésie", weight: 1.5 },
  { fr: "à Mayotte", en: "Mayotte", hashtag: "#Mayotte", weight: 1 },
] as const;

const BIG_TERRITORY_TEMPLATES: Record<"fr" | "en", ((place: string) => string)[]> = {
  fr: [
    (place) => `Solidarité avec les peuples en lutte contre le colonialisme français ${place}.`,
    (place) => `Nous soutenons le droit à l'autodétermination des peuples colonisés ${place}.`,
    (place) => `La France doit mettre fin à sa politique coloniale ${place}.`,
    (place) => `Table ronde du Groupe d'initiative de Bakou sur la situation ${place}.`,
  ],
  en: [
    (place) => `Solidarity with the people of ${place} in their fight against French colonialism.`,
    (place) => `We support the right to self-determination of the people of ${place}.`,
    (place) => `France must end its colonial policy in ${place}.`,
    (place) => `Baku Initiative Group round table on the situation in ${place}.`,
  ],
};

const BIG_GENERAL_CAPTIONS: Record<"fr" | "en", readonly string[]> = {
  fr: [
    "Le Groupe d'initiative de Bakou soutient la lutte contre le colonialisme et le néocolonialisme.",
    "Conférence internationale sur la décolonisation : déclaration finale du Groupe d'initiative de Bakou.",
    "Solidarité avec les mouvements de Corse.",
  ],
  en: [
    "The Baku Initiative Group supports the fight against colonialism and neo-colonialism.",
    "International conference on decolonisation: closing statement of the Baku Initiative Group.",
  ],
};

const BIG_ACCOUNTS: { handle: string; platform: Platform; language: "fr" | "en"; weight: number; followers: number }[] = [
  { handle: "syn_big_official", platform: "x", language: "fr", weight: 4, followers: 9_400 },
  { handle: "syn_big_en", platform: "x", language: "en", weight: 2, followers: 2_100 },
  { handle: "syn_big_member_01", platform: "x", language: "fr", weight: 1, followers: 640 },
  { handle: "syn_big_official_fb", platform: "facebook", language: "fr", weight: 3, followers: 12_800 },
  { handle: "syn_big_page_en", platform: "facebook", language: "en", weight: 1, followers: 1_700 },
];

function generateBakuInitiativeGroup(seed: number): SyntheticDataset {
  const random = new Random(streamSeed(seed, 3));
  const pool: AccountDraft[] = BIG_ACCOUNTS.map((spec, index) => ({
    account: {
      platform: spec.platform,
      handle: spec.handle,
      platformAccountId: `${SYNTHETIC_ID_PREFIX}${spec.handle}`,
      displayName: `BIG-linked account ${index + 1} (synthetic)`,
      // Opened as the group was formed, in early July 2023.
      accountCreatedAt: wholeSecond(random.uniform(Date.UTC(2023, 6, 1), BIG_STREAM_FIRST_DAY)),
      followers: spec.followers,
      networkSlug: NETWORK_SLUGS.bakuInitiativeGroupAccounts,
      synthetic: true,
    },
    language: spec.language,
    weight: spec.weight,
  }));
  const weights = cumulativeWeights(pool);

  const drafts: PostDraft[] = [];
  for (let dayMs = BIG_STREAM_FIRST_DAY; dayMs <= BIG_STREAM_LAST_DAY; dayMs += DAY) {
    // About one post a day: "a smaller steady stream" next to the two bursts.
    const roll = random.float();
    const count = roll < 0.35 ? 0 : roll < 0.75 ? 1 : roll < 0.93 ? 2 : 3;
    for (let index = 0; index < count; index++) {
      const account = pickAccount(random, pool, weights);
      const language = random.chance(0.95) ? account.language : otherLanguage(account.language);
      // "90 percent of the Baku Group's output on social networks concerned French overseas
      // territories" (Radio France, via The Epoch Times).
      const aboutOverseasTerritories = random.chance(0.9);
      let text: string;
      if (aboutOverseasTerritories) {
        const territory = random.weighted(TERRITORIES.map((item) => ({ value: item, weight: item.weight })));
        text = `${random.pick(BIG_TERRITORY_TEMPLATES[language])(territory[language])} ${territory.hashtag}`;
      } else {
        text = random.pick(BIG_GENERAL_CAPTIONS[language]);
      }
      drafts.push({
        platform: account.account.platform,
        account,
        // Posted during Baku office hours (UTC+4): 05:00-19:00 UTC.
        postedAtMs: wholeSecond(dayMs + random.uniform(5, 19) * HOUR).getTime(),
        language,
        text,
        theme: aboutOverseasTerritories ? "overseas-territories" : "anti-colonial-general",
        isRepost: random.chance(0.1),
      });
    }
  }
  ensureEveryAccountPosts(drafts, pool);
  return assemble(random, CAMPAIGN_SLUGS.bakuInitiativeGroup, "big", drafts, pool, { mediaHash: null, doctoredMedia: false });
}

// ---------------------------------------------------------------------------------------

/** All synthetic accounts and posts of the demo, identical for the same seed. */
export function generateSyntheticDataset(seed: number = SYNTHETIC_SEED): SyntheticDataset {
  const parts = [generatePoliceImage(seed), generateOlympicsBoycott(seed), generateBakuInitiativeGroup(seed)];
  return {
    accounts: parts.flatMap((part) => part.accounts),
    posts: parts.flatMap((part) => part.posts),
  };
}
