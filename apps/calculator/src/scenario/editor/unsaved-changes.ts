"use client";
import { useEffect } from "react";

/** The link a click follows, if it leaves this page within the app (another path, not a download or new tab). */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
  if (!link || link.hasAttribute("download") || (link.target && link.target !== "_self")) return null;
  const url = new URL(link.href, window.location.href);
  // Another site unloads the page, where `beforeunload` asks; a link within the page (#field) leaves nothing.
  if (url.origin !== window.location.origin) return null;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return link;
}

/**
 * While there are unsaved changes, leaving the page asks first: the browser's own question when the tab is closed or
 * reloaded (`beforeunload`), and `question` before an in-app link is followed (Next's links navigate without
 * unloading, so `beforeunload` never fires for them).
 */
export function useUnsavedChangesWarning(dirty: boolean, question: string) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium before 119 and Safari still want returnValue set.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (!leavingLink(event)) return;
      if (window.confirm(question)) return;
      // Capture phase on the document: this runs before React's handler on the root, which is where Next's Link
      // starts its navigation.
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty, question]);
}
