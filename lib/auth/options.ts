import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/client.ts";
import { OIDC_PROVIDER_ID, oidcConfig, oidcProvider } from "./oidc.ts";
import { findActiveUserByEmail, signInWithOidc } from "./oidc-users.ts";
import { verifyCredentials } from "./verify-credentials.ts";
import { clientAddressFromHeaders } from "./client-address.ts";

// Read at start-up: a partial OIDC_* configuration fails here with the variable's name.
const oidc = oidcConfig();

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // Errors (a refused OpenID Connect sign-in among them) come back to our page as ?error=<code>.
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        return verifyCredentials(db(), credentials.email, credentials.password, {
          clientAddress: clientAddressFromHeaders(req?.headers),
        });
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      if (!oidc || !profile) return false;
      let result;
      try {
        result = await signInWithOidc(db(), profile as Record<string, unknown>, oidc);
      } catch (error) {
        console.error("OpenID Connect sign-in failed:", error);
        throw new Error("OidcSignInFailed");
      }
      if (!result.ok) {
        console.warn(`OpenID Connect sign-in refused (${result.reason}) for ${result.email ?? "a user without an email"}`);
        // next-auth sends the browser to pages.error with this message as the error code.
        throw new Error(result.reason);
      }
      return true;
    },
    async jwt({ token, user, account }) {
      if (account?.provider === OIDC_PROVIDER_ID) {
        // The provider's subject is not our user id: take the id and role the signIn callback stored.
        const stored = user?.email ? await findActiveUserByEmail(db(), user.email) : null;
        if (!stored) throw new Error("OidcSignInFailed");
        token.sub = stored.id;
        token.userId = stored.id;
        token.role = stored.role;
      } else if (user) {
        token.userId = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.userId, role: token.role };
      return session;
    },
  },
};
