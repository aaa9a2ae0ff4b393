"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";

export function SignOutButton() {
  const t = useTranslations("layout");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    router.replace("/login");
    router.refresh();
  }
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={busy}
      onClick={() => void signOut()}
    >
      {t("signOut")}
    </button>
  );
}
