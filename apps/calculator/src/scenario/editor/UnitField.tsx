"use client";
import { useMessages, useTranslations } from "next-intl";
import { TextField } from "./TextField";

/**
 * An outcome's unit: what is counted. The templates', the library's and Kolada's units are words of the code
 * ("household-year"); the field shows each by its name in the planner's language ("hushåll och år") and stores the
 * code word again when that name is typed, so that the picker, the report and the workbook still know the unit.
 * Any other text is the planner's own unit, kept as typed.
 */
export function UnitField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (unit: string) => void;
}) {
  const t = useTranslations("fields");
  const names = useTranslations("unitCosts.unit");
  const messages = useMessages() as { unitCosts: { unit: Record<string, string> } };
  const known = Object.keys(messages.unitCosts.unit);
  const nameOf = (unit: string) => (known.includes(unit) ? names(unit) : unit);
  const unitOf = (text: string) => known.find((unit) => names(unit) === text.trim()) ?? text;
  return (
    <TextField
      id={id}
      label={t("unit.label")}
      help={t("unit.help")}
      value={nameOf(value)}
      suggestions={known.map((unit) => names(unit))}
      onChange={(text) => onChange(unitOf(text))}
    />
  );
}
