/**
 * Where to go after signing in or choosing an organisation. Only a path of this app is accepted, so that a link
 * cannot send a planner on to another site after login.
 */
export function safeReturnTo(value: unknown, fallback: string): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
