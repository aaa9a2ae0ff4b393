"use client";
// Pickers for what content points at: organisations (by SCB code or slug, as the domain refers to them) and
// places (any of the 290 municipalities and 21 regions of the domain's reference lists, or a named site).
import { organisationKindLabels, swedishCounties, swedishMunicipalities, type OrganisationKind } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { useContext } from "react";
import { DraftContext, fieldId, type Option, SelectInput, TextInput, LocalizedInput } from "./fields";
import { getAt, type Path } from "./draft";

export interface OrganisationChoice {
  /** `organisationRefKey` of the organisation's canonical reference: "scb:0581", "slug:eso". */
  key: string;
  name: string;
  kind: OrganisationKind;
}

/** The reference a key stands for. */
export function refOfKey(key: string): { scbCode: string } | { slug: string } | undefined {
  if (key.startsWith("scb:")) return { scbCode: key.slice(4) };
  if (key.startsWith("slug:")) return { slug: key.slice(5) };
  return undefined;
}

function keyOfRef(ref: unknown): string {
  if (ref && typeof ref === "object") {
    if ("scbCode" in ref && typeof ref.scbCode === "string") return `scb:${ref.scbCode}`;
    if ("slug" in ref && typeof ref.slug === "string") return `slug:${ref.slug}`;
  }
  return "";
}

/** Organisations grouped by kind, each group in Swedish alphabetical order. */
function organisationGroups(choices: readonly OrganisationChoice[], locale: "sv" | "en") {
  const byKind = new Map<OrganisationKind, Option[]>();
  for (const choice of choices) {
    const group = byKind.get(choice.kind) ?? [];
    group.push({ value: choice.key, label: choice.name });
    byKind.set(choice.kind, group);
  }
  return [...byKind.entries()].map(([kind, options]) => ({
    label: organisationKindLabels[kind][locale],
    options: options.sort((a, b) => a.label.localeCompare(b.label, "sv")),
  }));
}

/** Chooses an organisation; the draft holds the domain's reference ({ scbCode } or { slug }). */
export function OrganisationInput({
  path,
  label,
  choices,
  required,
}: {
  path: Path;
  label: string;
  choices: readonly OrganisationChoice[];
  required?: boolean;
}) {
  const context = useContext(DraftContext);
  const locale = useLocale() === "en" ? "en" : "sv";
  const t = useTranslations("content.form");
  if (!context) throw new Error("an organisation field outside its form");
  const current = keyOfRef(getAt(context.draft, path));
  const id = fieldId(path);
  const issue = context.issues.get(path.join("."));
  const issues = useTranslations("content.issues");
  const error = issue ? issues(issue.key, issue.values) : null;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span className="muted"> ({t("required")})</span> : null}
      </label>
      <select
        id={id}
        value={current}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => context.set(path, refOfKey(event.target.value))}
        onBlur={() => context.touch(path)}
      >
        <option value="">{t("chooseOrganisation")}</option>
        {organisationGroups(choices, locale).map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const municipalityOptions: Option[] = [...swedishMunicipalities]
  .sort((a, b) => a.name.localeCompare(b.name, "sv"))
  .map((municipality) => ({ value: municipality.code, label: municipality.name }));

/** One place of an initiative: a municipality, a region or a named site placed in its municipality. */
export function PlaceInput({ path }: { path: Path }) {
  const context = useContext(DraftContext);
  const t = useTranslations("content.fields");
  if (!context) throw new Error("a place field outside its form");
  const place = (getAt(context.draft, path) ?? {}) as { kind?: string };
  const regionOptions: Option[] = [...swedishCounties]
    .sort((a, b) => a.regionName.localeCompare(b.regionName, "sv"))
    .map((county) => ({ value: county.code, label: county.regionName }));
  const kinds: Option[] = (["municipality", "region", "site"] as const).map((kind) => ({ value: kind, label: t(`placeKinds.${kind}`) }));
  return (
    <div className="field-grid">
      <div className="field">
        <label htmlFor={`${fieldId(path)}-kind`}>{t("placeKind")}</label>
        <select
          id={`${fieldId(path)}-kind`}
          value={place.kind ?? "municipality"}
          onChange={(event) => context.set(path, { kind: event.target.value })}
        >
          {kinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
      </div>
      {place.kind === "region" ? (
        <SelectInput path={[...path, "countyCode"]} label={t("region")} options={regionOptions} blank={t("chooseRegion")} required />
      ) : place.kind === "site" ? (
        <>
          <TextInput path={[...path, "name"]} label={t("siteName")} required />
          <SelectInput path={[...path, "scbCode"]} label={t("siteMunicipality")} options={municipalityOptions} blank={t("noMunicipality")} />
          <LocalizedInput path={[...path, "description"]} label={t("siteDescription")} />
        </>
      ) : (
        <SelectInput path={[...path, "scbCode"]} label={t("municipality")} options={municipalityOptions} blank={t("chooseMunicipality")} required />
      )}
    </div>
  );
}
