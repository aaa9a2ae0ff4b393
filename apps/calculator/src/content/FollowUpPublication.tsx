"use client";
// Which decided scenario's follow-up an initiative's showcase page shows (issue 14, "Public"). The public sees the
// forecast against the outturn and the realisation rates, never the planners' notes; publishing needs a decision
// of the editor's own organisation, which is all the list offers.
import type { RouterOutputs } from "@insats/api/client";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { browserApi } from "@/api/browser";
import { apiErrorCode } from "@/api/errors";
import { formatDate } from "@/format/numbers";

export type FollowUpPublicationState = RouterOutputs["content"]["followUpPublication"];
type Publication = FollowUpPublicationState["publication"];

type Status = "idle" | "working" | "published" | "unpublished" | "failed";

export function FollowUpPublication({ slug, initial }: { slug: string; initial: FollowUpPublicationState }) {
  const t = useTranslations("content.followUp");
  const locale = useLocale();
  const id = useId();
  const selectId = `${id}-decision`;
  const { decisions } = initial;
  const [publication, setPublication] = useState<Publication>(initial.publication);
  const [selected, setSelected] = useState(
    initial.publication?.published ? initial.publication.scenarioId : (decisions[0]?.scenarioId ?? ""),
  );
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>("idle");

  async function publish() {
    if (!decisions.some((decision) => decision.scenarioId === selected)) {
      setError(t("chooseError"));
      document.getElementById(selectId)?.focus();
      return;
    }
    setStatus("working");
    try {
      setPublication(await browserApi().content.publishFollowUp.mutate({ slug, scenarioId: selected }));
      setError(null);
      setStatus("published");
    } catch (caught) {
      // A decision gone since the page was read, or never the organisation's: said at the field.
      if (apiErrorCode(caught) === "BAD_REQUEST") {
        setError(t("chooseError"));
        setStatus("idle");
        document.getElementById(selectId)?.focus();
      } else setStatus("failed");
    }
  }

  async function unpublish() {
    setStatus("working");
    try {
      setPublication(await browserApi().content.unpublishFollowUp.mutate({ slug }));
      setStatus("unpublished");
    } catch {
      setStatus("failed");
    }
  }

  const current = publication?.published ? publication : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="section follow-up-publication">
      <h2 id={`${id}-heading`}>{t("heading")}</h2>
      <p>{t("intro")}</p>
      <p className="help">{t("visibleNote")}</p>
      <p role="status" data-testid="follow-up-publication-status">
        {current
          ? current.publishedByName
            ? t("statusPublished", {
                scenario: current.scenarioName,
                when: formatDate(locale, current.publishedAt),
                name: current.publishedByName,
              })
            : t("statusPublishedUnknown", { scenario: current.scenarioName, when: formatDate(locale, current.publishedAt) })
          : publication?.unpublishedAt
            ? t("statusWithdrawn", { when: formatDate(locale, publication.unpublishedAt) })
            : t("statusNone")}{" "}
        {status === "working" ? t("working") : null}
        {status === "published" ? t("publishedNow") : null}
        {status === "unpublished" ? t("unpublishedNow") : null}
        {status === "failed" ? t("failed") : null}
      </p>
      {decisions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void publish();
          }}
        >
          <div className="field">
            <label htmlFor={selectId}>{t("decision")}</label>
            <select
              id={selectId}
              value={selected}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${selectId}-error` : undefined}
              onChange={(event) => {
                setSelected(event.target.value);
                setError(null);
                setStatus("idle");
              }}
            >
              <option value="">{t("choose")}</option>
              {decisions.map((decision) => (
                <option key={decision.scenarioId} value={decision.scenarioId}>
                  {t(decision.linked ? "optionLinked" : "option", {
                    name: decision.scenarioName,
                    date: formatDate(locale, decision.decidedOn),
                    body: decision.bodyName,
                  })}
                </option>
              ))}
            </select>
            {error ? (
              <p id={`${selectId}-error`} className="field-error">
                {error}
              </p>
            ) : null}
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={status === "working"}>
              {current ? t("republish") : t("publish")}
            </button>
            {current ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={status === "working"}
                onClick={() => void unpublish()}
              >
                {t("unpublish")}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
