"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { browserApi } from "@/api/browser";
import { apiErrorCode } from "@/api/errors";
import type { PartnerOption } from "./load.ts";

interface SharePanelProps {
  scenarioId: string;
  options: PartnerOption[];
  /** The current shares, as the page formatted them. */
  shares: { partnerId: string; partnerName: string; granted: string }[];
}

/** An admin's read-only sharing of a scenario and its follow-up with another organisation, and its revocation. */
export function SharePanel({ scenarioId, options, shares }: SharePanelProps) {
  const t = useTranslations("share");
  const router = useRouter();
  const [partner, setPartner] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  async function grant(event: React.FormEvent) {
    event.preventDefault();
    if (partner === "") {
      setError(t("errors.choosePartner"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await browserApi().share.grant.mutate({ scenarioId, partner });
      setStatus(t("granted", { name: options.find((option) => option.id === partner)?.name ?? "" }));
      setPartner("");
      router.refresh();
    } catch (caught) {
      setError(apiErrorCode(caught) === "NOT_FOUND" ? t("errors.unknownPartner") : t("errors.failed"));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(partnerId: string, name: string) {
    setBusy(true);
    setError(null);
    try {
      await browserApi().share.revoke.mutate({ scenarioId, partnerOrganisationId: partnerId });
      setStatus(t("revoked", { name }));
      router.refresh();
    } catch {
      setError(t("errors.failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="share-heading" className="section">
      <h2 id="share-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {shares.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="share-list">
          {shares.map((share) => (
            <li key={share.partnerId}>
              {t("sharedWith", { name: share.partnerName, granted: share.granted })}{" "}
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void revoke(share.partnerId, share.partnerName)}
              >
                {t("revoke")}
                <span className="visually-hidden"> {share.partnerName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void grant(event)} noValidate>
        <div className="field">
          <label htmlFor="share-partner">{t("partner")}</label>
          <select
            id="share-partner"
            value={partner}
            onChange={(event) => setPartner(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "share-partner-error" : undefined}
          >
            <option value="">{t("choosePartner")}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          {error ? (
            <p id="share-partner-error" className="field-error">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("grant")}
        </button>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
