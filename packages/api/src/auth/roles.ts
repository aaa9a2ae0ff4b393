/**
 * Roles within one organisation. They are ordered: an editor may also plan, and an admin may also edit,
 * so a small organisation can give one person every right with one role.
 */
export const roles = ["planner", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export function roleAtLeast(held: Role, needed: Role): boolean {
  return roles.indexOf(held) >= roles.indexOf(needed);
}
