"use client";
import type { Outcome } from "@insats/domain";
import { useTranslations } from "next-intl";
import { useFocusAfterRemoval } from "./focus-after-removal";
import { unusedId } from "./line-ids";
import { NumberField } from "./NumberField";
import { PayersField } from "./PayersField";
import { TextField } from "./TextField";
import { UncertainField } from "./UncertainField";
import { UnitField } from "./UnitField";
import type { LocalUnitCosts } from "./local-unit-costs";
import { UnitCostPicker } from "./UnitCostPicker";

type ShareKey = "dropOff" | "deadweight" | "attribution" | "displacement";
const shareKeys: readonly ShareKey[] = ["dropOff", "deadweight", "attribution", "displacement"];

/** What the initiative is expected to avoid, what that is worth, and the SROI adjustments to the claim. */
export function OutcomesSection({
  outcomes,
  priceYear,
  localUnitCosts,
  onChange,
}: {
  outcomes: Outcome[];
  priceYear: number;
  localUnitCosts: LocalUnitCosts | null;
  onChange: (outcomes: Outcome[]) => void;
}) {
  const t = useTranslations("fields");
  const editor = useTranslations("editor");
  const { addButton, removing } = useFocusAfterRemoval((index) => `outcome-${index}-label`);
  // A key the patch sets to undefined is removed (a pick replaces the other kind of recorded source).
  const set = (index: number, patch: Partial<Outcome>) =>
    onChange(
      outcomes.map((outcome, i) =>
        i === index ? (Object.fromEntries(Object.entries({ ...outcome, ...patch }).filter(([, value]) => value !== undefined)) as Outcome) : outcome,
      ),
    );
  return (
    <>
      <p className="help">{t("outcomes.help")}</p>
      <ol className="item-list">
        {outcomes.map((outcome, index) => {
          const id = `outcome-${index}`;
          return (
            <li key={outcome.id} className="item">
              <h3>{outcome.label || editor("unnamedOutcome")}</h3>
              <div className="field-grid">
                <TextField id={`${id}-label`} label={t("outcomeLabel.label")} value={outcome.label} onChange={(label) => set(index, { label })} />
                <UnitField id={`${id}-unit`} value={outcome.unit} onChange={(unit) => set(index, { unit })} />
              </div>
              <UncertainField
                id={`${id}-baseline`}
                label={t("baselineUnitsPerParticipant.label")}
                help={t("baselineUnitsPerParticipant.help")}
                value={outcome.baselineUnitsPerParticipant}
                min={0}
                onChange={(baselineUnitsPerParticipant) => set(index, { baselineUnitsPerParticipant })}
              />
              <UncertainField
                id={`${id}-effect`}
                label={t("effect.label")}
                help={t("effect.help")}
                value={outcome.effect}
                scale={100}
                unit="%"
                min={-1}
                max={1}
                onChange={(effect) => set(index, { effect })}
              />
              <UncertainField id={`${id}-unitCost`} label={t("unitCost.label")} help={t("unitCost.help")} value={outcome.unitCost} money onChange={(unitCost) => set(index, { unitCost })} />
              <UnitCostPicker id={`${id}-library`} priceYear={priceYear} outcome={outcome} local={localUnitCosts} onPick={(patch) => set(index, patch)} />
              <div className="field-grid">
                <NumberField id={`${id}-growth`} label={t("unitCostGrowth.label")} help={t("unitCostGrowth.help")} value={outcome.unitCostGrowth} scale={100} unit="%" onChange={(unitCostGrowth) => set(index, { unitCostGrowth })} />
                <NumberField id={`${id}-lag`} label={t("lagYears.label")} help={t("lagYears.help")} value={outcome.lagYears} integer onChange={(lagYears) => set(index, { lagYears })} />
                <NumberField id={`${id}-duration`} label={t("durationYears.label")} help={t("durationYears.help")} value={outcome.durationYears} integer onChange={(durationYears) => set(index, { durationYears })} />
              </div>
              <details className="adjustments" open>
                <summary>{editor("adjustments")}</summary>
                {shareKeys.map((key) => (
                  <UncertainField
                    key={key}
                    id={`${id}-${key}`}
                    label={t(`${key}.label`)}
                    help={t(`${key}.help`)}
                    value={outcome[key]}
                    scale={100}
                    unit="%"
                    min={0}
                    max={1}
                    onChange={(value) => set(index, { [key]: value })}
                  />
                ))}
              </details>
              <PayersField id={`${id}-payers`} legend={t("outcomePayers.label")} value={outcome.payers} onChange={(payers) => set(index, { payers })} />
              <button type="button" className="button button--quiet" onClick={() => {
                  removing(index);
                  onChange(outcomes.filter((_, i) => i !== index));
                }}>
                {editor("removeNamed", { name: outcome.label || editor("unnamedOutcome") })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="button button--secondary"
        onClick={() =>
          onChange([
            ...outcomes,
            {
              id: unusedId("outcome", outcomes),
              label: editor("newOutcome"),
              payers: { municipality: 1 },
              unit: "unit",
              unitCost: 10_000,
              unitCostGrowth: 0,
              baselineUnitsPerParticipant: 1,
              effect: 0.1,
              lagYears: 0,
              durationYears: 3,
              dropOff: 0,
              deadweight: 0,
              attribution: 1,
              displacement: 0,
            },
          ])
        }
      >
        {editor("addOutcome")}
      </button>
    </>
  );
}
