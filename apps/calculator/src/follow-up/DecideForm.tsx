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

/** A labelled input with its error at the field. */
function InputField({
  id,
  label,
  error,
  ...input
}: { id: string; label: string; error?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

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
    <form onSubmit={(event) => void submit(event)} noValidate className="section" aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t("decideHeading")}</h2>
      <p>{t("decideIntro", { version: scenarioVersion })}</p>
      <div className="field-grid">
        <InputField
          id="decide-date"
          label={t("decidedOn")}
          error={errors.decidedOn}
          type="date"
          value={decidedOn}
          onChange={(event) => setDecidedOn(event.target.value)}
        />
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
        <InputField
          id="decide-body"
          label={t("bodyName")}
          error={errors.bodyName}
          type="text"
          maxLength={200}
          value={bodyName}
          onChange={(event) => setBodyName(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={withFund} onChange={(event) => setWithFund(event.target.checked)} />{" "}
          {t("withFund")}
        </label>
      </div>
      {withFund ? (
        <fieldset className="field-grid">
          <legend>{t("fundRule")}</legend>
          <InputField
            id="decide-grant"
            label={t("grant")}
            error={errors.grant}
            type="text"
            inputMode="decimal"
            value={grant}
            onChange={(event) => setGrant(event.target.value)}
          />
          <InputField
            id="decide-share"
            label={t("repaymentShare")}
            error={errors.share}
            type="text"
            inputMode="decimal"
            value={share}
            onChange={(event) => setShare(event.target.value)}
          />
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
          <InputField
            id="decide-cap"
            label={t("cap")}
            error={errors.cap}
            type="text"
            inputMode="decimal"
            value={cap}
            placeholder={t("capPlaceholder")}
            onChange={(event) => setCap(event.target.value)}
          />
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
