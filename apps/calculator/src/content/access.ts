// Who may use the workspace: editors and admins of the organisation they work in. Planners are refused.
import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";
import { requireMembership } from "@/session/current";
import { type ContentView, contentPath, isRootOf, kindOfSegment } from "./paths";

export type Root = "innehall" | "content";

/** The membership of an editor or admin, or null for a planner (who gets the refusal page). */
export async function requireEditor(locale: string, path: string) {
  const { user, membership } = await requireMembership(locale, getPathname({ locale, href: path }));
  return membership.role === "planner" ? null : { user, membership };
}

/**
 * Sends an address of the other language's workspace (the language switch keeps the path) to this language's
 * twin, and returns the kind a segment names. Unknown segments are not found.
 */
export function resolveWorkspacePath(locale: string, root: Root, target?: { kindSegment: string; slug?: string; view: ContentView["view"] }) {
  const kind = target ? kindOfSegment(target.kindSegment) : null;
  if (target && !kind) return null;
  const matches = isRootOf(locale, root) && (!kind || kind.locale === (locale === "en" ? "en" : "sv"));
  if (!matches) {
    const view = kind && target ? ({ kind: kind.kind, slug: target.slug, view: target.view } as ContentView) : undefined;
    redirect(getPathname({ locale, href: contentPath(locale, view) }));
  }
  return kind?.kind ?? "initiative";
}
