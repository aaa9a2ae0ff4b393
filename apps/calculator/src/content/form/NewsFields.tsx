"use client";
// Every field of the domain's news item ("På gång", news/schema.ts).
import { newsKindLabels, newsKinds, newsOrganisationRoleLabels, newsOrganisationRoles } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { emptyText } from "./draft";
import { ListInput, LocalizedInput, NumberInput, SelectInput, TextInput } from "./fields";
import { PeriodInput } from "./InitiativeFields";
import { OrganisationInput, type OrganisationChoice } from "./references";
import { SourcesInput } from "./SourcesInput";

export function NewsFields({ organisations, initiatives }: { organisations: readonly OrganisationChoice[]; initiatives: readonly { slug: string; title: string }[] }) {
  const t = useTranslations("content.fields");
  const form = useTranslations("content.form");
  const locale = useLocale() === "en" ? "en" : "sv";
  return (
    <>
      <section className="form-section" aria-labelledby="section-basics">
        <h2 id="section-basics">{t("sectionBasics")}</h2>
        <LocalizedInput path={["title"]} label={t("title")} required />
        <TextInput path={["slug"]} label={t("slug")} help={t("slugHelp")} required />
        <SelectInput path={["kind"]} label={t("newsKind")} options={newsKinds.map((kind) => ({ value: kind, label: newsKindLabels[kind][locale] }))} required />
        <LocalizedInput path={["summary"]} label={t("summary")} rows={4} required />
        <LocalizedInput path={["body"]} label={t("body")} rows={8} />
        <ListInput path={["highlights"]} label={t("highlights")} itemLabel={(i) => t("highlight", { n: i + 1 })} addLabel={t("addHighlight")} newItem={emptyText}>
          {(path) => <LocalizedInput path={path} label={t("highlightText")} required />}
        </ListInput>
      </section>

      <section className="form-section" aria-labelledby="section-dates">
        <h2 id="section-dates">{t("sectionDates")}</h2>
        <p className="help">{t("newsDatesHelp")}</p>
        <div className="field-grid">
          <TextInput path={["publishedAt"]} label={t("newsPublishedAt")} help={t("partialDateHelp")} />
          <TextInput path={["eventDate"]} label={t("eventDate")} help={t("partialDateHelp")} />
          <NumberInput path={["durationMinutes"]} label={t("durationMinutes")} unit={t("minutes")} />
        </div>
        <PeriodInput path={["period"]} />
        <div className="field-grid">
          <TextInput path={["place"]} label={t("newsPlace")} />
          <TextInput path={["reportNumber"]} label={t("reportNumber")} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="section-people">
        <h2 id="section-people">{t("sectionPeople")}</h2>
        <ListInput path={["authors"]} label={t("authors")} itemLabel={(i) => t("author", { n: i + 1 })} addLabel={t("addAuthor")} newItem={() => ""}>
          {(path) => <TextInput path={path} label={t("authorName")} required />}
        </ListInput>
        <ListInput path={["organisations"]} label={t("organisations")} itemLabel={(i) => t("organisation", { n: i + 1 })} addLabel={t("addOrganisation")} newItem={() => ({ role: "organiser" })}>
          {(path) => (
            <div className="field-grid">
              <OrganisationInput path={[...path, "organisation"]} label={t("organisationName")} choices={organisations} required />
              <SelectInput path={[...path, "role"]} label={t("role")} options={newsOrganisationRoles.map((role) => ({ value: role, label: newsOrganisationRoleLabels[role][locale] }))} required />
            </div>
          )}
        </ListInput>
        <SelectInput path={["relatedInitiativeSlug"]} label={t("relatedInitiative")} options={initiatives.map((item) => ({ value: item.slug, label: item.title }))} blank={t("noRelatedInitiative")} />
      </section>

      <section className="form-section" aria-labelledby="section-sources">
        <h2 id="section-sources">{t("sectionSources")}</h2>
        <SourcesInput path={["sources"]} />
      </section>
      <p className="muted">{form("requiredNote")}</p>
    </>
  );
}
