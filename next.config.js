/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel test runs (each with its own port and database) coexist.
  distDir: process.env.CT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 and pg are native/Node-only: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
          // Post media is never loaded: images only from our own origin and data: URIs.
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'" },
        ],
      },
    ];
  },
};

export default nextConfig;
