import { describe, expect, it } from "vitest";
import { LoginRateLimiter, SlidingWindowCounter, accountKey, loginRateLimiter } from "@/lib/auth/rate-limit.ts";

const MINUTE = 60_000;

function clock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function limiter(time = clock()) {
  return {
    time,
    limiter: new LoginRateLimiter({
      limits: { account: { limit: 5, windowMs: 15 * MINUTE }, address: { limit: 20, windowMs: 15 * MINUTE } },
      now: time.now,
    }),
  };
}

/** n attempts that fail (attempt() counts each until a success takes it back). */
function fail(l: LoginRateLimiter, n: number, account: string, address: string | null = "198.51.100.7") {
  const results = [];
  for (let i = 0; i < n; i += 1) results.push(l.attempt(account, address));
  return results;
}

describe("SlidingWindowCounter", () => {
  it("limits after `limit` hits and releases when the oldest hit leaves the window", () => {
    const time = clock();
    const counter = new SlidingWindowCounter({ limit: 3, windowMs: 10 * MINUTE }, time.now);
    counter.hit("k");
    time.advance(MINUTE);
    counter.hit("k");
    counter.hit("k");
    expect(counter.check("k")).toEqual({ limited: true, retryAfterMs: 9 * MINUTE, firstRefusal: true });
    expect(counter.check("k")).toMatchObject({ limited: true, firstRefusal: false });
    time.advance(9 * MINUTE - 1);
    expect(counter.check("k")).toMatchObject({ limited: true, retryAfterMs: 1 });
    time.advance(1);
    // It is a sliding window: the two later hits still count.
    expect(counter.check("k")).toEqual({ limited: false });
    counter.hit("k");
    expect(counter.check("k")).toMatchObject({ limited: true, retryAfterMs: MINUTE, firstRefusal: true });
  });

  it("forgets keys whose hits have all expired, and takes back the latest hit", () => {
    const time = clock();
    const counter = new SlidingWindowCounter({ limit: 2, windowMs: MINUTE }, time.now);
    counter.hit("a");
    counter.hit("a");
    counter.unhit("a");
    expect(counter.check("a")).toEqual({ limited: false });
    time.advance(MINUTE);
    expect(counter.check("a")).toEqual({ limited: false });
    expect(counter.size).toBe(0);
  });

  it("keeps at most maxKeys keys, evicting expired ones first, then the oldest", () => {
    const time = clock();
    const counter = new SlidingWindowCounter({ limit: 1, windowMs: MINUTE }, time.now, 3);
    counter.hit("old");
    time.advance(MINUTE);
    counter.hit("a");
    counter.hit("b");
    counter.hit("c");
    expect(counter.size).toBe(3);
    expect(counter.check("a")).toMatchObject({ limited: true });
    counter.hit("d");
    expect(counter.size).toBe(3);
    expect(counter.check("a")).toEqual({ limited: false });
    expect(counter.check("d")).toMatchObject({ limited: true });
  });

  it("rejects a rule that could never allow anything", () => {
    expect(() => new SlidingWindowCounter({ limit: 0, windowMs: MINUTE }, Date.now)).toThrow(RangeError);
    expect(() => new SlidingWindowCounter({ limit: 1, windowMs: 0 }, Date.now)).toThrow(RangeError);
  });
});

describe("LoginRateLimiter", () => {
  it("allows 5 failed attempts per account in 15 minutes and refuses the 6th", () => {
    const { limiter: l, time } = limiter();
    expect(fail(l, 5, "ada@example.org").every((result) => !result.limited)).toBe(true);
    expect(l.attempt("ada@example.org", "198.51.100.7")).toEqual({
      limited: true,
      scope: "account",
      retryAfterMs: 15 * MINUTE,
      firstRefusal: true,
    });
    // From another address too: the limit is on the account.
    expect(l.attempt("ada@example.org", "203.0.113.9")).toMatchObject({ limited: true, scope: "account", firstRefusal: false });
    // Other accounts are not affected.
    expect(l.attempt("bob@example.org", "203.0.113.9")).toEqual({ limited: false });
    time.advance(15 * MINUTE);
    expect(l.attempt("ada@example.org", "198.51.100.7")).toEqual({ limited: false });
  });

  it("counts refused attempts nowhere: the lockout ends 15 minutes after the failures, however often one retries", () => {
    const { limiter: l, time } = limiter();
    fail(l, 5, "ada@example.org");
    for (let i = 0; i < 10; i += 1) {
      time.advance(MINUTE);
      expect(l.attempt("ada@example.org", "198.51.100.7").limited).toBe(true);
    }
    time.advance(5 * MINUTE);
    expect(l.attempt("ada@example.org", "198.51.100.7")).toEqual({ limited: false });
  });

  it("matches accounts case- and space-insensitively", () => {
    const { limiter: l } = limiter();
    fail(l, 5, " Ada@Example.ORG ");
    expect(l.attempt("ada@example.org", null)).toMatchObject({ limited: true, scope: "account" });
    expect(accountKey("  A@B.C ")).toBe("a@b.c");
  });

  it("a successful sign-in resets the account's failures", () => {
    const { limiter: l } = limiter();
    fail(l, 4, "ada@example.org");
    expect(l.attempt("ada@example.org", "198.51.100.7")).toEqual({ limited: false });
    l.recordSuccess("ada@example.org", "198.51.100.7");
    expect(fail(l, 5, "ada@example.org").every((result) => !result.limited)).toBe(true);
    expect(l.attempt("ada@example.org", "198.51.100.7")).toMatchObject({ limited: true, scope: "account" });
  });

  it("allows 20 failed attempts per address across accounts, then refuses every account from it", () => {
    const { limiter: l, time } = limiter();
    for (let i = 0; i < 20; i += 1) expect(l.attempt(`user${i}@example.org`, "198.51.100.7")).toEqual({ limited: false });
    expect(l.attempt("fresh@example.org", "198.51.100.7")).toMatchObject({ limited: true, scope: "address", firstRefusal: true });
    expect(l.attempt("other@example.org", "198.51.100.7")).toMatchObject({ limited: true, scope: "address", firstRefusal: false });
    // Another address is not affected, and without a known address only the account limit applies.
    expect(l.attempt("fresh@example.org", "203.0.113.9")).toEqual({ limited: false });
    expect(l.attempt("fresh2@example.org", null)).toEqual({ limited: false });
    time.advance(15 * MINUTE);
    expect(l.attempt("fresh@example.org", "198.51.100.7")).toEqual({ limited: false });
  });

  it("a success takes back its own attempt from the address but keeps the address's other failures", () => {
    const { limiter: l } = limiter();
    for (let i = 0; i < 19; i += 1) l.attempt(`user${i}@example.org`, "198.51.100.7");
    expect(l.attempt("ada@example.org", "198.51.100.7")).toEqual({ limited: false });
    l.recordSuccess("ada@example.org", "198.51.100.7");
    expect(l.attempt("bob@example.org", "198.51.100.7")).toEqual({ limited: false });
    expect(l.attempt("carl@example.org", "198.51.100.7")).toMatchObject({ limited: true, scope: "address" });
  });

  it("counts an attempt when it starts, so a parallel burst cannot pass the check before any fails", () => {
    const { limiter: l } = limiter();
    // Ten attempts begun before any password check finished: only five get through.
    const results = fail(l, 10, "ada@example.org");
    expect(results.filter((result) => !result.limited)).toHaveLength(5);
  });

  it("reports a new lockout once more after the previous one ended", () => {
    const { limiter: l, time } = limiter();
    fail(l, 5, "ada@example.org");
    expect(l.attempt("ada@example.org", null)).toMatchObject({ firstRefusal: true });
    expect(l.attempt("ada@example.org", null)).toMatchObject({ firstRefusal: false });
    time.advance(15 * MINUTE);
    fail(l, 5, "ada@example.org");
    expect(l.attempt("ada@example.org", null)).toMatchObject({ limited: true, firstRefusal: true });
  });

  it("keeps one limiter per process", () => {
    expect(loginRateLimiter()).toBe(loginRateLimiter());
  });
});
