"use client";
import { payerKeys, type Payers } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { formatPercent } from "@/format/numbers";
import { NumberField } from "./NumberField";

/** Who pays a cost or gets a saving: shares in per cent that must add up to 100. */
export function PayersField({ id, legend, value, onChange }: { id: string; legend: string; value: Payers; onChange: (value: Payers) => void }) {
  const t = useTranslations("editor");
  const payerName = useTranslations("payers");
  const locale = useLocale();
  const sum = payerKeys.reduce((total, payer) => total + (value[payer] ?? 0), 0);
  const off = Math.abs(sum - 1) > 1e-9;
  return (
    <fieldset id={id} className="payers" aria-describedby={`${id}-help ${id}-sum`}>
      <legend>{legend}</legend>
      <p id={`${id}-help`} className="help">
        {t("payersHelp")}
      </p>
      <div className="payers__row">
        {payerKeys.map((payer) => (
          <NumberField
            key={payer}
            id={`${id}-${payer}`}
            label={payerName(payer)}
            where={`${legend} – ${payerName(payer)}`}
            value={value[payer] ?? 0}
            scale={100}
            unit="%"
            compact
            onChange={(share) => {
              const next: Payers = { ...value };
              if (share === 0) delete next[payer];
              else next[payer] = share;
              onChange(next);
            }}
          />
        ))}
      </div>
      <p id={`${id}-sum`} className={off ? "field-error" : "help"}>
        {off ? t("payersSumWrong", { sum: formatPercent(locale, sum, 1) }) : t("payersSumOk")}
      </p>
    </fieldset>
  );
}
