/** Prisma's unique-constraint error (P2002): a concurrent write took the value first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
