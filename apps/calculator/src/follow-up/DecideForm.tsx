"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { payerKeys, type Payer } from "@insats/domain";
import { browserApi } from "@/api/browser";
import { parseDecimal } from "@/format/numbers";

interface DecideFormProps {
  scenarioId: string;
  scenarioVersion: number;
  startYear: number;
  horizonYears: number;
}

type Errors = Partial<
  Record<"decidedOn" | "bodyName" | "grant" | "share" | "payers" | "cap" | "form", string>
>;

/** Records that the scenario's current version was decided, optionally with the fund's grant and repayment rule. */
export function DecideForm({ scenarioId, scenarioVersion, startYear, horizonYears }: DecideFormProps) {
  const t = useTranslations("followUp");
  const router = useRouter();
  const [decidedOn, setDecidedOn] = useState("");
  const [bodyKind, setBodyKind] = useState<"committee" | "fundBoard">("committee");
  const [bodyName, setBodyName] = useState("");
  const [withFund, setWithFund] = useState(false);
  const [grant, setGrant] = useState("");
  const [share, setShare] = useState("");
  const [payers, setPayers] = useState<Payer[]>(["municipality"]);
  const [fromOffset, setFromOffset] = useState(0);
  const [cap, setCap] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  function validate() {
    const found: Errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) found.decidedOn = t("errors.date");
    if (bodyName.trim() === "") found.bodyName = t("errors.bodyName");
    const fund = withFund
      ? {
          grant: parseDecimal(grant),
          share: parseDecimal(share),
          cap: cap.trim() === "" ? undefined : parseDecimal(cap),
        }
      : null;
    if (fund) {
      if (fund.grant === null || fund.grant <= 0 || fund.grant > 1e12) found.grant = t("errors.grant");
      if (fund.share === null || fund.share < 0 || fund.share > 100) found.share = t("errors.share");
      if (payers.length === 0) found.payers = t("errors.payers");
      if (fund.cap === null || (fund.cap !== undefined && (fund.cap <= 0 || fund.cap > 1e12)))
        found.cap = t("errors.cap");
    }
    return { found, fund };
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const { found, fund } = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await browserApi().followUp.decide.mutate({
        scenarioId,
        scenarioVersion,
        decision: {
          decidedOn,
          body: { kind: bodyKind, name: bodyName.trim() },
          fund: fund
            ? {
                grant: fund.grant as number,
                repaymentShare: (fund.share as number) / 100,
                payers,
                fromOffset,
                ...(fund.cap === undefined ? {} : { cap: fund.cap as number }),
              }
            : undefined,
        },
      });
      router.refresh();
    } catch {
      setErrors({ form: t("errors.saveFailed") });
    } finally {
      setSaving(false);
    }
  }

  const error = (key: keyof Errors) =>
    errors[key] ? (
      <p id={`decide-${key}-error`} className="field-error">
        {errors[key]}
      </p>
    ) : null;
  const described = (key: keyof Errors) => (errors[key] ? `decide-${key}-error` : undefined);

  return (
    <form onSubmit={submit} noValidate className="section" aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t("decideHeading")}</h2>
      <p>{t("decideIntro", { version: scenarioVersion })}</p>
      <div className="field-grid">
        <div className="field">
          <label htmlFor="decide-date">{t("decidedOn")}</label>
          <input
            id="decide-date"
            type="date"
            value={decidedOn}
            onChange={(event) => setDecidedOn(event.target.value)}
            aria-invalid={errors.decidedOn ? true : undefined}
            aria-describedby={described("decidedOn")}
          />
          {error("decidedOn")}
        </div>
        <div className="field">
          <label htmlFor="decide-kind">{t("bodyKindLabel")}</label>
          <select
            id="decide-kind"
            value={bodyKind}
            onChange={(event) => setBodyKind(event.target.value as "committee" | "fundBoard")}
          >
            <option value="committee">{t("bodyKind.committee")}</option>
            <option value="fundBoard">{t("bodyKind.fundBoard")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="decide-body">{t("bodyName")}</label>
          <input
            id="decide-body"
            type="text"
            maxLength={200}
            value={bodyName}
            onChange={(event) => setBodyName(event.target.value)}
            aria-invalid={errors.bodyName ? true : undefined}
            aria-describedby={described("bodyName")}
          />
          {error("bodyName")}
        </div>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={withFund} onChange={(event) => setWithFund(event.target.checked)} />{" "}
          {t("withFund")}
        </label>
      </div>
      {withFund ? (
        <fieldset className="field-grid">
          <legend>{t("fundRule")}</legend>
          <div className="field">
            <label htmlFor="decide-grant">{t("grant")}</label>
            <input
              id="decide-grant"
              type="text"
              inputMode="decimal"
              value={grant}
              onChange={(event) => setGrant(event.target.value)}
              aria-invalid={errors.grant ? true : undefined}
              aria-describedby={described("grant")}
            />
            {error("grant")}
          </div>
          <div className="field">
            <label htmlFor="decide-share">{t("repaymentShare")}</label>
            <input
              id="decide-share"
              type="text"
              inputMode="decimal"
              value={share}
              onChange={(event) => setShare(event.target.value)}
              aria-invalid={errors.share ? true : undefined}
              aria-describedby={described("share")}
            />
            {error("share")}
          </div>
          <fieldset className="field" aria-describedby={described("payers")}>
            <legend>{t("repayingPayers")}</legend>
            {payerKeys.map((payer) => (
              <label key={payer}>
                <input
                  type="checkbox"
                  checked={payers.includes(payer)}
                  onChange={(event) =>
                    setPayers((current) =>
                      event.target.checked ? [...current, payer] : current.filter((item) => item !== payer),
                    )
                  }
                />{" "}
                {t(`payer.${payer}`)}
              </label>
            ))}
            {error("payers")}
          </fieldset>
          <div className="field">
            <label htmlFor="decide-from">{t("fromYear")}</label>
            <select
              id="decide-from"
              value={fromOffset}
              onChange={(event) => setFromOffset(Number(event.target.value))}
            >
              {Array.from({ length: horizonYears }, (_, offset) => (
                <option key={offset} value={offset}>
                  {startYear + offset}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="decide-cap">{t("cap")}</label>
            <input
              id="decide-cap"
              type="text"
              inputMode="decimal"
              value={cap}
              placeholder={t("capPlaceholder")}
              onChange={(event) => setCap(event.target.value)}
              aria-invalid={errors.cap ? true : undefined}
              aria-describedby={described("cap")}
            />
            {error("cap")}
          </div>
        </fieldset>
      ) : null}
      {errors.form ? (
        <p role="alert" className="notice notice--error">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={saving}>
        {t("decide")}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {saving ? t("saving") : ""}
      </span>
    </form>
  );
}
