"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { browserApi } from "@/api/browser";
import { apiErrorCode } from "@/api/errors";
import { useRouter } from "@/i18n/navigation";
import type { ContentKind } from "./kinds";

/** Brings an old version back as a new one; refused with a message when someone saved since the page was read. */
export function RestoreButton({ kind, slug, version, current }: { kind: ContentKind; slug: string; version: number; current: number }) {
  const t = useTranslations("content.history");
  const router = useRouter();
  const [state, setState] = useState<"idle" | "working" | "conflict" | "failed" | "done">("idle");
  async function restore() {
    if (!window.confirm(t("restoreConfirm", { version }))) return;
    setState("working");
    try {
      await browserApi().content.restore.mutate({ kind, slug, version, expectedVersion: current });
      setState("done");
      router.refresh();
    } catch (error) {
      setState(apiErrorCode(error) === "CONFLICT" ? "conflict" : "failed");
    }
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={state === "working"}
        onClick={() => void restore()}
      >
        {t("restore", { version })}
      </button>
      <span role="status" className="muted">
        {state === "conflict" ? t("restoreConflict") : state === "failed" ? t("restoreFailed") : state === "done" ? t("restored") : null}
      </span>
    </>
  );
}
