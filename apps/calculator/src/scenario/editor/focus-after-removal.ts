"use client";
import { useEffect, useRef } from "react";

/**
 * After a line of a list is removed its button is gone, and focus would fall to the page's start. This moves it to
 * the first field of the line that took the removed line's place, or, when the last line went, to the add button.
 */
export function useFocusAfterRemoval(firstFieldId: (index: number) => string) {
  const removed = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const index = removed.current;
    if (index === null) return;
    removed.current = null;
    const next = document.getElementById(firstFieldId(index));
    (next ?? addButton.current)?.focus();
  });
  return { addButton, removing: (index: number) => (removed.current = index) };
}
