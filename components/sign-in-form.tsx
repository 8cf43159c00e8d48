"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

/** Only same-origin paths are followed after sign-in, never an absolute URL from the query. */
function safeCallback(raw: string | undefined): string {
  return raw && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/";
}

/** What an `?error=` code from next-auth or from the OpenID Connect sign-in means, in words. */
function errorMessage(code: string, providerName: string | null): string {
  const provider = providerName ?? "the identity provider";
  switch (code) {
    case "OidcNoRole":
      return `Your ${provider} account has no role in Campaign Tracker. Ask an administrator to add you to a group that grants one.`;
    case "OidcEmailUnverified":
      return `${provider} has not verified your email address, so it cannot be used to sign in.`;
    case "OidcNoEmail":
      return `${provider} did not send an email address, which Campaign Tracker needs to know who you are.`;
    case "OidcDeactivated":
      return "This account is deactivated. Ask an administrator.";
    case "SessionRequired":
      return "Sign in to continue.";
    case "AccessDenied":
      return "Access denied.";
    default:
      return `Signing in failed${providerName ? ` through ${provider}` : ""}. Try again, or ask an administrator to check the server log.`;
  }
}

export function SignInForm({ callbackUrl, oidcName, errorCode }: { callbackUrl?: string; oidcName?: string | null; errorCode?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(errorCode ? errorMessage(errorCode, oidcName ?? null) : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError("Email or password is wrong, or the account is deactivated.");
      return;
    }
    router.replace(safeCallback(callbackUrl));
    router.refresh();
  }

  async function onOidc(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    // Leaves for the identity provider, which sends the browser back to /api/auth/callback/oidc.
    await signIn("oidc", { callbackUrl: safeCallback(callbackUrl) });
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        <label>
          Email
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <p className="form-error" role="status" aria-live="polite" data-testid="sign-in-error">
          {error}
        </p>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {oidcName ? (
        <form onSubmit={onOidc} aria-label={`Sign in with ${oidcName}`}>
          <p className="muted" style={{ margin: 0, textAlign: "center" }}>
            or
          </p>
          <button type="submit" disabled={pending}>
            Sign in with {oidcName}
          </button>
        </form>
      ) : null}
    </>
  );
}
