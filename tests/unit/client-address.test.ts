import { describe, expect, it } from "vitest";
import { clientAddressFromHeaders } from "@/lib/auth/client-address.ts";

describe("clientAddressFromHeaders", () => {
  it("takes X-Forwarded-For's first entry", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "203.0.113.9, 10.0.0.1, 10.0.0.2" })).toBe("203.0.113.9");
    expect(clientAddressFromHeaders(new Headers({ "X-Forwarded-For": " 2001:DB8::1 ,10.0.0.1" }))).toBe("2001:db8::1");
  });

  it("falls back to X-Real-IP when X-Forwarded-For is missing or not an address", () => {
    expect(clientAddressFromHeaders({ "x-real-ip": "198.51.100.7" })).toBe("198.51.100.7");
    expect(clientAddressFromHeaders({ "x-forwarded-for": "unknown", "x-real-ip": "198.51.100.7" })).toBe("198.51.100.7");
    expect(clientAddressFromHeaders({ "x-forwarded-for": ["198.51.100.8", "1.1.1.1"] })).toBe("198.51.100.8");
  });

  it("writes IPv4-mapped IPv6 as IPv4, so one client has one key", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
  });

  it("is null when no header holds an IP address", () => {
    expect(clientAddressFromHeaders(undefined)).toBeNull();
    expect(clientAddressFromHeaders({})).toBeNull();
    expect(clientAddressFromHeaders({ "x-forwarded-for": "", "x-real-ip": "not an ip" })).toBeNull();
    expect(clientAddressFromHeaders({ "x-forwarded-for": "a".repeat(10_000) })).toBeNull();
  });
});
