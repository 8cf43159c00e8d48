/**
 * The demo dataset: France–Azerbaijan influence operations around New Caledonia and the
 * Paris 2024 Olympics, as reported by the five seed articles in shared/seeds/. Pure data,
 * no database access; lib/db/seed/seed-demo.ts writes it.
 *
 * Rules this file keeps (shared/seeds/README.md):
 * - every record names the article(s) it comes from (source keys, or a citation in the
 *   description where the table has no link to Source);
 * - a claim hedges exactly where its article hedges, and says so in `rationale`;
 * - dates are only as precise as the text: events carry a DatePrecision; Source.publishedAt,
 *   Attribution.claimedAt and Campaign.firstSeenAt/lastSeenAt have no precision column, so
 *   they are set only when the text gives the day (stored as midnight UTC of the day the
 *   article names), and left null otherwise;
 * - no URL is invented: the seed copies give none, so every `url` is null.
 * Quotations are copied from the seed files verbatim (typographic quotes normalised).
 */
import type {
  ActorKind,
  AttributionStatus,
  CampaignStatus,
  DatePrecision,
  InvestigatingBodyKind,
  Platform,
  ResponseStance,
  SourceKind,
} from "../generated/sqlite/client.ts";

/** The seed articles, by the short key the records below cite them with. */
export const SEED_ARTICLE_FILES = {
  abc: "000_64685658c6e760bd.txt",
  epochTimes: "001_dfe6ebae7a4bf8ac.txt",
  explainer: "002_75f1eb590c043746.txt",
  leMonde: "003_7ec3a0d5013e93ce.txt",
  politico: "004_e221e5224999e648.txt",
} as const;

export type SeedArticleKey = keyof typeof SEED_ARTICLE_FILES;

/** Where the copy of a seed article is kept, relative to the repository's parent folder. */
export function seedArticleCopy(key: SeedArticleKey): string {
  return `shared/seeds/${SEED_ARTICLE_FILES[key]}`;
}

/** A midnight-UTC date for a day the text names ("Thursday, May 16" → 2024-05-16). */
function day(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}

/** The first instant (UTC) of the period an event is dated to, read with its DatePrecision. */
function periodStart(year: number, month = 1): Date {
  return new Date(Date.UTC(year, month - 1, 1));
}

// ---------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------

export type AdmiraltyReliability = "A" | "B" | "C" | "D" | "E" | "F";
export type AdmiraltyCredibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface DemoInvestigatingBody {
  slug: string;
  name: string;
  kind: InvestigatingBodyKind;
  country: string | null;
  url: string | null;
}

export interface DemoActor {
  slug: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  description: string;
  /** The actor this one belongs to or is reported to serve (see the description for how firmly). */
  parentSlug: string | null;
}

export interface DemoSource {
  key: string;
  title: string;
  publisher: string;
  url: string | null;
  /** Only when the text gives the day; `publishedPeriod` says what is known otherwise. */
  publishedAt: Date | null;
  /** Not stored (Source has no such column): how the date was worked out, for reviewers. */
  publishedPeriod: string;
  kind: SourceKind;
  language: string | null;
  archivedCopy: string | null;
  reliability: AdmiraltyReliability | null;
  credibility: AdmiraltyCredibility | null;
  /** Not stored (Source has no notes column): why these Admiralty grades, or why none. */
  gradingRationale: string;
  bodySlug: string | null;
}

export interface DemoTarget {
  name: string;
  kind: "country" | "territory" | "territory group" | "event" | "organisation";
}

export interface DemoNarrative {
  slug: string;
  statement: string;
  description: string;
}

export interface DemoNetwork {
  slug: string;
  name: string;
  description: string;
}

export interface DemoCampaign {
  slug: string;
  name: string;
  summary: string;
  status: CampaignStatus;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  targetNames: string[];
  narrativeSlugs: string[];
  /** Platforms the articles say the campaign used (none is recorded when they say nothing). */
  platforms: Platform[];
  networkSlugs: string[];
  sourceKeys: string[];
}

export interface DemoEvent {
  key: string;
  occurredAt: Date;
  datePrecision: DatePrecision;
  title: string;
  description: string;
  location: string | null;
  campaignSlug: string | null;
  sourceKeys: string[];
}

export interface DemoAttribution {
  key: string;
  campaignSlug: string | null;
  networkSlug: string | null;
  actorSlug: string;
  claimantSlug: string;
  /** STIX 2.1 confidence, 0-100: ours in the claim as the articles report it, not the claimant's. */
  confidence: number;
  status: AttributionStatus;
  rationale: string;
  /** The earliest day the seed articles attest the claim, when they give one. */
  claimedAt: Date | null;
  sourceKeys: string[];
}

export interface DemoClaimResponse {
  key: string;
  attributionKey: string;
  actorSlug: string;
  /** Spelled as the source spells it. */
  spokesperson: string | null;
  stance: ResponseStance;
  statement: string;
  statedAt: Date | null;
  sourceKey: string;
}

// ---------------------------------------------------------------------------------------
// Investigating bodies: who investigates, reports or makes a claim
// ---------------------------------------------------------------------------------------

export const INVESTIGATING_BODIES: DemoInvestigatingBody[] = [
  { slug: "viginum", name: "Viginum", kind: "government_agency", country: "FR", url: null },
  {
    slug: "french-domestic-intelligence",
    name: "French domestic intelligence (DGSI)",
    kind: "intelligence_service",
    country: "FR",
    url: null,
  },
  {
    // POLITICO's official and the explainer's "intelligence sources in France" are not named,
    // so they are not pinned on a particular service.
    slug: "french-intelligence-unnamed",
    name: "French intelligence (unnamed official or sources)",
    kind: "intelligence_service",
    country: "FR",
    url: null,
  },
  {
    slug: "french-ministry-of-the-interior",
    name: "French Ministry of the Interior",
    kind: "government_agency",
    country: "FR",
    url: null,
  },
  {
    slug: "french-government-source-afp",
    name: "French government (unnamed source quoted by AFP)",
    kind: "government_agency",
    country: "FR",
    url: null,
  },
  { slug: "abc-foreign-correspondent", name: "ABC Foreign Correspondent", kind: "newsroom", country: "AU", url: null },
  { slug: "radio-france", name: "Radio France", kind: "newsroom", country: "FR", url: null },
  { slug: "le-monde", name: "Le Monde", kind: "newsroom", country: "FR", url: null },
  { slug: "afp", name: "Agence France-Presse (AFP)", kind: "newsroom", country: "FR", url: null },
  { slug: "politico-europe", name: "POLITICO Europe", kind: "newsroom", country: "BE", url: null },
  { slug: "europe-1", name: "Europe 1", kind: "newsroom", country: "FR", url: null },
  // The seed copy does not show which edition of The Epoch Times published the analysis.
  { slug: "the-epoch-times", name: "The Epoch Times", kind: "newsroom", country: null, url: null },
  { slug: "rbc", name: "RBC", kind: "newsroom", country: "RU", url: null },
  { slug: "vedomosti", name: "Vedomosti", kind: "newsroom", country: "RU", url: null },
  {
    // ABC does not say who carried out the investigation that linked the posts to YAP.
    slug: "unnamed-investigation-reported-by-abc",
    name: "Unnamed investigation (reported by ABC Foreign Correspondent)",
    kind: "other",
    country: null,
    url: null,
  },
  {
    slug: "unnamed-french-radio-report",
    name: "Unnamed French radio report (cited by the RBC/Vedomosti explainer)",
    kind: "newsroom",
    country: "FR",
    url: null,
  },
  {
    slug: "pierre-christophe-pantz",
    name: "Pierre-Christophe Pantz (University of New Caledonia)",
    kind: "academic",
    country: "NC",
    url: null,
  },
  {
    // A politician, not an investigator, but Attribution.claimant must be an investigating body.
    slug: "philippe-gomes",
    name: "Philippe Gomes (former president of the government of New Caledonia)",
    kind: "other",
    country: "NC",
    url: null,
  },
];

// ---------------------------------------------------------------------------------------
// Actors: who may be behind the campaigns
// ---------------------------------------------------------------------------------------

export const ACTORS: DemoActor[] = [
  {
    slug: "azerbaijan",
    name: "Azerbaijan",
    kind: "state",
    country: "AZ",
    description:
      "The Republic of Azerbaijan. Accused by the French government of interfering in New Caledonia (POLITICO Europe, 16 May 2024; Le Monde, 17 May 2024); it denies this (POLITICO Europe; The Epoch Times; RBC/Vedomosti explainer).",
    parentSlug: null,
  },
  {
    slug: "azerbaijan-ministry-of-foreign-affairs",
    name: "Azerbaijani Ministry of Foreign Affairs",
    kind: "government_body",
    country: "AZ",
    description:
      'Azerbaijan\'s Foreign Ministry. Its spokesman is spelled "Aykhan Hajizada" by POLITICO Europe, "Ayhan Hajizadeh" by The Epoch Times and "Aykhan Hajizadeh" by the RBC/Vedomosti explainer; each response keeps its source\'s spelling.',
    parentSlug: "azerbaijan",
  },
  {
    slug: "yeni-azerbaijan-party",
    name: "Yeni Azerbaijan Party (Yeni Azerbaycan Partiyasi, YAP)",
    kind: "political_party",
    country: "AZ",
    description:
      "Described by ABC Foreign Correspondent as \"Azerbaijan's presidential political party\". ABC reports that \"an investigation linked the authors of these posts\" (the doctored police image, May 2024) to it.",
    parentSlug: "azerbaijan",
  },
  {
    slug: "baku-initiative-group",
    name: "Baku Initiative Group (BIG)",
    kind: "organisation",
    country: "AZ",
    description:
      'Called "GIB" by Le Monde. Formed in Baku in July 2023, while Azerbaijan hosted a Non-Aligned Movement meeting, "at the instigation of Azerbaijan\'s President Ilham Aliyev" (ABC Foreign Correspondent); "Azerbaijan has even founded the Baku Initiative Group, bringing together 14 political movements across the former French Empire in the name of decolonization" (POLITICO Europe, 16 May 2024). Abbas Abbasov is its executive director (The Epoch Times) or president (Le Monde). "There is no detail on who funds the group" (The Epoch Times). The parent link to Azerbaijan records what ABC and POLITICO report, not an independent finding.',
    parentSlug: "azerbaijan",
  },
  {
    slug: "azerbaijan-linked-actors",
    name: "Azerbaijan-linked actors (unidentified)",
    kind: "unknown",
    country: "AZ",
    description:
      'The unnamed "actors linked to Azerbaijan" (ABC Foreign Correspondent, reporting Viginum) or "Azerbaijani actors" (Le Monde, 17 May 2024) behind the Olympics-boycott operation, and "these same actors" behind the May 2024 montage campaign (a government source to AFP, via Le Monde). Deliberately not linked to the Azerbaijani state: Le Monde reports that "a direct link with a state department in Baku could not be established".',
    parentSlug: null,
  },
  {
    slug: "russia",
    name: "Russia",
    kind: "state",
    country: "RU",
    description:
      "The Russian Federation. Named only at low confidence: by an unnamed French intelligence official (POLITICO Europe, 16 May 2024), by researcher Pierre-Christophe Pantz (ABC Foreign Correspondent) and in speculation by The Epoch Times.",
    parentSlug: null,
  },
  {
    slug: "turkey",
    name: "Turkey",
    kind: "state",
    country: "TR",
    description:
      "The Republic of Turkey. Earlier French claims that it backed Caledonian separatists, which it dismissed (RBC/Vedomosti explainer); said by researcher Pierre-Christophe Pantz to support Azerbaijan (ABC Foreign Correspondent).",
    parentSlug: null,
  },
  {
    slug: "china",
    name: "China",
    kind: "state",
    country: "CN",
    description:
      "The People's Republic of China. Only speculated about, by The Epoch Times (its interest in New Caledonia's nickel; the TikTok ban during the riots).",
    parentSlug: null,
  },
];

// ---------------------------------------------------------------------------------------
// Sources: one per seed article, plus statements and reports the articles quote
// ---------------------------------------------------------------------------------------

/** Statements reported inside an article are kept as their own source; `archivedCopy` then
 * points at the article that quotes them, and every record citing them also cites that article. */
export const SOURCES: DemoSource[] = [
  {
    key: "abc-foreign-correspondent-paradise-in-flames",
    title:
      'Azerbaijan\'s offer to fund New Caledonia\'s independence movement, companion article to the Foreign Correspondent episode "Paradise In Flames" (headline not in the seed copy)',
    publisher: "ABC Foreign Correspondent",
    url: null,
    publishedAt: null,
    publishedPeriod:
      '2024, after the May riots began: it calls July 2023 "July last year" and says New Caledonia "has been mired in unrest since May". No day is given.',
    kind: "news_article",
    language: "en",
    archivedCopy: seedArticleCopy("abc"),
    reliability: "B",
    credibility: 2,
    gradingRationale:
      "B: a public broadcaster's foreign-affairs programme with on-record interviews (Roch Wamytan, Pierre-Christophe Pantz). 2: consistent with the other articles, but some findings are unsourced (\"An investigation linked...\").",
    bodySlug: "abc-foreign-correspondent",
  },
  {
    key: "epoch-times-analysis",
    title:
      "Analysis of Azerbaijan's alleged interference in New Caledonia and of other possible influences (headline not in the seed copy)",
    publisher: "The Epoch Times",
    url: null,
    publishedAt: null,
    publishedPeriod:
      'Between mid-May and late July 2024: it reports the May riots ("six deaths to date") and the Olympic Games as "due to start on July 26". No day is given.',
    kind: "news_article",
    language: "en",
    archivedCopy: seedArticleCopy("epochTimes"),
    reliability: "C",
    credibility: 3,
    gradingRationale:
      'C: mixes reporting from other outlets with the newsroom\'s own geopolitical speculation ("What Other Influences Could Be at Work?"). 3: its quotations agree with the other articles; its claims about China and Russia are conjecture.',
    bodySlug: "the-epoch-times",
  },
  {
    key: "rbc-vedomosti-explainer",
    title:
      "Explainer on France's accusations that Azerbaijan interferes in New Caledonia, citing RBC and Vedomosti (headline not in the seed copy)",
    publisher: "Unidentified publisher (explainer citing RBC and Vedomosti)",
    url: null,
    publishedAt: null,
    publishedPeriod: 'After May 2024 ("In May 2024, France introduced an electoral reform"); no date is given.',
    kind: "news_article",
    language: "en",
    archivedCopy: seedArticleCopy("explainer"),
    reliability: "F",
    credibility: 3,
    gradingRationale:
      "F: the publisher cannot be identified from the text. 3: its account of Darmanin and the Milli Majlis conference agrees with the other articles; the earlier claims against Turkey are not corroborated elsewhere.",
    bodySlug: null,
  },
  {
    key: "le-monde-2024-05-17",
    title: "Azerbaijan interference in New Caledonia is just part of the story",
    publisher: "Le Monde (English edition)",
    url: null,
    // "Published on May 17, 2024, at 1:10 am (Paris)", i.e. 23:10 UTC on 16 May. Stored as the
    // day the article names, at midnight UTC like every other source, so it is cited as 17 May.
    publishedAt: day("2024-05-17"),
    publishedPeriod: "Given in the text: 17 May 2024, 1:10 am Paris time (updated 7:57 am). The seed copy is partial (paywalled).",
    kind: "news_article",
    language: "en",
    archivedCopy: seedArticleCopy("leMonde"),
    reliability: "B",
    credibility: 2,
    gradingRationale:
      "B: a newspaper of record that names its own sources (Radio France, Europe 1, AFP, Viginum). 2: carefully hedged, separating what is established from what is \"uncertain\"; only half of the article is in the copy.",
    bodySlug: "le-monde",
  },
  {
    key: "politico-europe-2024-05-16",
    title: "France accuses Azerbaijan of supporting the unrest in New Caledonia (headline not in the seed copy)",
    publisher: "POLITICO Europe",
    url: null,
    // The article says "Thursday" and "Wednesday"; shared/seeds/README.md dates it 16 May 2024.
    publishedAt: day("2024-05-16"),
    publishedPeriod: "16 May 2024 (a Thursday), per the seed catalogue; consistent with the text's \"on Thursday\".",
    kind: "news_article",
    language: "en",
    archivedCopy: seedArticleCopy("politico"),
    reliability: "B",
    credibility: 2,
    gradingRationale:
      "B: an established political newsroom quoting named officials and an anonymous intelligence official. 2: consistent with Le Monde and ABC; the intelligence official's claim is unverifiable.",
    bodySlug: "politico-europe",
  },
  // --- statements and reports quoted by the articles ---
  {
    key: "darmanin-france-2-2024-05-16",
    title:
      "Gérald Darmanin on France 2: \"This isn't a fantasy. It's a reality.\" (as quoted by Le Monde, POLITICO Europe, ABC, The Epoch Times and RBC)",
    publisher: "France 2",
    url: null,
    // Le Monde: Darmanin "insisted on French television on Thursday, May 16".
    publishedAt: day("2024-05-16"),
    publishedPeriod: 'Le Monde: "on French television on Thursday, May 16"; ABC and The Epoch Times name France 2.',
    kind: "government_statement",
    language: "fr",
    archivedCopy: seedArticleCopy("leMonde"),
    reliability: null,
    credibility: null,
    gradingRationale: "Not graded: a minister's political statement, known only through the articles quoting it.",
    bodySlug: "french-ministry-of-the-interior",
  },
  {
    key: "afp-government-source-2024-05-16",
    title:
      'Government source to AFP on the montage campaign: "quite massive, with around 4,000 publications" (as reported by Le Monde)',
    publisher: "Agence France-Presse (AFP)",
    url: null,
    // Le Monde (17 May): "On Thursday, a government source told Agence France-Presse".
    publishedAt: day("2024-05-16"),
    publishedPeriod: 'Le Monde, 17 May 2024: "On Thursday" (16 May 2024).',
    kind: "news_article",
    language: null,
    archivedCopy: seedArticleCopy("leMonde"),
    reliability: null,
    credibility: null,
    gradingRationale: "Not graded: an anonymous government source, known only through Le Monde's summary of the AFP dispatch.",
    bodySlug: "afp",
  },
  {
    key: "viginum-olympics-boycott-finding-2023-11",
    title:
      "Viginum finding: actors linked to Azerbaijan orchestrated a campaign calling for a boycott of the Paris Olympics (November 2023, as reported by ABC and Le Monde)",
    publisher: "Viginum",
    url: null,
    publishedAt: null,
    publishedPeriod: 'November 2023 (ABC: "Then in November", after events of "the end of last year"); no day is given.',
    kind: "government_statement",
    language: null,
    archivedCopy: seedArticleCopy("abc"),
    reliability: null,
    credibility: null,
    gradingRationale: "Not graded: the finding itself is not in the seed articles, only ABC's and Le Monde's one-line accounts of it.",
    bodySlug: "viginum",
  },
  {
    key: "europe-1-intelligence-sources-two-women",
    title:
      "Europe 1 report, citing intelligence sources, on two Azerbaijani women posing as journalists in Nouméa (as reported by Le Monde)",
    publisher: "Europe 1",
    url: null,
    publishedAt: null,
    publishedPeriod: "Not dated by Le Monde; the events it reports took place in late 2023.",
    kind: "news_article",
    language: "fr",
    archivedCopy: seedArticleCopy("leMonde"),
    reliability: null,
    credibility: null,
    gradingRationale: "Not graded: known only through Le Monde's summary.",
    bodySlug: "europe-1",
  },
  {
    key: "radio-france-big-social-output-analysis",
    title:
      "Radio France analysis: 90 percent of the Baku Initiative Group's output on social networks concerns French overseas territories (as reported by The Epoch Times)",
    publisher: "Radio France",
    url: null,
    publishedAt: null,
    publishedPeriod: "Not dated by The Epoch Times, which calls the publisher \"French state radio\".",
    kind: "news_article",
    language: "fr",
    archivedCopy: seedArticleCopy("epochTimes"),
    reliability: null,
    credibility: null,
    gradingRationale: "Not graded: known only through The Epoch Times' one-sentence summary.",
    bodySlug: "radio-france",
  },
  {
    key: "radio-france-flags-march-protest",
    title: "Radio France report on Azerbaijani flags at a Kanak independence protest at the end of March 2024 (as reported by Le Monde)",
    publisher: "Radio France",
    url: null,
    publishedAt: null,
    publishedPeriod: 'Not dated by Le Monde; the protest took place "at the end of March" 2024.',
    kind: "news_article",
    language: "fr",
    archivedCopy: seedArticleCopy("leMonde"),
    reliability: null,
    credibility: null,
    gradingRationale: "Not graded: known only through Le Monde's summary.",
    bodySlug: "radio-france",
  },
  {
    key: "rbc-darmanin-quote",
    title:
      'RBC report quoting Darmanin: "Some independence activists have made a deal with Azerbaijan. This is not speculation—it is a fact." (as cited by the explainer)',
    publisher: "RBC",
    url: null,
    publishedAt: null,
    publishedPeriod: "Not dated by the explainer.",
    kind: "news_article",
    language: "ru",
    archivedCopy: seedArticleCopy("explainer"),
    reliability: null,
    credibility: null,
    gradingRationale: "Not graded: known only through the explainer, whose publisher is unidentified.",
    bodySlug: "rbc",
  },
  {
    key: "vedomosti-milli-majlis-conference",
    title:
      'Vedomosti report on the Milli Majlis conference "New Caledonia: History, Current Challenges, and Expected Future" (as cited by the explainer)',
    publisher: "Vedomosti",
    url: null,
    publishedAt: null,
    publishedPeriod: "Not dated by the explainer; the conference took place in April 2024.",
    kind: "news_article",
    language: "ru",
    archivedCopy: seedArticleCopy("explainer"),
    reliability: null,
    credibility: null,
    gradingRationale: "Not graded: known only through the explainer, whose publisher is unidentified.",
    bodySlug: "vedomosti",
  },
];

// Source keys, named once so the records below cannot cite a misspelt key unnoticed
// (seed-demo.ts also checks every reference before writing).
const ABC = "abc-foreign-correspondent-paradise-in-flames";
const EPOCH = "epoch-times-analysis";
const EXPLAINER = "rbc-vedomosti-explainer";
const LE_MONDE = "le-monde-2024-05-17";
const POLITICO = "politico-europe-2024-05-16";
const DARMANIN_FRANCE_2 = "darmanin-france-2-2024-05-16";
const AFP_GOVERNMENT_SOURCE = "afp-government-source-2024-05-16";
const VIGINUM_OLYMPICS = "viginum-olympics-boycott-finding-2023-11";
const EUROPE_1 = "europe-1-intelligence-sources-two-women";
const RADIO_FRANCE_OUTPUT = "radio-france-big-social-output-analysis";
const RADIO_FRANCE_FLAGS = "radio-france-flags-march-protest";
const RBC = "rbc-darmanin-quote";
const VEDOMOSTI = "vedomosti-milli-majlis-conference";

// ---------------------------------------------------------------------------------------
// Targets, narratives, networks
// ---------------------------------------------------------------------------------------

export const TARGETS: DemoTarget[] = [
  { name: "France", kind: "country" },
  { name: "New Caledonia", kind: "territory" },
  { name: "French overseas territories", kind: "territory group" },
  { name: "Paris 2024 Olympic Games", kind: "event" },
  { name: "French police", kind: "organisation" },
];

export const NARRATIVES: DemoNarrative[] = [
  {
    slug: "boycott-the-paris-olympics",
    statement: "The Paris 2024 Olympic Games should be boycotted",
    description:
      'Le Monde (17 May 2024): "a disinformation operation calling for a boycott of the Paris Olympics"; ABC Foreign Correspondent: "a disinformation campaign calling for a boycott of the Olympics".',
  },
  {
    slug: "france-cannot-host-the-olympics",
    statement: "France is not capable of hosting the Olympic Games",
    description:
      'The Epoch Times: accounts "accused of running a disinformation campaign about France\'s capability to host the Olympic Games".',
  },
  {
    slug: "french-police-are-murderers",
    statement: "The French police are murderers",
    description:
      'The caption of the doctored image, "The French Police are murderers" (ABC Foreign Correspondent); The Epoch Times: "misleading content about French police actions in New Caledonia, aimed at inciting unrest and violence".',
  },
  {
    slug: "france-is-a-colonialist-state",
    statement: "France is a colonialist state",
    description:
      'A French intelligence official to POLITICO Europe (16 May 2024): "They\'re pushing the narrative of France being a colonialist state." Echoed by the Baku Initiative Group\'s stated aim to help French territories "fight against colonialism" (ABC) and by President Aliyev\'s accusations of "neo-colonialism" (POLITICO).',
  },
  {
    slug: "kanak-self-determination-infringed",
    statement: "Paris is infringing the Kanak people's right to self-determination",
    description:
      'The Baku Initiative Group\'s statement of 16 May 2024 accusing Paris of "infringing upon the Kanak people\'s right to self-determination by expanding the electorate to keep them a minority in their own homeland" (POLITICO Europe).',
  },
];

export const NETWORKS: DemoNetwork[] = [
  {
    slug: "pro-azerbaijan-accounts-new-caledonia-2024",
    name: "Pro-Azerbaijan account networks (New Caledonia, May 2024)",
    description:
      'The "networks of pro-Azerbaijan accounts" that generated "around 4,000 publications" of the police montage from 15 May 2024 (a government source to AFP, via Le Monde, 17 May 2024); social media accounts "which openly support Azerbaijan in the conflict with Armenia" (The Epoch Times); their authors linked by an investigation to Yeni Azerbaycan Partiyasi (ABC Foreign Correspondent). No account is named in the articles: the accounts in this demo are synthetic.',
  },
  {
    slug: "olympics-boycott-accounts-2023",
    name: "Accounts behind the Olympics-boycott operation (2023)",
    description:
      '"Similar accounts" (to those openly supporting Azerbaijan) "have also been accused of running a disinformation campaign about France\'s capability to host the Olympic Games" (The Epoch Times). No account is named in the articles: the accounts in this demo are synthetic.',
  },
  {
    slug: "baku-initiative-group-accounts",
    name: "Baku Initiative Group accounts",
    description:
      'The Baku Initiative Group\'s own social-media presence: 90 percent of its "output on social networks concerned French overseas territories" (Radio France, via The Epoch Times); its page reposted an article by Francis Carole (The Epoch Times). No account is named in the articles: the accounts in this demo are synthetic.',
  },
];

// ---------------------------------------------------------------------------------------
// Campaigns
// ---------------------------------------------------------------------------------------

export const CAMPAIGN_SLUGS = {
  olympicsBoycott: "olympics-boycott-2023",
  doctoredPoliceImage: "doctored-police-image-2024",
  bakuInitiativeGroup: "baku-initiative-group-overseas-territories",
  newCaledoniaUnrest: "new-caledonia-unrest-foreign-support-claims",
} as const;

export const NETWORK_SLUGS = {
  proAzerbaijanAccounts: "pro-azerbaijan-accounts-new-caledonia-2024",
  olympicsBoycottAccounts: "olympics-boycott-accounts-2023",
  bakuInitiativeGroupAccounts: "baku-initiative-group-accounts",
} as const;

export const CAMPAIGNS: DemoCampaign[] = [
  {
    slug: CAMPAIGN_SLUGS.olympicsBoycott,
    name: "Paris 2024 Olympics boycott operation (2023)",
    summary:
      'A disinformation operation calling for a boycott of the Paris Olympics, "broadcast online, with notable scope" and "carried out in two stages" after "the riots in 2023" (Le Monde, 17 May 2024). In November 2023 Viginum accused actors linked to Azerbaijan of orchestrating it (ABC Foreign Correspondent); "a direct link with a state department in Baku could not be established" (Le Monde), and "Azerbaijan denied this" (ABC). The Epoch Times describes it as a campaign "about France\'s capability to host the Olympic Games". The articles give no dates for the two stages and name no platform, so none is recorded; the posts shown are synthetic and place the two stages in October and November 2023 for illustration only.',
    // Its target, the Games, was "due to start on July 26" 2024 (The Epoch Times): a boycott
    // call against an event that has taken place is over.
    status: "concluded",
    firstSeenAt: null,
    lastSeenAt: null,
    targetNames: ["France", "Paris 2024 Olympic Games"],
    narrativeSlugs: ["boycott-the-paris-olympics", "france-cannot-host-the-olympics"],
    platforms: [],
    networkSlugs: [NETWORK_SLUGS.olympicsBoycottAccounts],
    sourceKeys: [ABC, LE_MONDE, EPOCH, VIGINUM_OLYMPICS],
  },
  {
    slug: CAMPAIGN_SLUGS.doctoredPoliceImage,
    name: 'Doctored "French police are murderers" image (May 2024)',
    summary:
      'As the riots in New Caledonia began, "thousands of posts" on X and Facebook shared an image of "a man armed with a rifle in firing position, opposite a dead Kanak protester", with the words "The French Police are murderers"; the image "had been doctored by combining two separate photos" (ABC Foreign Correspondent). A government source told AFP on Thursday 16 May 2024 that the campaign had begun the previous day with "a montage successively showing two white policemen with rifles at aim, then dead Kanaks", "quite massive, with around 4,000 publications" from "networks of pro-Azerbaijan accounts", and linked to the actors behind the Olympics-boycott operation (Le Monde, 17 May 2024). ABC reports that Viginum picked up the campaign and that an investigation linked the posts\' authors to Yeni Azerbaycan Partiyasi (YAP). The posts shown are synthetic: about 4,000, mostly on 15-16 May 2024, with an illustrative tail over the following days.',
    // Nothing after 16 May 2024 is reported, and nothing says it ended: dormant, not concluded.
    status: "dormant",
    firstSeenAt: day("2024-05-15"),
    lastSeenAt: day("2024-05-16"),
    targetNames: ["France", "New Caledonia", "French police"],
    narrativeSlugs: ["french-police-are-murderers"],
    platforms: ["x", "facebook"],
    networkSlugs: [NETWORK_SLUGS.proAzerbaijanAccounts],
    sourceKeys: [ABC, LE_MONDE, EPOCH, AFP_GOVERNMENT_SOURCE],
  },
  {
    slug: CAMPAIGN_SLUGS.bakuInitiativeGroup,
    name: "Baku Initiative Group influence operation on French overseas territories (2023-2024)",
    summary:
      'The Baku Initiative Group (BIG), formed in Baku in July 2023 "at the instigation of Azerbaijan\'s President Ilham Aliyev" (ABC Foreign Correspondent), says it supports "the fight against colonialism and neo-colonialism" in France (Le Monde) and brings together 14 political movements across the former French Empire (POLITICO Europe). Radio France found 90 percent of its social-media output concerned French overseas territories (The Epoch Times). Reported activity: an offer of financial assistance to New Caledonian independence leader Roch Wamytan, declined (ABC); Azerbaijani flags at independence rallies from the end of 2023 (ABC) and at a Kanak protest at the end of March 2024 "presumably on the initiative" of the group, where T-shirts with its logo were worn (Le Monde); a statement on 16 May 2024 accusing Paris of "infringing upon the Kanak people\'s right to self-determination" (POLITICO). Abbas Abbasov denied involvement in the March protests. The group was formed in July 2023 (month only, so first seen is left empty). The posts shown are synthetic.',
    status: "active",
    firstSeenAt: null,
    lastSeenAt: day("2024-05-16"),
    targetNames: ["France", "New Caledonia", "French overseas territories"],
    narrativeSlugs: ["france-is-a-colonialist-state", "kanak-self-determination-infringed"],
    // "output on social networks" (Radio France) and "the page" (The Epoch Times) name no platform.
    platforms: [],
    networkSlugs: [NETWORK_SLUGS.bakuInitiativeGroupAccounts],
    sourceKeys: [ABC, EPOCH, LE_MONDE, POLITICO, EXPLAINER, RADIO_FRANCE_OUTPUT, RADIO_FRANCE_FLAGS],
  },
  {
    slug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    name: "Alleged foreign support for the New Caledonia unrest (2024)",
    summary:
      'Claims that foreign states supported or exploited the unrest that followed the electoral-roll reform in May 2024. Interior Minister Gérald Darmanin said on 16 May that the violence had been "actively supported by Azerbaijan" (POLITICO Europe\'s paraphrase); an unnamed French intelligence official said "we\'ve detected activities from Russia and Azerbaijan in New Caledonia for weeks, even a few months" (POLITICO). Le Monde judged Azerbaijan\'s "involvement in the current tensions is uncertain". Researcher Pierre-Christophe Pantz says Azerbaijan "is supported by powers such as Russia and Turkey" (ABC Foreign Correspondent); The Epoch Times speculates about China and Russia; earlier French claims targeted Turkey (RBC/Vedomosti explainer). Azerbaijan\'s Foreign Ministry rejects the accusations. No activity is dated before May 2024 in the articles, so first seen is left empty.',
    status: "active",
    firstSeenAt: null,
    lastSeenAt: day("2024-05-16"),
    targetNames: ["France", "New Caledonia"],
    narrativeSlugs: ["france-is-a-colonialist-state"],
    platforms: [],
    networkSlugs: [],
    sourceKeys: [POLITICO, LE_MONDE, ABC, EPOCH, EXPLAINER, DARMANIN_FRANCE_2, RBC],
  },
];

// ---------------------------------------------------------------------------------------
// Events: the timeline, each as precise as its article allows
// ---------------------------------------------------------------------------------------

export const EVENTS: DemoEvent[] = [
  {
    key: "baku-initiative-group-formed",
    occurredAt: periodStart(2023, 7),
    datePrecision: "month",
    title: "Baku Initiative Group formed in Baku",
    description:
      'While Azerbaijan hosted a Non-Aligned Movement meeting, "at the instigation of Azerbaijan\'s President Ilham Aliyev, a new organisation called the \'Baku Initiative Group\' was formed"; Roch Wamytan attended on an all-expenses-paid trip (ABC Foreign Correspondent, "July last year"). "Established in July 2023" (The Epoch Times). Its founding conference was attended by representatives of independence movements from Martinique, French Guiana, Corsica, New Caledonia and French Polynesia (Le Monde).',
    location: "Baku, Azerbaijan",
    campaignSlug: CAMPAIGN_SLUGS.bakuInitiativeGroup,
    sourceKeys: [ABC, EPOCH, LE_MONDE],
  },
  {
    key: "azerbaijani-flags-at-independence-rallies",
    occurredAt: periodStart(2023, 10),
    datePrecision: "quarter",
    title: "Azerbaijani flags begin appearing at New Caledonian independence rallies",
    description:
      '"At the end of last year, following the formation of the Baku Initiative Group, Azerbaijani flags began appearing at independence rallies in New Caledonia" (ABC Foreign Correspondent).',
    location: "New Caledonia",
    campaignSlug: CAMPAIGN_SLUGS.bakuInitiativeGroup,
    sourceKeys: [ABC],
  },
  {
    key: "viginum-olympics-boycott-finding",
    occurredAt: periodStart(2023, 11),
    datePrecision: "month",
    title: "Viginum accuses actors linked to Azerbaijan of an Olympics-boycott disinformation campaign",
    description:
      '"Then in November, the French online disinformation agency Viginum accused actors linked to Azerbaijan of orchestrating a disinformation campaign calling for a boycott of the Olympics. Azerbaijan denied this." (ABC Foreign Correspondent). Le Monde: the two-stage operation was attributed "to both Azerbaijani actors by press investigations as well as by Viginum"; "a direct link with a state department in Baku could not be established".',
    location: null,
    campaignSlug: CAMPAIGN_SLUGS.olympicsBoycott,
    sourceKeys: [ABC, LE_MONDE, VIGINUM_OLYMPICS],
  },
  {
    key: "azerbaijani-women-posing-as-journalists-in-noumea",
    occurredAt: periodStart(2023, 10),
    datePrecision: "quarter",
    title: "Two Azerbaijani women posing as journalists in Nouméa; one refused entry, reported deported",
    description:
      'Le Monde: "In late 2023, French domestic intelligence observed that two Azerbaijani women posing as journalists had traveled to Nouméa to follow the visit of Armed Forces Minister Sébastien Lecornu"; Europe 1, citing intelligence sources, says they "are in fact close to the spy services in Baku"; one was refused entry, the other wrote articles for the Azerbaijani state news agency. ABC: "a few weeks" after Viginum\'s November finding, French media reported that French security services had "apprehended and deported two Azerbaijani journalists". The Epoch Times places Lecornu at the South Pacific defence ministers\' conference in New Caledonia "last December", which may be the same visit.',
    location: "Nouméa, New Caledonia",
    campaignSlug: null,
    sourceKeys: [LE_MONDE, EUROPE_1, ABC, EPOCH],
  },
  {
    key: "french-national-arrested-in-azerbaijan",
    occurredAt: periodStart(2023, 10),
    datePrecision: "quarter",
    title: "Azerbaijan arrests a French national on suspicion of espionage",
    description:
      'ABC Foreign Correspondent: "Shortly afterwards" (after the deportation reports), "Azerbaijani authorities arrested a French national they suspected of being a spy"; Azerbaijan\'s ambassador to France said he was arrested "on suspicion of carrying out acts of espionage". ABC gives no date: it is shown in the last quarter of 2023, the earliest period consistent with its sequence, and may have been early 2024.',
    location: "Azerbaijan",
    campaignSlug: null,
    sourceKeys: [ABC],
  },
  {
    key: "azerbaijani-flags-at-kanak-protest-end-of-march",
    occurredAt: periodStart(2024, 3),
    datePrecision: "month",
    title: "Azerbaijani flags and Baku Initiative Group T-shirts at a Kanak independence protest",
    description:
      'Le Monde: "At the end of March, as noted by Radio France, Azerbaijani flags were present at a protest by Kanak independence fighters, presumably on the initiative of the Baku Initiative Group (GIB)"; Abbas Abbasov "denied any involvement in the March protests, but T-shirts bearing his organization\'s logo were worn by protesters on site". The Epoch Times also reports protesters in T-shirts with the group\'s logo, seen in images from French TV.',
    location: "New Caledonia",
    campaignSlug: CAMPAIGN_SLUGS.bakuInitiativeGroup,
    sourceKeys: [LE_MONDE, RADIO_FRANCE_FLAGS, EPOCH],
  },
  {
    key: "france-recalls-ambassador-to-azerbaijan",
    occurredAt: periodStart(2024, 4),
    datePrecision: "month",
    title: "France recalls its ambassador to Azerbaijan",
    description:
      '"In April, France recalled its ambassador to Azerbaijan—one of the most serious of diplomatic rebukes—with President Macron saying he hoped Baku would clarify its intentions." (The Epoch Times)',
    location: null,
    campaignSlug: null,
    sourceKeys: [EPOCH],
  },
  {
    key: "memorandum-with-azerbaijani-parliament",
    occurredAt: periodStart(2024, 4),
    datePrecision: "month",
    title: "Memorandum of understanding signed with Azerbaijan's parliament",
    description:
      'Roch Wamytan "sent a representative to Baku to sign a memorandum of understanding with Azerbaijan\'s parliament that promised \'inter-parliamentary cooperation and strengthening friendly ties between the peoples of Azerbaijan and New Caledonia\'" (ABC Foreign Correspondent, "in April"). The Epoch Times: "in the same month, Azerbaijan signed a memorandum of cooperation with separatist elements in New Caledonia".',
    location: "Baku, Azerbaijan",
    campaignSlug: null,
    sourceKeys: [ABC, EPOCH],
  },
  {
    key: "milli-majlis-new-caledonia-conference",
    occurredAt: periodStart(2024, 4),
    datePrecision: "month",
    title: 'Milli Majlis hosts the conference "New Caledonia: History, Current Challenges, and Expected Future"',
    description:
      '"In April 2024, Azerbaijan\'s parliament, the Milli Majlis, hosted a conference titled \'New Caledonia: History, Current Challenges, and Expected Future.\' One of the participants, Ludovic Boula, a representative of New Caledonia\'s indigenous Kanak people, publicly thanked Azerbaijan for its support in the struggle for independence." (explainer, citing Vedomosti)',
    location: null,
    campaignSlug: null,
    sourceKeys: [EXPLAINER, VEDOMOSTI],
  },
  {
    key: "row-over-paid-travel-from-azerbaijan",
    occurredAt: periodStart(2024, 4),
    datePrecision: "month",
    title: "Row over New Caledonian politicians receiving paid travel from Azerbaijan",
    description:
      'Roch Wamytan, president of the Congress of New Caledonia: "Why demonize this country?", asked "in April as part of a row over local politicians recieving paid travel from authoritarian Azerbaijan" (POLITICO Europe). To ABC, Wamytan said they "only accepted airfares" and declined the Baku Initiative Group\'s offer of financial assistance.',
    location: "New Caledonia",
    campaignSlug: null,
    sourceKeys: [POLITICO, ABC],
  },
  {
    key: "unrest-over-electoral-roll-reform",
    occurredAt: periodStart(2024, 5),
    datePrecision: "month",
    title: "Unrest begins in New Caledonia over the electoral-roll reform",
    description:
      'New Caledonia "has been mired in unrest since May, following changes to the electoral roll that the independence movement feared would diminish their voting power" (ABC Foreign Correspondent). French MPs backed changes allowing "any citizen who has lived there for at least 10 years to vote in its local elections"; by 16 May the violence had "claimed the lives of three indigenous Kanak people and a police officer" (POLITICO Europe).',
    location: "New Caledonia",
    campaignSlug: null,
    sourceKeys: [ABC, POLITICO, EXPLAINER],
  },
  {
    key: "state-of-emergency-new-caledonia",
    occurredAt: day("2024-05-15"),
    datePrecision: "day",
    title: "France imposes a state of emergency on New Caledonia",
    description:
      '"France imposed a state of emergency on New Caledonia on Wednesday" (POLITICO Europe, Thursday 16 May 2024). It allows house arrest of people "deemed a threat to public order", searches, weapon seizures and suspension of the right to free assembly.',
    location: "New Caledonia",
    campaignSlug: null,
    sourceKeys: [POLITICO],
  },
  {
    key: "tiktok-banned-in-new-caledonia",
    occurredAt: day("2024-05-15"),
    datePrecision: "day",
    title: "TikTok banned in New Caledonia",
    description:
      '"As part of the state of emergency, France has banned TikTok in New Caledonia in an apparent effort to disrupt the organization of protests" (POLITICO Europe); dated with the state of emergency, imposed on Wednesday 15 May. The Epoch Times speculates that the ban "would also hint at" Chinese influence.',
    location: "New Caledonia",
    campaignSlug: null,
    sourceKeys: [POLITICO, EPOCH],
  },
  {
    key: "police-montage-campaign-begins",
    occurredAt: day("2024-05-15"),
    datePrecision: "day",
    title: 'Doctored "French police are murderers" montage starts circulating on X and Facebook',
    description:
      'A government source told AFP on Thursday 16 May that the campaign "had begun to broadcast \'a montage successively showing two white policemen with rifles at aim, then dead Kanaks\' the previous day" (Le Monde). ABC Foreign Correspondent: "thousands of posts began circulating on X (formerly Twitter) and Facebook" as the riots kicked off, and Viginum "picked up another social media campaign from Azerbaijan, this time targeting the riots".',
    location: null,
    campaignSlug: CAMPAIGN_SLUGS.doctoredPoliceImage,
    sourceKeys: [LE_MONDE, AFP_GOVERNMENT_SOURCE, ABC],
  },
  {
    key: "government-source-tells-afp-about-montage-campaign",
    occurredAt: day("2024-05-16"),
    datePrecision: "day",
    title: 'Government source tells AFP the montage campaign is "quite massive, with around 4,000 publications"',
    description:
      'The campaign, "linked to these same actors" as the Olympics-boycott operation, "was deemed \'quite massive, with around 4,000 publications\' generated by networks of pro-Azerbaijan accounts" (Le Monde, 17 May 2024, reporting AFP).',
    location: null,
    campaignSlug: CAMPAIGN_SLUGS.doctoredPoliceImage,
    sourceKeys: [LE_MONDE, AFP_GOVERNMENT_SOURCE],
  },
  {
    key: "darmanin-accuses-azerbaijan-on-france-2",
    occurredAt: day("2024-05-16"),
    datePrecision: "day",
    title: "Interior Minister Gérald Darmanin accuses Azerbaijan on France 2",
    description:
      '"This isn\'t a fantasy. It\'s a reality. I regret that some of the Caledonian pro-independence leaders have made a deal with Azerbaijan. It\'s indisputable." (ABC Foreign Correspondent\'s translation; Le Monde: "that\'s undeniable"; RBC: "This is not speculation—it is a fact"). POLITICO Europe: the violence "had been actively supported by Azerbaijan". Le Monde dates the interview "Thursday, May 16".',
    location: null,
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    sourceKeys: [DARMANIN_FRANCE_2, LE_MONDE, POLITICO, ABC, EPOCH, EXPLAINER, RBC],
  },
  {
    key: "azerbaijan-foreign-ministry-rejects-accusations",
    occurredAt: day("2024-05-16"),
    datePrecision: "day",
    title: "Azerbaijan's Foreign Ministry rejects the French accusations",
    description:
      'Spokesman Aykhan Hajizada "strongly rejected claims the country was behind the unrest" (POLITICO Europe, 16 May 2024); "We completely reject the baseless accusations" (Ayhan Hajizadeh, The Epoch Times); a "defamation campaign" (Aykhan Hajizadeh, explainer). Dated by POLITICO\'s same-day report answering Darmanin.',
    location: null,
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    sourceKeys: [POLITICO, EPOCH, EXPLAINER, ABC],
  },
  {
    key: "baku-initiative-group-statement-on-kanak-self-determination",
    occurredAt: day("2024-05-16"),
    datePrecision: "day",
    title: "Baku Initiative Group accuses Paris of infringing Kanak self-determination",
    description:
      '"The group issued a statement Thursday in which they accused Paris of \'infringing upon the Kanak people\'s right to self-determination by expanding the electorate to keep them a minority in their own homeland.\'" (POLITICO Europe, 16 May 2024)',
    location: null,
    campaignSlug: CAMPAIGN_SLUGS.bakuInitiativeGroup,
    sourceKeys: [POLITICO],
  },
];

// ---------------------------------------------------------------------------------------
// Attribution claims
// ---------------------------------------------------------------------------------------

export const ATTRIBUTIONS: DemoAttribution[] = [
  // --- Olympics boycott, 2023 ---
  {
    key: "olympics-boycott-viginum-azerbaijan-linked-actors",
    campaignSlug: CAMPAIGN_SLUGS.olympicsBoycott,
    networkSlug: null,
    actorSlug: "azerbaijan-linked-actors",
    claimantSlug: "viginum",
    confidence: 70,
    status: "assessed",
    rationale:
      'Assessed, 70 (likely): a finding of France\'s state unit on foreign interference, which "accused actors linked to Azerbaijan of orchestrating" the campaign in November 2023 (ABC Foreign Correspondent); Le Monde adds that the operation "was attributed to both Azerbaijani actors by press investigations as well as by Viginum", so two lines of inquiry agree. The claim names actors, not the state: "a direct link with a state department in Baku could not be established" (Le Monde). Azerbaijan\'s denial is on record ("Azerbaijan denied this", ABC), but the independent press investigations keep it from being merely disputed. The finding itself is not in the seed articles, hence not higher.',
    claimedAt: null,
    sourceKeys: [VIGINUM_OLYMPICS, ABC, LE_MONDE],
  },
  {
    key: "olympics-boycott-le-monde-azerbaijan-state",
    campaignSlug: CAMPAIGN_SLUGS.olympicsBoycott,
    networkSlug: null,
    actorSlug: "azerbaijan",
    claimantSlug: "le-monde",
    confidence: 35,
    status: "suspected",
    rationale:
      'Suspected, 35 (unlikely): Le Monde places the operation among the campaigns by which "Azerbaijan has been trying to damage France\'s image for over a year" and calls "the country\'s role in past destabilization campaigns" "undeniable", but reports that "a direct link with a state department in Baku could not be established". State direction is therefore not established; Azerbaijan denied the operation (ABC Foreign Correspondent).',
    claimedAt: day("2024-05-17"),
    sourceKeys: [LE_MONDE, ABC],
  },
  // --- Doctored police image, May 2024 ---
  {
    key: "police-image-viginum-azerbaijan-linked-actors",
    campaignSlug: CAMPAIGN_SLUGS.doctoredPoliceImage,
    networkSlug: null,
    actorSlug: "azerbaijan-linked-actors",
    claimantSlug: "viginum",
    confidence: 55,
    status: "suspected",
    rationale:
      'Suspected, 55 (likely, at the low end): ABC Foreign Correspondent reports that during the May riots "the French online disinformation agency picked up another social media campaign from Azerbaijan, this time targeting the riots". No Viginum publication is cited and "from Azerbaijan" does not say by whom; it agrees with the government source quoted by AFP that the campaign was "linked to these same actors" as the Olympics operation.',
    claimedAt: null,
    sourceKeys: [ABC],
  },
  {
    key: "police-image-government-source-azerbaijan-linked-actors",
    campaignSlug: CAMPAIGN_SLUGS.doctoredPoliceImage,
    networkSlug: NETWORK_SLUGS.proAzerbaijanAccounts,
    actorSlug: "azerbaijan-linked-actors",
    claimantSlug: "french-government-source-afp",
    confidence: 50,
    status: "suspected",
    rationale:
      'Suspected, 50 (roughly even chance): an anonymous government source told AFP, the day after the campaign began, that it was "linked to these same actors" as the Olympics-boycott operation and that its "around 4,000 publications" came from "networks of pro-Azerbaijan accounts" (Le Monde, 17 May 2024). Unpublished evidence, an early statement, and accounts that favour Azerbaijan are not proof of who runs them. Le Monde itself calls Azerbaijan\'s "involvement in the current tensions" "uncertain".',
    claimedAt: day("2024-05-16"),
    sourceKeys: [AFP_GOVERNMENT_SOURCE, LE_MONDE],
  },
  {
    key: "police-image-investigation-yap",
    campaignSlug: CAMPAIGN_SLUGS.doctoredPoliceImage,
    networkSlug: NETWORK_SLUGS.proAzerbaijanAccounts,
    actorSlug: "yeni-azerbaijan-party",
    claimantSlug: "unnamed-investigation-reported-by-abc",
    confidence: 40,
    status: "suspected",
    rationale:
      'Suspected, 40 (unlikely to roughly even): ABC Foreign Correspondent states that "An investigation linked the authors of these posts to Azerbaijan\'s presidential political party, Yeni Azerbaycan Partiyasi (YAP)", but does not say who investigated, how the link was made, or when. Single report, no method; no other seed article mentions YAP.',
    claimedAt: null,
    sourceKeys: [ABC],
  },
  // --- Alleged foreign support for the 2024 unrest ---
  {
    key: "unrest-darmanin-azerbaijan",
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    networkSlug: null,
    actorSlug: "azerbaijan",
    claimantSlug: "french-ministry-of-the-interior",
    confidence: 30,
    status: "disputed",
    rationale:
      'Disputed, 30 (unlikely as stated): a political assertion by Interior Minister Gérald Darmanin on France 2 on 16 May 2024, not a published assessment: "This isn\'t a fantasy. It\'s a reality. I regret that some of the Caledonian pro-independence leaders have made a deal with Azerbaijan. It\'s indisputable." (ABC Foreign Correspondent; "that\'s undeniable" in Le Monde; "This is not speculation—it is a fact" per RBC). POLITICO Europe reports he said the violence "had been actively supported by Azerbaijan". No evidence is made public in the articles; Azerbaijan\'s Foreign Ministry rejected the claim the same day (POLITICO), nothing independent settles it, and Le Monde judges Azerbaijan\'s "involvement in the current tensions is uncertain". The minister\'s certainty is not carried over into the confidence.',
    claimedAt: day("2024-05-16"),
    sourceKeys: [DARMANIN_FRANCE_2, POLITICO, LE_MONDE, ABC, EPOCH, EXPLAINER, RBC],
  },
  {
    key: "unrest-intelligence-official-azerbaijan",
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    networkSlug: null,
    actorSlug: "azerbaijan",
    claimantSlug: "french-intelligence-unnamed",
    confidence: 50,
    status: "suspected",
    rationale:
      'Suspected, 50 (roughly even chance): an anonymous French intelligence official told POLITICO Europe that "we\'ve detected activities from Russia and Azerbaijan in New Caledonia for weeks, even a few months. They\'re pushing the narrative of France being a colonialist state." Narrative activity of this kind agrees with the Baku Initiative Group\'s public output, but the official gives no detail and "activities" is not support for the violence.',
    claimedAt: day("2024-05-16"),
    sourceKeys: [POLITICO],
  },
  {
    key: "unrest-intelligence-official-russia",
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    networkSlug: null,
    actorSlug: "russia",
    claimantSlug: "french-intelligence-unnamed",
    confidence: 20,
    status: "suspected",
    rationale:
      'Suspected, 20 (very unlikely to unlikely): the same anonymous official\'s "we\'ve detected activities from Russia and Azerbaijan in New Caledonia" (POLITICO Europe) is the only statement by an official that names Russia, and no other seed article reports Russian activity there; The Epoch Times and Pierre-Christophe Pantz only speculate or assert.',
    claimedAt: day("2024-05-16"),
    sourceKeys: [POLITICO],
  },
  {
    key: "unrest-pantz-russia",
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    networkSlug: null,
    actorSlug: "russia",
    claimantSlug: "pierre-christophe-pantz",
    confidence: 15,
    status: "suspected",
    rationale:
      'Suspected, 15 (very unlikely): researcher Pierre-Christophe Pantz told ABC Foreign Correspondent "there is a lot of evidence today that Azerbaijan is supported by powers such as Russia and Turkey too" and that "both Azerbaijan and indirectly Russia, can reach French interests through this channel". The evidence is not presented, and the claim is of indirect support to Azerbaijan, not of Russian operation of a campaign.',
    claimedAt: null,
    sourceKeys: [ABC],
  },
  {
    key: "unrest-pantz-turkey",
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    networkSlug: null,
    actorSlug: "turkey",
    claimantSlug: "pierre-christophe-pantz",
    confidence: 15,
    status: "suspected",
    rationale:
      'Suspected, 15 (very unlikely): Pierre-Christophe Pantz to ABC Foreign Correspondent: "there is a lot of evidence today that Azerbaijan is supported by powers such as Russia and Turkey too". The evidence is not presented.',
    claimedAt: null,
    sourceKeys: [ABC],
  },
  {
    key: "unrest-french-radio-turkey",
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    networkSlug: null,
    actorSlug: "turkey",
    claimantSlug: "unnamed-french-radio-report",
    confidence: 15,
    status: "disputed",
    rationale:
      'Disputed, 15 (very unlikely): the explainer (publisher unidentified) recalls "previous claims made against Turkey, when a French radio report accused Ankara of backing Caledonian separatists", with "intelligence sources in France claiming that Turkish and Azerbaijani interests aligned". It names neither the report nor its date; "Turkey dismissed these claims as baseless and absurd", and nothing in the seed articles settles it.',
    claimedAt: null,
    sourceKeys: [EXPLAINER],
  },
  {
    key: "unrest-epoch-times-china",
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    networkSlug: null,
    actorSlug: "china",
    claimantSlug: "the-epoch-times",
    confidence: 5,
    status: "suspected",
    rationale:
      'Suspected, 5 (almost no chance to very unlikely): speculation, not a finding. The Epoch Times argues Beijing "would like to gain preferential access to New Caledonia\'s nickel reserves" and that this "would also hint at why New Caledonian authorities banned Chinese music app TikTok during the riots"; it reports no Chinese activity in the campaign.',
    claimedAt: null,
    sourceKeys: [EPOCH],
  },
  {
    key: "unrest-epoch-times-russia",
    campaignSlug: CAMPAIGN_SLUGS.newCaledoniaUnrest,
    networkSlug: null,
    actorSlug: "russia",
    claimantSlug: "the-epoch-times",
    confidence: 5,
    status: "suspected",
    rationale:
      'Suspected, 5 (almost no chance to very unlikely): speculation: "It could be that Mr. Putin\'s strategy for encouraging Azerbaijan-backed interference is simply to have France distracted" (The Epoch Times), which also calls Moscow\'s motives "more opaque". Banners welcoming Mr. Putin at protests are not evidence of Russian involvement.',
    claimedAt: null,
    sourceKeys: [EPOCH],
  },
  // --- Baku Initiative Group, 2023-2024 ---
  {
    key: "big-radio-france-baku-initiative-group",
    campaignSlug: CAMPAIGN_SLUGS.bakuInitiativeGroup,
    networkSlug: NETWORK_SLUGS.bakuInitiativeGroupAccounts,
    actorSlug: "baku-initiative-group",
    claimantSlug: "radio-france",
    confidence: 95,
    status: "confirmed",
    rationale:
      'Confirmed, 95 (almost certain): the operation is the group\'s own, public output. Radio France analysed it ("90 percent of the Baku Group\'s output on social networks concerned French overseas territories", via The Epoch Times) and the group signs its statements (POLITICO Europe, 16 May 2024). What remains open is not authorship but the group\'s funding and direction, recorded in the claims against Azerbaijan.',
    claimedAt: null,
    sourceKeys: [RADIO_FRANCE_OUTPUT, EPOCH, POLITICO],
  },
  {
    key: "big-le-monde-flags-at-march-protest",
    campaignSlug: CAMPAIGN_SLUGS.bakuInitiativeGroup,
    networkSlug: null,
    actorSlug: "baku-initiative-group",
    claimantSlug: "le-monde",
    confidence: 55,
    status: "disputed",
    rationale:
      'Disputed, 55 (likely, at the low end): Le Monde reports Azerbaijani flags at an end-of-March Kanak protest, "presumably on the initiative of the Baku Initiative Group (GIB)" (after Radio France). Abbas Abbasov "denied any involvement in the March protests" (Le Monde) and told French media that the group had "not prepared anything" (The Epoch Times); against that, "T-shirts bearing his organization\'s logo were worn by protesters on site" (Le Monde), which is suggestive but does not settle who organised it.',
    claimedAt: day("2024-05-17"),
    sourceKeys: [LE_MONDE, RADIO_FRANCE_FLAGS, EPOCH],
  },
  {
    key: "big-abc-azerbaijan-founded-the-group",
    campaignSlug: CAMPAIGN_SLUGS.bakuInitiativeGroup,
    networkSlug: null,
    actorSlug: "azerbaijan",
    claimantSlug: "abc-foreign-correspondent",
    confidence: 80,
    status: "assessed",
    rationale:
      'Assessed, 80 (likely to very likely): ABC Foreign Correspondent reports the group was formed during an Azerbaijani-hosted meeting "at the instigation of Azerbaijan\'s President Ilham Aliyev", and that a member of the group offered financial assistance to Roch Wamytan; POLITICO Europe also states "Azerbaijan has even founded the Baku Initiative Group". Both state it as fact. Who funds and directs the group day to day is not known: "There is no detail on who funds the group" (The Epoch Times).',
    claimedAt: null,
    sourceKeys: [ABC, POLITICO, EPOCH],
  },
  {
    key: "big-gomes-azerbaijan-funds-separatists",
    campaignSlug: CAMPAIGN_SLUGS.bakuInitiativeGroup,
    networkSlug: null,
    actorSlug: "azerbaijan",
    claimantSlug: "philippe-gomes",
    confidence: 25,
    status: "suspected",
    rationale:
      'Suspected, 25 (unlikely): an allegation ("Mr. Gomes alleged", The Epoch Times) by a politician "who has tried to quell calls for the islands to break from Paris" (POLITICO Europe): "Azerbaijan created the Baku group that funds separatists in all overseas French regions"; "Recent trips to Paris by independence activists were funded by Baku." No evidence is given; Roch Wamytan says the independence movement declined the group\'s financial assistance and "only accepted airfares" (ABC Foreign Correspondent); Azerbaijan\'s Foreign Ministry refutes "any connection" with the independence leaders (The Epoch Times).',
    claimedAt: day("2024-05-16"),
    sourceKeys: [EPOCH, POLITICO, ABC],
  },
];

// ---------------------------------------------------------------------------------------
// Responses: denials are data
// ---------------------------------------------------------------------------------------

export const CLAIM_RESPONSES: DemoClaimResponse[] = [
  {
    key: "azerbaijan-denies-olympics-operation-viginum",
    attributionKey: "olympics-boycott-viginum-azerbaijan-linked-actors",
    actorSlug: "azerbaijan",
    spokesperson: null,
    stance: "strongly_disagree",
    statement: 'Denied Viginum\'s accusation. ABC Foreign Correspondent reports only: "Azerbaijan denied this."',
    statedAt: null,
    sourceKey: ABC,
  },
  {
    key: "azerbaijan-denies-olympics-operation-state",
    attributionKey: "olympics-boycott-le-monde-azerbaijan-state",
    actorSlug: "azerbaijan",
    spokesperson: null,
    stance: "strongly_disagree",
    statement: 'Denied the Olympics-boycott operation. ABC Foreign Correspondent reports only: "Azerbaijan denied this."',
    statedAt: null,
    sourceKey: ABC,
  },
  {
    key: "mfa-hajizada-politico",
    attributionKey: "unrest-darmanin-azerbaijan",
    actorSlug: "azerbaijan-ministry-of-foreign-affairs",
    spokesperson: "Aykhan Hajizada",
    stance: "strongly_disagree",
    statement:
      '"Instead of accusing Azerbaijan of allegedly supporting pro-independence protests in New Caledonia, the Minister of the Interior of France should focus on his country\'s failed policy towards the overseas territories that led to such protests." (POLITICO Europe: he "strongly rejected claims the country was behind the unrest")',
    // Published by POLITICO on 16 May 2024 in answer to Darmanin's statement of the same day.
    statedAt: day("2024-05-16"),
    sourceKey: POLITICO,
  },
  {
    key: "mfa-hajizadeh-epoch-times",
    attributionKey: "unrest-darmanin-azerbaijan",
    actorSlug: "azerbaijan-ministry-of-foreign-affairs",
    spokesperson: "Ayhan Hajizadeh",
    stance: "strongly_disagree",
    statement:
      '"We completely reject the baseless accusations." "We refute any connection between the leaders of the struggle for freedom in Caledonia and Azerbaijan." (The Epoch Times)',
    statedAt: null,
    sourceKey: EPOCH,
  },
  {
    key: "mfa-hajizadeh-explainer-defamation-campaign",
    attributionKey: "unrest-darmanin-azerbaijan",
    actorSlug: "azerbaijan-ministry-of-foreign-affairs",
    spokesperson: "Aykhan Hajizadeh",
    stance: "strongly_disagree",
    statement:
      'Called the accusations part of a "defamation campaign" and argued that France itself has a history of interfering in regional affairs (the explainer\'s paraphrase, citing RBC and Vedomosti).',
    statedAt: null,
    sourceKey: EXPLAINER,
  },
  {
    key: "azerbaijan-government-rejects-interference-abc",
    attributionKey: "unrest-darmanin-azerbaijan",
    actorSlug: "azerbaijan",
    spokesperson: null,
    stance: "strongly_disagree",
    statement:
      '"At the time, Azerbaijan\'s government rejected the claim of foreign interference" (ABC Foreign Correspondent\'s paraphrase; no wording given).',
    statedAt: null,
    sourceKey: ABC,
  },
  {
    key: "francis-carole-refutes-foreign-influence",
    attributionKey: "unrest-darmanin-azerbaijan",
    actorSlug: "baku-initiative-group",
    spokesperson: "Francis Carole (member of the Martinique Assembly and of the Baku Initiative Group; his article was reposted on the group's page)",
    stance: "strongly_disagree",
    statement:
      '"The foreigner\'s hand and \'interference\' are always an easy parade to mask one\'s own mediocrity, justify arbitrary decisions and try to discredit those who dare challenge the colonial order." (The Epoch Times)',
    statedAt: null,
    sourceKey: EPOCH,
  },
  {
    key: "mfa-hajizadeh-refutes-connection-with-independence-leaders",
    attributionKey: "big-gomes-azerbaijan-funds-separatists",
    actorSlug: "azerbaijan-ministry-of-foreign-affairs",
    spokesperson: "Ayhan Hajizadeh",
    stance: "strongly_disagree",
    statement:
      '"We refute any connection between the leaders of the struggle for freedom in Caledonia and Azerbaijan." (The Epoch Times)',
    statedAt: null,
    sourceKey: EPOCH,
  },
  {
    key: "abbasov-denies-march-protests-le-monde",
    attributionKey: "big-le-monde-flags-at-march-protest",
    actorSlug: "baku-initiative-group",
    spokesperson: "Abbas Abbasov (president, per Le Monde)",
    stance: "strongly_disagree",
    statement: 'Denied "any involvement in the March protests" (Le Monde\'s paraphrase).',
    statedAt: null,
    sourceKey: LE_MONDE,
  },
  {
    key: "abbasov-not-prepared-anything-epoch-times",
    attributionKey: "big-le-monde-flags-at-march-protest",
    actorSlug: "baku-initiative-group",
    spokesperson: "Abbas Abbasov (executive director, per The Epoch Times)",
    stance: "strongly_disagree",
    statement:
      'Told French media that the group had "not prepared anything. Our colleagues who work with NGOs have been told: \'We have raised your flag in our demonstrations on our sole initiative.\'" (The Epoch Times)',
    statedAt: null,
    sourceKey: EPOCH,
  },
  {
    key: "turkey-dismisses-claims",
    attributionKey: "unrest-french-radio-turkey",
    actorSlug: "turkey",
    spokesperson: null,
    stance: "strongly_disagree",
    statement: "Dismissed the claims as baseless and absurd (the explainer's paraphrase; no wording or date given).",
    statedAt: null,
    sourceKey: EXPLAINER,
  },
];

/** Everything seed-demo.ts writes apart from synthetic posts and accounts. */
export const DEMO_DATA = {
  investigatingBodies: INVESTIGATING_BODIES,
  actors: ACTORS,
  sources: SOURCES,
  targets: TARGETS,
  narratives: NARRATIVES,
  networks: NETWORKS,
  campaigns: CAMPAIGNS,
  events: EVENTS,
  attributions: ATTRIBUTIONS,
  claimResponses: CLAIM_RESPONSES,
} as const;
