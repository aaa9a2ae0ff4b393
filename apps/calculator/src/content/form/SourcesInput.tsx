"use client";
import { useTranslations } from "next-intl";
import { emptyText, type Path } from "./draft";
import { ListInput, LocalizedInput, TextInput } from "./fields";

/** The sources of an initiative or a news item: title, publisher, address, date and a note. */
export function SourcesInput({ path }: { path: Path }) {
  const t = useTranslations("content.fields");
  return (
    <ListInput
      path={path}
      label={t("sources")}
      help={t("sourcesHelp")}
      itemLabel={(i) => t("source", { n: i + 1 })}
      addLabel={t("addSource")}
      newItem={() => ({ title: "", publisher: "", url: "", accessed: "", note: emptyText() })}
    >
      {(sourcePath) => (
        <>
          <TextInput path={[...sourcePath, "title"]} label={t("sourceTitle")} required />
          <div className="field-grid">
            <TextInput path={[...sourcePath, "publisher"]} label={t("sourcePublisher")} />
            <TextInput path={[...sourcePath, "url"]} type="url" label={t("sourceUrl")} />
            <TextInput path={[...sourcePath, "accessed"]} label={t("sourceDate")} help={t("partialDateHelp")} />
          </div>
          <LocalizedInput path={[...sourcePath, "note"]} label={t("sourceNote")} />
        </>
      )}
    </ListInput>
  );
}
