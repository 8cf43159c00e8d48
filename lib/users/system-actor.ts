/**
 * Trusted tooling acting without a signed-in user: the command line (`npm run user:create`).
 * Its audit entries carry userId null. Only code that runs outside any request may pass it;
 * actions always pass the session's user.
 */
export const SYSTEM_ACTOR: { readonly kind: "system" } = Object.freeze({ kind: "system" as const });
export type SystemActor = typeof SYSTEM_ACTOR;

export function isSystemActor(actor: unknown): actor is SystemActor {
  return actor === SYSTEM_ACTOR;
}
