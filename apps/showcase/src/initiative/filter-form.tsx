"use client";
// The one piece of the list that runs in the browser. Without JavaScript the form is a plain GET form; with
// it, choosing a value in a list applies at once (the hint above the form says so) and the address keeps the
// state, so shared links and reloads work.
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";

function queryOf(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") query.set(name, value.trim());
  }
  return query.toString();
}

export function FilterForm({
  id,
  action,
  label,
  children,
}: {
  id: string;
  action: string;
  label: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();

  // Back and forward change the address without a new form: show the values the address holds.
  useEffect(() => {
    const elements = form.current?.elements;
    if (!elements) return;
    for (const element of Array.from(elements)) {
      if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
        if (element.name) element.value = searchParams.get(element.name) ?? "";
      }
    }
  }, [searchParams]);

  // A search (Enter or the button) is a step of its own that back returns from; trying the values of a list
  // one after another is not, so each choice replaces the address instead of adding to the history.
  const apply = (target: HTMLFormElement, step: "push" | "replace") => {
    const query = queryOf(target);
    const href = query ? `${action}?${query}` : action;
    startTransition(() => router[step](href, { scroll: false }));
  };

  return (
    <form
      ref={form}
      id={id}
      className="filter-form"
      role="search"
      aria-label={label}
      aria-busy={pending}
      method="get"
      action={action}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        apply(event.currentTarget, "push");
      }}
      onChange={(event) => {
        // Text and number fields apply on Enter or the button, not on every keystroke.
        if (event.target instanceof HTMLSelectElement) apply(event.currentTarget, "replace");
      }}
    >
      {children}
    </form>
  );
}
