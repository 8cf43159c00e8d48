/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel test runs (each with its own port and database) coexist.
  distDir: process.env.CT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 and pg are native/Node-only: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (tests and scripts included) with `tsc --noEmit`;
  // the build need not do it again (it costs ~20 s of every `npm start` from a fresh clone).
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
          // The Content-Security-Policy, with a per-request nonce, is set by proxy.ts.
        ],
      },
    ];
  },
};

export default nextConfig;
