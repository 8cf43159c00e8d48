/**
 * Sign-in throttling: a sliding window of failed attempts per account (the normalised email)
 * and per client address. A limited attempt is refused before the password is checked, so
 * it also spares the server the scrypt work.
 *
 * The counters live in this process's memory. That is enough for one server; a deployment
 * with several instances (or serverless functions) gives each its own counters, so an
 * attacker spreading attempts across them gets the limit once per instance: such a
 * deployment needs a shared store (e.g. Redis or a database table) behind the same interface.
 *
 * Trade-offs, on purpose: the account limit lets anyone lock an account for one window by
 * failing on purpose (the price of stopping password guessing on it); the address limit
 * trusts X-Forwarded-For's first entry, which only a proxy that overwrites it makes
 * trustworthy, and can catch everyone behind one shared address.
 */

export interface RateLimitRule {
  /** Failures allowed within the window; the next attempt is refused. */
  limit: number;
  windowMs: number;
}

export interface LoginRateLimits {
  account: RateLimitRule;
  address: RateLimitRule;
}

export const DEFAULT_LOGIN_LIMITS: LoginRateLimits = {
  account: { limit: 5, windowMs: 15 * 60 * 1000 },
  address: { limit: 20, windowMs: 15 * 60 * 1000 },
};

/** Keys kept per scope; beyond it the oldest are evicted, so memory stays bounded under a spray. */
export const DEFAULT_MAX_KEYS = 10_000;

export type LoginThrottle =
  | { limited: false }
  | {
      limited: true;
      scope: "account" | "address";
      /** When the oldest counted failure leaves the window and an attempt is allowed again. */
      retryAfterMs: number;
      /** True for the first refusal of this lockout, so callers can log it once, not per attempt. */
      firstRefusal: boolean;
    };

interface Entry {
  /** Times of the most recent failures, oldest first, at most `limit` of them. */
  failures: number[];
  /** Set while locked out and the refusal has been reported. */
  refusalReported: boolean;
}

/** A sliding-window counter of failures per key, with an injected clock. */
export class SlidingWindowCounter {
  readonly #entries = new Map<string, Entry>();

  constructor(
    readonly rule: RateLimitRule,
    private readonly now: () => number,
    private readonly maxKeys: number = DEFAULT_MAX_KEYS,
  ) {
    if (!(rule.limit >= 1) || !(rule.windowMs > 0)) throw new RangeError("a rate limit needs limit >= 1 and windowMs > 0");
  }

  /** The key's entry with failures older than the window dropped; undefined when none are left. */
  #live(key: string, at: number): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const cutoff = at - this.rule.windowMs;
    while (entry.failures.length > 0 && (entry.failures[0] ?? Infinity) <= cutoff) entry.failures.shift();
    if (entry.failures.length === 0) {
      this.#entries.delete(key);
      return undefined;
    }
    if (entry.failures.length < this.rule.limit) entry.refusalReported = false;
    return entry;
  }

  /** Whether the key has used up its failures; the first call during a lockout says so once. */
  check(key: string): { limited: false } | { limited: true; retryAfterMs: number; firstRefusal: boolean } {
    const at = this.now();
    const entry = this.#live(key, at);
    if (!entry || entry.failures.length < this.rule.limit) return { limited: false };
    const oldest = entry.failures[0] ?? at;
    const firstRefusal = !entry.refusalReported;
    entry.refusalReported = true;
    return { limited: true, retryAfterMs: Math.max(0, oldest + this.rule.windowMs - at), firstRefusal };
  }

  /** Counts a failure. Only the latest `limit` failures matter, so no more are kept. */
  hit(key: string): void {
    const at = this.now();
    let entry = this.#live(key, at);
    if (!entry) {
      this.#makeRoom(at);
      entry = { failures: [], refusalReported: false };
      this.#entries.set(key, entry);
    }
    entry.failures.push(at);
    while (entry.failures.length > this.rule.limit) entry.failures.shift();
  }

  /** Takes back the latest failure (an attempt that turned out to succeed). */
  unhit(key: string): void {
    const entry = this.#live(key, this.now());
    if (!entry) return;
    entry.failures.pop();
    if (entry.failures.length === 0) this.#entries.delete(key);
    else if (entry.failures.length < this.rule.limit) entry.refusalReported = false;
  }

  reset(key: string): void {
    this.#entries.delete(key);
  }

  /** Keys currently held (for tests and monitoring). */
  get size(): number {
    return this.#entries.size;
  }

  #makeRoom(at: number): void {
    if (this.#entries.size < this.maxKeys) return;
    for (const key of [...this.#entries.keys()]) this.#live(key, at);
    // Still full: forget the keys inserted first (a Map iterates in insertion order).
    for (const key of this.#entries.keys()) {
      if (this.#entries.size < this.maxKeys) break;
      this.#entries.delete(key);
    }
  }
}

export interface LoginRateLimiterOptions {
  limits?: LoginRateLimits;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
  maxKeys?: number;
}

/**
 * Account and address counters for sign-in. Every attempt counts as a failure from the
 * moment it is allowed, and a success takes it back: otherwise a burst of parallel attempts
 * would all pass the check while their passwords were still being hashed.
 */
export class LoginRateLimiter {
  readonly #accounts: SlidingWindowCounter;
  readonly #addresses: SlidingWindowCounter;

  constructor(options: LoginRateLimiterOptions = {}) {
    const limits = options.limits ?? DEFAULT_LOGIN_LIMITS;
    const now = options.now ?? Date.now;
    this.#accounts = new SlidingWindowCounter(limits.account, now, options.maxKeys);
    this.#addresses = new SlidingWindowCounter(limits.address, now, options.maxKeys);
  }

  /** Refuses when the account or the address is locked out; otherwise counts the attempt. */
  attempt(account: string, address: string | null | undefined): LoginThrottle {
    const accountId = accountKey(account);
    const addressId = address ? addressKey(address) : null;
    const byAccount = this.#accounts.check(accountId);
    if (byAccount.limited) return { ...byAccount, scope: "account" };
    if (addressId) {
      const byAddress = this.#addresses.check(addressId);
      if (byAddress.limited) return { ...byAddress, scope: "address" };
    }
    this.#accounts.hit(accountId);
    if (addressId) this.#addresses.hit(addressId);
    return { limited: false };
  }

  /**
   * A successful sign-in clears the account's failures, and takes back its own attempt from
   * the address (whose other failures stay: others may share the address).
   */
  recordSuccess(account: string, address: string | null | undefined): void {
    this.#accounts.reset(accountKey(account));
    if (address) this.#addresses.unhit(addressKey(address));
  }
}

/** Emails are matched trimmed and lowercase, as sign-in looks them up; long input is cut to bound memory. */
export function accountKey(account: string): string {
  return account.trim().toLowerCase().slice(0, 320);
}

function addressKey(address: string): string {
  return address.trim().toLowerCase().slice(0, 64);
}

type LimiterGlobal = { campaignTrackerLoginLimiter?: LoginRateLimiter };

/** The process-wide limiter (kept on globalThis so development reloads do not reset it). */
export function loginRateLimiter(): LoginRateLimiter {
  const holder = globalThis as unknown as LimiterGlobal;
  holder.campaignTrackerLoginLimiter ??= new LoginRateLimiter();
  return holder.campaignTrackerLoginLimiter;
}
