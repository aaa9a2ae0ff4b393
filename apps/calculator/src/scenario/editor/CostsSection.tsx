"use client";
import type { CostLine } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { formatYear } from "@/format/numbers";
import { useFocusAfterRemoval } from "./focus-after-removal";
import { unusedId } from "./line-ids";
import { NumberField } from "./NumberField";
import { PayersField } from "./PayersField";
import { TextField } from "./TextField";
import { UncertainField } from "./UncertainField";

const kinds = ["oneOff", "annual", "perParticipant"] as const;

/** Keeps a line's identity, label, payers and amount when its kind changes; the timing starts at the first year. */
function withKind(line: CostLine, kind: CostLine["kind"]): CostLine {
  const { id, label, payers, amount } = line;
  if (kind === "oneOff") return { id, label, payers, amount, kind, offset: 0 };
  if (kind === "annual") return { id, label, payers, amount, kind, fromOffset: 0, toOffset: 0 };
  return { id, label, payers, amount, kind, years: 1 };
}

/** What the initiative costs, when, and who pays. */
export function CostsSection({ costs, startYear, onChange }: { costs: CostLine[]; startYear: number; onChange: (costs: CostLine[]) => void }) {
  const t = useTranslations("fields");
  const editor = useTranslations("editor");
  const locale = useLocale();
  const { addButton, removing } = useFocusAfterRemoval((index) => `cost-${index}-label`);
  const set = (index: number, line: CostLine) => onChange(costs.map((cost, i) => (i === index ? line : cost)));
  const offsetField = (line: CostLine, index: number, key: "offset" | "fromOffset" | "toOffset", value: number) => (
    <NumberField
      id={`cost-${index}-${key}`}
      label={t(`${key}.label`, { startYear: formatYear(locale, startYear) })}
      help={t(`${key}.help`)}
      value={value}
      integer
      onChange={(next) => set(index, { ...line, [key]: next })}
    />
  );
  return (
    <>
      <p className="help">{t("costs.help")}</p>
      <ol className="item-list">
        {costs.map((line, index) => (
          <li key={line.id} className="item">
            <h3>{line.label || editor("unnamedCost")}</h3>
            <TextField id={`cost-${index}-label`} label={t("costLabel.label")} value={line.label} onChange={(label) => set(index, { ...line, label })} />
            <div className="field-grid">
              <div className="field">
                <label htmlFor={`cost-${index}-kind`}>{t("costKind.label")}</label>
                <p id={`cost-${index}-kind-help`} className="help">
                  {t(`costKind.${line.kind}`)}
                </p>
                <select
                  id={`cost-${index}-kind`}
                  value={line.kind}
                  aria-describedby={`cost-${index}-kind-help`}
                  onChange={(event) => set(index, withKind(line, event.target.value as CostLine["kind"]))}
                >
                  {kinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`costKind.option.${kind}`)}
                    </option>
                  ))}
                </select>
              </div>
              {line.kind === "oneOff" ? offsetField(line, index, "offset", line.offset) : null}
              {line.kind === "annual" ? (
                <>
                  {offsetField(line, index, "fromOffset", line.fromOffset)}
                  {offsetField(line, index, "toOffset", line.toOffset)}
                </>
              ) : null}
              {line.kind === "perParticipant" ? (
                <NumberField id={`cost-${index}-years`} label={t("years.label")} help={t("years.help")} value={line.years} integer onChange={(years) => set(index, { ...line, years })} />
              ) : null}
            </div>
            <UncertainField
              id={`cost-${index}-amount`}
              label={t(`amount.label.${line.kind}`)}
              help={t("amount.help")}
              value={line.amount}
              money
              onChange={(amount) => set(index, { ...line, amount })}
            />
            <PayersField id={`cost-${index}-payers`} legend={t("costPayers.label")} value={line.payers} onChange={(payers) => set(index, { ...line, payers })} />
            <button type="button" className="button button--quiet" onClick={() => {
                removing(index);
                onChange(costs.filter((_, i) => i !== index));
              }}>
              {editor("removeNamed", { name: line.label || editor("unnamedCost") })}
            </button>
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="button button--secondary"
        onClick={() =>
          onChange([...costs, { id: unusedId("cost", costs), label: editor("newCost"), payers: { municipality: 1 }, kind: "annual", fromOffset: 0, toOffset: 0, amount: 100_000 }])
        }
      >
        {editor("addCost")}
      </button>
    </>
  );
}
