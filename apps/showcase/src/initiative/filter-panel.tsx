"use client";
// On a phone the search and filter form would fill the first screen and push the results below it, so there it
// starts folded behind a button; on wider screens, where it stands beside the results, it is always open and the
// button is not shown (globals.css, `.filter-panel`).
import { useState, type ReactNode } from "react";

export function FilterPanel({
  formId,
  showLabel,
  hideLabel,
  children,
}: {
  formId: string;
  showLabel: string;
  hideLabel: string;
  children: ReactNode;
}) {
  const [expanded, setExpanded] = useState(false);
  return (
    <div className="filter-panel" data-expanded={expanded}>
      <button
        type="button"
        className="button filter-panel__toggle"
        aria-expanded={expanded}
        aria-controls={formId}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? hideLabel : showLabel}
      </button>
      {/* Without JavaScript the button cannot open it, so the form stays open. */}
      <noscript>
        <style>{`.filter-panel[data-expanded="false"] .filter-form { display: grid; }`}</style>
      </noscript>
      {children}
    </div>
  );
}
